package io.monitoringascode.core.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Byte-for-byte comparison with a file under {@code src/test/resources/golden/}. On a mismatch it writes the actual
 * bytes to {@code target/golden/<path>.actual} and fails with a unified diff; {@code -Dgolden.update=true} rewrites the
 * golden file instead: the update is always explicit, and the diff shows what to review. {@link #assertNoOrphans}
 * fails on golden files no test compares with. It throws {@link AssertionError}, so it works under any test framework,
 * and it is the one place that reads {@code golden.update}: the library's own tests and the test kit's
 * {@code GoldenFiles} both come here.
 *
 * <pre>{@code
 * stack.render().forEach((path, bytes) -> GoldenFiles.assertMatches("k8s/" + path, bytes));
 * }</pre>
 */
public final class GoldenFiles {
  private GoldenFiles() {}

  /** The module directory: surefire runs tests there. */
  private static Path moduleDirectory() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
  }

  /**
   * The directory of golden files of the module under test.
   *
   * @return {@code src/test/resources/golden} of the module
   */
  public static Path root() {
    return moduleDirectory().resolve("src/test/resources/golden");
  }

  /**
   * Every golden file, for tests that fail on orphaned ones.
   *
   * @return paths relative to {@link #root()}, with {@code /} separators, sorted; empty without a golden directory
   */
  public static List<String> all() {
    return all(root());
  }

  static List<String> all(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that the golden directory holds exactly the files the module's tests compare with: none more (an orphan
   * nobody reviews any longer) and none fewer.
   *
   * @param used every path the tests pass to {@link #assertMatches}, relative to {@link #root()}
   */
  public static void assertNoOrphans(Collection<String> used) {
    assertNoOrphans(root(), used);
  }

  /**
   * Asserts that one directory of golden files holds exactly the files the tests compare with.
   *
   * @param directory the directory relative to {@link #root()}, ending in {@code /}, such as {@code k8s/}
   * @param used every path under it the tests pass to {@link #assertMatches}, relative to {@link #root()}
   */
  public static void assertNoOrphans(String directory, Collection<String> used) {
    List<String> files = all(root()).stream().filter(path -> path.startsWith(directory)).toList();
    Set<String> expected = new TreeSet<>(used);
    List<String> orphans = files.stream().filter(file -> !expected.contains(file)).toList();
    if (!orphans.isEmpty()) {
      throw new AssertionError("Golden files under " + root().resolve(directory)
          + " that no test compares with (delete them): " + orphans);
    }
  }

  static void assertNoOrphans(Path root, Collection<String> used) {
    List<String> files = all(root);
    Set<String> expected = new TreeSet<>(used);
    List<String> orphans = files.stream().filter(file -> !expected.contains(file)).toList();
    List<String> missing = expected.stream().filter(file -> !files.contains(file)).toList();
    if (!orphans.isEmpty() || !missing.isEmpty()) {
      throw new AssertionError("Golden files under " + root + " differ from those the tests compare with; orphans"
          + " (delete them, or compare with them): " + orphans
          + "; missing (rerun with -Dgolden.update=true, then review): " + missing);
    }
  }

  /**
   * Compares bytes with a golden file.
   *
   * @param relativePath the golden file, relative to {@link #root()}, such as {@code alerting/alert-routing.yaml}
   * @param actual the bytes the code under test produced
   */
  public static void assertMatches(String relativePath, byte[] actual) {
    Path golden = root().resolve(relativePath);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(golden.getParent());
        Files.write(golden, actual);
        return;
      }
      byte[] expected = Files.exists(golden) ? Files.readAllBytes(golden) : new byte[0];
      if (Arrays.equals(expected, actual)) {
        return;
      }
      Path actualFile = moduleDirectory().resolve("target/golden").resolve(relativePath + ".actual");
      Files.createDirectories(actualFile.getParent());
      Files.write(actualFile, actual);
      throw new AssertionError("Golden file " + relativePath + " differs; actual bytes are in " + actualFile
          + " (rerun with -Dgolden.update=true to accept them, then review the diff):\n"
          + unifiedDiff(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A unified diff of two texts, lines compared by longest common subsequence, with 3 lines of context.
   *
   * @param expected the text expected
   * @param actual the text produced
   * @return the diff, {@code ---}/{@code +++} headers first
   */
  public static String unifiedDiff(String expected, String actual) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<String> lines = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        lines.add(" " + a[i++]);
        j++;
      } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
        lines.add("-" + a[i++]);
      } else {
        lines.add("+" + b[j++]);
      }
    }
    StringBuilder diff = new StringBuilder("--- expected\n+++ actual\n");
    boolean elided = false;
    for (int k = 0; k < lines.size(); k++) {
      boolean nearChange = false;
      for (int n = Math.max(0, k - 3); n <= Math.min(lines.size() - 1, k + 3); n++) {
        nearChange |= !lines.get(n).startsWith(" ");
      }
      if (nearChange) {
        diff.append(lines.get(k)).append('\n');
        elided = false;
      } else if (!elided) {
        diff.append("@@\n");
        elided = true;
      }
    }
    return diff.toString();
  }
}
