package io.monitoringascode.alerting.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.DocumentChecker;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.schema.CrdSchemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs the alerting checks on the real-world AlertmanagerConfigs of the shared corpus: none may have an error, and
 * every other finding is pinned here, so a change in what the checks report on real files is reviewed.
 */
class AlertingCorpusTest {
  private static final Set<RuleId> ALERTING_RULES =
      AlertingChecks.rules().stream().map(RuleInfo::id).collect(Collectors.toSet());

  /**
   * navikt/ops-alerts matches {@code namespace =~ aap|arbeidsforhold|…} in the root route of an AlertmanagerConfig in
   * namespace {@code ops}; with the default matcher strategy the operator replaces that matcher with
   * {@code namespace="ops"}, so the listed teams' alerts never reach it.
   */
  private static final List<String> EXPECTED = List.of(
      "navikt__ops-alerts__alertmanagerconfig.yaml:/spec/route/matchers/0: warning [alerting/namespace-matcher]"
          + " Matcher `namespace=~\"aap|arbeidsforhold|arbeidsgiver|team-inntekt|teamfrikort|teamdigisos"
          + "|teamdagpenger\"` in the root route is replaced by the operator with `namespace=\"ops\"`, so alerts from"
          + " other namespaces never reach these routes. Hint: Remove the matcher, or set"
          + " `alertmanagerConfigMatcherStrategy.type: None` on the Alertmanager if this AlertmanagerConfig must"
          + " route alerts of other namespaces.");

  @Test
  void realWorldAlertmanagerConfigs_haveNoErrorsAndOnlyPinnedFindings() throws IOException {
    Path corpus = SharedData.require("corpus", "real-world", "AlertmanagerConfig");
    List<Path> files = SharedData.files(corpus, ".yaml", ".yml");
    assertThat(files).as("AlertmanagerConfig files in %s", corpus).isNotEmpty();
    DocumentChecker checker = new DocumentChecker(AlertingChecks.types(), CrdSchemas.bundled());
    List<Finding> findings = new ArrayList<>();
    int documents = 0;
    for (Path file : files) {
      List<JsonNode> trees = DocumentReader.read(Files.readString(file, StandardCharsets.UTF_8));
      for (int i = 0; i < trees.size(); i++) {
        JsonNode tree = trees.get(i);
        if ("AlertmanagerConfig".equals(tree.path("kind").asText())) {
          documents++;
          checker.check(tree, file.getFileName().toString(), i, CheckContext.none()).findings().stream()
              .filter(f -> ALERTING_RULES.contains(f.ruleId()))
              .forEach(findings::add);
        }
      }
    }

    assertThat(documents).isEqualTo(files.size());
    assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    assertThat(findings).extracting(Finding::toString).containsExactlyElementsOf(EXPECTED);
  }
}
