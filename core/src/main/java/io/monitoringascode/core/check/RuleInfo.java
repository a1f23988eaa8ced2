package io.monitoringascode.core.check;

import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;

/**
 * What a check enforces: its rule id, its default severity and a one-line summary. The documentation page lives at
 * {@link RuleId#docsPath()}.
 *
 * @param id the stable rule id
 * @param defaultSeverity the severity of its findings unless a check states another or the user overrides it
 * @param summary one line for rule listings
 */
public record RuleInfo(RuleId id, Severity defaultSeverity, String summary) {
  /**
   * Creates rule information.
   *
   * @param id the rule id, such as {@code rule/duration}
   * @param defaultSeverity the default severity
   * @param summary one line
   * @return the rule information
   */
  public static RuleInfo of(String id, Severity defaultSeverity, String summary) {
    return new RuleInfo(RuleId.of(id), defaultSeverity, summary);
  }
}
