package io.monitoringascode.tools.referencegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shared reference data beside the checkout ({@code ../shared}), which every generator in this module reads.
 *
 * <p>Generators take the directory as a command-line argument; tests find it through the system property
 * {@value #PROPERTY}, which Surefire sets to {@code ${maven.multiModuleProjectDirectory}/../shared}.
 */
public final class SharedDir {
  /** The system property that names the shared directory in tests. */
  public static final String PROPERTY = "mac.shared";

  private final Path root;

  private SharedDir(Path root) {
    this.root = root;
  }

  /**
   * Opens a shared directory, which must contain {@code reference/}.
   *
   * @param root the shared directory, such as {@code ../shared}
   * @return the shared directory
   * @throws IllegalArgumentException when {@code root} has no {@code reference/} directory
   */
  public static SharedDir of(Path root) {
    Path normalized = root.toAbsolutePath().normalize();
    if (!Files.isDirectory(normalized.resolve("reference"))) {
      throw new IllegalArgumentException("`" + normalized + "` is not the shared directory: it has no `reference/`.");
    }
    return new SharedDir(normalized);
  }

  /**
   * Finds the shared directory named by the system property {@value #PROPERTY}, if it is set and present.
   *
   * @return the shared directory, or empty when the property is unset or the directory is absent
   */
  public static Optional<SharedDir> fromSystemProperty() {
    String value = System.getProperty(PROPERTY);
    if (value == null || value.isBlank() || !Files.isDirectory(Path.of(value).resolve("reference"))) {
      return Optional.empty();
    }
    return Optional.of(of(Path.of(value)));
  }

  /**
   * The shared directory itself.
   *
   * @return its absolute, normalized path
   */
  public Path root() {
    return root;
  }

  /**
   * A directory or file below {@code reference/}, which must exist.
   *
   * @param first the first path segment, such as {@code prometheus-operator}
   * @param more further segments, such as {@code v0.85.0}, {@code crds}
   * @return the path
   * @throws IllegalArgumentException when it does not exist, naming the missing path
   */
  public Path reference(String first, String... more) {
    Path path = root.resolve("reference").resolve(Path.of(first, more));
    if (!Files.exists(path)) {
      throw new IllegalArgumentException("The shared reference data has no `" + root.relativize(path) + "`.");
    }
    return path;
  }

  /**
   * The regular files in a directory whose names end with a suffix, sorted by name so that output never depends on
   * the file system's listing order.
   *
   * @param directory the directory to list
   * @param suffix the name suffix, such as {@code .yaml}
   * @return the files, sorted by file name
   */
  public static List<Path> listSorted(Path directory, String suffix) {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(suffix))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
