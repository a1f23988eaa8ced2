package io.monitoringascode.loki.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValuesLokiSchemaConfigCheckTest {
  private final ValuesLokiSchemaConfigCheck check = new ValuesLokiSchemaConfigCheck();

  @Test
  void noSchemaNorTestSchema_reports() {
    assertThat(LokiCheckFixture.run(check, "loki:\n  schemaConfig: {}\n")).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(RuleId.of("values/loki-schema-config"));
      assertThat(f.location()).isEqualTo(Location.at("/loki/schemaConfig"));
      assertThat(f.message()).isEqualTo("Loki has no `loki.schemaConfig` and `loki.useTestSchema` is not `true`, so "
          + "the chart refuses to install.");
    });
  }

  @Test
  void schemaAndTestSchema_reportsTestSchema() {
    assertThat(LokiCheckFixture.run(check, "loki:\n  useTestSchema: true\n  structuredConfig:\n    schema_config:\n"
        + "      configs: [{from: 2024-04-01}]\n")).containsExactly(new Finding(RuleId.of("values/loki-schema-config"),
        Severity.ERROR, Location.at("/loki/useTestSchema"), "Loki has a schema configuration and "
            + "`loki.useTestSchema: true`, so the chart refuses to install.", Optional.of("Remove `loki.useTestSchema`.")));
  }

  @Test
  void schemaOrTestSchema_passes() {
    assertThat(LokiCheckFixture.run(check, "loki:\n  useTestSchema: true\n")).isEmpty();
    assertThat(LokiCheckFixture.run(check, "loki:\n  schemaConfig:\n    configs:\n      - from: 2024-04-01\n")).isEmpty();
  }
}
