package io.monitoringascode.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README shows the code of {@link ReadmeExample}, which compiles: the README cannot drift from the API. */
class ReadmeExampleTest {
  private static final String BEGIN = "// README:begin\n";
  private static final String END = "    // README:end";

  @Test
  void readme_showsEachCompiledSnippetVerbatim() throws IOException {
    String source = Files.readString(SharedData.repositoryFile(
        "examples/src/main/java/io/monitoringascode/examples/readme/ReadmeExample.java"));
    String readme = Files.readString(SharedData.repositoryFile("README.md"));
    int snippets = 0;
    for (int begin = source.indexOf(BEGIN); begin >= 0; begin = source.indexOf(BEGIN, begin + 1)) {
      String body = source.substring(begin + BEGIN.length(), source.indexOf(END, begin));
      String snippet = List.of(body.stripTrailing().split("\n")).stream()
          .map(line -> line.startsWith("    ") ? line.substring(4) : line)
          .collect(Collectors.joining("\n", "```java\n", "\n```\n"));
      assertThat(readme).contains(snippet);
      snippets++;
    }
    assertThat(snippets).isEqualTo(2);
  }
}
