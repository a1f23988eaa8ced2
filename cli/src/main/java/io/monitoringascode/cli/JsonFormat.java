package io.monitoringascode.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.lang.TextPosition;
import io.monitoringascode.core.render.Canonical;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The format for scripts: one JSON array with an object per finding, in report order, keys always in this order:
 *
 * <pre>
 * [ {
 *   "file" : "k8s/service-monitor.yaml",
 *   "document" : 0,
 *   "path" : "/spec/endpoints/0/interval",
 *   "line" : 9,
 *   "column" : 17,
 *   "ruleId" : "monitor/duration",
 *   "severity" : "error",
 *   "message" : "…",
 *   "hint" : null
 * } ]
 * </pre>
 *
 * {@code document} is the 0-based index of the YAML document in its file, {@code path} a JSON pointer into it,
 * {@code line} and {@code column} (1-based, in the whole file; {@code null} when unknown) where the key or list item
 * it points at starts, or the nearest enclosing one for a missing key,
 * {@code severity} one of {@code error}, {@code warning} and {@code info}, and {@code hint} {@code null} when there is
 * none. Nothing else is written to standard output.
 */
final class JsonFormat implements ReportFormat {
  @Override
  public String render(CheckRun run) {
    ArrayNode findings = JsonNodeFactory.instance.arrayNode();
    FindingPositions positions = new FindingPositions(run);
    for (Finding finding : run.report().findings()) {
      ObjectNode object = findings.addObject();
      object.put("file", finding.location().file().orElse(null));
      object.put("document", finding.location().document());
      object.put("path", finding.location().pointer());
      Optional<TextPosition> position = positions.of(finding.location());
      object.put("line", position.map(TextPosition::line).orElse(null));
      object.put("column", position.map(TextPosition::column).orElse(null));
      object.put("ruleId", finding.ruleId().value());
      object.put("severity", finding.severity().label());
      object.put("message", finding.message());
      object.put("hint", finding.hint().orElse(null));
    }
    return new String(Canonical.renderJson(findings), StandardCharsets.UTF_8);
  }
}
