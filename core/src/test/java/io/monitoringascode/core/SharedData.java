package io.monitoringascode.core;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared reference data and corpus beside the checkout ({@code ../shared}), located through the system property
 * {@code mac.shared} that Surefire sets. Tests that read it skip with a message when it is absent, except under
 * {@code CI=true}, where it must be present.
 */
public final class SharedData {
  /** The system property that names the shared directory. */
  public static final String PROPERTY = "mac.shared";

  private SharedData() {}

  /**
   * The shared directory, if present.
   *
   * @return its normalized absolute path, or empty when the property is unset or the directory is missing
   */
  public static Optional<Path> root() {
    String value = System.getProperty(PROPERTY);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Path root = Path.of(value).toAbsolutePath().normalize();
    return Files.isDirectory(root) ? Optional.of(root) : Optional.empty();
  }

  /**
   * The shared directory; skips the calling test when it is absent, or fails it under {@code CI=true}.
   *
   * @return its normalized absolute path
   */
  public static Path require() {
    Optional<Path> root = root();
    if (root.isPresent()) {
      return root.get();
    }
    String message = "Shared data not found at `" + System.getProperty(PROPERTY) + "` (system property `" + PROPERTY
        + "`, set by Surefire to `../shared` beside the checkout).";
    if ("true".equals(System.getenv("CI"))) {
      return fail(message + " It must be present under CI=true.");
    }
    return Assumptions.abort(message);
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
}
