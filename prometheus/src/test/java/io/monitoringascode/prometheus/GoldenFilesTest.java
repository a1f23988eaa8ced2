package io.monitoringascode.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GoldenFilesTest {
  @Test
  void goldenFiles_areEachUsedByATest() throws IOException {
    String tests;
    try (Stream<Path> sources = Files.walk(Path.of("src", "test", "java"))) {
      StringBuilder all = new StringBuilder();
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        all.append(Files.readString(source));
      }
      tests = all.toString();
    }
    List<String> orphans;
    try (Stream<Path> files = Files.walk(Golden.DIRECTORY)) {
      orphans = files.filter(Files::isRegularFile)
          .map(file -> Golden.DIRECTORY.relativize(file).toString().replace('\\', '/'))
          .filter(name -> !tests.contains("\"" + name + "\""))
          .toList();
    }
    assertThat(orphans).as("golden files no test compares with").isEmpty();
  }
}
