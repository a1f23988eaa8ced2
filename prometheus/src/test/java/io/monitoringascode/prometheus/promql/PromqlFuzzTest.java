package io.monitoringascode.prometheus.promql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutated corpus expressions (characters and tokens deleted, inserted, swapped; two expressions spliced; deep
 * nesting): the parser always returns, never throws, and whatever it accepts without error prints to a text it accepts again. The
 * printed form is not always a fixed point, as in Prometheus: {@code - Inf ^ 1} prints as {@code -+Inf ^ 1}, which
 * reads as {@code -(+(Inf ^ 1))}; the corpus test checks the fixed point on real expressions. A fixed seed makes a
 * failure reproducible.
 */
class PromqlFuzzTest {
  private static final long SEED = 20_250_905L;
  private static final int INPUTS = 100_000;
  private static final String ALPHABET = "(){}[],:=!~<>+-*/%^@\"'`#\\ \n.0123456789abcmsyXe_";
  private static final List<String> TOKENS = List.of("sum", "by", "without", "on", "ignoring", "group_left",
      "offset", "bool", "and", "or", "unless", "rate(", "[5m]", "[5m:1m]", "{job=\"a\"}", "@ start()", "1e3",
      "Inf", "topk(", "\"x\"", "0x1F", "count_values(", "atan2");

  @Test
  void parse_mutatedCorpus_neverThrowsAndPrintsParsableText() {
    List<String> seeds = Corpus.entries().stream().map(Corpus.Entry::expr).toList();
    assertThat(seeds).isNotEmpty();
    int[] accepted = new int[1];
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      Random random = new Random(SEED);
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      for (int i = 0; i < INPUTS && System.nanoTime() < deadline; i++) {
        String input = mutate(seeds, random);
        ParseResult result = Promql.parse(input);
        assertThat(result).as(input).isNotNull();
        if (result.valid()) {
          accepted[0]++;
          String printed = Promql.print(result.expr().get());
          ParseResult again = Promql.parse(printed);
          assertThat(again.expr()).as("%s printed as %s: %s", input, printed, again.problems()).isPresent();
        }
      }
    });
    assertThat(accepted[0]).isPositive();
  }

  private static String mutate(List<String> seeds, Random random) {
    String text = seeds.get(random.nextInt(seeds.size()));
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      text = mutateOnce(text, seeds, random);
    }
    return text;
  }

  private static String mutateOnce(String text, List<String> seeds, Random random) {
    int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
    switch (random.nextInt(7)) {
      case 0:
        return text.isEmpty() || at == text.length() ? text : text.substring(0, at) + text.substring(at + 1);
      case 1:
        return text.substring(0, at) + ALPHABET.charAt(random.nextInt(ALPHABET.length())) + text.substring(at);
      case 2:
        if (at + 1 >= text.length()) {
          return text;
        }
        return text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2);
      case 3:
        return text.substring(0, at) + " " + TOKENS.get(random.nextInt(TOKENS.size())) + " " + text.substring(at);
      case 4: {
        String other = seeds.get(random.nextInt(seeds.size()));
        return text.substring(0, at) + other.substring(random.nextInt(other.length() + 1));
      }
      case 5: {
        int depth = random.nextInt(400);
        return "(".repeat(depth) + text + ")".repeat(depth);
      }
      default: {
        int end = at + random.nextInt(Math.max(1, text.length() - at + 1));
        return text.substring(0, at) + text.substring(Math.min(end, text.length()));
      }
    }
  }
}
