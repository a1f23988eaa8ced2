package io.monitoringascode.loki.logql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.monitoringascode.core.lang.QueryProblem;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Feeds the parser mutated corpus queries: character edits, token edits, splices of two queries and deep nesting.
 * Every input must give a result (a tree or problems with spans inside the input), never an exception or a hang, and
 * a valid tree must print to text that parses again. The seed is fixed, so a failure repeats.
 */
class LogqlFuzzTest {
  private static final long SEED = 20_251_125L;
  private static final int INPUTS = 120_000;
  private static final String ALPHABET = "{}()[]|=!~<>,.\"`'#\\ +-*/%^0123456789abcdefghijklmnopqrstuvwxyz_$µ\n\t";
  private static final String[] TOKENS = {"|=", "!=", "|~", "!~", "|>", "!>", "|", "json", "logfmt", "unwrap",
      "[5m]", "[", "]", "offset", "by", "without", "(", ")", "{", "}", ",", "or", "and", "unless", "on", "ignoring",
      "group_left", "bool", "rate(", "sum(", "topk(", "\"", "`", "ip(", "5m", "10MB", "1e3", "-", "--strict", "#",
      "line_format", "label_format", "drop", "keep", "regexp", "pattern", "vector(", "label_replace(", "=", "=~"};

  @Test
  void parse_mutatedCorpusQueries_neverThrowsNorHangs() {
    List<String> corpus = LogqlCorpusTest.entries().stream().map(LogqlCorpusTest.Entry::expr).toList();
    Random random = new Random(SEED);
    int[] valid = new int[1];
    assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
      for (int i = 0; i < INPUTS; i++) {
        String input = mutate(corpus, random);
        check(input, valid);
      }
    });
    // The mutations keep enough queries intact that the valid path is exercised too.
    assertThat(valid[0]).isGreaterThan(INPUTS / 20);
  }

  @Test
  void parse_deepNesting_givesAnErrorAtEveryDepth() {
    for (int depth : new int[] {50, 99, 100, 101, 500, 2500}) {
      check("(".repeat(depth) + "rate({a=\"b\"}[1m])" + ")".repeat(depth), new int[1]);
      check("sum(".repeat(depth) + "rate({a=\"b\"}[1m])" + ")".repeat(depth), new int[1]);
      check("{a=\"b\"} | " + "(".repeat(depth) + "x=\"1\"" + ")".repeat(depth), new int[1]);
      check("rate(" + "(".repeat(depth) + "{a=\"b\"}[1m]" + ")".repeat(depth) + ")", new int[1]);
      check("1" + " + 1".repeat(depth), new int[1]);
      check("{a=\"b\"} | x=\"1\"" + " or y=\"2\"".repeat(depth), new int[1]);
      check("{a=\"b\"} | x=\"1\"" + ", y=\"2\"".repeat(depth), new int[1]);
    }
  }

  private static void check(String input, int[] valid) {
    ParseResult result;
    try {
      result = Logql.parse(input);
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError("parse threw on " + quoted(input), e);
    }
    if (result.expr().isEmpty() && result.problems().isEmpty()) {
      fail("neither a tree nor a problem for " + quoted(input));
    }
    for (QueryProblem problem : result.problems()) {
      if (problem.span().end() > input.length()) {
        fail("problem outside the input for " + quoted(input) + ": " + problem);
      }
    }
    if (result.valid()) {
      valid[0]++;
      String printed;
      try {
        printed = Logql.print(result.expr().get());
        Logql.parse(printed);
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("print or reparse threw on " + quoted(input), e);
      }
    }
  }

  private static String mutate(List<String> corpus, Random random) {
    String base = corpus.get(random.nextInt(corpus.size()));
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      base = switch (random.nextInt(8)) {
        case 0 -> deleteChars(base, random);
        case 1 -> insertChar(base, random);
        case 2 -> replaceChar(base, random);
        case 3 -> insertToken(base, random);
        case 4 -> dropToken(base, random);
        case 5 -> splice(base, corpus.get(random.nextInt(corpus.size())), random);
        case 6 -> duplicate(base, random);
        default -> nest(base, random);
      };
    }
    return base;
  }

  private static String deleteChars(String text, Random random) {
    if (text.isEmpty()) {
      return text;
    }
    int start = random.nextInt(text.length());
    int end = Math.min(text.length(), start + 1 + random.nextInt(4));
    return text.substring(0, start) + text.substring(end);
  }

  private static String insertChar(String text, Random random) {
    int at = random.nextInt(text.length() + 1);
    return text.substring(0, at) + ALPHABET.charAt(random.nextInt(ALPHABET.length())) + text.substring(at);
  }

  private static String replaceChar(String text, Random random) {
    if (text.isEmpty()) {
      return text;
    }
    int at = random.nextInt(text.length());
    return text.substring(0, at) + ALPHABET.charAt(random.nextInt(ALPHABET.length())) + text.substring(at + 1);
  }

  private static String insertToken(String text, Random random) {
    int at = random.nextInt(text.length() + 1);
    return text.substring(0, at) + " " + TOKENS[random.nextInt(TOKENS.length)] + " " + text.substring(at);
  }

  private static String dropToken(String text, Random random) {
    String[] words = text.split(" ");
    if (words.length < 2) {
      return text;
    }
    int drop = random.nextInt(words.length);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      if (i != drop) {
        out.append(out.length() > 0 ? " " : "").append(words[i]);
      }
    }
    return out.toString();
  }

  private static String splice(String left, String right, Random random) {
    return left.substring(0, random.nextInt(left.length() + 1)) + right.substring(random.nextInt(right.length() + 1));
  }

  private static String duplicate(String text, Random random) {
    if (text.isEmpty()) {
      return text;
    }
    int start = random.nextInt(text.length());
    int end = Math.min(text.length(), start + 1 + random.nextInt(20));
    return text.substring(0, end) + text.substring(start);
  }

  private static String nest(String text, Random random) {
    int depth = 1 + random.nextInt(random.nextInt(10) == 0 ? 300 : 5);
    String open = switch (random.nextInt(3)) {
      case 0 -> "(";
      case 1 -> "sum(";
      default -> "max by (a) (";
    };
    return open.repeat(depth) + text + ")".repeat(depth);
  }

  private static String quoted(String input) {
    return "`" + input.replace("\n", "\\n") + "`";
  }
}
