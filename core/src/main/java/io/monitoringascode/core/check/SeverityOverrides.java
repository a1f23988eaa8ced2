package io.monitoringascode.core.check;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A user's changes to rule severities: raise, lower or turn off a rule by its id.
 */
public final class SeverityOverrides {
  private static final SeverityOverrides NONE = new SeverityOverrides(Map.of());

  /** Rule id to new severity; an empty optional turns the rule off. */
  private final Map<RuleId, Optional<Severity>> overrides;

  private SeverityOverrides(Map<RuleId, Optional<Severity>> overrides) {
    this.overrides = overrides;
  }

  /**
   * No overrides: every rule reports at its own severity.
   *
   * @return the empty set of overrides
   */
  public static SeverityOverrides none() {
    return NONE;
  }

  /**
   * These overrides plus one rule at another severity.
   *
   * @param ruleId the rule id, such as {@code rule/selection-label}
   * @param severity the severity its findings get
   * @return new overrides
   */
  public SeverityOverrides with(String ruleId, Severity severity) {
    return plus(RuleId.of(ruleId), Optional.of(severity));
  }

  /**
   * These overrides plus one rule turned off.
   *
   * @param ruleId the rule id
   * @return new overrides
   */
  public SeverityOverrides disable(String ruleId) {
    return plus(RuleId.of(ruleId), Optional.empty());
  }

  /**
   * Parses overrides written as {@code rule/id=warning,other/id=off}, as the CLI and the Maven plugin take them.
   *
   * @param spec comma-separated {@code id=severity} pairs; severities {@code error}, {@code warning}, {@code info},
   *     {@code off}
   * @return the overrides
   * @throws IllegalArgumentException naming the pair that is malformed
   */
  public static SeverityOverrides parse(String spec) {
    SeverityOverrides result = NONE;
    for (String pair : spec.split(",")) {
      String trimmed = pair.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      int eq = trimmed.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("Severity override `" + trimmed + "` is not of the form `rule/id=severity`.");
      }
      String id = trimmed.substring(0, eq).strip();
      String level = trimmed.substring(eq + 1).strip().toUpperCase(java.util.Locale.ROOT);
      if (level.equals("OFF")) {
        result = result.disable(id);
      } else {
        try {
          result = result.with(id, Severity.valueOf(level));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "Severity `" + trimmed.substring(eq + 1).strip() + "` in `" + trimmed
                  + "` is not one of error, warning, info, off.", e);
        }
      }
    }
    return result;
  }

  /**
   * These overrides, then others: for a rule both change, the other's severity wins.
   *
   * @param later the overrides that take precedence, such as a build's on top of a stack's own
   * @return new overrides
   */
  public SeverityOverrides plus(SeverityOverrides later) {
    Map<RuleId, Optional<Severity>> copy = new TreeMap<>(overrides);
    copy.putAll(later.overrides);
    return new SeverityOverrides(Map.copyOf(copy));
  }

  /**
   * The rules these overrides change.
   *
   * @return the rule ids, sorted
   */
  public Set<RuleId> ruleIds() {
    return new TreeSet<>(overrides.keySet());
  }

  /**
   * Applies the overrides to a report.
   *
   * @param report the report as the checks made it
   * @return the adjusted report, without the findings of rules turned off
   */
  public Report apply(Report report) {
    if (overrides.isEmpty()) {
      return report;
    }
    return report.map(this::apply);
  }

  private Finding apply(Finding finding) {
    Optional<Severity> override = overrides.get(finding.ruleId());
    if (override == null) {
      return finding;
    }
    return override.map(finding::withSeverity).orElse(null);
  }

  private SeverityOverrides plus(RuleId id, Optional<Severity> severity) {
    Map<RuleId, Optional<Severity>> copy = new TreeMap<>(overrides);
    copy.put(id, severity);
    return new SeverityOverrides(Map.copyOf(copy));
  }
}
