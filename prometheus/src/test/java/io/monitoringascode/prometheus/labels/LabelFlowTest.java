package io.monitoringascode.prometheus.labels;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.prometheus.promql.Expr;
import io.monitoringascode.prometheus.promql.Promql;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One row per construct. A label set is written {@code {name="value", present, possible?, !absent, ...}}: a fixed
 * value, present without a known value, possibly present, certainly absent, and {@code ...} when labels the
 * expression does not name may be present too.
 */
class LabelFlowTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # selectors
      up                                        | {__name__="up", ...}
      up{job="a", env=""}                       | {__name__="up", !env, job="a", ...}
      up{job!="a", env!=""}                     | {__name__="up", env, job?, ...}
      up{job=~"a.+", env=~".*", x!~"", y!~"a"} | {__name__="up", env?, job, x, y?, ...}
      {__name__="up", job="a"}                  | {__name__="up", job="a", ...}
      up{job="a", job=~"a.*"}                   | {__name__="up", job="a", ...}
      up[5m]                                    | {__name__="up", ...}
      rate(up[5m:1m])                           | {!__name__, ...}
      (up)                                      | {__name__="up", ...}
      # literals
      1                                         | {}
      '"text"'                                  | {}
      # unary
      -up                                       | {!__name__, ...}
      +up                                       | {__name__="up", ...}
      # aggregations
      sum(up)                                   | {}
      sum by (job) (up)                         | {job?}
      sum by (job) (up{job="a"})                | {job="a"}
      sum by (job, env) (up{env=""})            | {job?}
      sum without (job) (up{env="a"})           | {!__name__, env="a", !job, ...}
      avg by (job) (up)                         | {job?}
      count by (job) (up)                       | {job?}
      min by (job) (up)                         | {job?}
      max without (job) (up)                    | {!__name__, !job, ...}
      group by (job) (up)                       | {job?}
      stddev by (job) (up)                      | {job?}
      stdvar by (job) (up)                      | {job?}
      quantile by (job) (0.9, up)               | {job?}
      topk by (job) (3, up{env="a"})            | {__name__="up", env="a", ...}
      bottomk(3, up)                            | {__name__="up", ...}
      limitk(3, up)                             | {__name__="up", ...}
      limit_ratio(0.5, up)                      | {__name__="up", ...}
      count_values by (job) ("value", up)       | {job?, value}
      count_values without (job) ("v", up)      | {!__name__, !job, v, ...}
      # functions
      absent(up{job="a", env=~"x", instance!="b"})  | {job="a"}
      absent(up{job="a", job="b", env="c"})     | {env="c"}
      absent(up{job=""})                        | {}
      absent(sum(up{job="a"}))                  | {}
      absent_over_time(up{job="a"}[5m])         | {job="a"}
      absent_over_time(up{job="a"}[5m:])        | {}
      vector(1)                                 | {}
      time()                                    | {}
      scalar(up)                                | {}
      year()                                    | {}
      year(up)                                  | {!__name__, ...}
      label_replace(up, "node", "$1", "instance", "(.*)") | {__name__="up", node, ...}
      label_join(up{job="a"}, "id", "-", "job", "env") | {__name__="up", id, job="a", ...}
      abs(up{job="a"})                          | {!__name__, job="a", ...}
      clamp(up, 0, 1)                           | {!__name__, ...}
      round(up, 5)                              | {!__name__, ...}
      max_over_time(up[5m])                     | {!__name__, ...}
      last_over_time(up[5m])                    | {__name__="up", ...}
      sort_desc(up)                             | {__name__="up", ...}
      timestamp(up)                             | {!__name__, ...}
      histogram_quantile(0.9, rate(x_bucket[5m]))  | {!__name__, !le, ...}
      histogram_quantile(0.9, sum by (le, job) (rate(x_bucket[5m])))  | {job?}
      # vector and scalar
      up == 0                                   | {__name__="up", ...}
      0 < up                                    | {__name__="up", ...}
      up == bool 0                              | {!__name__, ...}
      up * 2                                    | {!__name__, ...}
      1 + 2                                     | {}
      # vector and vector
      a{x="1"} / b                              | {!__name__, x="1", ...}
      a > b                                     | {__name__="a", ...}
      a > bool b                                | {!__name__, ...}
      a / on (job) b{job="j"}                   | {job="j"}
      a / on (job, env) b{env=""}               | {job?}
      a / ignoring (code) b                     | {!__name__, !code, ...}
      a * on (job) group_left (team) b{team="t"}  | {!__name__, job?, team="t", ...}
      a * on (job) group_left (team) b          | {!__name__, job?, team?, ...}
      a * ignoring (x) group_left (team) sum by (job, team) (b)  | {!__name__, team?, ...}
      a{k="1"} * on (job) group_left b          | {!__name__, job?, k="1", ...}
      a * on (job) group_right (team) b{k="2"}  | {!__name__, job?, k="2", team?, ...}
      a{x="1"} and b                            | {__name__="a", x="1", ...}
      a{x="1"} unless on (job) b                | {__name__="a", x="1", ...}
      sum by (job) (a) or absent(b{job="j"})    | {job?}
      sum by (job) (a{job="k"}) or absent(b{job="j"})  | {job}
      sum by (job) (a) or vector(0)             | {job?}
      a{x="1"} or b{x="1"}                      | {__name__, x="1", ...}
      """)
  void of_construct_givesItsLabels(String expr, String expected) {
    Expr parsed = Promql.parse(expr).expr().orElseThrow();
    LabelSet labels = LabelFlow.of(parsed);
    assertThat(render(labels)).isEqualTo(expected);
    for (String name : List.of("__name__", "job", "env", "x", "le", "team", "k", "code", "value", "v", "node", "id",
        "instance")) {
      assertThat(LabelFlow.label(parsed, name)).as(name).isEqualTo(labels.label(name));
    }
  }

  @Test
  void labelSet_nameNotMentioned_followsOthersPossible() {
    LabelSet selector = LabelFlow.of(Promql.parse("up{job=\"a\"}").expr().orElseThrow());
    LabelSet summed = LabelFlow.of(Promql.parse("sum by (job) (up{job=\"a\"})").expr().orElseThrow());

    assertThat(selector.presence("instance")).isEqualTo(Presence.POSSIBLE);
    assertThat(selector.value("job")).contains("a");
    assertThat(summed.presence("instance")).isEqualTo(Presence.ABSENT);
    assertThat(summed.value("instance")).isEmpty();
  }

  /**
   * {@link LabelFlow#label} follows one label the way {@link LabelFlow#of} follows them all: for every valid expression
   * of the PromQL corpus and every label name it or its label set mentions, both give the same answer.
   */
  @Test
  void label_everyCorpusExpressionAndLabel_agreesWithTheLabelSet() throws Exception {
    URL directory = getClass().getClassLoader().getResource("io/monitoringascode/prometheus/promql/corpus/");
    assertThat(directory).isNotNull();
    int compared = 0;
    try (Stream<Path> files = Files.list(Path.of(directory.toURI()))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        List<JsonNode> entries = new ArrayList<>();
        for (JsonNode document : DocumentReader.read(Files.readString(file))) {
          document.forEach(entries::add);
          if (document.isObject()) {
            entries.add(document);
          }
        }
        for (JsonNode entry : entries) {
          Optional<Expr> expr = !entry.has("expr") || entry.has("error") ? Optional.empty()
              : Promql.parse(entry.get("expr").asText()).expr();
          if (expr.isEmpty()) {
            continue;
          }
          LabelSet labels = LabelFlow.of(expr.get());
          Set<String> names = new TreeSet<>(labels.labels().keySet());
          names.addAll(List.of("__name__", "job", "instance", "namespace", "le", "code", "pod", "node", "value",
              "unmentioned"));
          for (String word : entry.get("expr").asText().split("[^A-Za-z0-9_]+")) {
            if (!word.isEmpty() && !Character.isDigit(word.charAt(0))) {
              names.add(word);
            }
          }
          for (String name : names) {
            assertThat(LabelFlow.label(expr.get(), name)).as("%s in %s", name, entry.get("expr").asText())
                .isEqualTo(labels.label(name));
            compared++;
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(10_000);
  }

  private static String render(LabelSet set) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Label> entry : new TreeMap<>(set.labels()).entrySet()) {
      Label label = entry.getValue();
      parts.add(switch (label.presence()) {
        case PRESENT -> entry.getKey() + label.value().map(v -> "=\"" + v + "\"").orElse("");
        case POSSIBLE -> entry.getKey() + "?";
        case ABSENT -> "!" + entry.getKey();
      });
    }
    if (set.othersPossible()) {
      parts.add("...");
    }
    return "{" + String.join(", ", parts) + "}";
  }
}
