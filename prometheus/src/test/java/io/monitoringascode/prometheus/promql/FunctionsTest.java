package io.monitoringascode.prometheus.promql;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The function table against Prometheus 3.5's {@code promql/parser/functions.go}: one row per function (name,
 * argument types, variadic count, return type, status), and a call built from each row type-checks.
 */
class FunctionsTest {
  private static final String ROWS = """
      abs                            | vector                                 |  0 | vector | stable
      absent                         | vector                                 |  0 | vector | stable
      absent_over_time               | matrix                                 |  0 | vector | stable
      acos                           | vector                                 |  0 | vector | stable
      acosh                          | vector                                 |  0 | vector | stable
      asin                           | vector                                 |  0 | vector | stable
      asinh                          | vector                                 |  0 | vector | stable
      atan                           | vector                                 |  0 | vector | stable
      atanh                          | vector                                 |  0 | vector | stable
      avg_over_time                  | matrix                                 |  0 | vector | stable
      ceil                           | vector                                 |  0 | vector | stable
      changes                        | matrix                                 |  0 | vector | stable
      clamp                          | vector scalar scalar                   |  0 | vector | stable
      clamp_max                      | vector scalar                          |  0 | vector | stable
      clamp_min                      | vector scalar                          |  0 | vector | stable
      cos                            | vector                                 |  0 | vector | stable
      cosh                           | vector                                 |  0 | vector | stable
      count_over_time                | matrix                                 |  0 | vector | stable
      day_of_month                   | vector                                 |  1 | vector | stable
      day_of_week                    | vector                                 |  1 | vector | stable
      day_of_year                    | vector                                 |  1 | vector | stable
      days_in_month                  | vector                                 |  1 | vector | stable
      deg                            | vector                                 |  0 | vector | stable
      delta                          | matrix                                 |  0 | vector | stable
      deriv                          | matrix                                 |  0 | vector | stable
      double_exponential_smoothing   | matrix scalar scalar                   |  0 | vector | experimental
      exp                            | vector                                 |  0 | vector | stable
      floor                          | vector                                 |  0 | vector | stable
      histogram_avg                  | vector                                 |  0 | vector | stable
      histogram_count                | vector                                 |  0 | vector | stable
      histogram_fraction             | scalar scalar vector                   |  0 | vector | stable
      histogram_quantile             | scalar vector                          |  0 | vector | stable
      histogram_stddev               | vector                                 |  0 | vector | stable
      histogram_stdvar               | vector                                 |  0 | vector | stable
      histogram_sum                  | vector                                 |  0 | vector | stable
      holt_winters                   | matrix scalar scalar                   |  0 | vector | removed:double_exponential_smoothing
      hour                           | vector                                 |  1 | vector | stable
      idelta                         | matrix                                 |  0 | vector | stable
      increase                       | matrix                                 |  0 | vector | stable
      info                           | vector vector                          |  1 | vector | experimental
      irate                          | matrix                                 |  0 | vector | stable
      label_join                     | vector string string string            | -1 | vector | stable
      label_replace                  | vector string string string string     |  0 | vector | stable
      last_over_time                 | matrix                                 |  0 | vector | stable
      ln                             | vector                                 |  0 | vector | stable
      log10                          | vector                                 |  0 | vector | stable
      log2                           | vector                                 |  0 | vector | stable
      mad_over_time                  | matrix                                 |  0 | vector | experimental
      max_over_time                  | matrix                                 |  0 | vector | stable
      min_over_time                  | matrix                                 |  0 | vector | stable
      minute                         | vector                                 |  1 | vector | stable
      month                          | vector                                 |  1 | vector | stable
      pi                             |                                        |  0 | scalar | stable
      predict_linear                 | matrix scalar                          |  0 | vector | stable
      present_over_time              | matrix                                 |  0 | vector | stable
      quantile_over_time             | scalar matrix                          |  0 | vector | stable
      rad                            | vector                                 |  0 | vector | stable
      rate                           | matrix                                 |  0 | vector | stable
      resets                         | matrix                                 |  0 | vector | stable
      round                          | vector scalar                          |  1 | vector | stable
      scalar                         | vector                                 |  0 | scalar | stable
      sgn                            | vector                                 |  0 | vector | stable
      sin                            | vector                                 |  0 | vector | stable
      sinh                           | vector                                 |  0 | vector | stable
      sort                           | vector                                 |  0 | vector | stable
      sort_by_label                  | vector string                          | -1 | vector | experimental
      sort_by_label_desc             | vector string                          | -1 | vector | experimental
      sort_desc                      | vector                                 |  0 | vector | stable
      sqrt                           | vector                                 |  0 | vector | stable
      stddev_over_time               | matrix                                 |  0 | vector | stable
      stdvar_over_time               | matrix                                 |  0 | vector | stable
      sum_over_time                  | matrix                                 |  0 | vector | stable
      tan                            | vector                                 |  0 | vector | stable
      tanh                           | vector                                 |  0 | vector | stable
      time                           |                                        |  0 | scalar | stable
      timestamp                      | vector                                 |  0 | vector | stable
      ts_of_last_over_time           | matrix                                 |  0 | vector | experimental
      ts_of_max_over_time            | matrix                                 |  0 | vector | experimental
      ts_of_min_over_time            | matrix                                 |  0 | vector | experimental
      vector                         | scalar                                 |  0 | vector | stable
      year                           | vector                                 |  1 | vector | stable
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = ROWS)
  void function_row_matchesPrometheus(String name, String args, int variadic, String returnType, String status) {
    Function f = Functions.get(name).orElseThrow();
    assertThat(f.argTypes().stream().map(ValueType::goName).toList())
        .isEqualTo(args == null ? List.of() : Arrays.asList(args.split(" ")));
    assertThat(f.variadic()).isEqualTo(variadic);
    assertThat(f.returnType().goName()).isEqualTo(returnType);
    assertThat(f.experimental()).isEqualTo(status.equals("experimental"));
    assertThat(f.replacedBy().map(r -> "removed:" + r)).isEqualTo(
        status.startsWith("removed:") ? java.util.Optional.of(status) : java.util.Optional.empty());
  }

  @Test
  void table_hasExactlyTheListedFunctions() {
    List<String> listed = ROWS.lines().filter(l -> !l.isBlank()).map(l -> l.split("\\|")[0].strip()).toList();
    assertThat(Functions.all()).extracting(Function::name).containsExactlyElementsOf(listed);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = ROWS)
  void call_withArgumentsOfTheRowsTypes_typeChecks(String name, String args, int variadic, String returnType,
      String status) {
    List<String> written = new ArrayList<>();
    for (ValueType type : Functions.get(name).orElseThrow().argTypes()) {
      written.add(switch (type) {
        case VECTOR -> "x";
        case MATRIX -> "x[5m]";
        case SCALAR -> "1";
        case STRING -> "\"a\"";
      });
    }
    if (name.equals("info")) {
      // info()'s second argument selects by labels only.
      written.set(1, "{job=\"a\"}");
    }
    ParseResult result = Promql.parse(name + "(" + String.join(", ", written) + ")");
    if (status.startsWith("removed:")) {
      assertThat(result.problems()).singleElement().satisfies(p -> {
        assertThat(p.message()).isEqualTo("unknown function with name \"" + name + "\"");
        assertThat(p.hint()).get().asString().contains(status.substring("removed:".length()));
      });
      return;
    }
    assertThat(result.valid()).as("%s", result.problems()).isTrue();
    assertThat(result.expr().orElseThrow().type().name().toLowerCase(Locale.ROOT))
        .isEqualTo(returnType.equals("matrix") ? "matrix" : returnType);
    assertThat(result.problems().stream().anyMatch(p -> p.severity() == Severity.WARNING))
        .isEqualTo(status.equals("experimental"));
  }

  @Test
  void call_wrongArity_reportsPrometheusMessages() {
    assertThat(Promql.parse("rate()").problems()).extracting(p -> p.message())
        .containsExactly("expected 1 argument(s) in call to \"rate\", got 0");
    assertThat(Promql.parse("round()").problems()).extracting(p -> p.message())
        .containsExactly("expected at least 1 argument(s) in call to \"round\", got 0");
    assertThat(Promql.parse("round(x, 1, 2)").problems()).extracting(p -> p.message())
        .containsExactly("expected at most 2 argument(s) in call to \"round\", got 3");
    assertThat(Promql.parse("label_join(x, \"a\", \",\", \"b\", \"c\", \"d\")").valid()).isTrue();
  }
}
