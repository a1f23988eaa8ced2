package io.monitoringascode.cli;

import io.monitoringascode.core.finding.Report;
import io.monitoringascode.stack.StackChecks;
import java.util.List;

/**
 * The machine-readable formats of {@code mac check} for reports made elsewhere, such as the Maven plugin's report of a
 * stack it generates. The findings point into rendered files that were not read, so lines and columns are unknown
 * ({@code null} in JSON, no region in SARIF).
 */
public final class ReportFiles {
  private ReportFiles() {}

  /**
   * Renders a report as {@code mac check --format json} does.
   *
   * @param report the findings
   * @return the JSON array, ending in a newline
   */
  public static String json(Report report) {
    return new JsonFormat().render(new CheckRun(report, List.of(), 0));
  }

  /**
   * Renders a report as {@code mac check --format sarif} does.
   *
   * @param report the findings
   * @return the SARIF 2.1.0 log, ending in a newline
   */
  public static String sarif(Report report) {
    return new SarifFormat(StackChecks.types()).render(new CheckRun(report, List.of(), 0));
  }
}
