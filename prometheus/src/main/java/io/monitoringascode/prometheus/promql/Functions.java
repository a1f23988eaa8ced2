package io.monitoringascode.prometheus.promql;

import static io.monitoringascode.prometheus.promql.ValueType.MATRIX;
import static io.monitoringascode.prometheus.promql.ValueType.SCALAR;
import static io.monitoringascode.prometheus.promql.ValueType.STRING;
import static io.monitoringascode.prometheus.promql.ValueType.VECTOR;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The PromQL functions of Prometheus {@value #PROMETHEUS_VERSION} (the version Prometheus-Operator v0.85.0 deploys),
 * one row per function as in Prometheus' {@code promql/parser/functions.go}, plus the functions Prometheus 3 removed,
 * so that a call to one can name its replacement.
 */
public final class Functions {
  /** The Prometheus version this table follows. */
  public static final String PROMETHEUS_VERSION = "3.5";

  private static final Map<String, Function> BY_NAME = new HashMap<>();
  private static final Map<String, Function> SORTED;

  static {
    // name, argument types, variadic, return type
    row("abs", VECTOR);
    row("absent", VECTOR);
    row("absent_over_time", MATRIX);
    row("acos", VECTOR);
    row("acosh", VECTOR);
    row("asin", VECTOR);
    row("asinh", VECTOR);
    row("atan", VECTOR);
    row("atanh", VECTOR);
    row("avg_over_time", MATRIX);
    row("ceil", VECTOR);
    row("changes", MATRIX);
    row("clamp", VECTOR, SCALAR, SCALAR);
    row("clamp_max", VECTOR, SCALAR);
    row("clamp_min", VECTOR, SCALAR);
    row("cos", VECTOR);
    row("cosh", VECTOR);
    row("count_over_time", MATRIX);
    variadic("days_in_month", 1, VECTOR);
    variadic("day_of_month", 1, VECTOR);
    variadic("day_of_week", 1, VECTOR);
    variadic("day_of_year", 1, VECTOR);
    row("deg", VECTOR);
    row("delta", MATRIX);
    row("deriv", MATRIX);
    experimental("double_exponential_smoothing", 0, MATRIX, SCALAR, SCALAR);
    row("exp", VECTOR);
    row("floor", VECTOR);
    row("histogram_avg", VECTOR);
    row("histogram_count", VECTOR);
    row("histogram_fraction", SCALAR, SCALAR, VECTOR);
    row("histogram_quantile", SCALAR, VECTOR);
    row("histogram_stddev", VECTOR);
    row("histogram_stdvar", VECTOR);
    row("histogram_sum", VECTOR);
    variadic("hour", 1, VECTOR);
    row("idelta", MATRIX);
    row("increase", MATRIX);
    experimental("info", 1, VECTOR, VECTOR);
    row("irate", MATRIX);
    add(new Function("label_join", List.of(VECTOR, STRING, STRING, STRING), -1, VECTOR, false, Optional.empty()));
    row("label_replace", VECTOR, STRING, STRING, STRING, STRING);
    row("last_over_time", MATRIX);
    row("ln", VECTOR);
    row("log10", VECTOR);
    row("log2", VECTOR);
    experimental("mad_over_time", 0, MATRIX);
    row("max_over_time", MATRIX);
    row("min_over_time", MATRIX);
    variadic("minute", 1, VECTOR);
    variadic("month", 1, VECTOR);
    add(new Function("pi", List.of(), 0, SCALAR, false, Optional.empty()));
    row("predict_linear", MATRIX, SCALAR);
    row("present_over_time", MATRIX);
    row("quantile_over_time", SCALAR, MATRIX);
    row("rad", VECTOR);
    row("rate", MATRIX);
    row("resets", MATRIX);
    variadic("round", 1, VECTOR, SCALAR);
    row("sgn", VECTOR);
    row("sin", VECTOR);
    row("sinh", VECTOR);
    row("sort", VECTOR);
    experimental("sort_by_label", -1, VECTOR, STRING);
    experimental("sort_by_label_desc", -1, VECTOR, STRING);
    row("sort_desc", VECTOR);
    row("sqrt", VECTOR);
    row("stddev_over_time", MATRIX);
    row("stdvar_over_time", MATRIX);
    row("sum_over_time", MATRIX);
    row("tan", VECTOR);
    row("tanh", VECTOR);
    add(new Function("time", List.of(), 0, SCALAR, false, Optional.empty()));
    row("timestamp", VECTOR);
    experimental("ts_of_last_over_time", 0, MATRIX);
    experimental("ts_of_max_over_time", 0, MATRIX);
    experimental("ts_of_min_over_time", 0, MATRIX);
    add(new Function("scalar", List.of(VECTOR), 0, SCALAR, false, Optional.empty()));
    add(new Function("vector", List.of(SCALAR), 0, VECTOR, false, Optional.empty()));
    variadic("year", 1, VECTOR);
    // Removed in Prometheus 3.0: https://prometheus.io/docs/prometheus/latest/migration/
    add(new Function("holt_winters", List.of(MATRIX, SCALAR, SCALAR), 0, VECTOR, false,
        Optional.of("double_exponential_smoothing")));
    SORTED = Collections.unmodifiableMap(new TreeMap<>(BY_NAME));
  }

  private Functions() {}

  /**
   * The function of a name, removed ones included.
   *
   * @param name the name as called
   * @return the function, or empty when Prometheus {@value #PROMETHEUS_VERSION} never had it
   */
  public static Optional<Function> get(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /**
   * Every function of the table, removed ones included.
   *
   * @return the functions, sorted by name
   */
  public static Collection<Function> all() {
    return SORTED.values();
  }

  /** The names a misspelt call may be meant as: every function that is not removed. */
  static List<String> callableNames() {
    return SORTED.values().stream().filter(f -> !f.removed()).map(Function::name).toList();
  }

  private static void row(String name, ValueType... args) {
    add(new Function(name, List.of(args), 0, VECTOR, false, Optional.empty()));
  }

  private static void variadic(String name, int variadic, ValueType... args) {
    add(new Function(name, List.of(args), variadic, VECTOR, false, Optional.empty()));
  }

  private static void experimental(String name, int variadic, ValueType... args) {
    add(new Function(name, List.of(args), variadic, VECTOR, true, Optional.empty()));
  }

  private static void add(Function function) {
    BY_NAME.put(function.name(), function);
  }
}
