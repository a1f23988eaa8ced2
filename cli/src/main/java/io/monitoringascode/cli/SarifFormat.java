package io.monitoringascode.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.DocumentType;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.render.Canonical;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The format for code scanning tools: one SARIF 2.1.0 log with one run. The driver lists the rules that occur, sorted
 * by id, with their summary and default level when the rule belongs to a check. Each result carries the rule id, the
 * level ({@code error}, {@code warning}, {@code note}), the message with the hint appended, the file as a relative URI
 * with the line and column where the value starts, the JSON pointer as a logical location, and the document index and
 * pointer (and span, for expressions) as properties.
 *
 * @see <a href="https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/sarif-v2.1.0-errata01-os-complete.html">SARIF
 *     2.1.0</a>
 */
final class SarifFormat implements ReportFormat {
  private static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  private static final String TOOL = "monitoring-as-code";

  private final Map<RuleId, RuleInfo> rules = new HashMap<>();

  /**
   * Creates the format.
   *
   * @param types the document types whose checks describe the rules
   */
  SarifFormat(List<DocumentType<?>> types) {
    for (DocumentType<?> type : types) {
      for (Check<?> check : type.checks()) {
        rules.put(check.info().id(), check.info());
      }
    }
  }

  @Override
  public String render(CheckRun run) {
    ObjectNode log = JsonNodeFactory.instance.objectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode sarifRun = log.putArray("runs").addObject();
    ObjectNode driver = sarifRun.putObject("tool").putObject("driver");
    driver.put("name", TOOL);
    appendRules(driver.putArray("rules"), run.report().findings());
    sarifRun.put("columnKind", "utf16CodeUnits");
    ArrayNode results = sarifRun.putArray("results");
    FindingPositions positions = new FindingPositions(run);
    for (Finding finding : run.report().findings()) {
      appendResult(results.addObject(), finding, positions);
    }
    return new String(Canonical.renderJson(log), StandardCharsets.UTF_8);
  }

  private void appendRules(ArrayNode array, List<Finding> findings) {
    Map<RuleId, Optional<RuleInfo>> occurring = new TreeMap<>();
    for (Finding finding : findings) {
      occurring.put(finding.ruleId(), Optional.ofNullable(rules.get(finding.ruleId())));
    }
    occurring.forEach((id, info) -> {
      ObjectNode rule = array.addObject();
      rule.put("id", id.value());
      // Schema validation reports under its own rule ids, which no check describes.
      info.ifPresent(i -> {
        rule.putObject("shortDescription").put("text", i.summary());
        rule.putObject("defaultConfiguration").put("level", level(i.defaultSeverity()));
      });
    });
  }

  private static void appendResult(ObjectNode result, Finding finding, FindingPositions positions) {
    Location where = finding.location();
    result.put("ruleId", finding.ruleId().value());
    result.put("level", level(finding.severity()));
    result.putObject("message").put("text", finding.message() + finding.hint().map(h -> " Hint: " + h).orElse(""));
    ObjectNode location = result.putArray("locations").addObject();
    where.file().ifPresent(file -> {
      ObjectNode physical = location.putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", uri(file));
      positions.of(where)
          .ifPresent(position -> physical.putObject("region")
              .put("startLine", position.line())
              .put("startColumn", position.column()));
    });
    location.putArray("logicalLocations").addObject().put("fullyQualifiedName", where.pointer());
    ObjectNode properties = result.putObject("properties");
    properties.put("document", where.document());
    properties.put("pointer", where.pointer());
    where.span().ifPresent(span -> properties.putObject("span").put("start", span.start()).put("end", span.end()));
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** A relative reference for a relative file name, a {@code file:} URI for an absolute one; RFC 3986 escaped. */
  private static String uri(String file) {
    try {
      String path = new URI(null, null, file, null).getRawPath();
      if (file.startsWith("/")) {
        return "file://" + path;
      }
      // A colon in the first segment would read as a scheme.
      return path.split("/", 2)[0].contains(":") ? "./" + path : path;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("File name `" + file + "` cannot be written as a URI", e);
    }
  }
}
