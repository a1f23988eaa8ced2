package io.monitoringascode.stack.wiring.selection;

import io.monitoringascode.stack.wiring.LabelSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The changes to a set of labels that make a selector match them, worded as the start of a hint: "Add
 * `release: prometheus` to `metadata.labels`", or "In `metadata.labels`, add `role: alerts` and remove `legacy`".
 */
final class LabelChanges {
  private LabelChanges() {}

  /**
   * The changes, as one clause.
   *
   * @param selector the selector to match
   * @param labels the labels as they are
   * @param where where the labels live, such as {@code `metadata.labels`}
   * @return such as "Add `release: prometheus` to `metadata.labels`"
   */
  static String toMatch(LabelSelector selector, Map<String, String> labels, String where) {
    List<String> added = new ArrayList<>();
    List<String> changes = new ArrayList<>();
    selector.matchLabels().forEach((key, value) -> {
      if (!labels.containsKey(key)) {
        added.add(pair(key, value));
      } else if (!labels.get(key).equals(value)) {
        changes.add("set `" + key + "` to `" + value + "`");
      }
    });
    for (LabelSelector.Requirement requirement : selector.expressions()) {
      if (requirement.matches(labels)) {
        continue;
      }
      String key = requirement.key();
      List<String> values = requirement.values();
      switch (requirement.operator()) {
        case IN -> {
          if (values.size() == 1 && !labels.containsKey(key)) {
            added.add(pair(key, values.get(0)));
          } else {
            changes.add("set `" + key + "` to " + (values.size() == 1 ? "" : "one of ") + listed(quoted(values), "or"));
          }
        }
        case NOT_IN -> changes.add("remove `" + key + "` or set it to a value other than " + listed(quoted(values), "and"));
        case EXISTS -> changes.add("add a `" + key + "` label");
        case DOES_NOT_EXIST -> changes.add("remove `" + key + "`");
        default -> { }
      }
    }
    if (!added.isEmpty()) {
      changes.add(0, "add " + listed(added, "and"));
    }
    if (changes.isEmpty()) {
      // Only a requirement with an operator Kubernetes does not know fails; no label satisfies it.
      return "Change " + where;
    }
    if (changes.size() == 1) {
      String change = changes.get(0);
      String clause = change + (change.startsWith("add ") ? " to " : " in ") + where;
      return Character.toUpperCase(clause.charAt(0)) + clause.substring(1);
    }
    return "In " + where + ", " + listed(changes, "and");
  }

  private static String pair(String key, String value) {
    return "`" + key + ": " + value + "`";
  }

  private static List<String> quoted(List<String> values) {
    return values.stream().map(value -> "`" + value + "`").toList();
  }

  /** Items joined with commas and a last conjunction: "a, b and c". */
  private static String listed(List<String> items, String conjunction) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
        + items.get(items.size() - 1);
  }
}
