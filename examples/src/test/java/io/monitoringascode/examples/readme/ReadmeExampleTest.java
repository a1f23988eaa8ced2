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
  @Test
  void readme_showsTheCompiledExampleVerbatim() throws IOException {
    String source = Files.readString(SharedData.repositoryFile(
        "examples/src/main/java/io/monitoringascode/examples/readme/ReadmeExample.java"));
    String body = source.substring(source.indexOf("// README:begin\n") + "// README:begin\n".length(),
        source.indexOf("    // README:end"));
    String snippet = List.of(body.stripTrailing().split("\n")).stream()
        .map(line -> line.startsWith("    ") ? line.substring(4) : line)
        .collect(Collectors.joining("\n", "```java\n", "\n```\n"));

    assertThat(Files.readString(SharedData.repositoryFile("README.md"))).contains(snippet);
  }
}
