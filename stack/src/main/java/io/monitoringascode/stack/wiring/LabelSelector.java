package io.monitoringascode.stack.wiring;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A Kubernetes label selector ({@code matchLabels} and {@code matchExpressions}, ANDed) read from a tree, as the
 * operator and the API server evaluate it: an empty selector matches every object; {@code NotIn} and
 * {@code DoesNotExist} match objects without the key.
 *
 * @param matchLabels label key to required value
 * @param expressions the requirements of {@code matchExpressions}
 */
public record LabelSelector(SortedMap<String, String> matchLabels, List<Requirement> expressions) {
  /** Copies the parts, unmodifiable. */
  public LabelSelector {
    matchLabels = Collections.unmodifiableSortedMap(new TreeMap<>(matchLabels));
    expressions = List.copyOf(expressions);
  }

  /**
   * Reads a selector. A missing or null node is a nil selector, whose meaning depends on the field (the operator reads
   * a nil {@code serviceMonitorNamespaceSelector} as "the Prometheus' own namespace" but a nil {@code ruleSelector} as
   * "nothing"), so it is returned as empty for the caller to decide.
   *
   * @param node the selector's tree, such as {@code {matchLabels: {release: prometheus}}}
   * @return the selector, or empty for a nil selector or one that is not an object
   */
  public static Optional<LabelSelector> read(JsonNode node) {
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    SortedMap<String, String> labels = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.path("matchLabels").fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      labels.put(field.getKey(), field.getValue().asText(""));
    }
    List<Requirement> requirements = new ArrayList<>();
    for (JsonNode expression : node.path("matchExpressions")) {
      List<String> values = new ArrayList<>();
      expression.path("values").forEach(value -> values.add(value.asText("")));
      requirements.add(new Requirement(expression.path("key").asText(""),
          Operator.of(expression.path("operator").asText("")), values));
    }
    return Optional.of(new LabelSelector(labels, requirements));
  }

  /**
   * A selector that requires exactly these labels.
   *
   * @param labels label key to value
   * @return the selector
   */
  public static LabelSelector matchingLabels(Map<String, String> labels) {
    return new LabelSelector(new TreeMap<>(labels), List.of());
  }

  /**
   * Whether the selector matches everything ({@code {}}).
   *
   * @return {@code true} when it has no requirement
   */
  public boolean isEmpty() {
    return matchLabels.isEmpty() && expressions.isEmpty();
  }

  /**
   * Whether an object with these labels is selected.
   *
   * @param labels the object's labels
   * @return {@code true} when every requirement holds
   */
  public boolean matches(Map<String, String> labels) {
    for (Map.Entry<String, String> required : matchLabels.entrySet()) {
      if (!required.getValue().equals(labels.get(required.getKey()))) {
        return false;
      }
    }
    return expressions.stream().allMatch(requirement -> requirement.matches(labels));
  }

  /**
   * The requirements these labels fail, each written as Kubernetes prints it ({@code release=prometheus},
   * {@code team in (a,b)}), for messages and hints.
   *
   * @param labels the object's labels
   * @return the failed requirements, empty when the selector matches
   */
  public List<String> failedBy(Map<String, String> labels) {
    List<String> failed = new ArrayList<>();
    matchLabels.forEach((key, value) -> {
      if (!value.equals(labels.get(key))) {
        failed.add(key + "=" + value);
      }
    });
    for (Requirement requirement : expressions) {
      if (!requirement.matches(labels)) {
        failed.add(requirement.toString());
      }
    }
    return List.copyOf(failed);
  }

  /**
   * The selector as {@code kubectl get -l} takes it.
   *
   * @return such as {@code release=prometheus,team in (a,b)}; {@code <everything>} for an empty selector
   */
  @Override
  public String toString() {
    if (isEmpty()) {
      return "<everything>";
    }
    List<String> parts = new ArrayList<>();
    matchLabels.forEach((key, value) -> parts.add(key + "=" + value));
    expressions.forEach(requirement -> parts.add(requirement.toString()));
    return String.join(",", parts);
  }

  /** The operator of a {@code matchExpressions} requirement. */
  public enum Operator {
    /** The label's value is one of the values. */
    IN,
    /** The label is absent or its value is none of the values. */
    NOT_IN,
    /** The label is present. */
    EXISTS,
    /** The label is absent. */
    DOES_NOT_EXIST,
    /** An operator Kubernetes does not know; the API server refuses the object, so it matches nothing. */
    UNKNOWN;

    static Operator of(String name) {
      return switch (name) {
        case "In" -> IN;
        case "NotIn" -> NOT_IN;
        case "Exists" -> EXISTS;
        case "DoesNotExist" -> DOES_NOT_EXIST;
        default -> UNKNOWN;
      };
    }
  }

  /**
   * One requirement of {@code matchExpressions}.
   *
   * @param key the label key
   * @param operator the operator
   * @param values the values, for {@code In} and {@code NotIn}
   */
  public record Requirement(String key, Operator operator, List<String> values) {
    /** Copies the values. */
    public Requirement {
      values = List.copyOf(values);
    }

    /**
     * Whether an object with these labels meets the requirement.
     *
     * @param labels the object's labels
     * @return the verdict
     */
    public boolean matches(Map<String, String> labels) {
      String value = labels.get(key);
      return switch (operator) {
        case IN -> value != null && values.contains(value);
        case NOT_IN -> value == null || !values.contains(value);
        case EXISTS -> value != null;
        case DOES_NOT_EXIST -> value == null;
        case UNKNOWN -> false;
      };
    }

    @Override
    public String toString() {
      return switch (operator) {
        case IN -> key + " in (" + String.join(",", values) + ")";
        case NOT_IN -> key + " notin (" + String.join(",", values) + ")";
        case EXISTS -> key;
        case DOES_NOT_EXIST -> "!" + key;
        case UNKNOWN -> key + " <unknown operator>";
      };
    }
  }
}
