package io.monitoringascode.grafana.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the members of one JSON object into typed attributes, keeping every member it could not read (unknown, or of
 * a shape the model does not describe) for {@link #rest()}, so that nothing of an imported dashboard is lost. Not API.
 */
public final class ObjectReading {
  private final JsonNode source;
  private final Set<String> used = new HashSet<>();

  private ObjectReading(JsonNode source) {
    this.source = source;
  }

  /**
   * Starts reading an object.
   *
   * @param node the object
   * @return the reading
   * @throws Unmodelled if the node is not an object
   */
  public static ObjectReading of(JsonNode node) {
    if (!(node instanceof ObjectNode)) {
      throw new Unmodelled("not an object");
    }
    return new ObjectReading(node);
  }

  /**
   * A string member.
   *
   * @param key the member
   * @return its text, if present and a string
   */
  public Optional<String> text(String key) {
    return read(key, node -> {
      if (!node.isTextual()) {
        throw new Unmodelled(key);
      }
      return node.textValue();
    });
  }

  /**
   * An integer member.
   *
   * @param key the member
   * @return its value, if present and an integer
   */
  public Optional<Integer> integer(String key) {
    return read(key, node -> {
      if (!node.isIntegralNumber() || !node.canConvertToInt()) {
        throw new Unmodelled(key);
      }
      return node.intValue();
    });
  }

  /**
   * A number member.
   *
   * @param key the member
   * @return its value, if present and a number
   */
  public Optional<Double> number(String key) {
    return read(key, node -> {
      if (!node.isNumber()) {
        throw new Unmodelled(key);
      }
      return node.doubleValue();
    });
  }

  /**
   * A boolean member.
   *
   * @param key the member
   * @return its value, if present and a boolean
   */
  public Optional<Boolean> bool(String key) {
    return read(key, node -> {
      if (!node.isBoolean()) {
        throw new Unmodelled(key);
      }
      return node.booleanValue();
    });
  }

  /**
   * A list of strings.
   *
   * @param key the member
   * @return the strings; empty, and the member kept, if it is not an array of strings
   */
  public List<String> texts(String key) {
    return list(key, node -> {
      if (!node.isTextual()) {
        throw new Unmodelled(key);
      }
      return node.textValue();
    });
  }

  /**
   * A list member whose elements a reader understands.
   *
   * @param key the member
   * @param reader reads one element, throwing {@link Unmodelled} on a shape it does not describe
   * @param <T> the element type
   * @return the elements; empty, and the member kept, if any element is not understood
   */
  public <T> List<T> list(String key, Function<JsonNode, T> reader) {
    return read(key, node -> {
      if (!node.isArray()) {
        throw new Unmodelled(key);
      }
      List<T> values = new ArrayList<>(node.size());
      for (JsonNode element : node) {
        values.add(reader.apply(element));
      }
      return values;
    }).orElse(List.of());
  }

  /**
   * A member that a reader understands.
   *
   * @param key the member
   * @param reader reads it, throwing {@link Unmodelled} on a shape it does not describe
   * @param <T> the attribute type
   * @return the value; empty, and the member kept, if absent, null or not understood
   */
  public <T> Optional<T> read(String key, Function<JsonNode, T> reader) {
    JsonNode node = source.get(key);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    try {
      T value = reader.apply(node);
      used.add(key);
      return Optional.of(value);
    } catch (Unmodelled notUnderstood) {
      return Optional.empty();
    }
  }

  /**
   * Every member not read into an attribute, in the input's order, nulls included.
   *
   * @return key to value
   */
  public Map<String, JsonNode> rest() {
    Map<String, JsonNode> rest = new LinkedHashMap<>();
    source.fields().forEachRemaining(entry -> {
      if (!used.contains(entry.getKey())) {
        rest.put(entry.getKey(), entry.getValue());
      }
    });
    return rest;
  }
}
