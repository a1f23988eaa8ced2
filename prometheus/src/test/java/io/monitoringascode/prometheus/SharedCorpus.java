package io.monitoringascode.prometheus;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared corpus and reference files beside the checkout, located through the system property {@code mac.shared}
 * that Surefire sets, and the repository root through {@code mac.root}. Tests skip with a message when they are
 * absent, except under {@code CI=true}, where they fail.
 */
public final class SharedCorpus {
  private SharedCorpus() {}

  /**
   * A directory or file below the shared directory.
   *
   * @param first the first segment, such as {@code corpus}
   * @param more further segments
   * @return the path; the calling test is skipped (or failed under CI) when it is absent
   */
  public static Path require(String first, String... more) {
    return requireProperty("mac.shared", Path.of(first, more));
  }

  /**
   * A path below the repository root.
   *
   * @param relative the path, such as {@code docs/rules/rule/duration.md}
   * @return the path, whether or not it exists; the calling test is skipped (or failed under CI) without a root
   */
  public static Path root(String relative) {
    String root = System.getProperty("mac.root");
    if (root == null || root.isBlank()) {
      absent("System property `mac.root` (the repository root, set by Surefire) is not set.");
    }
    return Path.of(root).resolve(relative);
  }

  /**
   * The regular files of a directory whose names end with one of the suffixes, sorted.
   *
   * @param directory the directory
   * @param suffixes such as {@code .yaml}
   * @return the files
   */
  public static List<Path> files(Path directory, String... suffixes) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.filter(Files::isRegularFile)
          .filter(file -> Stream.of(suffixes).anyMatch(suffix -> file.getFileName().toString().endsWith(suffix)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path requireProperty(String property, Path relative) {
    String value = System.getProperty(property);
    Path path = value == null || value.isBlank() ? null : Path.of(value).resolve(relative).normalize();
    if (path == null || !Files.exists(path)) {
      absent("Shared data `" + relative + "` not found under `" + value + "` (system property `" + property
          + "`, set by Surefire to `../shared` beside the checkout).");
    }
    return path;
  }

  private static void absent(String message) {
    if ("true".equals(System.getenv("CI"))) {
      fail(message + " It must be present under CI=true.");
    }
    Assumptions.abort(message);
  }
}
