package io.monitoringascode.tools.referencegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Generates the Helm values key indexes that {@code stack} and {@code loki} ship: one JSON file per pinned chart
 * version, listing every key of the chart's default values (subcharts' values included under their aliases), its
 * type and default, and which maps are open.
 *
 * <p>Usage: {@code ValuesIndexGenerator <shared dir> <repository root>}. The files go to fixed paths below the
 * repository root ({@link #KPS_INDEX}, {@link #LOKI_INDEX}).
 */
public final class ValuesIndexGenerator {
  /** The kube-prometheus-stack chart version indexed. */
  static final String KPS_VERSION = "77.11.1";

  /** The grafana/loki chart version indexed. */
  static final String LOKI_VERSION = "6.41.1";

  /** Where the kube-prometheus-stack index goes, relative to the repository root. */
  static final String KPS_INDEX =
      "stack/src/main/resources/io/monitoringascode/stack/values/kube-prometheus-stack-" + KPS_VERSION + ".json";

  /**
   * Where kube-prometheus-stack's default {@code alertmanager.config} goes: the base configuration the operator merges
   * AlertmanagerConfigs into, which the stack needs to show the merged result.
   */
  static final String KPS_ALERTMANAGER_CONFIG = "stack/src/main/resources/io/monitoringascode/stack/values/"
      + "kube-prometheus-stack-" + KPS_VERSION + "-alertmanager-config.json";

  /** Where the loki index goes, relative to the repository root. */
  static final String LOKI_INDEX = "loki/src/main/resources/io/monitoringascode/loki/values/loki-" + LOKI_VERSION
      + ".json";

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /**
   * Reviewed open maps of kube-prometheus-stack that no general rule covers: configuration the application reads
   * itself, and subcharts whose values the reference data does not hold.
   */
  private static final Set<String> KPS_OPEN = Set.of(
      "/alertmanager/config",
      "/alertmanager/templateFiles",
      "/grafana/grafana.ini",
      "/grafana/datasources",
      "/grafana/dashboards",
      "/grafana/dashboardProviders",
      "/grafana/notifiers",
      "/grafana/alerting",
      "/grafana/ldap",
      "/grafana/smtp",
      "/prometheus-windows-exporter",
      "/prometheusOperator/admissionWebhooks/patch/podAnnotations");

  /** Keys kube-prometheus-stack renders through {@code tpl}, as its {@code values.yaml} comments say. */
  private static final Set<String> KPS_TPL = Set.of(
      "/grafana/additionalDataSources",
      "/prometheus/prometheusSpec/additionalConfig",
      "/alertmanager/alertmanagerSpec/additionalConfig",
      "/thanosRuler/thanosRulerSpec/additionalConfig",
      "/extraManifests");

  /**
   * Reviewed open maps of the loki chart: sections of Loki's own configuration file, which the chart renders into
   * {@code config.yaml} as they are, and subcharts whose values the reference data does not hold.
   */
  private static final Set<String> LOKI_OPEN = Set.of(
      "/loki/server",
      "/loki/limits_config",
      "/loki/commonConfig",
      "/loki/runtimeConfig",
      "/loki/storage_config",
      "/loki/structuredConfig",
      "/loki/schemaConfig",
      "/loki/testSchemaConfig",
      "/loki/memberlistConfig",
      "/loki/ingester",
      "/loki/ingester_client",
      "/loki/querier",
      "/loki/query_range",
      "/loki/query_scheduler",
      "/loki/frontend",
      "/loki/frontend_worker",
      "/loki/compactor",
      "/loki/distributor",
      "/loki/pattern_ingester",
      "/loki/index_gateway",
      "/loki/bloom_build",
      "/loki/bloom_gateway",
      "/loki/rulerConfig",
      "/loki/tracing",
      "/loki/analytics",
      "/loki/operational_config",
      "/loki/ui",
      "/loki/storage/s3/http_config",
      "/loki/storage/s3/backoff_config",
      "/minio",
      "/rollout_operator",
      "/grafana-agent-operator");

  /** Keys the loki chart renders through {@code tpl}: its whole Loki configuration. */
  private static final Set<String> LOKI_TPL = Set.of("/loki/config", "/extraObjects");

  private ValuesIndexGenerator() {}

  /**
   * Regenerates the indexes.
   *
   * @param args the shared directory, then the repository root
   * @throws IOException when writing fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("Usage: ValuesIndexGenerator <shared dir> <repository root>");
      System.exit(2);
    }
    SortedMap<String, byte[]> files = generate(SharedDir.of(Path.of(args[0])));
    Path root = Path.of(args[1]);
    for (var file : files.entrySet()) {
      Path target = root.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
      System.out.println("Wrote " + file.getValue().length + " bytes to " + target.toAbsolutePath().normalize());
    }
  }

  /**
   * Computes both indexes, and kube-prometheus-stack's default Alertmanager configuration, in memory.
   *
   * @param shared the shared directory
   * @return file contents by path relative to the repository root, sorted
   */
  static SortedMap<String, byte[]> generate(SharedDir shared) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    files.put(KPS_INDEX, IndexJson.toBytes(kubePrometheusStack(shared)));
    files.put(KPS_ALERTMANAGER_CONFIG, CanonicalJson.toBytes(
        readYaml(shared.reference("kube-prometheus-stack", KPS_VERSION).resolve("values.yaml"))
            .path("alertmanager").path("config")));
    files.put(LOKI_INDEX, IndexJson.toBytes(loki(shared)));
    return files;
  }

  private static ObjectNode kubePrometheusStack(SharedDir shared) {
    Path chart = shared.reference("kube-prometheus-stack", KPS_VERSION);
    List<String> sources = new ArrayList<>();
    sources.add("kube-prometheus-stack/" + KPS_VERSION + "/values.yaml");
    ObjectNode values = (ObjectNode) readYaml(chart.resolve("values.yaml"));
    // Subchart defaults first, then the parent's block over them: Helm gives the parent's values precedence.
    for (JsonNode dependency : readYaml(chart.resolve("Chart.yaml")).path("dependencies")) {
      String name = dependency.path("name").asText();
      Path subchart = chart.resolve("subcharts").resolve(name + "-" + dependency.path("version").asText());
      if (!Files.isDirectory(subchart)) {
        continue;
      }
      String key = dependency.path("alias").asText(name);
      JsonNode merged = readYaml(subchart.resolve("values.yaml")).deepCopy();
      JsonNode parent = values.path(key);
      values.set(key, parent.isObject() ? merge((ObjectNode) merged, parent) : merged);
      sources.add("kube-prometheus-stack/" + KPS_VERSION + "/subcharts/" + subchart.getFileName() + "/values.yaml");
    }
    Path crds = shared.reference("prometheus-operator", CrdSchemaGenerator.OPERATOR_VERSION, "crds");
    Map<String, CrdSpecFields> crdSubtrees = Map.of(
        "/prometheus/prometheusSpec", CrdSpecFields.read(crds.resolve("monitoring.coreos.com_prometheuses.yaml")),
        "/alertmanager/alertmanagerSpec",
        CrdSpecFields.read(crds.resolve("monitoring.coreos.com_alertmanagers.yaml")),
        "/thanosRuler/thanosRulerSpec", CrdSpecFields.read(crds.resolve("monitoring.coreos.com_thanosrulers.yaml")));
    sources.add("prometheus-operator/" + CrdSchemaGenerator.OPERATOR_VERSION
        + "/crds (Prometheus, Alertmanager, ThanosRuler spec fields)");
    String text = readText(chart.resolve("values.yaml"));
    String grafanaText = readText(chart.resolve("subcharts/grafana-10.0.0/values.yaml"));
    SortedMap<String, ObjectNode> renamed = new TreeMap<>();
    renamed.put("/additionalPrometheusRules", rename(text, "/additionalPrometheusRulesMap",
        "## Deprecated way to provide custom recording or alerting rules"));
    renamed.put("/grafana/serviceAccount/autoMount", rename(grafanaText,
        "/grafana/serviceAccount/automountServiceAccountToken",
        "## autoMount is deprecated in favor of automountServiceAccountToken"));
    renamed.put("/prometheus/prometheusSpec/prometheusRulesExcludedFromEnforce", rename(text,
        "/prometheus/prometheusSpec/excludedFromEnforcement", "## Deprecated, use `excludedFromEnforcement` instead"));
    renamed.put("/thanosRuler/thanosRulerSpec/alertmanagersUrl", rename(text,
        "/thanosRuler/thanosRulerSpec/alertmanagersConfig",
        "## DEPRECATED. Define URLs to send alerts to Alertmanager. For Thanos v0.10.0 and higher, alertmanagersConfig"
            + " should be used instead."));
    SortedSet<String> commented = CommentedKeys.of(text, "");
    commented.addAll(CommentedKeys.of(grafanaText, "/grafana"));
    commented.addAll(CommentedKeys.of(readText(chart.resolve("subcharts/kube-state-metrics-6.3.0/values.yaml")),
        "/kube-state-metrics"));
    commented.addAll(CommentedKeys.of(readText(chart.resolve("subcharts/prometheus-node-exporter-4.48.0/values.yaml")),
        "/prometheus-node-exporter"));
    return new ValuesKeyIndex(new OpenKeys(KPS_OPEN), crdSubtrees, KPS_TPL)
        .index(values)
        .addCommented(commented)
        .toTree("kube-prometheus-stack", KPS_VERSION, sources, renamed);
  }

  private static ObjectNode loki(SharedDir shared) {
    Path chart = shared.reference("loki", LOKI_VERSION);
    JsonNode values = readYaml(chart.resolve("values.yaml"));
    JsonNode schema;
    try {
      schema = JSON.readTree(chart.resolve("values.schema.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ValuesKeyIndex(new OpenKeys(LOKI_OPEN), Map.of(), LOKI_TPL)
        .index(values)
        .addCommented(CommentedKeys.of(readText(chart.resolve("values.yaml")), ""))
        .applySchema(schema)
        .toTree("loki", LOKI_VERSION,
            List.of("loki/" + LOKI_VERSION + "/values.yaml", "loki/" + LOKI_VERSION + "/values.schema.json"),
            new TreeMap<>());
  }

  /**
   * A rename the chart's own comments document; fails the run when the comment is gone, so that a chart upgrade
   * reviews the list.
   */
  private static ObjectNode rename(String valuesText, String to, String evidence) {
    if (!valuesText.contains(evidence)) {
      throw new IllegalStateException("values.yaml no longer says `" + evidence + "`: review the renamed keys.");
    }
    ObjectNode entry = JsonNodeFactory.instance.objectNode();
    entry.put("to", to);
    entry.put("note", evidence.replaceFirst("^## ", ""));
    return entry;
  }

  /** Deep-merges {@code override} into {@code base}: maps merge key by key, anything else replaces. */
  private static ObjectNode merge(ObjectNode base, JsonNode override) {
    override.fields().forEachRemaining(field -> {
      JsonNode existing = base.get(field.getKey());
      if (existing != null && existing.isObject() && field.getValue().isObject()) {
        merge((ObjectNode) existing, field.getValue());
      } else {
        base.set(field.getKey(), field.getValue());
      }
    });
    return base;
  }

  private static JsonNode readYaml(Path file) {
    try {
      return YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static String readText(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
