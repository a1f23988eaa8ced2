package io.monitoringascode.grafana.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DashboardUnitCheckTest {
  private final DashboardUnitCheck check = new DashboardUnitCheck();

  @Test
  void unit_misspelt_reportsWarningWithClosest() {
    assertThat(CheckCases.lines(check, """
        {"panels": [{"fieldConfig": {"defaults": {"unit": "byte"}, "overrides": []}}]}
        """)).containsExactly("warning [dashboard/unit] /panels/0/fieldConfig/defaults/unit: Unit `byte` is not one"
            + " Grafana knows, so values show unscaled with the text as a suffix. | Write `bytes`, or `suffix:byte`"
            + " for a custom suffix.");
  }

  @Test
  void unit_unknownInOverride_reportsWarning() {
    assertThat(CheckCases.findings(check, """
        {"panels": [{"fieldConfig": {"defaults": {}, "overrides": [{"matcher": {"id": "byName", "options": "p95"},
            "properties": [{"id": "color", "value": {}}, {"id": "unit", "value": "seconds"}]}]}}]}
        """)).extracting(f -> f.location().pointer())
        .containsExactly("/panels/0/fieldConfig/overrides/0/properties/1/value");
  }

  @Test
  void unit_knownAndCustom_pass() {
    assertThat(CheckCases.lines(check, """
        {"panels": [{"fieldConfig": {"defaults": {"unit": "reqps"}}}, {"fieldConfig": {"defaults": {"unit": "suffix:rpm"}}},
                    {"fieldConfig": {"defaults": {"unit": ""}}}, {"fieldConfig": {"defaults": {"unit": "percentunit"}}}]}
        """)).isEmpty();
  }

  @Test
  void units_matchGrafanaSchema() throws IOException {
    Path schema = SharedData.require("reference", "grafana", "schema", "foundation-sdk-jsonschema",
        "units.jsonschema.json");
    Matcher consts = Pattern.compile("\"const\":\\s*\"([^\"]*)\"").matcher(Files.readString(schema));
    TreeSet<String> expected = new TreeSet<>();
    while (consts.find()) {
      expected.add(consts.group(1));
    }
    assertThat(expected).hasSizeGreaterThan(200).allMatch(DashboardUnitCheck::isKnown);
  }
}
