package io.monitoringascode.core.lang;

import java.util.regex.Pattern;

/**
 * The naming rules of Prometheus' classic (pre-UTF-8) data model, which PromQL selectors, rule files and Alertmanager
 * matchers written without quotes rely on: metric names {@code [a-zA-Z_:][a-zA-Z0-9_:]*}, label names
 * {@code [a-zA-Z_][a-zA-Z0-9_]*}.
 */
public final class PromNames {
  private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  private PromNames() {}

  /**
   * Tells whether a text is a valid metric name (also the rule for recording-rule and alert names).
   *
   * @param name the name
   * @return {@code true} for {@code http_requests_total} or {@code job:up:sum}
   */
  public static boolean isMetricName(String name) {
    return name != null && METRIC_NAME.matcher(name).matches();
  }

  /**
   * Tells whether a text is a valid label name.
   *
   * @param name the name
   * @return {@code true} for {@code severity}; {@code false} for {@code team-name} or {@code 1st}
   */
  public static boolean isLabelName(String name) {
    return name != null && LABEL_NAME.matcher(name).matches();
  }

  /**
   * A valid label name close to an invalid one, for hints: invalid characters become underscores and a leading digit
   * gets an underscore before it.
   *
   * @param name an invalid name such as {@code team-name}
   * @return a valid name such as {@code team_name}
   */
  public static String suggestLabelName(String name) {
    String replaced = name.replaceAll("[^a-zA-Z0-9_]", "_");
    return replaced.isEmpty() || Character.isDigit(replaced.charAt(0)) ? "_" + replaced : replaced;
  }
}
