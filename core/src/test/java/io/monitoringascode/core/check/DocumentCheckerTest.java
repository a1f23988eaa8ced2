package io.monitoringascode.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.schema.CrdSchemas;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentCheckerTest {
  /** The part of a ServiceMonitor the test check reads. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Monitor(Spec spec) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Spec(String jobLabel, List<Endpoint> endpoints) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Endpoint(String interval) {}

  /** Reports every endpoint interval without a unit, and a job label named `bad`. */
  static final class IntervalCheck implements Check<Monitor> {
    @Override
    public RuleInfo info() {
      return RuleInfo.of("monitor/duration", Severity.ERROR, "Durations have units.");
    }

    @Override
    public void check(Monitor monitor, CheckContext context, FindingSink sink) {
      List<Endpoint> endpoints = monitor.spec().endpoints();
      for (int i = 0; endpoints != null && i < endpoints.size(); i++) {
        if (endpoints.get(i) != null && endpoints.get(i).interval() != null
            && endpoints.get(i).interval().matches("\\d+")) {
          sink.at("/spec/endpoints/" + i + "/interval").report("No unit.").hint("Write `30s`.");
        }
      }
      if ("bad".equals(monitor.spec().jobLabel())) {
        sink.at("/spec/jobLabel").report("Bad job label.");
      }
    }
  }

  private static final DocumentChecker CHECKER = new DocumentChecker(
      List.of(new DocumentType<>("monitoring.coreos.com/v1", "ServiceMonitor", Monitor.class,
          List.of(new IntervalCheck()))),
      CrdSchemas.bundled());

  private static List<String> check(String yaml) {
    JsonNode document = DocumentReader.read(yaml).get(0);
    return CHECKER.check(document, "monitor.yaml", 0, CheckContext.none()).findings().stream()
        .map(DocumentCheckerTest::describe).toList();
  }

  private static String describe(Finding finding) {
    return finding.ruleId() + " " + finding.location();
  }

  @Test
  void check_checkExplainsSchemaPatternFinding_reportsOnlyTheCheck() {
    assertThat(check("""
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: demo}
        spec:
          selector: {matchLabels: {app: demo}}
          endpoints: [{port: http, interval: "30"}]
        """)).containsExactly("monitor/duration monitor.yaml:/spec/endpoints/0/interval");
  }

  @Test
  void check_illTypedValueElsewhere_stillRunsTheChecks() {
    assertThat(check("""
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: demo}
        spec:
          jobLabel: bad
          selector: {matchLabels: {app: demo}}
          endpoints: [{port: http, interval: {seconds: 30}}]
        """)).containsExactly(
            "schema/type monitor.yaml:/spec/endpoints/0/interval",
            "monitor/duration monitor.yaml:/spec/jobLabel");
  }

  @Test
  void check_explainingCheckLoweredByOverride_schemaFindingStays() {
    JsonNode document = DocumentReader.read("""
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: demo}
        spec:
          selector: {matchLabels: {app: demo}}
          endpoints: [{port: http, interval: "30"}]
        """).get(0);

    List<String> findings = CHECKER.check(document, "monitor.yaml", 0, CheckContext.none(),
            SeverityOverrides.parse("monitor/duration=off")).findings().stream()
        .map(DocumentCheckerTest::describe).toList();

    assertThat(findings).containsExactly("schema/pattern monitor.yaml:/spec/endpoints/0/interval");
  }

  @Test
  void check_illTypedArrayElement_othersStillChecked() {
    assertThat(check("""
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: demo}
        spec:
          selector: {matchLabels: {app: demo}}
          endpoints: [oops, {port: http, interval: "30"}]
        """)).containsExactly(
            "schema/type monitor.yaml:/spec/endpoints/0",
            "monitor/duration monitor.yaml:/spec/endpoints/1/interval");
  }

  @Test
  void check_unknownKind_noFindings() {
    assertThat(check("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n")).isEmpty();
  }
}
