package io.monitoringascode.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.SeverityOverrides;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.StackView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the library has a documentation page, the index lists exactly the rules the library has, and
 * {@link StackChecks#check} runs the checks of each object and those across objects.
 */
class StackChecksTest {
  private static Path docs() {
    return SharedData.repositoryFile("docs/rules");
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static StackView secretAndMonitor() throws IOException {
    return StackView.of(List.of(
        new RenderedDocument("monitoring/secret-token.yaml", JSON.readTree("""
            {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "token", "namespace": "monitoring"},
             "stringData": {"token": "s3cret"}}""")),
        new RenderedDocument("monitoring/servicemonitor-demo.yaml", JSON.readTree("""
            {"apiVersion": "monitoring.coreos.com/v1", "kind": "ServiceMonitor",
             "metadata": {"name": "demo", "namespace": "monitoring"},
             "spec": {"selector": {"matchLabels": {"app": "demo"}},
                      "endpoints": [{"port": "http", "interval": "30"}]}}"""))));
  }

  @Test
  void check_reportsEachObjectsFindingsAndThoseAcrossObjects_overridesApplied() throws IOException {
    List<Finding> findings = StackChecks.check(secretAndMonitor(), CheckContext.none(),
        SeverityOverrides.parse("secret/inline-secret=warning"), false).findings();

    assertThat(findings).extracting(Finding::ruleId, Finding::severity, Finding::location).containsExactly(
        tuple(RuleId.of("secret/inline-secret"), Severity.WARNING,
            Location.in("monitoring/secret-token.yaml", 0, "/stringData/token")),
        tuple(RuleId.of("monitor/duration"), Severity.ERROR,
            Location.in("monitoring/servicemonitor-demo.yaml", 0, "/spec/endpoints/0/interval")));
  }

  @Test
  void check_allowingPlaintextSecrets_leavesSecretsAlone() throws IOException {
    List<Finding> findings = StackChecks.check(secretAndMonitor(), CheckContext.none(), SeverityOverrides.none(), true)
        .findings();

    assertThat(findings).extracting(finding -> finding.ruleId().value()).containsExactly("monitor/duration");
  }

  @Test
  void ruleIds_eachHasADocsPageThatSaysHowToChangeItsSeverity() throws IOException {
    List<String> problems = new ArrayList<>();
    for (RuleId id : StackChecks.ruleIds()) {
      Path page = SharedData.repositoryFile(id.docsPath());
      if (!Files.isRegularFile(page)) {
        problems.add(id + ": no page at " + id.docsPath());
      } else if (!Files.readString(page).contains("--severity " + id + "=")) {
        problems.add(id + ": the page does not show `--severity " + id + "=...`");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void docsIndex_listsExactlyTheLibrarysRules() throws IOException {
    String index = Files.readString(docs().resolve("README.md"));
    List<String> listed = index.lines().filter(line -> line.startsWith("| [`"))
        .map(line -> line.substring(4, line.indexOf('`', 4))).toList();

    assertThat(listed).containsExactlyElementsOf(StackChecks.ruleIds().stream().map(RuleId::value).toList());
  }

  @Test
  void docsPages_noPageWithoutARule() throws IOException {
    List<String> pages;
    try (Stream<Path> files = Files.walk(docs())) {
      pages = files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md"))
          .map(p -> docs().relativize(p).toString().replace('\\', '/').replaceAll("\\.md$", ""))
          .sorted().toList();
    }

    assertThat(pages).containsExactlyElementsOf(StackChecks.ruleIds().stream().map(RuleId::value).toList());
  }
}
