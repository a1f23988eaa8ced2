package io.monitoringascode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportFilesTest {
  private static final Report REPORT = Report.of(List.of(new Finding(RuleId.of("wiring/selection-label"),
      Severity.ERROR, Location.in("shop/prometheusrule-shop.yaml", 0, "/metadata/labels"), "No label.",
      Optional.of("Add it."))));

  @Test
  void json_findingOfAGeneratedFile_hasNoLineOrColumn() {
    assertThat(ReportFiles.json(REPORT)).isEqualTo("""
        [
          {
            "file" : "shop/prometheusrule-shop.yaml",
            "document" : 0,
            "path" : "/metadata/labels",
            "line" : null,
            "column" : null,
            "ruleId" : "wiring/selection-label",
            "severity" : "error",
            "message" : "No label.",
            "hint" : "Add it."
          }
        ]
        """);
  }

  @Test
  void sarif_findingOfAGeneratedFile_hasTheFileButNoRegion() {
    String sarif = ReportFiles.sarif(REPORT);

    assertThat(sarif).contains("\"version\" : \"2.1.0\"", "\"ruleId\" : \"wiring/selection-label\"",
        "\"uri\" : \"shop/prometheusrule-shop.yaml\"", "\"text\" : \"No label. Hint: Add it.\"");
    assertThat(sarif).doesNotContain("\"region\"");
  }
}
