package io.monitoringascode.loki.logql;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.loki.logql.Functions.Unwrap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The aggregation table against Loki 3.5's rules, one row per function, each checked through the parser. */
class FunctionsTest {
  static Stream<Arguments> rangeAggregations() {
    return Stream.of(
        Arguments.of("count_over_time", Unwrap.FORBIDDEN, false, false),
        Arguments.of("rate", Unwrap.OPTIONAL, false, false),
        Arguments.of("rate_counter", Unwrap.REQUIRED, false, false),
        Arguments.of("bytes_over_time", Unwrap.FORBIDDEN, false, false),
        Arguments.of("bytes_rate", Unwrap.FORBIDDEN, false, false),
        Arguments.of("avg_over_time", Unwrap.REQUIRED, true, false),
        Arguments.of("sum_over_time", Unwrap.REQUIRED, false, false),
        Arguments.of("min_over_time", Unwrap.REQUIRED, true, false),
        Arguments.of("max_over_time", Unwrap.REQUIRED, true, false),
        Arguments.of("stdvar_over_time", Unwrap.REQUIRED, true, false),
        Arguments.of("stddev_over_time", Unwrap.REQUIRED, true, false),
        Arguments.of("quantile_over_time", Unwrap.REQUIRED, true, true),
        Arguments.of("first_over_time", Unwrap.REQUIRED, true, false),
        Arguments.of("last_over_time", Unwrap.REQUIRED, true, false),
        Arguments.of("absent_over_time", Unwrap.OPTIONAL, false, false));
  }

  @ParameterizedTest
  @MethodSource("rangeAggregations")
  void rangeAggregation_row_matchesLokiRules(String name, Unwrap unwrap, boolean grouping, boolean parameter) {
    Functions.RangeAggregation row = Functions.RANGE_AGGREGATIONS.stream()
        .filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    assertThat(row).isEqualTo(new Functions.RangeAggregation(name, row.kind(), unwrap, grouping, parameter));
    String head = name + "(" + (parameter ? "0.5," : "");
    assertThat(Logql.parse(head + "{a=\"b\"} | unwrap x [5m])").valid()).isEqualTo(unwrap != Unwrap.FORBIDDEN);
    assertThat(Logql.parse(head + "{a=\"b\"}[5m])").valid()).isEqualTo(unwrap != Unwrap.REQUIRED);
    String withUnwrap = unwrap == Unwrap.FORBIDDEN ? "" : " | unwrap x";
    assertThat(Logql.parse(head + "{a=\"b\"}" + withUnwrap + " [5m]) by (c)").valid()).isEqualTo(grouping);
  }

  static Stream<Arguments> vectorAggregations() {
    return Stream.of(
        Arguments.of("sum", false, true), Arguments.of("avg", false, true), Arguments.of("count", false, true),
        Arguments.of("max", false, true), Arguments.of("min", false, true), Arguments.of("stddev", false, true),
        Arguments.of("stdvar", false, true), Arguments.of("bottomk", true, true), Arguments.of("topk", true, true),
        Arguments.of("sort", false, false), Arguments.of("sort_desc", false, false),
        Arguments.of("approx_topk", true, false));
  }

  @ParameterizedTest
  @MethodSource("vectorAggregations")
  void vectorAggregation_row_matchesLokiRules(String name, boolean parameter, boolean grouping) {
    Functions.VectorAggregation row = Functions.VECTOR_AGGREGATIONS.stream()
        .filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    assertThat(row).isEqualTo(new Functions.VectorAggregation(name, row.kind(), parameter, grouping));
    String inner = "rate({a=\"b\"}[5m])";
    assertThat(Logql.parse(name + "(" + inner + ")").valid()).isEqualTo(!parameter);
    assertThat(Logql.parse(name + "(3, " + inner + ")").valid()).isEqualTo(parameter);
    String args = parameter ? "(3, " + inner + ")" : "(" + inner + ")";
    assertThat(Logql.parse(name + " by (c) " + args).valid()).isEqualTo(grouping);
  }

  @Test
  void functionTokens_coverEveryAggregation() {
    Functions.RANGE_AGGREGATIONS.forEach(r -> assertThat(Functions.FUNCTION_TOKENS).containsEntry(r.name(), r.kind()));
    Functions.VECTOR_AGGREGATIONS.forEach(v -> assertThat(Functions.FUNCTION_TOKENS).containsEntry(v.name(), v.kind()));
    assertThat(Functions.callableNames()).hasSize(29);
  }
}
