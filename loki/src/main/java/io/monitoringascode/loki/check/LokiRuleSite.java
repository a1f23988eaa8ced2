package io.monitoringascode.loki.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.finding.JsonPointers;
import java.util.ArrayList;
import java.util.List;

/**
 * One rule of a Loki rules file with its place.
 *
 * @param groupIndex the group's index in {@code groups}
 * @param ruleIndex the rule's index in the group's {@code rules}
 * @param rule the rule's tree
 */
record LokiRuleSite(int groupIndex, int ruleIndex, JsonNode rule) {
  /** Every rule that is a map, in document order; anything else in the file is left to the syntax of the file. */
  static List<LokiRuleSite> all(JsonNode rulesFile) {
    List<LokiRuleSite> sites = new ArrayList<>();
    JsonNode groups = rulesFile.path("groups");
    for (int g = 0; g < groups.size(); g++) {
      JsonNode rules = groups.path(g).path("rules");
      for (int r = 0; r < rules.size(); r++) {
        if (rules.path(r).isObject()) {
          sites.add(new LokiRuleSite(g, r, rules.path(r)));
        }
      }
    }
    return sites;
  }

  /** The pointer of a key of this rule, such as {@code /groups/0/rules/3/for}. */
  String pointer(Object... tokens) {
    return JsonPointers.child(JsonPointers.of("groups", groupIndex, "rules", ruleIndex), tokens);
  }

  /** The text of a key, or an empty string when it is absent or not a string. */
  String text(String key) {
    JsonNode value = rule.path(key);
    return value.isTextual() ? value.textValue() : "";
  }

  /** Whether {@code alert} is set and not empty, as the ruler tells alerting rules apart. */
  boolean isAlerting() {
    return !text("alert").isEmpty();
  }

  /** Whether {@code record} is set and not empty. */
  boolean isRecording() {
    return !text("record").isEmpty();
  }
}
