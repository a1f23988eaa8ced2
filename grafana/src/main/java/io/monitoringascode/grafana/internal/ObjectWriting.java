package io.monitoringascode.grafana.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.value.InvalidModelException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes typed attributes into one JSON object, leaving out absent values and empty lists, then the unknown members
 * kept by an import. Not API.
 */
public final class ObjectWriting {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final ObjectNode target = NODES.objectNode();

  private ObjectWriting() {}

  /**
   * Starts an object.
   *
   * @return the writing
   */
  public static ObjectWriting object() {
    return new ObjectWriting();
  }

  /**
   * A number node: integral values as integers, so that {@code 1} stays {@code 1}.
   *
   * @param value the number
   * @return the node
   */
  public static JsonNode number(double value) {
    if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
      return NODES.numberNode((long) value);
    }
    return NODES.numberNode(BigDecimal.valueOf(value));
  }

  /**
   * Writes a value if present.
   *
   * @param key the member
   * @param value the value: a string, boolean, integer, double or node
   * @return this
   */
  public ObjectWriting put(String key, Optional<?> value) {
    value.ifPresent(v -> target.set(key, node(v)));
    return this;
  }

  /**
   * Writes a value.
   *
   * @param key the member
   * @param value the value: a string, boolean, integer, double or node
   * @return this
   */
  public ObjectWriting put(String key, Object value) {
    target.set(key, node(value));
    return this;
  }

  /**
   * Writes a list unless it is empty.
   *
   * @param key the member
   * @param values the elements
   * @param writer writes one element
   * @param <T> the element type
   * @return this
   */
  public <T> ObjectWriting list(String key, Collection<T> values, Function<T, ?> writer) {
    if (!values.isEmpty()) {
      ArrayNode array = target.putArray(key);
      for (T value : values) {
        array.add(node(writer.apply(value)));
      }
    }
    return this;
  }

  /**
   * Writes the members of a map unless it is empty, as one object member.
   *
   * @param key the member
   * @param members the map
   * @return this
   */
  public ObjectWriting map(String key, Map<String, JsonNode> members) {
    if (!members.isEmpty()) {
      ObjectNode object = target.putObject(key);
      members.forEach(object::set);
    }
    return this;
  }

  /**
   * Adds the members an import kept.
   *
   * @param type the model type, for the message
   * @param extra the unknown members
   * @return the object
   * @throws InvalidModelException if an unknown member has the name of an attribute that is set
   */
  public ObjectNode with(String type, Map<String, JsonNode> extra) {
    for (Map.Entry<String, JsonNode> member : extra.entrySet()) {
      if (target.has(member.getKey())) {
        throw new InvalidModelException(type + ": extra member `" + member.getKey()
            + "` is also set through its attribute; set it once.");
      }
      target.set(member.getKey(), member.getValue());
    }
    return target;
  }

  /**
   * The object without extra members.
   *
   * @return the object
   */
  public ObjectNode done() {
    return target;
  }

  private static JsonNode node(Object value) {
    if (value instanceof JsonNode node) {
      return node;
    }
    if (value instanceof String text) {
      return NODES.textNode(text);
    }
    if (value instanceof Boolean bool) {
      return NODES.booleanNode(bool);
    }
    if (value instanceof Integer integer) {
      return NODES.numberNode(integer);
    }
    if (value instanceof Double number) {
      return number(number);
    }
    if (value instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode();
      list.forEach(element -> array.add(node(element)));
      return array;
    }
    throw new IllegalArgumentException("Not a JSON value: " + value.getClass());
  }
}
