package io.monitoringascode.prometheus.check;

import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.prometheus.promql.Call;
import io.monitoringascode.prometheus.promql.MatrixSelector;
import java.util.List;
import java.util.Optional;

/**
 * {@code promql/rate-gauge}: {@code rate}, {@code irate} or {@code increase} over a metric whose name says it is a
 * gauge. These functions are for counters: they read every fall of the value as a counter reset and add the new value
 * up, so over a gauge the result is neither the gauge's change nor its rate. The names come from Prometheus' naming
 * practice, under which a counter ends in {@code _total} (histograms and summaries add {@code _count}, {@code _sum}
 * and {@code _bucket}): the suffixes in {@link #GAUGE_SUFFIXES} and {@link #TIMESTAMP_SUFFIXES} are base units and
 * kinds that only gauges carry ({@code _bytes} without {@code _total}, {@code _ratio}, {@code _celsius},
 * {@code _info}...). Any other name, a recorded name (with a colon) and a subquery are left alone: legacy counters
 * such as node-exporter's {@code node_vmstat_pgmajfault} lack {@code _total}. So are the 0/1 gauges {@code up} and
 * {@code *_up}, over which {@code rate} counts the rises from 0 to 1: Ceph's OSD-flapping alert,
 * {@code rate(ceph_osd_up[5m]) * 60 > 1}, counts "marked down and back up" that way on purpose.
 */
final class PromqlRateGaugeCheck extends RuleCheck {
  private static final RuleInfo INFO = RuleInfo.of("promql/rate-gauge", Severity.WARNING,
      "`rate`, `irate` and `increase` should only read counters.");

  /** The last words of a metric name that mean a gauge. */
  private static final List<String> GAUGE_SUFFIXES = List.of(
      "_bytes", "_ratio", "_percent", "_celsius", "_temperature", "_volts", "_amperes", "_watts", "_hertz", "_info");
  /** The two-word endings that mean a gauge: timestamps. */
  private static final List<String> TIMESTAMP_SUFFIXES = List.of("_timestamp_seconds", "_time_seconds");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  RuleWalk start(FindingSink sink) {
    return (site, expression) -> {
      String text = expression.text();
      // `irate` contains `rate`; a test on the text spares listing the calls of most recording rules.
      if (!text.contains("rate") && !text.contains("increase")) {
        return;
      }
      for (Call call : expression.calls()) {
        if (isCounterFunction(call.function().name()) && call.args().size() == 1
            && Subexpressions.unwrap(call.args().get(0)) instanceof MatrixSelector range) {
          String metric = Subexpressions.metricName(range.selector());
          gaugeSuffix(metric).ifPresent(suffix -> report(sink, site, text, call, range, metric, suffix));
        }
      }
    };
  }

  private static boolean isCounterFunction(String function) {
    return function.equals("rate") || function.equals("irate") || function.equals("increase");
  }

  /** The gauge suffix a metric name ends with; empty for a counter-like, recorded or unknown name. */
  private static Optional<String> gaugeSuffix(String metric) {
    if (metric.indexOf(':') >= 0) {
      return Optional.empty();
    }
    // Each suffix is one word with its underscore, so ending with it means it is the last word.
    for (String suffix : GAUGE_SUFFIXES) {
      if (metric.endsWith(suffix)) {
        return Optional.of(suffix);
      }
    }
    for (String suffix : TIMESTAMP_SUFFIXES) {
      if (metric.endsWith(suffix)) {
        return Optional.of(suffix);
      }
    }
    return Optional.empty();
  }


  private static void report(FindingSink sink, RuleSite site, String text, Call call, MatrixSelector range,
      String metric, String suffix) {
    if (call.span().end() > text.length() || range.span().end() > text.length()) {
      return;
    }
    String function = call.function().name();
    String argument = text.substring(range.span().start(), range.span().end());
    String hint = suffix.equals("_info")
        ? "An `_info` metric is 1 for as long as it exists: join it to the series it describes with `* on (...)"
            + " group_left (...)` to copy its labels, instead of taking its `" + function + "`."
        : "Use a gauge function instead: `" + (function.equals("increase") ? "delta(" + argument
            + ")` for its change over the range." : "deriv(" + argument + ")` for its change per second.");
    sink.at(site.pointer("expr"), call.span())
        .warning("`" + text.substring(call.span().start(), call.span().end()) + "` reads `" + metric
            + "` as a counter, but the name ends in `" + suffix + "`, which is a gauge's: `" + function
            + "` takes every fall as a counter reset, so the result is not the gauge's change.")
        .hint(hint);
  }
}
