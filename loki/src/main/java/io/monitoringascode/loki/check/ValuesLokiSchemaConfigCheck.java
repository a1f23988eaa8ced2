package io.monitoringascode.loki.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.values.ChartValues;

/**
 * {@code values/loki-schema-config}: no {@code loki.schemaConfig} (nor {@code schema_config} in
 * {@code loki.structuredConfig}) and {@code loki.useTestSchema} not chosen, or both a schema and the test schema.
 * The chart's {@code validate.yaml} refuses either, so {@code helm install} fails; the chart's pure defaults fail this
 * way on purpose, to make users choose a schema.
 */
public final class ValuesLokiSchemaConfigCheck implements Check<ChartValues> {
  private static final RuleInfo INFO = RuleInfo.of("values/loki-schema-config", Severity.ERROR,
      "Loki needs a schemaConfig, or useTestSchema chosen on purpose, not both.");

  private static final String SCHEMA = "/loki/schemaConfig";
  private static final String STRUCTURED_SCHEMA = "/loki/structuredConfig/schema_config";
  private static final String TEST_SCHEMA = "/loki/useTestSchema";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ChartValues values, CheckContext context, FindingSink sink) {
    boolean schema = given(values.values().at(SCHEMA)) || given(values.values().at(STRUCTURED_SCHEMA));
    boolean testSchema = values.effective(TEST_SCHEMA).asBoolean(false);
    if (!schema && !testSchema) {
      sink.at(SCHEMA).error("Loki has no `loki.schemaConfig` and `loki.useTestSchema` is not `true`, so the chart "
          + "refuses to install.")
          .hint("Add `loki.schemaConfig.configs` with a period such as `from: \"2024-04-01\"`, `store: tsdb`, "
              + "`object_store: s3`, `schema: v13`, `index: {prefix: index_, period: 24h}`; or set "
              + "`loki.useTestSchema: true` for a test install.");
    } else if (schema && testSchema) {
      sink.at(TEST_SCHEMA).error("Loki has a schema configuration and `loki.useTestSchema: true`, so the chart "
          + "refuses to install.")
          .hint("Remove `loki.useTestSchema`.");
    }
  }

  private static boolean given(JsonNode value) {
    return !value.isMissingNode() && !value.isNull() && !(value.isContainerNode() && value.isEmpty())
        && !(value.isTextual() && value.asText().isBlank());
  }
}
