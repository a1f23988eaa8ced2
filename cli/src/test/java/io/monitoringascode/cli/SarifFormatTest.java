package io.monitoringascode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.DocumentType;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.finding.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SarifFormatTest {
  private static final RuleInfo SYNTAX = RuleInfo.of("promql/syntax", Severity.ERROR, "PromQL expressions parse.");

  private final JsonNode log = parse(new SarifFormat(List.of(type(SYNTAX))).render(FormatFixtures.run()));

  @Test
  void render_run_namesSchemaVersionAndTool() {
    assertThat(log.get("$schema").asText())
        .isEqualTo("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("runs")).hasSize(1);
    assertThat(log.at("/runs/0/tool/driver/name").asText()).isEqualTo("monitoring-as-code");
  }

  @Test
  void render_rules_listsOccurringIdsSortedWithKnownDescriptions() throws IOException {
    assertThat(log.at("/runs/0/tool/driver/rules")).isEqualTo(JsonMapper.builder().build().readTree("""
        [
          {"id": "promql/syntax", "shortDescription": {"text": "PromQL expressions parse."},
           "defaultConfiguration": {"level": "error"}},
          {"id": "schema/unknown-kind"},
          {"id": "wiring/selection-label"}
        ]
        """));
  }

  @Test
  void render_expressionFinding_hasLevelMessageLocationsAndProperties() throws IOException {
    JsonNode result = log.at("/runs/0/results/2");

    assertThat(result).isEqualTo(JsonMapper.builder().build().readTree("""
        {
          "ruleId": "promql/syntax",
          "level": "error",
          "message": {"text": "Unexpected `)`. Hint: Remove the `)`."},
          "locations": [{
            "physicalLocation": {
              "artifactLocation": {"uri": "k8s/rules.yaml"},
              "region": {"startLine": 10, "startColumn": 11}
            },
            "logicalLocations": [{"fullyQualifiedName": "/spec/groups/0/rules/0/expr"}]
          }],
          "properties": {"document": 0, "pointer": "/spec/groups/0/rules/0/expr", "span": {"start": 23, "end": 24}}
        }
        """));
  }

  @Test
  void render_levels_mapWarningAndInfoToSarifNames() {
    assertThat(log.at("/runs/0/results/0/level").asText()).isEqualTo("note");
    assertThat(log.at("/runs/0/results/1/level").asText()).isEqualTo("warning");
  }

  @Test
  void render_missingKey_placesRegionOnItsParent() {
    assertThat(log.at("/runs/0/results/1/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
  }

  @Test
  void render_fileNameWithSpace_isEscapedInTheUri() {
    String text = "a: 1\n";
    Finding finding = new Finding(SYNTAX.id(), Severity.ERROR, Location.in("my dir/a.yaml", 0, "/a"), "Bad.",
        Optional.empty());
    CheckRun run = new CheckRun(Report.of(List.of(finding)),
        List.of(new SourceFile("my dir/a.yaml", text, DocumentReader.read(text))), 1);

    JsonNode sarif = parse(new SarifFormat(List.of()).render(run));

    assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("my%20dir/a.yaml");
  }

  private static DocumentType<Object> type(RuleInfo info) {
    Check<Object> check = new Check<>() {
      @Override
      public RuleInfo info() {
        return info;
      }

      @Override
      public void check(Object subject, CheckContext context, FindingSink sink) {}
    };
    return new DocumentType<>("monitoring.coreos.com/v1", "PrometheusRule", Object.class, List.of(check));
  }

  private static JsonNode parse(String json) {
    try {
      return JsonMapper.builder().build().readTree(json);
    } catch (IOException e) {
      throw new AssertionError(json, e);
    }
  }
}
