package io.monitoringascode.stack.wiring.lokirules;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.values.ChartValues;
import io.monitoringascode.loki.values.LokiChart;
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.rulefile.LokiRulesConfigMaps;
import io.monitoringascode.stack.wiring.StackView;
import io.monitoringascode.stack.wiring.ValuesReader;
import java.util.List;
import java.util.Optional;

/**
 * {@code wiring/loki-rules-sidecar}: a ConfigMap of the stack whose data holds Loki rules files reaches the Loki ruler
 * only through the grafana/loki chart's rules sidecar ({@code loki-sc-rules}): the sidecar must run
 * ({@code sidecar.rules.enabled}), the ConfigMap must carry its label ({@code sidecar.rules.label}, with
 * {@code sidecar.rules.labelValue} when that is set) and live in Loki's namespace (unless
 * {@code sidecar.rules.searchNamespace} widens the search), the ruler must run ({@code ruler.enabled}), and with local
 * rule storage the sidecar's folder must be a tenant directory right below {@code loki.rulerConfig.storage.local.directory},
 * which Loki's local rule store reads as {@code <directory>/<tenant>/<file>}. Each mistake leaves the rules unloaded
 * without an error anywhere. Silent when the stack has no grafana/loki release: the Loki install is then unknown.
 */
public final class WiringLokiRulesSidecarCheck implements Check<StackView> {
  private static final RuleInfo INFO = RuleInfo.of("wiring/loki-rules-sidecar", Severity.ERROR,
      "ConfigMaps with Loki rules must be picked up by the Loki chart's rules sidecar and reach the ruler.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(StackView view, CheckContext context, FindingSink sink) {
    Optional<ChartRelease> loki = view.loki();
    if (loki.isEmpty()) {
      return;
    }
    ChartRelease release = loki.get();
    ChartValues values = new ChartValues(LokiChart.get().index(), release.values());
    String label = values.effective("/sidecar/rules/label").asText();
    List<RenderedDocument> carriers = view.documentsOfKind("ConfigMap").stream()
        .filter(document -> !LokiRulesConfigMaps.ruleFiles(document.tree(), label).isEmpty()).toList();
    if (carriers.isEmpty()) {
      return;
    }
    ValuesReader reader = ValuesReader.withDefaults(values);
    if (!reader.isTrue("/sidecar/rules/enabled", true)) {
      sink.at(Location.in(release.valuesFile(), 0, "/sidecar/rules/enabled"))
          .report("The Loki rules sidecar is off, so the Loki rules of " + names(carriers) + " are never loaded.")
          .hint("Set `sidecar.rules.enabled: true` in the Loki values.");
      return;
    }
    if (!reader.isTrue("/ruler/enabled", true)) {
      sink.at(Location.in(release.valuesFile(), 0, "/ruler/enabled"))
          .report("The Loki ruler is off (`ruler.enabled: false`), so the Loki rules of " + names(carriers)
              + " are never evaluated.")
          .hint("Set `ruler.enabled: true` in the Loki values.");
    }
    checkFolder(values, release, carriers, sink);
    String labelValue = values.effective("/sidecar/rules/labelValue").asText("");
    // The chart puts its objects, the sidecar among them, into `namespaceOverride` when it is set.
    String lokiNamespace = ValuesReader.of(release.values()).namespace(release.namespace());
    boolean anyNamespace = values.isSet("/sidecar/rules/searchNamespace");
    for (RenderedDocument carrier : carriers) {
      JsonNode labels = carrier.tree().path("metadata").path("labels");
      String suggested = "`" + label + ": \"" + (labelValue.isEmpty() ? "true" : labelValue) + "\"`";
      if (!labels.has(label)) {
        sink.at(Location.in(carrier.file(), 0, "/metadata"))
            .report("ConfigMap `" + carrier.name() + "` holds Loki rules but lacks the label `" + label + "` that the"
                + " Loki rules sidecar watches, so Loki never loads them.")
            .hint("Add " + suggested + " to `metadata.labels`, or build the ConfigMap with"
                + " `LokiRuleFile.toConfigMap`.");
      } else if (!labelValue.isEmpty() && !labelValue.equals(labels.path(label).asText())) {
        sink.at(Location.in(carrier.file(), 0, JsonPointers.of("metadata", "labels", label)))
            .report("ConfigMap `" + carrier.name() + "` has `" + label + ": " + labels.path(label).asText()
                + "`, but the Loki rules sidecar watches only `" + label + ": " + labelValue
                + "`, so Loki never loads its rules.")
            .hint("Set " + suggested + " in `metadata.labels`.");
      }
      String namespace = carrier.namespace();
      if (!anyNamespace && !namespace.isEmpty() && !namespace.equals(lokiNamespace)) {
        sink.at(Location.in(carrier.file(), 0, "/metadata/namespace"))
            .report("ConfigMap `" + carrier.name() + "` is in namespace `" + namespace + "`, but the Loki rules"
                + " sidecar watches only Loki's namespace `" + lokiNamespace + "`, so Loki never loads its"
                + " rules.")
            .hint("Move the ConfigMap to `" + lokiNamespace + "`, or set `sidecar.rules.searchNamespace` in"
                + " the Loki values.");
      }
    }
  }

  /**
   * With local rule storage, the sidecar's folder must be {@code <directory>/<tenant>}: Loki lists the directory's
   * subdirectories as tenants and reads only the files inside them ({@code pkg/ruler/rulestore/local}).
   */
  private static void checkFolder(ChartValues values, ChartRelease release, List<RenderedDocument> carriers,
      FindingSink sink) {
    JsonNode storage = values.values().at("/loki/rulerConfig/storage");
    if (!storage.path("type").asText().equals("local") || !storage.path("local").path("directory").isTextual()) {
      return;
    }
    String directory = trimSlash(storage.path("local").path("directory").asText());
    String folder = trimSlash(values.effective("/sidecar/rules/folder").asText());
    boolean tenantBelow = folder.startsWith(directory + "/") && folder.indexOf('/', directory.length() + 1) < 0;
    if (!tenantBelow) {
      String tenant = values.effective("/loki/auth_enabled").asBoolean(true) ? "<tenant>" : "fake";
      sink.at(Location.in(release.valuesFile(), 0, "/sidecar/rules/folder"))
          .report("The Loki rules sidecar writes the rules of " + names(carriers) + " to `" + folder + "`, but the"
              + " ruler reads only `" + directory + "/<tenant>/`, so Loki never loads them.")
          .hint("Set `sidecar.rules.folder: " + directory + "/" + tenant + "` in the Loki values.");
    }
  }

  private static String trimSlash(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static String names(List<RenderedDocument> carriers) {
    StringBuilder names = new StringBuilder(carriers.size() == 1 ? "ConfigMap " : "ConfigMaps ");
    for (int i = 0; i < carriers.size(); i++) {
      names.append(i == 0 ? "" : ", ").append('`').append(carriers.get(i).name()).append('`');
    }
    return names.toString();
  }
}
