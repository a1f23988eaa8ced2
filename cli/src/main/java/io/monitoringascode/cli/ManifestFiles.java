package io.monitoringascode.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the {@code PATH} arguments of {@code mac check} into the list of files to read.
 *
 * <p>A file argument is taken as it is, whatever its extension. A directory argument is walked recursively for
 * {@code *.yaml}, {@code *.yml} and {@code *.json} files, in the order of their relative paths (compared as strings with
 * {@code /} separators, so the order is the same on every machine); hidden directories such as {@code .git} are skipped.
 * The output tree's manifest ({@code .monitoring-as-code-owned}) has none of these extensions and is never read.
 *
 * <p>A file's name, as findings show it, is the argument as given (normalised, {@code /} separators), joined with the
 * path below it for a walked directory: {@code mac check k8s/} reports {@code k8s/service-monitor.yaml}. Names thus stay
 * unique across arguments and resolve from the working directory, as editors and SARIF viewers expect.
 */
final class ManifestFiles {
  private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json");

  private ManifestFiles() {}

  /**
   * Finds the files to read.
   *
   * @param arguments the paths as given on the command line
   * @return the files, argument by argument, each file once
   * @throws InputException listing every argument that does not exist or cannot be listed
   */
  static List<ManifestFile> find(List<Path> arguments) {
    Map<String, ManifestFile> files = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Path argument : arguments) {
      Path path = argument.normalize();
      if (Files.isRegularFile(path)) {
        ManifestFile file = new ManifestFile(path, name(path));
        files.putIfAbsent(file.name(), file);
      } else if (Files.isDirectory(path)) {
        try {
          // The real path, so that an argument that is a link to a directory is walked too; names stay as given.
          Path real = path.toRealPath();
          List<Path> found = walk(real);
          if (found.isEmpty()) {
            problems.add(name(path) + ": no " + String.join(", ", EXTENSIONS) + " file in this directory");
          }
          for (Path inside : found) {
            Path given = path.resolve(real.relativize(inside));
            ManifestFile file = new ManifestFile(inside, name(given));
            files.putIfAbsent(file.name(), file);
          }
        } catch (IOException e) {
          problems.add(name(path) + ": cannot list the directory: " + e.getMessage());
        }
      } else {
        problems.add(name(argument) + ": no such file or directory");
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return List.copyOf(files.values());
  }

  private static List<Path> walk(Path root) throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        // Follows a symbolic link to a file; links to directories are not walked, so a cycle cannot occur.
        if (isManifest(file) && Files.isRegularFile(file)) {
          found.add(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    // The file system lists entries in no particular order.
    found.sort(Comparator.comparing((Path p) -> slashes(root.relativize(p))));
    return found;
  }

  private static boolean isHidden(Path dir) {
    return dir.getFileName().toString().startsWith(".");
  }

  private static boolean isManifest(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  private static String name(Path path) {
    return slashes(path.normalize());
  }

  private static String slashes(Path path) {
    return path.toString().replace(path.getFileSystem().getSeparator(), "/");
  }

  /**
   * One file to read.
   *
   * @param path where it is
   * @param name how findings name it: the path as given, {@code /} separators
   */
  record ManifestFile(Path path, String name) {}
}
