package io.monitoringascode.cli;

/**
 * One output format of {@code mac check}: how a run is written to standard output. Each format lives in its own
 * class, as kubeconform keeps one file per output format.
 */
interface ReportFormat {
  /**
   * Renders a run.
   *
   * @param run the report and the files read
   * @return the text for standard output, lines ending in {@code \n}
   */
  String render(CheckRun run);
}
