package io.monitoringascode.prometheus.check;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.prometheus.promql.ParseResult;
import io.monitoringascode.prometheus.promql.Promql;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The parse of each expression of the PrometheusRule being checked, shared by the checks that read it
 * ({@code promql/syntax}, {@code promql/experimental}, and those built on the tree and on label flow), so that each
 * expression is parsed once per object. Only the object most recently asked about is remembered, by identity; the
 * results are immutable, so sharing them across threads is safe.
 */
final class ParsedExpressions {
  private static final AtomicReference<Entry> LAST = new AtomicReference<>();

  private ParsedExpressions() {}

  private record Entry(PrometheusRule rule, Map<String, ParseResult> results) {}

  /**
   * The parse of one expression of a PrometheusRule.
   *
   * @param rule the object the expression belongs to
   * @param expr the expression
   * @return the parse result
   */
  static ParseResult of(PrometheusRule rule, String expr) {
    Entry entry = LAST.get();
    if (entry == null || entry.rule() != rule) {
      entry = new Entry(rule, new ConcurrentHashMap<>());
      LAST.set(entry);
    }
    ParseResult known = entry.results().get(expr);
    return known != null ? known : entry.results().computeIfAbsent(expr, Promql::parse);
  }
}
