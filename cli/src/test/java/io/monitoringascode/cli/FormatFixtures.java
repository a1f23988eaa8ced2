package io.monitoringascode.cli;

import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.finding.Span;
import java.util.List;
import java.util.Optional;

/** A small run with three findings, shared by the format tests. */
final class FormatFixtures {
  static final String RULES = """
      apiVersion: monitoring.coreos.com/v1
      kind: PrometheusRule
      metadata:
        name: demo
      spec:
        groups:
          - name: demo
            rules:
              - alert: DemoDown
                expr: |-
                  sum(up)
                  \t/ rate(up[5m]))
      """;

  private FormatFixtures() {}

  /**
   * The run: an error inside the expression (span on its second line), a warning on the metadata without hint, and an
   * info in a second, empty-then-filled document of another file.
   */
  static CheckRun run() {
    SourceFile rules = new SourceFile("k8s/rules.yaml", RULES, DocumentReader.read(RULES));
    String monitorText = "---\n---\nkind: ServiceMonitor\n";
    SourceFile monitor = new SourceFile("k8s/monitor.yaml", monitorText, DocumentReader.read(monitorText));
    Finding syntax = new Finding(RuleId.of("promql/syntax"), Severity.ERROR,
        new Location(Optional.of("k8s/rules.yaml"), 0, "/spec/groups/0/rules/0/expr", Optional.of(new Span(23, 24))),
        "Unexpected `)`.", Optional.of("Remove the `)`."));
    Finding label = new Finding(RuleId.of("wiring/selection-label"), Severity.WARNING,
        Location.in("k8s/rules.yaml", 0, "/metadata/labels/release"), "No `release` label.", Optional.empty());
    Finding advice = new Finding(RuleId.of("schema/unknown-kind"), Severity.INFO,
        Location.in("k8s/monitor.yaml", 1, ""), "Kind `ServiceMonitor` has no `apiVersion`.", Optional.empty());
    return new CheckRun(Report.of(List.of(syntax, label, advice)), List.of(rules, monitor), 2);
  }
}
