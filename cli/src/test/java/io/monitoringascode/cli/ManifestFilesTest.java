package io.monitoringascode.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.monitoringascode.cli.ManifestFiles.ManifestFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestFilesTest {
  @TempDir
  Path dir;

  @Test
  void find_directory_listsManifestsSortedByRelativePath() throws IOException {
    touch("z.yaml", "b/rules.yml", "a.json", "b/a/monitor.yaml", "a.yaml", "README.md", "b/values.txt");

    List<String> names = names(ManifestFiles.find(List.of(dir)));

    assertThat(names).containsExactly(
        name("a.json"), name("a.yaml"), name("b/a/monitor.yaml"), name("b/rules.yml"), name("z.yaml"));
  }

  @Test
  void find_directory_skipsHiddenDirectoriesAndTheOwnedManifest() throws IOException {
    touch("k8s.yaml", ".git/config.yaml", "sub/.cache/x.json", ".monitoring-as-code-owned");

    assertThat(names(ManifestFiles.find(List.of(dir)))).containsExactly(name("k8s.yaml"));
  }

  @Test
  void find_hiddenDirectoryGivenExplicitly_isWalked() throws IOException {
    touch(".k8s/monitor.yaml");

    assertThat(names(ManifestFiles.find(List.of(dir.resolve(".k8s"))))).containsExactly(name(".k8s/monitor.yaml"));
  }

  @Test
  void find_fileGivenExplicitly_isTakenWhateverItsExtension() throws IOException {
    touch("manifest.txt");

    assertThat(names(ManifestFiles.find(List.of(dir.resolve("manifest.txt"))))).containsExactly(name("manifest.txt"));
  }

  @Test
  void find_relativeArgument_namesFilesFromTheArgumentNormalised() throws IOException {
    touch("k8s/sub/monitor.yaml");
    Path relative = Path.of("").toAbsolutePath().relativize(dir);

    List<String> names = names(ManifestFiles.find(List.of(Path.of("./" + relative + "/k8s/"))));

    assertThat(names).containsExactly(slashes(relative) + "/k8s/sub/monitor.yaml");
  }

  @Test
  void find_sameFileTwice_listsItOnce() throws IOException {
    touch("a.yaml", "b.yaml");

    List<String> names = names(ManifestFiles.find(List.of(dir.resolve("b.yaml"), dir, dir.resolve("a.yaml"))));

    assertThat(names).containsExactly(name("b.yaml"), name("a.yaml"));
  }

  @Test
  void find_missingPaths_reportsEveryOne() {
    assertThatThrownBy(() -> ManifestFiles.find(List.of(dir.resolve("one.yaml"), dir, dir.resolve("two"))))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).containsExactly(
            name("one.yaml") + ": no such file or directory",
            slashes(dir) + ": no .yaml, .yml, .json file in this directory",
            name("two") + ": no such file or directory"));
  }

  @Test
  void find_linkToDirectory_isWalkedAndNamedThroughTheLink() throws IOException {
    touch("real/monitor.yaml");
    Path link = dir.resolve("link");
    try {
      Files.createSymbolicLink(link, dir.resolve("real"));
    } catch (UnsupportedOperationException | IOException e) {
      org.junit.jupiter.api.Assumptions.abort("symbolic links are not supported here: " + e);
    }

    assertThat(names(ManifestFiles.find(List.of(link)))).containsExactly(name("link/monitor.yaml"));
  }

  private void touch(String... files) throws IOException {
    for (String file : files) {
      Path path = dir.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, "{}\n");
    }
  }

  private String name(String file) {
    return slashes(dir.resolve(file));
  }

  private static String slashes(Path path) {
    return path.toString().replace(path.getFileSystem().getSeparator(), "/");
  }

  private static List<String> names(List<ManifestFile> files) {
    return files.stream().map(ManifestFile::name).collect(Collectors.toList());
  }
}
