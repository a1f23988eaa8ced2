package io.monitoringascode.prometheus.monitor;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Converts a monitor's {@code spec.selector} between fabric8 and the model's two selector attributes, and the lists and
 * maps of monitors and endpoints, which fabric8 leaves null when empty.
 */
final class Selectors {
  private Selectors() {}

  static LabelSelector to(Map<String, String> matchLabels, List<LabelRequirement> matchExpressions) {
    List<LabelSelectorRequirement> expressions = new ArrayList<>();
    matchExpressions.forEach(requirement -> expressions.add(requirement.toLabelSelectorRequirement()));
    return new LabelSelectorBuilder()
        .withMatchLabels(matchLabels.isEmpty() ? null : new TreeMap<>(matchLabels))
        .withMatchExpressions(expressions.isEmpty() ? null : expressions)
        .build();
  }

  static Map<String, String> matchLabels(LabelSelector selector) {
    return selector == null || selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
  }

  static List<LabelRequirement> matchExpressions(LabelSelector selector) {
    List<LabelRequirement> requirements = new ArrayList<>();
    if (selector != null && selector.getMatchExpressions() != null) {
      selector.getMatchExpressions().forEach(requirement -> requirements.add(LabelRequirement.from(requirement)));
    }
    return requirements;
  }

  static <T, R> List<R> map(List<T> list, Function<T, R> convert) {
    List<R> converted = new ArrayList<>();
    if (list != null) {
      list.forEach(item -> converted.add(convert.apply(item)));
    }
    return converted;
  }

  static Map<String, String> orEmpty(Map<String, String> map) {
    return map == null ? Map.of() : map;
  }

  static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }

  static <T> List<T> orNull(List<T> list) {
    return list.isEmpty() ? null : List.copyOf(list);
  }

  static Map<String, String> orNull(Map<String, String> map) {
    return map.isEmpty() ? null : new TreeMap<>(map);
  }
}
