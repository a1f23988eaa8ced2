package io.monitoringascode.cli;

import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.finding.Severity;
import java.util.Locale;

/** The values of {@code --fail-on}: the lowest severity that makes {@code mac check} exit with 1. */
enum FailOn {
  /** Fail on errors only; warnings are shown and counted. */
  ERROR,
  /** Fail on errors and warnings. */
  WARNING;

  /**
   * Tells whether a report fails the run.
   *
   * @param report the report, severity overrides applied
   * @return {@code true} if a finding is at or above this level; infos never fail
   */
  boolean fails(Report report) {
    return report.hasErrors() || (this == WARNING && !report.findings(Severity.WARNING).isEmpty());
  }

  /** The name as the option takes it and the help lists it, such as {@code warning}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
