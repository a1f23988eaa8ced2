package io.monitoringascode.core.finding;

/** Thrown instead of writing anything when a report has errors; its message lists every finding. */
public final class ReportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Report report;

  /**
   * Creates the exception.
   *
   * @param report the report with at least one error
   */
  public ReportException(Report report) {
    super("Nothing was written: " + report.errors().size() + " error(s) found.\n" + report.toText());
    this.report = report;
  }

  /**
   * The full report, warnings and infos included.
   *
   * @return the report
   */
  public Report report() {
    return report;
  }
}
