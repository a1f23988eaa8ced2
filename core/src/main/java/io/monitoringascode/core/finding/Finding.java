package io.monitoringascode.core.finding;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a check reports: which rule, how serious, where, what is wrong, and what to do.
 *
 * @param ruleId the rule that produced it, such as {@code rule/duration}
 * @param severity how serious it is
 * @param location where it points
 * @param message one sentence naming the user's value in backticks and the consequence
 * @param hint what to do, in the imperative, with the exact key or value; empty when there is no single fix
 */
public record Finding(RuleId ruleId, Severity severity, Location location, String message, Optional<String> hint)
    implements Comparable<Finding> {
  private static final Comparator<Finding> ORDER = Comparator
      .comparing(Finding::location)
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::severity)
      .thenComparing(Finding::message);

  /** Requires every part. */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  /**
   * This finding with another severity, as a user's override sets it.
   *
   * @param newSeverity the severity to report
   * @return the adjusted finding
   */
  public Finding withSeverity(Severity newSeverity) {
    return new Finding(ruleId, newSeverity, location, message, hint);
  }

  /**
   * This finding moved to another location.
   *
   * @param newLocation where it now points
   * @return the moved finding
   */
  public Finding withLocation(Location newLocation) {
    return new Finding(ruleId, severity, newLocation, message, hint);
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }

  /**
   * One line in the form {@code file:/pointer: severity [rule] message (hint: ...)}.
   *
   * @return the line, without a line break
   */
  @Override
  public String toString() {
    return location + ": " + severity.label() + " [" + ruleId + "] " + message + hint.map(h -> " Hint: " + h).orElse("");
  }
}
