package io.monitoringascode.prometheus;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Compares rendered bytes with a golden file under {@code src/test/resources/golden/}. On a mismatch it writes the
 * actual bytes to {@code target/golden/<name>.actual} and fails with the first differing line; with
 * {@code -Dgolden.update=true} it rewrites the golden file instead. Review every golden diff before committing it.
 */
public final class Golden {
  /** The golden directory, relative to the module. */
  public static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  /**
   * Asserts that bytes equal a golden file.
   *
   * @param name the file below the golden directory, such as {@code monitor/service-scrape.yaml}
   * @param actual the rendered bytes
   * @throws IOException if a file cannot be read or written
   */
  public static void assertMatches(String name, byte[] actual) throws IOException {
    Path golden = DIRECTORY.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.write(golden, actual);
      return;
    }
    byte[] expected = Files.exists(golden) ? Files.readAllBytes(golden) : new byte[0];
    if (Arrays.equals(expected, actual)) {
      return;
    }
    Path written = Path.of("target", "golden", name + ".actual");
    Files.createDirectories(written.getParent());
    Files.write(written, actual);
    fail("Rendered output differs from " + golden + " (actual written to " + written + "; run with"
        + " -Dgolden.update=true to accept it after review): " + firstDifference(expected, actual));
  }

  private static String firstDifference(byte[] expected, byte[] actual) {
    List<String> left = new String(expected, StandardCharsets.UTF_8).lines().toList();
    List<String> right = new String(actual, StandardCharsets.UTF_8).lines().toList();
    for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
      String a = i < left.size() ? left.get(i) : "<end of file>";
      String b = i < right.size() ? right.get(i) : "<end of file>";
      if (!a.equals(b)) {
        return "line " + (i + 1) + ": expected `" + a + "`, got `" + b + "`";
      }
    }
    return "the line endings or the final newline differ";
  }
}
