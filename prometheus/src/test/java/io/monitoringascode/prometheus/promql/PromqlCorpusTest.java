package io.monitoringascode.prometheus.promql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.QueryProblem;
import io.monitoringascode.core.lang.TextPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every entry of the PromQL corpus: a valid entry parses without error, prints as its {@code print}, has its
 * {@code type}, reparses from its printed form to an equal tree, and warns exactly when it says so; an invalid entry
 * gives an error at exactly its line and column, whose message has the corpus message's words in order outside quoted
 * parts (so `bad duration syntax` matches Prometheus 3's `bad number or duration syntax`, and the quoted token may
 * differ only where the corpus quotes a regex engine's own text).
 */
class PromqlCorpusTest {
  @TestFactory
  Stream<DynamicTest> corpus_everyEntry_matchesPrometheus() {
    return Corpus.entries().stream().map(e -> dynamicTest(e.id() + " " + e.expr(), () -> check(e)));
  }

  @TestFactory
  Stream<DynamicTest> corpus_printedForm_isAFixedPoint() {
    return Corpus.entries().stream().filter(Corpus.Entry::valid)
        .map(e -> dynamicTest(e.id() + " " + e.expr(), () -> {
          ParseResult first = parse(e);
          Assumptions.assumeTrue(first.expr().isPresent(), "does not parse");
          String printed = Promql.print(first.expr().get());
          ParseResult again = Promql.parse(printed);
          assertThat(again.expr()).as("reparse of %s: %s", printed, again.problems()).isPresent();
          assertThat(Promql.print(again.expr().get())).isEqualTo(printed);
        }));
  }

  private static void check(Corpus.Entry entry) {
    ParseResult result = parse(entry);
    if (entry.valid()) {
      assertThat(errors(result)).as("errors").isEmpty();
      Expr expr = result.expr().orElseThrow();
      assertThat(Promql.print(expr)).as("print").isEqualTo(entry.field("print"));
      assertThat(expr.type().goName()).as("type").isEqualTo(entry.field("type"));
      ParseResult reparsed = Promql.parse(Promql.print(expr));
      assertThat(reparsed.expr().map(Expr::withoutSpans)).as("reparsed tree").contains(expr.withoutSpans());
      boolean warned = result.problems().stream().anyMatch(p -> p.severity() == Severity.WARNING);
      assertThat(warned).as("warning").isEqualTo(entry.field("warning") != null);
    } else {
      List<QueryProblem> errors = errors(result);
      assertThat(errors).as("errors").isNotEmpty();
      QueryProblem first = errors.get(0);
      assertThat(first.position(entry.expr())).as("position of %s", first.message())
          .isEqualTo(new TextPosition(entry.errorLine(), entry.errorColumn()));
      assertThat(words(first.message())).as("message %s", first.message())
          .containsSubsequence(words(entry.field("message")));
    }
  }

  /** Entries of {@code grafana.yaml} are dashboard queries with Grafana variables. */
  private static ParseResult parse(Corpus.Entry entry) {
    return entry.file().equals("grafana.yaml") ? Promql.parseDashboardQuery(entry.expr()) : Promql.parse(entry.expr());
  }

  private static List<QueryProblem> errors(ParseResult result) {
    return result.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
  }

  /** The words of a message outside quoted parts, lower case. */
  static List<String> words(String message) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
        continue;
      }
      if (c == '"' || c == '`' || c == '\'' && (i == 0 || !Character.isLetter(message.charAt(i - 1)))) {
        quote = c;
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '<' || c == '>' || c == '@') {
        word.append(c);
        continue;
      }
      if (word.length() > 0) {
        words.add(word.toString().toLowerCase(Locale.ROOT));
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
    }
    return words;
  }
}
