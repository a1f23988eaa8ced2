package io.monitoringascode.core.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenFilesTest {
  @Test
  void assertNoOrphans_withExactlyTheUsedFiles_passes(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("monitor"));
    Files.writeString(root.resolve("monitor/a.yaml"), "a");
    Files.writeString(root.resolve("b.yaml"), "b");

    GoldenFiles.assertNoOrphans(root, List.of("monitor/a.yaml", "b.yaml"));
    assertThat(GoldenFiles.all(root)).containsExactly("b.yaml", "monitor/a.yaml");
  }

  @Test
  void assertNoOrphans_withUnusedOrMissingFile_namesBoth(@TempDir Path root) throws IOException {
    Files.writeString(root.resolve("orphan.yaml"), "o");

    assertThatThrownBy(() -> GoldenFiles.assertNoOrphans(root, List.of("missing.yaml")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("orphans (delete them, or compare with them): [orphan.yaml]")
        .hasMessageContaining("missing (rerun with -Dgolden.update=true, then review): [missing.yaml]");
  }

  @Test
  void all_withoutGoldenDirectory_isEmpty(@TempDir Path root) {
    assertThat(GoldenFiles.all(root.resolve("absent"))).isEmpty();
  }

  @Test
  void unifiedDiff_marksChangedLinesWithContext() {
    assertThat(GoldenFiles.unifiedDiff("a\nb\nc\n", "a\nB\nc\n"))
        .isEqualTo("--- expected\n+++ actual\n a\n-b\n+B\n c\n \n");
  }
}
