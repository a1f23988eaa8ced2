package io.monitoringascode.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Hand-written wrong values files, one case per file, each stating its expected findings in leading comments:
 * {@code # expect: <pointer> <rule id>} with an optional {@code | <exact hint>}, or {@code # expect: none}.
 */
public final class ValuesCases {
  private ValuesCases() {}

  /**
   * The case files of a resource directory beside a class, sorted.
   *
   * @param anchor the class beside which the directory lies
   * @param directory the directory, such as {@code cases}
   * @return the files
   */
  public static Stream<Path> files(Class<?> anchor, String directory) {
    try (Stream<Path> files = Files.list(Path.of(anchor.getResource(directory).toURI()))) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Checks one case file against its expectations.
   *
   * @param chart the chart to check with
   * @param file the case file
   * @throws IOException when the file cannot be read
   */
  public static void verify(ValuesChart chart, Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<String> expected = new ArrayList<>();
    List<Optional<String>> hints = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.startsWith("# expect: ") && !line.equals("# expect: none")) {
        String[] parts = line.substring("# expect: ".length()).split(" \\| ", 2);
        expected.add(parts[0].trim());
        hints.add(parts.length > 1 ? Optional.of(parts[1]) : Optional.empty());
      }
    }
    assertThat(text).as("%s states its expectations", file.getFileName()).contains("# expect: ");
    Report report = chart.check(DocumentReader.read(text).get(0), file.getFileName().toString());
    List<Finding> findings = report.findings();
    assertThat(findings).as("%s:%n%s", file.getFileName(), report.toText())
        .extracting(f -> f.location().pointer() + " " + f.ruleId())
        .containsExactlyElementsOf(expected);
    for (int i = 0; i < hints.size(); i++) {
      if (hints.get(i).isPresent()) {
        assertThat(findings.get(i).hint()).as("hint of %s in %s", expected.get(i), file.getFileName())
            .isEqualTo(hints.get(i));
      }
    }
  }
}
