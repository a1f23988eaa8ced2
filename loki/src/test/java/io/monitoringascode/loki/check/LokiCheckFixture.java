package io.monitoringascode.loki.check;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.values.ChartValues;
import io.monitoringascode.loki.values.LokiChart;
import java.util.List;

/** Runs one loki values check on values written as YAML. */
final class LokiCheckFixture {
  private LokiCheckFixture() {}

  static List<Finding> run(Check<ChartValues> check, String yaml) {
    return check.run(new ChartValues(LokiChart.get().index(), DocumentReader.read(yaml).get(0)), CheckContext.none());
  }
}
