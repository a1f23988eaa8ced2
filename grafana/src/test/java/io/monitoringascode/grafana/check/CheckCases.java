package io.monitoringascode.grafana.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.finding.Finding;
import java.io.UncheckedIOException;
import java.util.List;

/** Runs one check on a hand-made dashboard and shows its findings as one line each. */
final class CheckCases {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CheckCases() {}

  static List<Finding> findings(Check<JsonNode> check, String dashboard) {
    try {
      return check.run(JSON.readTree(dashboard), CheckContext.none());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code severity [rule] pointer @span: message | hint}. */
  static List<String> lines(Check<JsonNode> check, String dashboard) {
    return findings(check, dashboard).stream()
        .map(f -> f.severity().label() + " [" + f.ruleId() + "] " + f.location() + ": " + f.message()
            + f.hint().map(h -> " | " + h).orElse(""))
        .toList();
  }
}
