package io.monitoringascode.maven;

import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.finding.Severity;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;

/** The values of the {@code failOn} parameter: the lowest severity that fails the build. */
enum FailOn {
  /** Fail on errors only; warnings are logged. */
  ERROR,
  /** Fail on errors and warnings. */
  WARNING;

  /**
   * Reads the parameter.
   *
   * @param value {@code error} or {@code warning}, in any case
   * @return the level
   * @throws MojoExecutionException naming the accepted values
   */
  static FailOn parse(String value) throws MojoExecutionException {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("failOn `" + value + "` is not one of error, warning.", e);
    }
  }

  /**
   * Tells whether a report fails the build.
   *
   * @param report the report, severity overrides applied
   * @return {@code true} if a finding is at or above this level; infos never fail
   */
  boolean fails(Report report) {
    return report.hasErrors() || (this == WARNING && !report.findings(Severity.WARNING).isEmpty());
  }

  /** The name as the parameter takes it, such as {@code warning}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
