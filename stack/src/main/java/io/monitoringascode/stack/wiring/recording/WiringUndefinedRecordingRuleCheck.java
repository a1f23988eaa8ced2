package io.monitoringascode.stack.wiring.recording;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.finding.Span;
import io.monitoringascode.core.lang.ClosestNames;
import io.monitoringascode.prometheus.promql.Expr;
import io.monitoringascode.prometheus.promql.LabelMatcher;
import io.monitoringascode.prometheus.promql.ParseResult;
import io.monitoringascode.prometheus.promql.Promql;
import io.monitoringascode.prometheus.promql.VectorSelector;
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.ConfigMapFiles;
import io.monitoringascode.stack.wiring.StackView;
import io.monitoringascode.stack.wiring.ValuesReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code wiring/undefined-recording-rule}: a PromQL expression of the stack (a PrometheusRule's {@code expr}, a
 * dashboard query in a ConfigMap) that selects a recording rule's series (a metric name with a colon, by the naming
 * convention {@code level:metric:operations}) which no PrometheusRule of the stack, no declared external one and no
 * rule of the kube-prometheus-stack values ({@code additionalPrometheusRulesMap}, {@code additionalPrometheusRules})
 * records. Such a query returns nothing, without an error.
 *
 * <p>kube-prometheus-stack's default rules ({@code defaultRules.create}, on by default) record many such names, and
 * this library keeps no list of them; with them on, the check stays silent.
 */
public final class WiringUndefinedRecordingRuleCheck implements Check<StackView> {
  private static final RuleInfo INFO = RuleInfo.of("wiring/undefined-recording-rule", Severity.WARNING,
      "A query uses a recording rule's name that no rule of the stack records.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(StackView view, CheckContext context, FindingSink sink) {
    Optional<ChartRelease> stack = view.kubePrometheusStack();
    // Without the release, what else Prometheus loads is unknown; with its default rules on, they record names we
    // have no list of.
    if (stack.isEmpty() || ValuesReader.of(stack.get().values()).isTrue("/defaultRules/create", true)) {
      return;
    }
    Set<String> recorded = new TreeSet<>();
    for (RenderedDocument rule : view.clusterObjectsOfKind("PrometheusRule")) {
      records(rule.tree().path("spec").path("groups"), recorded);
    }
    stack.ifPresent(release -> {
      release.values().path("additionalPrometheusRulesMap")
          .forEach(rules -> records(rules.path("groups"), recorded));
      release.values().path("additionalPrometheusRules").forEach(rules -> records(rules.path("groups"), recorded));
    });
    for (RenderedDocument rule : view.documentsOfKind("PrometheusRule")) {
      JsonNode groups = rule.tree().path("spec").path("groups");
      for (int g = 0; g < groups.size(); g++) {
        JsonNode rules = groups.get(g).path("rules");
        for (int r = 0; r < rules.size(); r++) {
          JsonNode expr = rules.get(r).path("expr");
          if (expr.isTextual()) {
            check(Promql.parse(expr.textValue()), true, rule.file(),
                "/spec/groups/" + g + "/rules/" + r + "/expr", recorded, sink);
          }
        }
      }
    }
    for (RenderedDocument configMap : view.documentsOfKind("ConfigMap")) {
      for (ConfigMapFiles.Entry dashboard : ConfigMapFiles.dashboards(configMap.tree())) {
        for (Map.Entry<String, String> query : queries(dashboard.tree()).entrySet()) {
          // Spans would point into the query with Grafana's variables replaced: left out.
          check(Promql.parseDashboardQuery(query.getValue()), false, configMap.file(),
              dashboard.pointer(query.getKey()), recorded, sink);
        }
      }
    }
  }

  private static void records(JsonNode groups, Set<String> recorded) {
    for (JsonNode group : groups) {
      for (JsonNode rule : group.path("rules")) {
        if (rule.path("record").isTextual()) {
          recorded.add(rule.path("record").textValue());
        }
      }
    }
  }

  private static void check(ParseResult result, boolean withSpans, String file, String pointer, Set<String> recorded,
      FindingSink sink) {
    if (result.expr().isEmpty()) {
      return;
    }
    Set<String> reported = new TreeSet<>();
    for (VectorSelector selector : selectors(result.expr().get())) {
      for (String name : names(selector)) {
        if (!name.contains(":") || recorded.contains(name) || !reported.add(name)) {
          continue;
        }
        Location location = new Location(Optional.of(file), 0, pointer,
            withSpans ? Optional.of(selector.span()) : Optional.<Span>empty());
        Optional<String> near = ClosestNames.closest(name, recorded);
        sink.at(location).warning("`" + name + "` is named like a recording rule, but no PrometheusRule of the stack"
                + " records it, so the query returns no data.")
            .hint(near.map(n -> "Use `" + n + "`, the recorded name nearest to it, or add").orElse("Add")
                + " a rule with `record: " + name + "`, or declare the PrometheusRule that records it as an external"
                + " object.");
      }
    }
  }

  /** The metric names a selector asks for: its name, or an exact {@code __name__} matcher. */
  private static List<String> names(VectorSelector selector) {
    List<String> names = new ArrayList<>();
    if (!selector.name().isEmpty()) {
      names.add(selector.name());
    }
    for (LabelMatcher matcher : selector.matchers()) {
      if (matcher.name().equals("__name__") && matcher.op() == LabelMatcher.Op.EQUAL) {
        names.add(matcher.value());
      }
    }
    return names;
  }

  private static List<VectorSelector> selectors(Expr expr) {
    List<VectorSelector> found = new ArrayList<>();
    Promql.forEachNode(expr, node -> {
      if (node instanceof VectorSelector selector) {
        found.add(selector);
      }
    });
    return found;
  }

  /**
   * The PromQL queries of a dashboard by pointer: the {@code expr} of every target of every panel (rows' panels
   * included) whose data source is not declared as Loki.
   */
  private static Map<String, String> queries(JsonNode dashboard) {
    Map<String, String> queries = new LinkedHashMap<>();
    panels(dashboard.path("panels"), "/panels", queries);
    JsonNode rows = dashboard.path("rows");
    for (int r = 0; r < rows.size(); r++) {
      panels(rows.get(r).path("panels"), "/rows/" + r + "/panels", queries);
    }
    return queries;
  }

  private static void panels(JsonNode panels, String pointer, Map<String, String> queries) {
    for (int p = 0; p < panels.size(); p++) {
      JsonNode panel = panels.get(p);
      JsonNode targets = panel.path("targets");
      for (int t = 0; t < targets.size(); t++) {
        JsonNode target = targets.get(t);
        JsonNode ref = target.path("datasource").isObject() ? target.path("datasource") : panel.path("datasource");
        if (target.path("expr").isTextual() && !ref.path("type").asText("").equals("loki")) {
          queries.put(pointer + "/" + p + "/targets/" + t + "/expr", target.path("expr").textValue());
        }
      }
      panels(panel.path("panels"), pointer + "/" + p + "/panels", queries);
    }
  }
}
