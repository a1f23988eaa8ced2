package io.monitoringascode.loki.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import java.util.List;

/**
 * The registry of the checks of Loki rules files ({@code groups:} at the top, as the Loki ruler reads them), in the
 * order they run: the LogQL of every expression, then the rules file as the ruler validates and evaluates it.
 */
public final class LokiRuleChecks {
  private static final List<Check<JsonNode>> ALL = List.of(
      new LogqlSyntaxCheck(),
      new LogqlMetricQueryCheck(),
      new LogqlRuleKindCheck(),
      new LogqlDuplicateGroupCheck(),
      new LogqlDuplicateRecordCheck(),
      new LogqlTemplateLabelCheck(),
      new LogqlRecordNameCheck());

  private LokiRuleChecks() {}

  /**
   * Every check.
   *
   * @return the checks; each takes a rules file as a tree and reports pointers into it
   */
  public static List<Check<JsonNode>> all() {
    return ALL;
  }
}
