package io.monitoringascode.core.values;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.ClosestNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code values/unknown-key}: a key the chart does not read where it stands. Helm merges it into the values and
 * nothing reads it, so the setting has no effect and {@code helm lint} passes. The hint names first the place where
 * the chart reads a key of that name (a misplaced key), then the nearest spelling at that level (a misspelt one).
 */
public final class ValuesUnknownKeyCheck implements Check<ChartValues> {
  private static final RuleInfo INFO = RuleInfo.of("values/unknown-key", Severity.ERROR,
      "Values keys must be keys the chart reads at that place.");
  private static final int LISTED = 3;

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ChartValues values, CheckContext context, FindingSink sink) {
    ValuesIndex index = values.index();
    for (KeyWalk.UserKey key : KeyWalk.of(values)) {
      if (key.status() != KeyWalk.Status.UNKNOWN || index.renamed(key.pointer()).isPresent()) {
        continue;
      }
      String where = key.parent().isEmpty() ? "the top level" : "`" + key.parent() + "`";
      sink.at(key.pointer()).error("Key `" + key.name() + "` is not read by " + index.chart() + " "
          + index.version() + " at " + where + ", so Helm ignores it without a word.")
          .hint(hint(index, key));
    }
  }

  private static String hint(ValuesIndex index, KeyWalk.UserKey key) {
    List<String> relocations = relocations(index, key.parent(), key.name(), key.value());
    if (relocations.size() == 1) {
      return "Did you mean `" + relocations.get(0) + "`? Move the key there, where the chart reads it.";
    }
    if (!relocations.isEmpty()) {
      return "Move the key to where the chart reads it: " + relocations.stream().limit(LISTED)
          .map(p -> "`" + p + "`").collect(Collectors.joining(", ")) + (relocations.size() > LISTED ? ", …" : "")
          + ".";
    }
    var names = KeyWalk.knownNames(index, key.parent());
    Optional<String> closest = ClosestNames.closest(key.name(), names);
    if (closest.isPresent() && closest.get().equalsIgnoreCase(key.name())) {
      return "Rename `" + key.name() + "` to `" + closest.get() + "`: keys are case-sensitive.";
    }
    if (closest.isPresent()) {
      return "Did you mean `" + closest.get() + "`? Rename `" + key.name() + "` to `" + closest.get() + "`.";
    }
    if (names.isEmpty()) {
      return "Remove it.";
    }
    return "Remove it, or use one of the nearest keys: " + ClosestNames.ranked(key.name(), names).stream()
        .limit(5).map(n -> "`" + n + "`").collect(Collectors.joining(", ")) + ".";
  }

  /**
   * The places where the chart reads a key of this name, best first: those sharing the longest leading path with
   * where the key stands, then the shallowest. Only places whose type can hold the value count: a {@code false}
   * under {@code defaultRules.rules} is not the {@code kubeScheduler} map at the top. Only the best rank is returned;
   * several when they tie.
   */
  static List<String> relocations(ValuesIndex index, String parent, String name, JsonNode value) {
    List<String> parentTokens = JsonPointers.tokens(parent);
    List<String> candidates = new ArrayList<>();
    for (String pointer : index.pointersNamed(name)) {
      if (index.key(pointer).filter(k -> holds(k, value)).isPresent()) {
        candidates.add(pointer);
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    Comparator<String> order = Comparator.<String>comparingInt(p -> -commonPrefix(parentTokens, p))
        .thenComparingInt(p -> JsonPointers.tokens(p).size())
        .thenComparing(Comparator.naturalOrder());
    candidates.sort(order);
    String best = candidates.get(0);
    int bestPrefix = commonPrefix(parentTokens, best);
    int bestDepth = JsonPointers.tokens(best).size();
    return candidates.stream()
        .filter(p -> commonPrefix(parentTokens, p) == bestPrefix && JsonPointers.tokens(p).size() == bestDepth)
        .collect(Collectors.toList());
  }

  private static boolean holds(ValuesKey key, JsonNode value) {
    if (key.types().isEmpty() || value.isNull()) {
      return true;
    }
    if (value.isObject()) {
      return key.types().contains("object");
    }
    if (value.isArray()) {
      return key.types().contains("array");
    }
    return !key.types().contains("object") && !key.types().contains("array")
        && ValuesTypeCheck.mismatch(key, value).isEmpty();
  }

  private static int commonPrefix(List<String> parentTokens, String pointer) {
    List<String> tokens = JsonPointers.tokens(pointer);
    int common = 0;
    while (common < parentTokens.size() && common < tokens.size() - 1
        && parentTokens.get(common).equals(tokens.get(common))) {
      common++;
    }
    return common;
  }
}
