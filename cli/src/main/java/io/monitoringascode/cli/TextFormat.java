package io.monitoringascode.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Span;
import io.monitoringascode.core.lang.TextPosition;
import java.util.Optional;

/**
 * The default format, for people: one line per finding, {@code file:line:column:} (where editors and terminals link
 * it) and then {@link Finding#toString()} without the file; for a finding inside an expression, the expression's line
 * with carets under the span, as pint's console output shows it; then the counts.
 *
 * <pre>
 * k8s/rules.yaml:9:15: /spec/groups/0/rules/0/expr @5..24: error [promql/syntax] PromQL error at 1:6: …
 *     rate(http_requests_total)
 *          ^^^^^^^^^^^^^^^^^^^
 * 1 error, 0 warnings, 0 infos
 * checked 1 document in 1 file
 * </pre>
 */
final class TextFormat implements ReportFormat {
  private static final String INDENT = "    ";

  @Override
  public String render(CheckRun run) {
    StringBuilder text = new StringBuilder();
    FindingPositions positions = new FindingPositions(run);
    for (Finding finding : run.report().findings()) {
      Location where = finding.location();
      Optional<TextPosition> position = positions.of(where);
      if (where.file().isPresent() && position.isPresent()) {
        text.append(where.file().get()).append(':').append(position.get().line()).append(':')
            .append(position.get().column()).append(": ")
            .append(finding.withLocation(new Location(Optional.empty(), 0, where.pointer(), where.span())));
      } else {
        text.append(finding);
      }
      text.append('\n');
      finding.location().span().ifPresent(span -> run.valueAt(finding.location())
          .filter(JsonNode::isTextual)
          .ifPresent(value -> appendExcerpt(text, value.asText(), span)));
    }
    text.append(run.report().summary()).append('\n');
    text.append("checked ").append(plural(run.checkedDocuments(), "document")).append(" in ")
        .append(plural(run.files().size(), "file"));
    if (run.skippedDocuments() > 0) {
      // Say so: a directory of Deployments would otherwise pass as if it had been checked.
      text.append(", skipped ").append(plural(run.skippedDocuments(), "document")).append(" of other kinds");
    }
    text.append('\n');
    return text.toString();
  }

  /** Appends the line of {@code value} that holds the span's start, and carets under the span (at least one). */
  private static void appendExcerpt(StringBuilder text, String value, Span span) {
    int start = Math.min(span.start(), value.length());
    int lineStart = value.lastIndexOf('\n', start - 1) + 1;
    int lineEnd = value.indexOf('\n', start);
    if (lineEnd < 0) {
      lineEnd = value.length();
    }
    String line = value.substring(lineStart, lineEnd);
    int from = start - lineStart;
    int to = Math.min(span.end(), lineEnd) - lineStart;
    StringBuilder padding = new StringBuilder();
    for (int i = 0; i < from; i++) {
      // Keep tabs, so that the carets line up under the text whatever the terminal's tab width.
      padding.append(line.charAt(i) == '\t' ? '\t' : ' ');
    }
    text.append(INDENT).append(line).append('\n');
    text.append(INDENT).append(padding).append("^".repeat(Math.max(1, to - from))).append('\n');
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
