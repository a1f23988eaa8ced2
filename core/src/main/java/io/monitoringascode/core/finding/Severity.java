package io.monitoringascode.core.finding;

/** How serious a finding is. */
public enum Severity {
  /** The configuration cannot do what it says; nothing is written. */
  ERROR,
  /** Probably wrong; shown and counted, but does not block writing. */
  WARNING,
  /** Advice. */
  INFO;

  /**
   * The lower-case name used in text, JSON and SARIF output.
   *
   * @return {@code error}, {@code warning} or {@code info}
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
