package io.monitoringascode.stack.wiring.alert;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.LabelSelector;
import io.monitoringascode.stack.wiring.StackView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code wiring/alertmanager-config-not-selected}: an AlertmanagerConfig of the stack that the kube-prometheus-stack
 * release's Alertmanager does not select, by its labels ({@code alertmanagerConfigSelector}) or by its namespace
 * ({@code alertmanagerConfigNamespaceSelector}). The operator ignores it without a word: its routes and receivers never
 * reach {@code alertmanager.yaml}. Silent without a kube-prometheus-stack release, with {@code alertmanager.enabled:
 * false}, and wherever the verdict depends on what the stack does not show (a namespace's labels, a templated
 * selector).
 */
public final class WiringAlertmanagerConfigNotSelectedCheck implements Check<StackView> {
  private static final RuleInfo INFO = RuleInfo.of("wiring/alertmanager-config-not-selected", Severity.ERROR,
      "An AlertmanagerConfig that the chart's Alertmanager does not select is silently ignored.");
  private static final String SELECTOR_KEY = "alertmanager.alertmanagerSpec.alertmanagerConfigSelector";
  private static final String NAMESPACE_SELECTOR_KEY =
      "alertmanager.alertmanagerSpec.alertmanagerConfigNamespaceSelector";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(StackView view, CheckContext context, FindingSink sink) {
    Optional<ChartRelease> release = view.kubePrometheusStack();
    Optional<AlertmanagerSelection> found = release.flatMap(AlertmanagerSelection::of);
    if (found.isEmpty()) {
      return;
    }
    AlertmanagerSelection selection = found.get();
    String valuesFile = release.get().valuesFile();
    for (RenderedDocument config : view.documentsOfKind("AlertmanagerConfig")) {
      if (selection.byLabels(config) == AlertmanagerSelection.Verdict.NOT_SELECTED) {
        reportLabels(config, selection.configSelector().orElseThrow(), valuesFile, sink);
      }
      if (selection.byNamespace(config, view) == AlertmanagerSelection.Verdict.NOT_SELECTED) {
        reportNamespace(config, selection, valuesFile, sink);
      }
    }
  }

  private static void reportLabels(RenderedDocument config, LabelSelector selector, String valuesFile,
      FindingSink sink) {
    Map<String, String> labels = AlertmanagerSelection.labels(config.tree().path("metadata"));
    List<String> failed = selector.failedBy(labels);
    String pointer = config.tree().path("metadata").has("labels") ? "/metadata/labels" : "/metadata";
    sink.at(Location.in(config.file(), 0, pointer)).report("AlertmanagerConfig `" + config.name() + "` does not meet `"
        + String.join(",", failed) + "` of the Alertmanager's `alertmanagerConfigSelector`, so its routes and"
        + " receivers are silently not loaded.")
        .hint(fixes(selector, labels) + ", or change `" + SELECTOR_KEY + "` (`"
            + AlertmanagerSelection.SPEC + "/alertmanagerConfigSelector` in `" + valuesFile + "`) to select it.");
  }

  /** What to do to the object's labels, such as "Add `release: prometheus` to `metadata.labels`". */
  private static String fixes(LabelSelector selector, Map<String, String> labels) {
    List<String> add = new ArrayList<>();
    List<String> remove = new ArrayList<>();
    selector.matchLabels().forEach((key, value) -> {
      if (!value.equals(labels.get(key))) {
        add.add("`" + key + ": " + value + "`");
      }
    });
    for (LabelSelector.Requirement requirement : selector.expressions()) {
      if (requirement.matches(labels)) {
        continue;
      }
      switch (requirement.operator()) {
        case IN -> add.add("`" + requirement.key() + ": "
            + (requirement.values().isEmpty() ? "<value>" : requirement.values().get(0)) + "`");
        case EXISTS -> add.add("a label `" + requirement.key() + "`");
        case NOT_IN, DOES_NOT_EXIST -> remove.add("`" + requirement.key() + "`");
        case UNKNOWN -> { }
      }
    }
    List<String> clauses = new ArrayList<>();
    if (!remove.isEmpty()) {
      clauses.add("Remove " + String.join(" and ", remove) + " from `metadata.labels`");
    }
    if (!add.isEmpty()) {
      clauses.add((clauses.isEmpty() ? "Add " : "add ") + String.join(" and ", add) + " to `metadata.labels`");
    }
    return clauses.isEmpty() ? "Change `metadata.labels` to meet the selector" : String.join(", ", clauses);
  }

  private static void reportNamespace(RenderedDocument config, AlertmanagerSelection selection, String valuesFile,
      FindingSink sink) {
    String key = "`" + NAMESPACE_SELECTOR_KEY + "` (`" + AlertmanagerSelection.SPEC
        + "/alertmanagerConfigNamespaceSelector` in `" + valuesFile + "`)";
    Optional<LabelSelector> selector = selection.namespaceSelector();
    String why = selector.map(s -> " (`" + s + "`)").orElse("")
        + " does not select" + (selector.isEmpty() ? " (it is `null`: only the Alertmanager's own namespace `"
        + selection.namespace() + "`)" : "");
    sink.at(Location.in(config.file(), 0, "/metadata/namespace")).report("AlertmanagerConfig `" + config.name()
        + "` is in namespace `" + config.namespace() + "`, which the Alertmanager's"
        + " `alertmanagerConfigNamespaceSelector`" + why + ", so its routes and receivers are silently not loaded.")
        .hint(selector.isEmpty()
            ? "Move it to namespace `" + selection.namespace() + "`, or set " + key + " to `{}` to select every"
                + " namespace."
            : namesNamespaces(selector.get())
                ? "Move it to a namespace that `" + selector.get() + "` selects, or change " + key + " to select it."
                : "Label namespace `" + config.namespace() + "` to meet `" + selector.get() + "`, or change " + key
                    + " to select it.");
  }

  /** Whether the selector picks namespaces by name, which no label on the Namespace can change. */
  private static boolean namesNamespaces(LabelSelector selector) {
    String name = AlertmanagerSelection.NAMESPACE_NAME_LABEL;
    return selector.matchLabels().containsKey(name)
        || selector.expressions().stream().anyMatch(requirement -> requirement.key().equals(name));
  }
}
