package io.monitoringascode.loki.logql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.QueryProblem;
import io.monitoringascode.core.lang.TextPosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every entry of the LogQL corpus ({@code corpus/*.yaml} beside this class's package on the classpath; its
 * README describes the format). A valid entry must parse without error, print exactly as its {@code print}, have its
 * {@code type}, and parse back from its printed form to an equal tree. An invalid entry must give an error at its
 * {@code error} position and with its message, compared loosely:
 *
 * <ul>
 *   <li>a position of {@code 0:0} means Loki gives none (a check after the grammar): any position is accepted;
 *   <li>a syntax error must name the same unexpected token; the {@code , expecting ...} list is not compared, as the
 *       corpus derived it by hand and goyacc's lists depend on its parser states;
 *   <li>a Go regexp error must agree up to {@code error parsing regexp:}, as the wording after it is Go's and Java's
 *       regex engines word their errors differently;
 *   <li>every other message must be equal.
 * </ul>
 *
 * Entries from {@code grafana.yaml} are parsed with {@link Logql#parseDashboardQuery}.
 */
class LogqlCorpusTest {
  private static final String CORPUS = "io/monitoringascode/loki/logql/corpus/";

  @TestFactory
  Stream<DynamicTest> corpus_everyEntry_matchesLoki() {
    return entries().stream().map(entry -> DynamicTest.dynamicTest(entry.file() + ": " + entry.expr(), () -> check(entry)));
  }

  private static void check(Entry entry) {
    boolean dashboard = entry.file().startsWith("grafana");
    ParseResult result = dashboard ? Logql.parseDashboardQuery(entry.expr()) : Logql.parse(entry.expr());
    if (entry.print() != null) {
      assertThat(errors(result)).as("problems").isEmpty();
      assertThat(result.expr()).isPresent();
      Expr expr = result.expr().get();
      String printed = Logql.print(expr);
      assertThat(printed).isEqualTo(entry.print());
      assertThat(expr.type().name().toLowerCase(Locale.ROOT)).isEqualTo(entry.type());
      if (expr instanceof LiteralExpr literal && !Double.isFinite(literal.value())) {
        return; // Loki prints NaN and Inf, which it cannot parse back.
      }
      ParseResult again = Logql.parse(printed);
      assertThat(again.expr()).as("printed form parses: " + again.problems()).isPresent();
      if (printed.contains("kB") || printed.matches(".*[0-9]\\.[0-9][KMGTPE]B.*")) {
        // Loki prints byte sizes rounded (1KiB as 1.0kB), so only the printed form is a fixed point.
        assertThat(Logql.print(again.expr().get())).isEqualTo(printed);
      } else {
        assertThat(again.expr().get().equalsIgnoringSpans(expr)).as("round trip of " + printed).isTrue();
      }
    } else {
      assertThat(result.valid()).as("valid").isFalse();
      List<QueryProblem> errors = errors(result);
      assertThat(errors).isNotEmpty();
      boolean anywhere = entry.line() == 0 && entry.column() == 0;
      assertThat(errors).as("errors of " + entry.expr()).anySatisfy(problem -> {
        if (!anywhere) {
          assertThat(problem.position(entry.expr())).isEqualTo(new TextPosition(entry.line(), entry.column()));
        }
        assertThat(loose(problem.message())).isEqualTo(loose(entry.message()));
      });
    }
  }

  /** The part of a message the corpus pins reliably. */
  static String loose(String message) {
    int expecting = message.indexOf(", expecting ");
    if (message.startsWith("syntax error: ") && expecting > 0) {
      return message.substring(0, expecting);
    }
    int regexp = message.indexOf("error parsing regexp:");
    return regexp >= 0 ? message.substring(0, regexp + "error parsing regexp:".length()) : message;
  }

  private static List<QueryProblem> errors(ParseResult result) {
    return result.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
  }

  record Entry(String file, String expr, String print, String type, int line, int column, String message) {}

  static List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    for (Path file : files()) {
      try (InputStream in = Files.newInputStream(file)) {
        List<Map<String, Object>> list = yaml.readValue(in, new TypeReference<>() {});
        for (Map<String, Object> map : list) {
          @SuppressWarnings("unchecked")
          Map<String, Object> error = (Map<String, Object>) map.get("error");
          entries.add(new Entry(file.getFileName().toString(), (String) map.get("expr"), (String) map.get("print"),
              (String) map.get("type"), error == null ? 0 : ((Number) error.get("line")).intValue(),
              error == null ? 0 : ((Number) error.get("column")).intValue(), (String) map.get("message")));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return entries;
  }

  private static List<Path> files() {
    URL url = LogqlCorpusTest.class.getClassLoader().getResource(CORPUS);
    assertThat(url).as("corpus directory on the classpath").isNotNull();
    try (Stream<Path> paths = Files.list(Path.of(url.toURI()))) {
      return paths.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
