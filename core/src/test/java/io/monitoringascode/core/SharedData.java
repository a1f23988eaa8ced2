package io.monitoringascode.core;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared reference data and corpus beside the checkout ({@code ../shared}), located through the system property
 * {@code mac.shared}, and the repository root, located through {@code mac.root}; Surefire sets both. Tests that read
 * them skip with a message when they are absent, except under {@code CI=true}, where they must be present. Every
 * module's tests share this class through core's test jar; no other test code reads those properties.
 */
public final class SharedData {
  /** The system property that names the shared directory. */
  public static final String PROPERTY = "mac.shared";

  /** The system property that names the repository root. */
  public static final String ROOT_PROPERTY = "mac.root";

  private SharedData() {}

  /**
   * The shared directory, if present.
   *
   * @return its normalized absolute path, or empty when the property is unset or the directory is missing
   */
  public static Optional<Path> root() {
    return directory(PROPERTY);
  }

  /**
   * The shared directory; skips the calling test when it is absent, or fails it under {@code CI=true}.
   *
   * @return its normalized absolute path
   */
  public static Path require() {
    return root().orElseGet(() -> absent("Shared data not found at `" + System.getProperty(PROPERTY)
        + "` (system property `" + PROPERTY + "`, set by Surefire to `../shared` beside the checkout)."));
  }

  /**
   * A path below the shared directory, which must exist once the directory does.
   *
   * @param first the first segment, such as {@code corpus}
   * @param more further segments
   * @return the path
   */
  public static Path require(String first, String... more) {
    Path path = require().resolve(Path.of(first, more));
    if (!Files.exists(path)) {
      fail("Shared data has no `" + path + "`.");
    }
    return path;
  }

  /**
   * A path below the repository root; skips the calling test when the root is unknown, or fails it under
   * {@code CI=true}.
   *
   * @param relative the path, such as {@code docs/rules/rule/duration.md}
   * @return the normalized absolute path, whether or not it exists
   */
  public static Path repositoryFile(String relative) {
    Path root = directory(ROOT_PROPERTY).orElseGet(() -> absent("Repository root not found at `"
        + System.getProperty(ROOT_PROPERTY) + "` (system property `" + ROOT_PROPERTY + "`, set by Surefire)."));
    return root.resolve(relative).normalize();
  }

  /**
   * A file that a Debian package installs, such as the Ceph alert rules of {@code ceph-prometheus-alerts}, used as a
   * real-world corpus; skips the calling test when the package is not installed, or fails it under {@code CI=true}
   * (where {@code .ci/run} installs it).
   *
   * @param debianPackage the package that installs the file, named in the skip message
   * @param path the installed path
   * @return the path, which exists
   */
  public static Path installed(String debianPackage, String path) {
    Path file = Path.of(path);
    return Files.exists(file) ? file
        : absent("`" + path + "` not found: install Debian's `" + debianPackage + "` (`.ci/run` does).");
  }

  /**
   * The regular files of a directory whose names end with one of the suffixes.
   *
   * @param directory the directory
   * @param suffixes such as {@code .yaml}
   * @return the files, sorted
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

  /** The directory a system property names, if it is set and the directory exists. */
  private static Optional<Path> directory(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Path directory = Path.of(value).toAbsolutePath().normalize();
    return Files.isDirectory(directory) ? Optional.of(directory) : Optional.empty();
  }

  /** Skips the calling test, or fails it under {@code CI=true}: the one place that decides which. */
  private static <T> T absent(String message) {
    if ("true".equals(System.getenv("CI"))) {
      return fail(message + " It must be present under CI=true.");
    }
    return Assumptions.abort(message);
  }
}
