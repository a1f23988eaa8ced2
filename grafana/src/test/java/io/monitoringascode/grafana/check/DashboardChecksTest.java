package io.monitoringascode.grafana.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.check.Check;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DashboardChecksTest {
  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"text\"", "{\"panels\": 5, \"templating\": []}",
      "{\"panels\": [1, null, {\"gridPos\": \"x\", \"targets\": {\"a\": 1}, \"datasource\": 3}]}",
      "{\"panels\": [{\"type\": \"row\", \"panels\": [{\"gridPos\": {\"x\": \"a\"},"
          + " \"fieldConfig\": {\"defaults\": {\"unit\": 5}, \"overrides\": [{\"properties\": 1}]}}]}],"
          + " \"annotations\": {\"list\": [{\"expr\": 1, \"datasource\": {\"type\": 2}}]},"
          + " \"links\": [{\"url\": null}], \"uid\": 7}"})
  void all_malformedDashboard_reportWithoutInternalErrors(String json) {
    for (Check<JsonNode> check : DashboardChecks.all(List.of())) {
      assertThat(CheckCases.findings(check, json)).noneMatch(f -> f.message().contains("internal error"));
    }
  }

  @Test
  void all_idsUniqueInDashboardArea_eachWithDocsPage() {
    List<String> ids = DashboardChecks.all().stream().map(check -> check.info().id().value()).toList();

    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.startsWith("dashboard/")).hasSize(9);
    for (Check<?> check : DashboardChecks.all()) {
      assertThat(SharedData.repositoryFile(check.info().id().docsPath())).satisfies(path ->
          assertThat(Files.exists(path)).as(path.toString()).isTrue());
    }
  }
}
