package io.monitoringascode.core.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes one object of a Helm values tree in render order, leaving out unset keys so that the chart default applies;
 * the typed values of each chart render themselves with it.
 */
public final class TreeWriter {
  private final ObjectNode node = JsonNodeFactory.instance.objectNode();

  /**
   * The object written so far.
   *
   * @return the tree itself, not a copy
   */
  public ObjectNode node() {
    return node;
  }

  /**
   * Adds a scalar or a value, when present.
   *
   * @param key the key
   * @param value the value: a string, number, boolean, enum (by its {@code toString}) or tree
   * @return this writer
   */
  public TreeWriter put(String key, Optional<?> value) {
    value.ifPresent(present -> putValue(key, present));
    return this;
  }

  /**
   * Adds a scalar or a value.
   *
   * @param key the key
   * @param value the value
   * @return this writer
   */
  public TreeWriter put(String key, Object value) {
    putValue(key, value);
    return this;
  }

  /**
   * Adds a nested object, unless it came out empty.
   *
   * @param key the key
   * @param child the nested object's writer
   * @return this writer
   */
  public TreeWriter putObject(String key, TreeWriter child) {
    if (!child.node.isEmpty()) {
      node.set(key, child.node);
    }
    return this;
  }

  /**
   * Adds a nested object, unless it is empty.
   *
   * @param key the key
   * @param child the nested object
   * @return this writer
   */
  public TreeWriter putObject(String key, ObjectNode child) {
    if (!child.isEmpty()) {
      node.set(key, child);
    }
    return this;
  }

  /**
   * Adds a list, unless it is empty.
   *
   * @param key the key
   * @param items the items
   * @param render how one item becomes a value
   * @param <T> the items' type
   * @return this writer
   */
  public <T> TreeWriter putList(String key, List<T> items, Function<? super T, ?> render) {
    if (!items.isEmpty()) {
      ArrayNode array = node.putArray(key);
      items.forEach(item -> array.add(toNode(render.apply(item))));
    }
    return this;
  }

  /**
   * Adds a free map sorted by key, unless it is empty.
   *
   * @param key the key
   * @param entries the map
   * @return this writer
   */
  public TreeWriter putMap(String key, Map<String, ?> entries) {
    if (!entries.isEmpty()) {
      ObjectNode map = node.putObject(key);
      new TreeMap<>(entries).forEach((name, value) -> map.set(name, toNode(value)));
    }
    return this;
  }

  private void putValue(String key, Object value) {
    node.set(key, toNode(value));
  }

  private static JsonNode toNode(Object value) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (value instanceof JsonNode tree) {
      return tree.deepCopy();
    } else if (value instanceof String text) {
      return nodes.textNode(text);
    } else if (value instanceof Boolean bool) {
      return nodes.booleanNode(bool);
    } else if (value instanceof Integer number) {
      return nodes.numberNode(number);
    } else if (value instanceof Long number) {
      return nodes.numberNode(number);
    }
    throw new IllegalArgumentException("No tree form for " + value.getClass().getName());
  }
}
