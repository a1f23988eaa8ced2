package io.monitoringascode.core.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OutputTreeTest {
  private static final String HEADER =
      "# Files in this directory that monitoring-as-code owns and may rewrite or delete. Generated: do not edit.\n";
  private static final FileTime OLD = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

  @TempDir Path temp;

  @Test
  void write_missingRoot_createsFilesAndSortedManifest() throws IOException {
    Path root = temp.resolve("out/k8s");

    WriteResult result = OutputTree.at(root).write(files(
        "rules/b.yaml", "b",
        "a.yaml", "a",
        "rules/a.yaml", "ra"));

    assertThat(result).isEqualTo(new WriteResult(List.of("a.yaml", "rules/a.yaml", "rules/b.yaml"), List.of(),
        List.of()));
    assertThat(tree(root)).isEqualTo(Map.of(
        ".monitoring-as-code-owned", HEADER + "a.yaml\nrules/a.yaml\nrules/b.yaml\n",
        "a.yaml", "a",
        "rules/a.yaml", "ra",
        "rules/b.yaml", "b"));
    assertThat(OutputTree.at(root).ownedFiles()).containsExactly("a.yaml", "rules/a.yaml", "rules/b.yaml");
  }

  @Test
  void write_sameFilesAgain_reportsUnchangedAndRewritesNothing() throws IOException {
    OutputTree tree = OutputTree.at(temp);
    tree.write(files("a.yaml", "a", "sub/b.yaml", "b"));
    List<Path> written = List.of(temp.resolve("a.yaml"), temp.resolve("sub/b.yaml"),
        temp.resolve(OutputTree.MANIFEST_NAME));
    for (Path file : written) {
      Files.setLastModifiedTime(file, OLD);
    }

    WriteResult result = tree.write(files("a.yaml", "a", "sub/b.yaml", "b"));

    assertThat(result).isEqualTo(new WriteResult(List.of(), List.of("a.yaml", "sub/b.yaml"), List.of()));
    for (Path file : written) {
      assertThat(Files.getLastModifiedTime(file)).as(file.toString()).isEqualTo(OLD);
    }
  }

  @Test
  void write_oneFileChanged_rewritesOnlyThatFile() throws IOException {
    OutputTree tree = OutputTree.at(temp);
    tree.write(files("a.yaml", "a", "b.yaml", "b"));
    Files.setLastModifiedTime(temp.resolve("a.yaml"), OLD);

    WriteResult result = tree.write(files("a.yaml", "a", "b.yaml", "b2"));

    assertThat(result).isEqualTo(new WriteResult(List.of("b.yaml"), List.of("a.yaml"), List.of()));
    assertThat(temp.resolve("b.yaml")).hasContent("b2");
    assertThat(Files.getLastModifiedTime(temp.resolve("a.yaml"))).isEqualTo(OLD);
  }

  @Test
  void write_fileRemovedFromSet_deletesItAndItsEmptyDirectories() throws IOException {
    OutputTree tree = OutputTree.at(temp);
    tree.write(files("a.yaml", "a", "x/y/b.yaml", "b"));

    WriteResult result = tree.write(files("a.yaml", "a"));

    assertThat(result).isEqualTo(new WriteResult(List.of(), List.of("a.yaml"), List.of("x/y/b.yaml")));
    assertThat(tree(temp)).isEqualTo(Map.of(".monitoring-as-code-owned", HEADER + "a.yaml\n", "a.yaml", "a"));
    assertThat(temp.resolve("x")).doesNotExist();
    assertThat(temp).isDirectory();
  }

  @Test
  void write_emptySet_deletesEverythingOwnedButKeepsRoot() throws IOException {
    OutputTree tree = OutputTree.at(temp);
    tree.write(files("a.yaml", "a"));

    WriteResult result = tree.write(files());

    assertThat(result.deleted()).containsExactly("a.yaml");
    assertThat(tree(temp)).isEqualTo(Map.of(".monitoring-as-code-owned", HEADER));
    assertThat(tree.ownedFiles()).isEmpty();
  }

  @Test
  void write_userFilesBesideOwnedFiles_leavesThemAlone() throws IOException {
    OutputTree tree = OutputTree.at(temp);
    tree.write(files("a.yaml", "a", "sub/b.yaml", "b"));
    Files.writeString(temp.resolve("mine.yaml"), "user root");
    Files.writeString(temp.resolve("sub/mine.yaml"), "user sub");

    WriteResult result = tree.write(files("a.yaml", "a2"));

    assertThat(result).isEqualTo(new WriteResult(List.of("a.yaml"), List.of(), List.of("sub/b.yaml")));
    assertThat(tree(temp)).isEqualTo(Map.of(
        ".monitoring-as-code-owned", HEADER + "a.yaml\n",
        "a.yaml", "a2",
        "mine.yaml", "user root",
        "sub/mine.yaml", "user sub"));
  }

  @Test
  void write_ownedFileAlreadyDeletedByUser_isNotReportedDeleted() throws IOException {
    OutputTree tree = OutputTree.at(temp);
    tree.write(files("a.yaml", "a", "b.yaml", "b"));
    Files.delete(temp.resolve("b.yaml"));

    WriteResult result = tree.write(files("a.yaml", "a"));

    assertThat(result.deleted()).isEmpty();
    assertThat(tree.ownedFiles()).containsExactly("a.yaml");
  }

  @Test
  void write_existingUnownedFileAtPath_refusesAndKeepsIt() throws IOException {
    Files.createDirectories(temp.resolve("sub"));
    Files.writeString(temp.resolve("sub/a.yaml"), "user");
    OutputTree tree = OutputTree.at(temp);

    assertThatThrownBy(() -> tree.write(files("b.yaml", "b", "sub/a.yaml", "ours")))
        .isInstanceOf(OutputPathException.class)
        .hasMessage("Output path `sub/a.yaml` is a file that monitoring-as-code does not own "
            + "(`.monitoring-as-code-owned` does not list it), so it is not overwritten; delete or rename it.")
        .extracting(e -> ((OutputPathException) e).path()).isEqualTo("sub/a.yaml");
    assertThat(tree(temp)).isEqualTo(Map.of("sub/a.yaml", "user"));
  }

  static Stream<Arguments> invalidPaths() {
    return Stream.of(
        Arguments.of("../x", "has a `..` segment"),
        Arguments.of("a/../b", "has a `..` segment"),
        Arguments.of("./a", "has a `.` segment"),
        Arguments.of("/abs", "is absolute; give it relative to the output tree"),
        Arguments.of("a\\b", "contains a backslash; separate segments with `/`"),
        Arguments.of("", "is empty"),
        Arguments.of("a//b", "has an empty segment"),
        Arguments.of("a/", "has an empty segment"),
        Arguments.of("a\0b", "contains a NUL character"),
        Arguments.of(".monitoring-as-code-owned",
            "is the name of the manifest that lists the files monitoring-as-code owns"));
  }

  @ParameterizedTest
  @MethodSource("invalidPaths")
  void write_invalidPath_refusesBeforeTouchingDisk(String path, String reason) {
    Path root = temp.resolve("k8s");

    assertThatThrownBy(() -> OutputTree.at(root).write(files("ok.yaml", "ok", path, "x")))
        .isInstanceOf(OutputPathException.class)
        .hasMessage("Output path `" + path.replace("\0", "\\0") + "` " + reason + ".");
    assertThat(root).doesNotExist();
  }

  @Test
  void write_pathIsFileAndDirectoryOfAnother_refuses() {
    assertThatThrownBy(() -> OutputTree.at(temp).write(files("a", "file", "a/b", "below", "a.yaml", "x")))
        .isInstanceOf(OutputPathException.class)
        .hasMessage("Output path `a` is a file, but `a/b` needs it to be a directory.");
    assertThat(temp).isEmptyDirectory();
  }

  @Test
  void write_userFileInWayOfDirectory_refuses() throws IOException {
    Files.writeString(temp.resolve("sub"), "user");

    assertThatThrownBy(() -> OutputTree.at(temp).write(files("sub/a.yaml", "a")))
        .isInstanceOf(OutputPathException.class)
        .hasMessage("Output path `sub/a.yaml` needs `sub` to be a directory, but it is a file.");
    assertThat(tree(temp)).isEqualTo(Map.of("sub", "user"));
  }

  @Test
  void write_symlinkedDirectoryPointingOutside_refusesAndWritesNothing() throws IOException {
    Path outside = Files.createDirectories(temp.resolve("outside"));
    Path root = Files.createDirectories(temp.resolve("k8s"));
    symlink(root.resolve("sub"), outside);

    assertThatThrownBy(() -> OutputTree.at(root).write(files("a.yaml", "a", "sub/x.yaml", "x")))
        .isInstanceOf(OutputPathException.class)
        .hasMessage("Output path `sub/x.yaml` leads outside the output tree through a symbolic link.");
    assertThat(outside).isEmptyDirectory();
    assertThat(root.resolve("a.yaml")).doesNotExist();
  }

  @Test
  void write_symlinkedDirectoryInsideRoot_writesThroughIt() throws IOException {
    Path root = Files.createDirectories(temp.resolve("k8s"));
    Files.createDirectories(root.resolve("real"));
    symlink(root.resolve("alias"), root.resolve("real"));

    OutputTree.at(root).write(files("alias/x.yaml", "x"));

    assertThat(root.resolve("real/x.yaml")).hasContent("x");
  }

  @Test
  void write_manifestListsSymlinkedPathOutside_refusesAndDeletesNothing() throws IOException {
    Path outside = Files.createDirectories(temp.resolve("outside"));
    Files.writeString(outside.resolve("x.yaml"), "precious");
    Path root = Files.createDirectories(temp.resolve("k8s"));
    OutputTree tree = OutputTree.at(root);
    tree.write(files("sub/x.yaml", "x"));
    Files.delete(root.resolve("sub/x.yaml"));
    Files.delete(root.resolve("sub"));
    symlink(root.resolve("sub"), outside);

    assertThatThrownBy(() -> tree.write(files()))
        .isInstanceOf(OutputPathException.class)
        .hasMessage("Output path `sub/x.yaml` leads outside the output tree through a symbolic link.");
    assertThat(outside.resolve("x.yaml")).hasContent("precious");
  }

  @Test
  void ownedFiles_manifestListsEscapingPath_refuses() throws IOException {
    Files.writeString(temp.resolve(OutputTree.MANIFEST_NAME), HEADER + "a.yaml\n../x.yaml\n");

    assertThatThrownBy(() -> OutputTree.at(temp).ownedFiles())
        .isInstanceOf(OutputPathException.class)
        .hasMessageContaining("lists output path `../x.yaml`, which has a `..` segment; remove that line.");
  }

  @Test
  void ownedFiles_noManifest_isEmpty() {
    assertThat(OutputTree.at(temp.resolve("missing")).ownedFiles()).isEmpty();
  }

  @Test
  void ownedFiles_manifestWithCrlfLineEndings_readsPaths() throws IOException {
    Files.writeString(temp.resolve(OutputTree.MANIFEST_NAME), HEADER.replace("\n", "\r\n") + "a.yaml\r\n#b.yaml\r\n");

    assertThat(OutputTree.at(temp).ownedFiles()).containsExactly("#b.yaml", "a.yaml");
  }

  @Test
  void write_rootIsAFile_throwsWithoutTouchingIt() throws IOException {
    Path root = Files.writeString(temp.resolve("k8s"), "file");

    assertThatThrownBy(() -> OutputTree.at(root).write(files("a.yaml", "a")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("NotDirectoryException");
    assertThat(root).hasContent("file");
  }

  @Test
  void write_secondStagedWriteFails_leavesPreviousTreeIntact() throws IOException {
    OutputTree.at(temp).write(files("a.yaml", "a1", "b.yaml", "b1", "sub/c.yaml", "c1"));
    Map<String, String> before = tree(temp);
    AtomicInteger writes = new AtomicInteger();
    OutputTree failing = new OutputTree(temp, (file, bytes) -> {
      if (writes.incrementAndGet() == 2) {
        // Half a file, as a full disk would leave it.
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        throw new IOException("disk full");
      }
      ByteWriter.CREATE_NEW.write(file, bytes);
    });

    assertThatThrownBy(() -> failing.write(files(
        "a.yaml", "a2", "new/d.yaml", "d2", "sub/c.yaml", "c2", "z.yaml", "z2")))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
    assertThat(writes).hasValue(2);
    assertThat(tree(temp)).isEqualTo(before);
    assertThat(temp.resolve("new")).doesNotExist();
  }

  @Test
  void write_leftoverTempFile_isNotOverwritten() throws IOException {
    OutputTree tree = OutputTree.at(temp);
    tree.write(files("a.yaml", "a1"));
    Files.writeString(temp.resolve(".a.yaml.tmp-0"), "leftover");

    tree.write(files("a.yaml", "a2"));

    assertThat(tree(temp)).isEqualTo(Map.of(
        ".monitoring-as-code-owned", HEADER + "a.yaml\n",
        ".a.yaml.tmp-0", "leftover",
        "a.yaml", "a2"));
  }

  private static SortedMap<String, byte[]> files(String... pathsAndContents) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (int i = 0; i < pathsAndContents.length; i += 2) {
      files.put(pathsAndContents[i], pathsAndContents[i + 1].getBytes(UTF_8));
    }
    return files;
  }

  /** Every regular file under {@code root} by relative path, with its content. */
  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> tree = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path file : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
        tree.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    }
    return tree;
  }

  private static void symlink(Path link, Path target) {
    try {
      Files.createSymbolicLink(link, target);
    } catch (IOException | UnsupportedOperationException e) {
      Assumptions.abort("Symbolic links are not supported here: " + e);
    }
  }
}
