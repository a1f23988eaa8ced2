package io.monitoringascode.loki.logql;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The LogQL aggregations of Loki 3.5 and their rules, as data: which range aggregations need or refuse {@code unwrap}
 * and allow a grouping or a parameter ({@code RangeAggregationExpr.validate} in Loki's {@code ast.go}), and which
 * vector aggregations take a parameter ({@code mustNewVectorAggregationExpr}).
 */
final class Functions {
  /** Whether a range aggregation reads an unwrapped label. */
  enum Unwrap {
    /** It counts lines or bytes, so {@code unwrap} is refused ({@code count_over_time}). */
    FORBIDDEN,
    /** It works with or without {@code unwrap} ({@code rate}, {@code absent_over_time}). */
    OPTIONAL,
    /** It aggregates sample values, so {@code unwrap} is needed ({@code sum_over_time}). */
    REQUIRED
  }

  /**
   * A range aggregation.
   *
   * @param name the function name
   * @param kind the token Loki's lexer gives it
   * @param unwrap whether it needs {@code unwrap}
   * @param grouping whether {@code by}/{@code without} may follow it
   * @param parameter whether it takes a leading number ({@code quantile_over_time})
   */
  record RangeAggregation(String name, TokenKind kind, Unwrap unwrap, boolean grouping, boolean parameter) {}

  /**
   * A vector aggregation.
   *
   * @param name the function name
   * @param kind the token Loki's lexer gives it
   * @param parameter whether it takes a leading integer ({@code topk})
   * @param grouping whether {@code by}/{@code without} may go with it
   */
  record VectorAggregation(String name, TokenKind kind, boolean parameter, boolean grouping) {}

  static final List<RangeAggregation> RANGE_AGGREGATIONS = List.of(
      new RangeAggregation("count_over_time", TokenKind.COUNT_OVER_TIME, Unwrap.FORBIDDEN, false, false),
      new RangeAggregation("rate", TokenKind.RATE, Unwrap.OPTIONAL, false, false),
      new RangeAggregation("rate_counter", TokenKind.RATE_COUNTER, Unwrap.REQUIRED, false, false),
      new RangeAggregation("bytes_over_time", TokenKind.BYTES_OVER_TIME, Unwrap.FORBIDDEN, false, false),
      new RangeAggregation("bytes_rate", TokenKind.BYTES_RATE, Unwrap.FORBIDDEN, false, false),
      new RangeAggregation("avg_over_time", TokenKind.AVG_OVER_TIME, Unwrap.REQUIRED, true, false),
      new RangeAggregation("sum_over_time", TokenKind.SUM_OVER_TIME, Unwrap.REQUIRED, false, false),
      new RangeAggregation("min_over_time", TokenKind.MIN_OVER_TIME, Unwrap.REQUIRED, true, false),
      new RangeAggregation("max_over_time", TokenKind.MAX_OVER_TIME, Unwrap.REQUIRED, true, false),
      new RangeAggregation("stdvar_over_time", TokenKind.STDVAR_OVER_TIME, Unwrap.REQUIRED, true, false),
      new RangeAggregation("stddev_over_time", TokenKind.STDDEV_OVER_TIME, Unwrap.REQUIRED, true, false),
      new RangeAggregation("quantile_over_time", TokenKind.QUANTILE_OVER_TIME, Unwrap.REQUIRED, true, true),
      new RangeAggregation("first_over_time", TokenKind.FIRST_OVER_TIME, Unwrap.REQUIRED, true, false),
      new RangeAggregation("last_over_time", TokenKind.LAST_OVER_TIME, Unwrap.REQUIRED, true, false),
      new RangeAggregation("absent_over_time", TokenKind.ABSENT_OVER_TIME, Unwrap.OPTIONAL, false, false));

  static final List<VectorAggregation> VECTOR_AGGREGATIONS = List.of(
      new VectorAggregation("sum", TokenKind.SUM, false, true),
      new VectorAggregation("avg", TokenKind.AVG, false, true),
      new VectorAggregation("count", TokenKind.COUNT, false, true),
      new VectorAggregation("max", TokenKind.MAX, false, true),
      new VectorAggregation("min", TokenKind.MIN, false, true),
      new VectorAggregation("stddev", TokenKind.STDDEV, false, true),
      new VectorAggregation("stdvar", TokenKind.STDVAR, false, true),
      new VectorAggregation("bottomk", TokenKind.BOTTOMK, true, true),
      new VectorAggregation("topk", TokenKind.TOPK, true, true),
      new VectorAggregation("sort", TokenKind.SORT, false, false),
      new VectorAggregation("sort_desc", TokenKind.SORT_DESC, false, false),
      new VectorAggregation("approx_topk", TokenKind.APPROX_TOPK, true, false));

  /**
   * The names Loki's lexer reads as functions when a {@code (} (or {@code by}/{@code without} and a {@code (}) follows,
   * and as identifiers otherwise: {@code functionTokens} in {@code lex.go}.
   */
  static final Map<String, TokenKind> FUNCTION_TOKENS;

  private static final Map<TokenKind, RangeAggregation> RANGE_BY_KIND = new EnumMap<>(TokenKind.class);
  private static final Map<TokenKind, VectorAggregation> VECTOR_BY_KIND = new EnumMap<>(TokenKind.class);

  static {
    Map<String, TokenKind> functions = new java.util.HashMap<>();
    for (RangeAggregation range : RANGE_AGGREGATIONS) {
      RANGE_BY_KIND.put(range.kind(), range);
      functions.put(range.name(), range.kind());
    }
    for (VectorAggregation vector : VECTOR_AGGREGATIONS) {
      VECTOR_BY_KIND.put(vector.kind(), vector);
      functions.put(vector.name(), vector.kind());
    }
    functions.put("vector", TokenKind.VECTOR);
    functions.put("label_replace", TokenKind.LABEL_REPLACE);
    functions.put("bytes", TokenKind.BYTES_CONV);
    functions.put("duration", TokenKind.DURATION_CONV);
    functions.put("duration_seconds", TokenKind.DURATION_SECONDS_CONV);
    functions.put("ip", TokenKind.IP);
    FUNCTION_TOKENS = Map.copyOf(functions);
  }

  private Functions() {}

  /** The range aggregation a token names, or null. */
  static RangeAggregation rangeAggregation(TokenKind kind) {
    return RANGE_BY_KIND.get(kind);
  }

  /** The vector aggregation a token names, or null. */
  static VectorAggregation vectorAggregation(TokenKind kind) {
    return VECTOR_BY_KIND.get(kind);
  }

  /** Every name a user may call at the start of a metric query, for did-you-mean hints. */
  static List<String> callableNames() {
    List<String> names = new ArrayList<>();
    RANGE_AGGREGATIONS.forEach(range -> names.add(range.name()));
    VECTOR_AGGREGATIONS.forEach(vector -> names.add(vector.name()));
    names.add("vector");
    names.add("label_replace");
    return names;
  }
}
