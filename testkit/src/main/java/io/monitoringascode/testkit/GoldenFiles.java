package io.monitoringascode.testkit;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Byte-for-byte comparison with a file under {@code src/test/resources/golden/}. On a mismatch it writes the actual
 * bytes to {@code target/golden/<path>.actual} and fails with a unified diff; {@code -Dgolden.update=true} rewrites the
 * golden file instead: the update is always explicit, and the diff shows what to review. {@link #assertNoOrphans}
 * fails on golden files no test compares with. The library's own tests use the same comparison
 * ({@link io.monitoringascode.core.golden.GoldenFiles}), so a golden file behaves the same in both.
 *
 * <pre>{@code
 * stack.render().forEach((path, bytes) -> GoldenFiles.assertMatches("k8s/" + path, bytes));
 * }</pre>
 */
public final class GoldenFiles {
  private GoldenFiles() {}

  /**
   * The directory of golden files of the module under test.
   *
   * @return {@code src/test/resources/golden} of the module
   */
  public static Path root() {
    return io.monitoringascode.core.golden.GoldenFiles.root();
  }

  /**
   * Every golden file, for tests that fail on orphaned ones.
   *
   * @return paths relative to {@link #root()}, with {@code /} separators, sorted; empty without a golden directory
   */
  public static List<String> all() {
    return io.monitoringascode.core.golden.GoldenFiles.all();
  }

  /**
   * Asserts that the golden directory holds exactly the files the tests compare with.
   *
   * @param used every path the tests pass to {@link #assertMatches}, relative to {@link #root()}
   */
  public static void assertNoOrphans(Collection<String> used) {
    io.monitoringascode.core.golden.GoldenFiles.assertNoOrphans(used);
  }

  /**
   * Asserts that one directory of golden files holds exactly the files the tests compare with.
   *
   * @param directory the directory relative to {@link #root()}, ending in {@code /}, such as {@code k8s/}
   * @param used every path under it the tests pass to {@link #assertMatches}, relative to {@link #root()}
   */
  public static void assertNoOrphans(String directory, Collection<String> used) {
    io.monitoringascode.core.golden.GoldenFiles.assertNoOrphans(directory, used);
  }

  /**
   * Compares bytes with a golden file, or writes them there with {@code -Dgolden.update=true}.
   *
   * @param relativePath the golden file, relative to {@link #root()}, such as {@code k8s/kustomization.yaml}
   * @param actual the bytes under test
   */
  public static void assertMatches(String relativePath, byte[] actual) {
    io.monitoringascode.core.golden.GoldenFiles.assertMatches(relativePath, actual);
  }
}
