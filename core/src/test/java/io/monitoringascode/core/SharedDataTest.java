package io.monitoringascode.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedDataTest {
  @Test
  void files_keepsRegularFilesWithASuffix_sorted(@TempDir Path directory) throws IOException {
    Files.writeString(directory.resolve("b.yml"), "");
    Files.writeString(directory.resolve("a.yaml"), "");
    Files.writeString(directory.resolve("c.json"), "");
    Files.createDirectory(directory.resolve("d.yaml"));

    assertThat(SharedData.files(directory, ".yaml", ".yml"))
        .containsExactly(directory.resolve("a.yaml"), directory.resolve("b.yml"));
  }

  @Test
  void repositoryFile_resolvesBelowTheRepositoryRoot() {
    assertThat(SharedData.repositoryFile("core/pom.xml")).isRegularFile().isAbsolute()
        .isEqualTo(SharedData.repositoryFile("core/../core/pom.xml"));
  }
}
