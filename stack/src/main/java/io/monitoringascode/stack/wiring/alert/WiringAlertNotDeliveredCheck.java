package io.monitoringascode.stack.wiring.alert;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.alerting.assembly.AssembledConfig;
import io.monitoringascode.alerting.config.AlertRouting;
import io.monitoringascode.alerting.route.LabelMatcher;
import io.monitoringascode.alerting.route.MatchType;
import io.monitoringascode.alerting.route.RouteNode;
import io.monitoringascode.alerting.routing.MatchVerdict;
import io.monitoringascode.alerting.routing.PartialAlert;
import io.monitoringascode.alerting.routing.RouteMatch;
import io.monitoringascode.alerting.routing.Router;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.prometheus.labels.LabelFlow;
import io.monitoringascode.prometheus.labels.LabelSet;
import io.monitoringascode.prometheus.labels.Presence;
import io.monitoringascode.prometheus.promql.Promql;
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.StackView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code wiring/alert-not-delivered}: an alerting rule of the stack whose alerts certainly end only at the root route of
 * the Alertmanager configuration the operator assembles, on a receiver without any integration (the chart's default
 * {@code null}), so they notify nobody. Each rule's alerts are described by the labels its expression can produce
 * ({@link LabelFlow}), its static labels and what Prometheus adds ({@link PrometheusAlerts}), and routed through the
 * base configuration with every selected AlertmanagerConfig merged in, namespace matcher included
 * ({@link Router#possibleRoutes(PartialAlert)}). A label whose value depends on the scraped series leaves a matcher
 * undecided, and then the rule is not reported. Alerts a route sends to a silent receiver on purpose (such as the
 * chart's {@code Watchdog} route) are not reported either: only the fall-through to the root counts. Silent whenever a
 * part of the configuration is not known offline.
 */
public final class WiringAlertNotDeliveredCheck implements Check<StackView> {
  private static final RuleInfo INFO = RuleInfo.of("wiring/alert-not-delivered", Severity.ERROR,
      "An alert that the assembled Alertmanager configuration sends only to a receiver without integrations.");
  private static final String STRATEGY_KEY = "alertmanager.alertmanagerSpec.alertmanagerConfigMatcherStrategy";
  /** Expressions longer than this are not quoted in messages. */
  private static final int QUOTED_EXPRESSION = 60;

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(StackView view, CheckContext context, FindingSink sink) {
    Optional<ChartRelease> release = view.kubePrometheusStack();
    if (release.isEmpty() || view.documentsOfKind("PrometheusRule").isEmpty()) {
      return;
    }
    JsonNode values = release.get().values();
    Optional<AlertmanagerSelection> selection = AlertmanagerSelection.of(release.get());
    Optional<PrometheusAlerts> prometheus = PrometheusAlerts.of(values);
    Optional<List<AlertRouting>> routings = selection.flatMap(found -> found.routings(view));
    if (prometheus.isEmpty() || routings.isEmpty()) {
      return;
    }
    Optional<AssembledConfig> assembled = selection.get().assemble(routings.get());
    if (assembled.isEmpty()) {
      return;
    }
    Router router;
    try {
      router = assembled.get().router();
    } catch (RuntimeException unusable) {
      return; // a regex only Java rejects: alerting/matcher reports it
    }
    Set<String> silent = silentReceivers(selection.get().baseConfig().orElseThrow(),
        selection.get().selectedConfigs(view).orElseThrow());
    String rootReceiver = assembled.get().route().receiver().orElse("");
    if (!silent.contains(rootReceiver)) {
      return;
    }
    Context shared = new Context(selection.get(), routings.get(), silent, release.get().valuesFile(), rootReceiver);
    Map<String, Optional<LabelSet>> flows = new HashMap<>();
    for (RenderedDocument document : view.documentsOfKind("PrometheusRule")) {
      JsonNode groups = document.tree().path("spec").path("groups");
      for (int i = 0; i < groups.size(); i++) {
        JsonNode group = groups.get(i);
        JsonNode rules = group.path("rules");
        for (int j = 0; j < rules.size(); j++) {
          JsonNode rule = rules.get(j);
          if (!rule.path("alert").isTextual() || !rule.path("expr").isValueNode()) {
            continue;
          }
          String expr = rule.path("expr").asText();
          Optional<LabelSet> result = flows.computeIfAbsent(expr, WiringAlertNotDeliveredCheck::labelsOf);
          if (result.isEmpty()) {
            continue; // promql/syntax reports it
          }
          PartialAlert alert = prometheus.get().alertOf(result.get(), group.path("labels"), rule, document.namespace());
          List<RouteMatch> ends = router.possibleRoutes(alert);
          if (ends.size() == 1 && ends.get(0).path().equals("route")) {
            report(shared, alert, rule, expr, result.get(),
                Location.in(document.file(), 0, "/spec/groups/" + i + "/rules/" + j + "/alert"), sink);
          }
        }
      }
    }
  }

  private static Optional<LabelSet> labelsOf(String expr) {
    return Promql.parse(expr).expr().map(LabelFlow::of);
  }

  /**
   * The receivers that notify nobody ({@link Notifiers}): by name in the base configuration, as
   * {@code namespace/config/receiver} in the selected AlertmanagerConfigs.
   */
  private static Set<String> silentReceivers(JsonNode base, List<RenderedDocument> configs) {
    Set<String> silent = new HashSet<>();
    for (JsonNode receiver : base.path("receivers")) {
      if (!Notifiers.notifies(receiver)) {
        silent.add(receiver.path("name").asText(""));
      }
    }
    for (RenderedDocument config : configs) {
      for (JsonNode receiver : config.tree().path("spec").path("receivers")) {
        if (!Notifiers.notifies(receiver)) {
          silent.add(key(config.tree().path("metadata").path("namespace").asText(""),
              config.tree().path("metadata").path("name").asText(""), receiver.path("name").asText("")));
        }
      }
    }
    return silent;
  }

  private static String key(String namespace, String config, String receiver) {
    return namespace + "/" + config + "/" + receiver;
  }

  private static void report(Context shared, PartialAlert alert, JsonNode rule, String expr, LabelSet result,
      Location location, FindingSink sink) {
    String name = rule.path("alert").asText();
    List<Refusal> refusals = new ArrayList<>();
    for (AlertRouting routing : shared.deliveringRoutings()) {
      refusal(shared, routing, alert).ifPresent(refusals::add);
    }
    String because;
    String hint;
    String baseRoute = "`alertmanager.config.route` (`/alertmanager/config/route` in `" + shared.valuesFile() + "`)";
    if (refusals.isEmpty()) {
      because = "no selected AlertmanagerConfig routes alerts to a receiver that notifies, and the root route of"
          + " `alertmanager.config` sends every alert no other route takes to `" + shared.rootReceiver() + "`";
      hint = "Route the alert to a receiver with an integration in " + baseRoute
          + ", or add an AlertmanagerConfig whose route takes it.";
    } else {
      Refusal first = refusals.get(0);
      because = "the AlertmanagerConfig `" + first.routing().name() + "` only receives alerts with `"
          + first.matcher() + "`" + (first.injected() ? " (injected by matcher strategy `"
          + shared.selection().matcherStrategy().orElseThrow().crdValue() + "`)" : "") + " and "
          + labelFact(first.matcher().name(), alert, expr, result)
          + (refusals.size() > 1 ? " (nor do the routes of " + (refusals.size() - 1) + " more AlertmanagerConfigs"
          + " take it)" : "");
      LabelMatcher matcher = first.matcher();
      String setLabel = matcher.matchType() == MatchType.EQUAL
          ? "Add `" + matcher.name() + ": " + matcher.value() + "` to this rule's `labels`"
          : "Change this rule's `labels` so that `" + matcher + "` holds";
      hint = first.injected()
          ? setLabel + ", set `" + STRATEGY_KEY + ".type: None` (`" + AlertmanagerSelection.SPEC
              + "/alertmanagerConfigMatcherStrategy` in `" + shared.valuesFile() + "`), or route the alert in "
              + baseRoute + "."
          : setLabel + ", add a route for it to the AlertmanagerConfig `" + first.routing().name()
              + "`, or route it in " + baseRoute + ".";
    }
    sink.at(location).report("Alert `" + name + "` goes only to receiver `" + shared.rootReceiver()
        + "`, which has no integration, because " + because + ", so it notifies nobody.").hint(hint);
  }

  /** The first matcher of an AlertmanagerConfig's first-level route that the alert certainly fails. */
  private static Optional<Refusal> refusal(Context shared, AlertRouting routing, PartialAlert alert) {
    RouteNode route = routing.route().orElseThrow();
    Optional<LabelMatcher> injected = shared.selection().matcherStrategy().orElseThrow()
        .scope(routing.namespace().orElse(""), shared.selection().namespace());
    if (injected.isPresent() && alert.verdict(injected.get()) == MatchVerdict.DOES_NOT_MATCH) {
      return Optional.of(new Refusal(routing, injected.get(), true));
    }
    for (LabelMatcher matcher : route.matchers()) {
      if (alert.verdict(matcher) == MatchVerdict.DOES_NOT_MATCH) {
        return Optional.of(new Refusal(routing, matcher, false));
      }
    }
    return Optional.empty();
  }

  /** Why the alert's label fails, such as "the results of `vector(1)` carry no `namespace` label". */
  private static String labelFact(String label, PartialAlert alert, String expr, LabelSet result) {
    Optional<String> fixed = alert.fixedValue(label);
    if (fixed.isEmpty()) {
      return "the alert always carries `" + label + "`";
    }
    String value = fixed.get();
    if (!value.isEmpty()) {
      return "the alert's `" + label + "` is `" + value + "`";
    }
    if (result.presence(label) == Presence.ABSENT) {
      String trimmed = expr.strip();
      return (trimmed.length() <= QUOTED_EXPRESSION && !trimmed.contains("`") && !trimmed.contains("\n")
          ? "the results of `" + trimmed + "`" : "the results of its expression") + " carry no `" + label + "` label";
    }
    return "the alert carries no `" + label + "` label";
  }

  /**
   * What one run of the check shares.
   *
   * @param selection the Alertmanager
   * @param deliveringRoutings the selected AlertmanagerConfigs; those that can notify someone are kept
   * @param silent the receivers that notify nobody, as {@link #silentReceivers} names them
   * @param valuesFile the release's values file, for hints
   * @param rootReceiver the receiver of the root route
   */
  private record Context(AlertmanagerSelection selection, List<AlertRouting> deliveringRoutings, Set<String> silent,
      String valuesFile, String rootReceiver) {
    /** Keeps the AlertmanagerConfigs with a route and a receiver that notifies, in the operator's order. */
    Context {
      deliveringRoutings = deliveringRoutings.stream()
          .filter(routing -> routing.route().isPresent() && routing.receivers().stream()
              .anyMatch(receiver -> !silent.contains(
                  key(routing.namespace().orElse(""), routing.name(), receiver.name()))))
          .sorted(Comparator.comparing(routing -> routing.namespace().orElse("") + "/" + routing.name()))
          .toList();
    }
  }

  /**
   * A matcher of an AlertmanagerConfig's first-level route that an alert fails.
   *
   * @param routing the AlertmanagerConfig
   * @param matcher the matcher
   * @param injected whether the operator added it (the namespace matcher of the matcher strategy)
   */
  private record Refusal(AlertRouting routing, LabelMatcher matcher, boolean injected) {}
}
