package io.monitoringascode.stack.wiring;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.grafana.check.DashboardChecks;
import io.monitoringascode.grafana.datasource.DataSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files a ConfigMap carries for Grafana's sidecars: dashboards (a {@code data} key ending in {@code .json} whose
 * text is a dashboard's JSON model) and data-source provisioning files (a key ending in {@code .yaml} or {@code .yml}
 * whose text has a {@code datasources} list).
 *
 * <p>Findings inside such a file point at its {@code data} key followed by the pointer inside the file's own tree:
 * {@code /data/demo-app.json/panels/0/targets/0/expr} is the {@code expr} of the first target of the dashboard held as
 * text under {@code data."demo-app.json"}. The key is escaped as RFC 6901 escapes it; a tool that resolves the pointer
 * in the ConfigMap stops at the string, which is the file.
 */
public final class ConfigMapFiles {
  private ConfigMapFiles() {}

  /**
   * One file of a ConfigMap, read.
   *
   * @param key the {@code data} key, such as {@code demo-app.json}
   * @param tree the file's tree
   * @param pointer the pointer of the key in the ConfigMap, such as {@code /data/demo-app.json}
   */
  public record Entry(String key, JsonNode tree, String pointer) {
    /**
     * A pointer inside the file, made a pointer of the ConfigMap.
     *
     * @param inner such as {@code /panels/0/targets/0/expr}
     * @return such as {@code /data/demo-app.json/panels/0/targets/0/expr}
     */
    public String pointer(String inner) {
      return pointer + inner;
    }
  }

  /**
   * Whether a document is a ConfigMap.
   *
   * @param document an object's tree
   * @return {@code true} for {@code v1} {@code ConfigMap}
   */
  public static boolean isConfigMap(JsonNode document) {
    return document.path("apiVersion").asText("").equals("v1") && document.path("kind").asText("").equals("ConfigMap");
  }

  /**
   * The dashboards of a ConfigMap.
   *
   * @param configMap the ConfigMap's tree
   * @return the dashboards, in key order; keys whose text is no dashboard are left out
   */
  public static List<Entry> dashboards(JsonNode configMap) {
    List<Entry> entries = new ArrayList<>();
    for (Entry entry : files(configMap, ".json")) {
      if (DashboardChecks.recognises(entry.tree())) {
        entries.add(entry);
      }
    }
    return entries;
  }

  /**
   * The data-source provisioning files of a ConfigMap.
   *
   * @param configMap the ConfigMap's tree
   * @return the files with a {@code datasources} list, in key order
   */
  public static List<Entry> dataSourceFiles(JsonNode configMap) {
    List<Entry> entries = new ArrayList<>();
    for (Entry entry : files(configMap, ".yaml", ".yml")) {
      if (entry.tree().path("datasources").isArray()) {
        entries.add(entry);
      }
    }
    return entries;
  }

  /**
   * Runs the dashboard checks on every dashboard of a ConfigMap.
   *
   * @param configMap the ConfigMap's tree
   * @param file its file, for the findings
   * @param document its index in the file
   * @param provisioned the data sources references resolve against; empty when unknown (then
   *     {@code dashboard/datasource} is silent)
   * @return the findings, each pointing into its dashboard as described above
   */
  public static Report checkDashboards(JsonNode configMap, String file, int document, List<DataSource> provisioned) {
    List<Finding> findings = new ArrayList<>();
    for (Entry entry : dashboards(configMap)) {
      for (Finding finding : DashboardChecks.check(entry.tree(), file, provisioned).findings()) {
        Location inner = finding.location();
        findings.add(finding.withLocation(
            new Location(inner.file(), document, entry.pointer(inner.pointer()), inner.span())));
      }
    }
    return Report.of(findings);
  }

  private static List<Entry> files(JsonNode configMap, String... suffixes) {
    List<Entry> entries = new ArrayList<>();
    if (!isConfigMap(configMap)) {
      return entries;
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = configMap.path("data").fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = field.getKey();
      if (!field.getValue().isTextual() || List.of(suffixes).stream().noneMatch(key::endsWith)) {
        continue;
      }
      read(field.getValue().textValue()).ifPresent(tree -> entries.add(
          new Entry(key, tree, JsonPointers.of("data", key))));
    }
    return entries;
  }

  /** The first document of a file's text; text that does not parse is no file of ours. */
  private static Optional<JsonNode> read(String text) {
    try {
      return DocumentReader.read(text).stream().filter(node -> !node.isMissingNode()).findFirst();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
