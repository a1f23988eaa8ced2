package io.monitoringascode.core.check;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.finding.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the findings of one check on one document: {@code sink.at("/spec/endpoints/0/interval").error("…").hint("…")}.
 * The severity methods state a finding's severity explicitly; {@link Site#report(String)} uses the rule's default.
 */
public final class FindingSink {
  private final RuleInfo rule;
  private final List<Draft> drafts = new ArrayList<>();

  /**
   * Creates a sink for one rule.
   *
   * @param rule the rule whose findings this sink collects
   */
  public FindingSink(RuleInfo rule) {
    this.rule = rule;
  }

  /**
   * Points at a value of the document.
   *
   * @param pointer a JSON pointer such as {@code /spec/groups/0/rules/3/for}
   * @return the site to report at
   */
  public Site at(String pointer) {
    return new Site(Location.at(pointer));
  }

  /**
   * Points at characters inside a string value, such as a token of an expression.
   *
   * @param pointer the JSON pointer of the string value
   * @param span the characters inside it
   * @return the site to report at
   */
  public Site at(String pointer, Span span) {
    return new Site(new Location(Optional.empty(), 0, pointer, Optional.of(span)));
  }

  /**
   * Points at a full location, file included; for checks that look at several documents at once.
   *
   * @param location the location
   * @return the site to report at
   */
  public Site at(Location location) {
    return new Site(location);
  }

  /**
   * Adds what another sink of the same rule collected, in its order: for checks that share one walk over their
   * subject and report into sinks of their own first.
   *
   * @param other a sink of the same rule
   * @throws IllegalArgumentException if the other sink collects another rule's findings
   */
  public void addAll(FindingSink other) {
    if (!other.rule.id().equals(rule.id())) {
      throw new IllegalArgumentException("Findings of `" + other.rule.id() + "` cannot go to `" + rule.id() + "`.");
    }
    drafts.addAll(other.drafts);
  }

  /**
   * Everything reported so far.
   *
   * @return the findings, in the order reported
   */
  public List<Finding> findings() {
    List<Finding> findings = new ArrayList<>(drafts.size());
    for (Draft draft : drafts) {
      findings.add(new Finding(rule.id(), draft.severity, draft.location, draft.message, Optional.ofNullable(draft.hint)));
    }
    return findings;
  }

  /** A place in the document where a finding can be reported. */
  public final class Site {
    private final Location location;

    private Site(Location location) {
      this.location = location;
    }

    /**
     * Reports a finding with the rule's default severity.
     *
     * @param message one sentence: the user's value in backticks and the silent consequence
     * @return the draft, to add a hint
     */
    public Draft report(String message) {
      return add(rule.defaultSeverity(), message);
    }

    /**
     * Reports a finding with a severity decided elsewhere, such as by a query parser.
     *
     * @param severity the severity before the user's overrides
     * @param message one sentence
     * @return the draft, to add a hint
     */
    public Draft report(Severity severity, String message) {
      return add(severity, message);
    }

    /**
     * Reports an error.
     *
     * @param message one sentence
     * @return the draft, to add a hint
     */
    public Draft error(String message) {
      return add(Severity.ERROR, message);
    }

    /**
     * Reports a warning.
     *
     * @param message one sentence
     * @return the draft, to add a hint
     */
    public Draft warning(String message) {
      return add(Severity.WARNING, message);
    }

    /**
     * Reports advice.
     *
     * @param message one sentence
     * @return the draft, to add a hint
     */
    public Draft info(String message) {
      return add(Severity.INFO, message);
    }

    private Draft add(Severity severity, String message) {
      Draft draft = new Draft(location, severity, message);
      drafts.add(draft);
      return draft;
    }
  }

  /** A reported finding that can still take a hint. */
  public static final class Draft {
    private final Location location;
    private final Severity severity;
    private final String message;
    private String hint;

    private Draft(Location location, Severity severity, String message) {
      this.location = location;
      this.severity = severity;
      this.message = message;
    }

    /**
     * Adds what to do, in the imperative, with the exact key or value.
     *
     * @param text the hint, such as "Add `release: prometheus` to `metadata.labels`."
     */
    public void hint(String text) {
      this.hint = text;
    }
  }
}
