package io.monitoringascode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.finding.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextFormatTest {
  @Test
  void render_findings_writesLinesCaretsAndCounts() {
    String text = new TextFormat().render(FormatFixtures.run());

    assertThat(text).isEqualTo("""
        k8s/monitor.yaml:3:1: /: info [schema/unknown-kind] Kind `ServiceMonitor` has no `apiVersion`.
        k8s/rules.yaml:3:1: /metadata/labels/release: warning [wiring/selection-label] No `release` label.
        k8s/rules.yaml:10:11: /spec/groups/0/rules/0/expr @23..24: error [promql/syntax] Unexpected `)`. Hint: Remove the `)`.
            \t/ rate(up[5m]))
            \t              ^
        1 error, 1 warning, 1 info
        checked 2 documents in 2 files
        """);
  }

  @Test
  void render_spanAtEndOfValue_putsOneCaretAfterTheLastCharacter() {
    String text = new TextFormat().render(run("rate(up[5m]", new Span(11, 11), "/spec/expr"));

    assertThat(text).contains("\n    rate(up[5m]\n               ^\n");
  }

  @Test
  void render_spanOverLineBreak_underlinesToTheEndOfItsFirstLine() {
    String text = new TextFormat().render(run("sum(\n  up)", new Span(0, 8), "/spec/expr"));

    assertThat(text).contains("\n    sum(\n    ^^^^\n");
  }

  @Test
  void render_spanOnNonStringValue_printsNoExcerpt() {
    String text = new TextFormat().render(run("up", new Span(0, 1), "/spec"));

    assertThat(text).doesNotContain("^");
  }

  @Test
  void render_noFindings_writesOnlyCounts() {
    SourceFile file = new SourceFile("a.yaml", "a: 1\n", DocumentReader.read("a: 1\n"));

    String text = new TextFormat().render(new CheckRun(Report.empty(), List.of(file), 1));

    assertThat(text).isEqualTo("0 errors, 0 warnings, 0 infos\nchecked 1 document in 1 file\n");
  }

  @Test
  void render_documentsOfOtherKinds_saysHowManyWereSkipped() {
    String text = "kind: Deployment\n---\nkind: Service\n---\n---\nkind: ServiceMonitor\n";
    SourceFile file = new SourceFile("a.yaml", text, DocumentReader.read(text));

    String rendered = new TextFormat().render(new CheckRun(Report.empty(), List.of(file), 1));

    assertThat(rendered).endsWith("\nchecked 1 document in 1 file, skipped 2 documents of other kinds\n");
  }

  /** A run with one finding at {@code pointer} in {@code spec: {expr: EXPR}}. */
  private static CheckRun run(String expr, Span span, String pointer) {
    String text = "spec:\n  expr: \"" + expr.replace("\n", "\\n") + "\"\n";
    SourceFile file = new SourceFile("a.yaml", text, DocumentReader.read(text));
    Finding finding = new Finding(RuleId.of("promql/syntax"), Severity.ERROR,
        new Location(Optional.of("a.yaml"), 0, pointer, Optional.of(span)), "Bad.", Optional.empty());
    return new CheckRun(Report.of(List.of(finding)), List.of(file), 1);
  }
}
