package io.monitoringascode.stack.rulefile;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.document.DocumentSyntaxException;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.loki.check.LokiRuleChecks;
import io.monitoringascode.stack.layout.RenderedDocument;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Loki rules files carried in the data of a ConfigMap, as the Loki chart's rules sidecar loads them: each value of
 * {@code data} that is a rules file ({@code groups:} at the top) of a ConfigMap labelled for the sidecar, or, without
 * the label, whose expressions are LogQL ({@link RuleFileChecker#language}). The label decides where the expressions
 * are valid in both languages, as {@code sum by (app) (rate({app="x"}[5m]))} is.
 */
public final class LokiRulesConfigMaps {
  private static final RuleFileChecker RULE_FILES = new RuleFileChecker();

  private LokiRulesConfigMaps() {}

  /**
   * The Loki rules files of a ConfigMap.
   *
   * @param configMap the ConfigMap as a tree
   * @param sidecarLabel the label the Loki rules sidecar watches, such as {@code loki_rule}
   * @return data key to rules file, sorted by key; empty when it carries none
   */
  public static Map<String, JsonNode> ruleFiles(JsonNode configMap, String sidecarLabel) {
    boolean labelled = configMap.path("metadata").path("labels").has(sidecarLabel);
    Map<String, JsonNode> files = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> data = configMap.path("data").fields();
    while (data.hasNext()) {
      Map.Entry<String, JsonNode> entry = data.next();
      JsonNode value = entry.getValue();
      if (!value.isTextual() || !value.textValue().contains("groups")) {
        continue;
      }
      try {
        List<JsonNode> documents = DocumentReader.read(value.textValue());
        if (documents.size() == 1 && RULE_FILES.recognises(documents.get(0))
            && (labelled || RULE_FILES.language(documents.get(0)) == RuleLanguage.LOGQL)) {
          files.put(entry.getKey(), documents.get(0));
        }
      } catch (DocumentSyntaxException notYaml) {
        // Data that is not YAML is no rules file for the sidecar to load.
      }
    }
    return files;
  }

  /**
   * Runs every Loki rule check ({@code LokiRuleChecks}) on the rules files of a ConfigMap. A finding points at the data
   * key ({@code /data/fake-logs-rules.yaml}) and its message starts with the place inside the file, since a JSON
   * pointer cannot reach into a string.
   *
   * @param configMap the ConfigMap with its file in the output tree
   * @param sidecarLabel the label the Loki rules sidecar watches, such as {@code loki_rule}
   * @return the findings, before severity overrides
   */
  public static List<Finding> check(RenderedDocument configMap, String sidecarLabel) {
    List<Finding> findings = new ArrayList<>();
    ruleFiles(configMap.tree(), sidecarLabel).forEach((key, rulesFile) -> {
      for (Check<JsonNode> check : LokiRuleChecks.all()) {
        for (Finding finding : check.run(rulesFile, CheckContext.none())) {
          findings.add(new Finding(finding.ruleId(), finding.severity(),
              Location.in(configMap.file(), 0, JsonPointers.of("data", key)),
              "At `" + finding.location().pointer() + "` of `" + key + "`: " + finding.message(), finding.hint()));
        }
      }
    });
    return findings;
  }
}
