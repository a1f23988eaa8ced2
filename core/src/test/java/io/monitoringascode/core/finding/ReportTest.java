package io.monitoringascode.core.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static Finding finding(String file, String pointer, Severity severity, String rule) {
    return new Finding(RuleId.of(rule), severity, Location.in(file, 0, pointer), "Message.", Optional.of("Fix it."));
  }

  @Test
  void of_unsortedFindings_sortsByFileThenPointerThenRule() {
    Finding b = finding("b.yaml", "/spec", Severity.ERROR, "rule/duration");
    Finding a10 = finding("a.yaml", "/spec/groups/10", Severity.WARNING, "rule/duration");
    Finding a2 = finding("a.yaml", "/spec/groups/2", Severity.INFO, "rule/name");
    Finding a2b = finding("a.yaml", "/spec/groups/2", Severity.INFO, "rule/alert-name");

    Report report = Report.of(List.of(b, a10, a2, a2b));

    assertThat(report.findings()).containsExactly(a2b, a2, a10, b);
  }

  @Test
  void orThrow_withError_throwsListingEveryFinding() {
    Report report = Report.of(List.of(
        finding("rules.yaml", "/spec/groups/0/rules/0/for", Severity.ERROR, "rule/duration"),
        finding("monitor.yaml", "/metadata/labels", Severity.WARNING, "wiring/selection-label")));

    assertThatThrownBy(report::orThrow)
        .isInstanceOf(ReportException.class)
        .hasMessage("""
            Nothing was written: 1 error(s) found.
            monitor.yaml:/metadata/labels: warning [wiring/selection-label] Message. Hint: Fix it.
            rules.yaml:/spec/groups/0/rules/0/for: error [rule/duration] Message. Hint: Fix it.
            1 error, 1 warning, 0 infos
            """);
  }

  @Test
  void orThrow_onlyWarnings_returnsReport() {
    Report report = Report.of(List.of(finding("a.yaml", "/x", Severity.WARNING, "rule/duration")));

    assertThat(report.orThrow()).isSameAs(report);
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void plus_twoReports_mergesSorted() {
    Report left = Report.of(List.of(finding("b.yaml", "", Severity.ERROR, "rule/duration")));
    Report right = Report.of(List.of(finding("a.yaml", "", Severity.ERROR, "rule/duration")));

    assertThat(left.plus(right).findings()).extracting(f -> f.location().file().orElseThrow())
        .containsExactly("a.yaml", "b.yaml");
  }
}
