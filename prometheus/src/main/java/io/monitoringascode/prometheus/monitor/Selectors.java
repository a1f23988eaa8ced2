package io.monitoringascode.prometheus.monitor;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Converts a monitor's {@code spec.selector} between fabric8 and the model's two selector attributes. */
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
