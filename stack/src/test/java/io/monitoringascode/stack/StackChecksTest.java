package io.monitoringascode.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.finding.RuleId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every rule of the library has a documentation page, and the index lists exactly the rules the library has. */
class StackChecksTest {
  private static Path docs() {
    return SharedData.repositoryFile("docs/rules");
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
