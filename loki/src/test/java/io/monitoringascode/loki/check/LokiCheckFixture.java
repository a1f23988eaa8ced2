package io.monitoringascode.loki.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.values.ChartValues;
import io.monitoringascode.loki.values.LokiChart;
import java.util.List;

/** Runs one loki check on values or a rules file written as YAML. */
final class LokiCheckFixture {
  private LokiCheckFixture() {}

  static List<Finding> run(Check<ChartValues> check, String yaml) {
    return check.run(new ChartValues(LokiChart.get().index(), DocumentReader.read(yaml).get(0)), CheckContext.none());
  }

  static List<Finding> runOnRules(Check<JsonNode> check, String yaml) {
    return check.run(DocumentReader.read(yaml).get(0), CheckContext.none());
  }
}
