package io.monitoringascode.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The root README's {@code pom.xml} snippets are the ones the {@code generate-tree} scenario builds. */
class ReadmeSnippetTest {
  private static final Path MODULE = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));

  @ParameterizedTest
  @ValueSource(strings = {"dependencies", "plugin"})
  void readmeSnippet_isTheScenariosPom(String name) throws IOException {
    String marker = "<!-- README: " + name + " -->\n";
    String readme = Files.readString(MODULE.resolve("../README.md"));
    int start = readme.indexOf(marker + "```xml\n");
    assertThat(start).as("README block " + marker).isNotNegative();
    int from = start + marker.length() + "```xml\n".length();
    String snippet = readme.substring(from, readme.indexOf("```\n", from));

    String pom = Files.readString(MODULE.resolve("src/it/generate-tree/pom.xml"));
    int pomFrom = pom.indexOf(marker) + marker.length();
    String scenario = pom.substring(pomFrom, pom.indexOf("<!-- README: end -->", pomFrom))
        .replace("@project.version@", System.getProperty("project.version"))
        .replace("@junit.version@", System.getProperty("junit.version"));

    assertThat(snippet).isEqualTo(scenario);
  }
}
