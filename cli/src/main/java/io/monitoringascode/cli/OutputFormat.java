package io.monitoringascode.cli;

import io.monitoringascode.stack.StackChecks;
import java.util.Locale;

/** The values of {@code --format}. */
enum OutputFormat {
  /** One line per finding, with carets under expression spans, then counts. */
  TEXT,
  /** One JSON array of findings. */
  JSON,
  /** SARIF 2.1.0, for code scanning tools. */
  SARIF;

  /**
   * Creates the format's renderer.
   *
   * @return a renderer
   */
  ReportFormat create() {
    return switch (this) {
      case TEXT -> new TextFormat();
      case JSON -> new JsonFormat();
      case SARIF -> new SarifFormat(StackChecks.types());
    };
  }

  /** The name as the option takes it and the help lists it, such as {@code sarif}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
