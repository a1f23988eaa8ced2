package io.monitoringascode.core.values;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import java.util.List;

/** The hand-written test chart's index, and values written as YAML. */
final class TestCharts {
  static final ValuesIndex INDEX = ValuesIndex.load(TestCharts.class, "test-chart-1.0.0.json");

  private TestCharts() {}

  static ChartValues values(String yaml) {
    return new ChartValues(INDEX, DocumentReader.read(yaml).get(0));
  }

  static JsonNode tree(String yaml) {
    return DocumentReader.read(yaml).get(0);
  }

  static List<Finding> run(Check<ChartValues> check, String yaml) {
    return check.run(values(yaml), CheckContext.none());
  }

  /** The test chart as a {@link ValuesChart} without checks of its own. */
  static final ValuesChart CHART = new ValuesChart() {
    @Override
    public String name() {
      return "test-chart";
    }

    @Override
    public String repository() {
      return "https://example.invalid/charts";
    }

    @Override
    public String version() {
      return "1.0.0";
    }

    @Override
    public ValuesIndex index() {
      return INDEX;
    }

    @Override
    public List<Check<ChartValues>> checks() {
      return List.of();
    }
  };
}
