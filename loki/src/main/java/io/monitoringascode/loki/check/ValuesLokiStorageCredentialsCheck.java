package io.monitoringascode.loki.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.values.ChartValues;
import java.util.List;

/**
 * {@code values/loki-storage-credentials}: an object-store secret written into the values. The chart copies it into
 * Loki's configuration, so it sits in the values file (often in git), in the Helm release secret and in the rendered
 * config. Values that Loki expands from the environment ({@code ${VAR}}, with {@code -config.expand-env=true}) or that
 * a template fills are not secrets in the file. The value is never quoted in the finding.
 */
public final class ValuesLokiStorageCredentialsCheck implements Check<ChartValues> {
  private static final RuleInfo INFO = RuleInfo.of("values/loki-storage-credentials", Severity.ERROR,
      "Object-store credentials must not be written into Loki's values.");

  // The secret-bearing keys loki 6.41.1's values.yaml documents under `loki.storage`.
  private static final List<String> SECRETS = List.of(
      "/loki/storage/s3/secretAccessKey",
      "/loki/storage/azure/accountKey",
      "/loki/storage/azure/connectionString",
      "/loki/storage/swift/password",
      "/loki/storage/object_store/s3/secret_access_key",
      "/loki/storage/object_store/azure/account_key");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ChartValues values, CheckContext context, FindingSink sink) {
    for (String pointer : SECRETS) {
      JsonNode value = values.values().at(pointer);
      if (value.isTextual() && !value.asText().isBlank() && !value.asText().contains("${")
          && !value.asText().contains("{{")) {
        String key = pointer.substring(pointer.lastIndexOf('/') + 1);
        sink.at(pointer).error("Key `" + key + "` holds an object-store credential in plain text, so it lands in "
            + "the values file, the Helm release secret and Loki's rendered configuration.")
            .hint("Write `${ENV_VAR}` instead, pass the variable from a Secret through `extraEnvFrom` of each Loki "
                + "target, and add `-config.expand-env=true` to their `extraArgs`.");
      }
    }
  }
}
