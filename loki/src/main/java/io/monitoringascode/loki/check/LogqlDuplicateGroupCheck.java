package io.monitoringascode.loki.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Severity;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code logql/duplicate-group}: group names must be unique within a Loki rules file. The ruler's
 * {@code ValidateGroups} refuses a file that repeats one ("groupname ... is repeated in the same file").
 */
final class LogqlDuplicateGroupCheck implements Check<JsonNode> {
  private static final RuleInfo INFO = RuleInfo.of("logql/duplicate-group", Severity.ERROR,
      "Group names must be unique within a Loki rules file.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(JsonNode rulesFile, CheckContext context, FindingSink sink) {
    JsonNode groups = rulesFile.path("groups");
    Map<String, Integer> first = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      JsonNode name = groups.path(g).path("name");
      if (!name.isTextual()) {
        continue;
      }
      Integer earlier = first.putIfAbsent(name.textValue(), g);
      if (earlier != null) {
        sink.at(JsonPointers.of("groups", g, "name"))
            .report("Group name `" + name.textValue() + "` is already used by group " + earlier
                + ", so the Loki ruler refuses the rules file and none of its rules are evaluated.")
            .hint("Rename one of the two groups, or merge their rules into one group.");
      }
    }
  }
}
