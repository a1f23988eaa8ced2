package io.monitoringascode.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeverityOverridesTest {
  private static final Report REPORT = Report.of(List.of(
      new Finding(RuleId.of("rule/duration"), Severity.ERROR, Location.at("/a"), "A.", Optional.empty()),
      new Finding(RuleId.of("wiring/selection-label"), Severity.ERROR, Location.at("/b"), "B.", Optional.empty()),
      new Finding(RuleId.of("rule/template"), Severity.WARNING, Location.at("/c"), "C.", Optional.empty())));

  @Test
  void parse_lowerAndOff_adjustsAndDrops() {
    Report adjusted = SeverityOverrides.parse("wiring/selection-label=warning, rule/template=off").apply(REPORT);

    assertThat(adjusted.findings()).extracting(f -> f.ruleId().value() + ":" + f.severity())
        .containsExactly("rule/duration:ERROR", "wiring/selection-label:WARNING");
  }

  @Test
  void plus_laterWinsForTheSameRule_andKeepsTheOthers() {
    SeverityOverrides both = SeverityOverrides.parse("wiring/selection-label=off,rule/template=info")
        .plus(SeverityOverrides.parse("wiring/selection-label=warning"));

    assertThat(both.apply(REPORT).findings()).extracting(f -> f.ruleId().value() + ":" + f.severity())
        .containsExactly("rule/duration:ERROR", "wiring/selection-label:WARNING", "rule/template:INFO");
  }

  @Test
  void parse_unknownSeverity_failsNamingIt() {
    assertThatThrownBy(() -> SeverityOverrides.parse("rule/duration=fatal"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Severity `fatal` in `rule/duration=fatal` is not one of error, warning, info, off.");
  }

  @Test
  void parse_missingEquals_fails() {
    assertThatThrownBy(() -> SeverityOverrides.parse("rule/duration"))
        .hasMessage("Severity override `rule/duration` is not of the form `rule/id=severity`.");
  }

  @Test
  void none_leavesReportAlone() {
    assertThat(SeverityOverrides.none().apply(REPORT)).isEqualTo(REPORT);
  }
}
