package io.monitoringascode.core.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.value.InvalidModelException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One value set through the escape hatch ({@code set(pointer, value)}): a JSON pointer (RFC 6901) into the values tree
 * and the value, already converted to a tree. The typed values of each chart apply these after their typed keys, in
 * the order given.
 *
 * @param pointer the pointer, such as {@code /prometheus/prometheusSpec/enableFeatures}
 * @param value the converted value
 */
public record ValuesOverride(String pointer, JsonNode value) {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * Converts a plain Java value and checks the pointer's syntax; whether the key exists is checked later, against the
   * chart's key index.
   *
   * @param pointer the JSON pointer below the root
   * @param value a String, Number, Boolean, List or Map of those, or null
   * @return the override
   * @throws InvalidModelException if the pointer is not a JSON pointer below the root or the value is not a String,
   *     Number, Boolean, List or Map of those (or null)
   */
  public static ValuesOverride of(String pointer, Object value) {
    if (pointer == null || !pointer.startsWith("/") || pointer.length() < 2) {
      throw new InvalidModelException("`set`: `" + pointer + "` is not a JSON pointer below the root, such as"
          + " `/prometheus/prometheusSpec/enableFeatures`.");
    }
    return new ValuesOverride(pointer, toNode(value, pointer));
  }

  /**
   * Sets the value into the tree: objects are merged key by key, as Helm merges values; anything else replaces.
   *
   * @param root the values tree, changed in place
   * @throws InvalidModelException if the pointer leads through a scalar or beyond a
   *     list
   */
  public void applyTo(ObjectNode root) {
    List<String> tokens = tokens();
    JsonNode parent = root;
    for (int i = 0; i < tokens.size() - 1; i++) {
      parent = child(parent, tokens.get(i), tokens.get(i + 1));
    }
    String last = tokens.get(tokens.size() - 1);
    if (parent instanceof ObjectNode object) {
      if (object.get(last) instanceof ObjectNode existing && value instanceof ObjectNode patch) {
        merge(existing, patch);
      } else {
        object.set(last, value.deepCopy());
      }
    } else {
      ArrayNode array = (ArrayNode) parent;
      if ("-".equals(last)) {
        array.add(value.deepCopy());
      } else {
        array.set(index(array, last), value.deepCopy());
      }
    }
  }

  private JsonNode child(JsonNode parent, String token, String next) {
    if (parent instanceof ObjectNode object) {
      JsonNode child = object.get(token);
      if (child == null || !child.isContainerNode()) {
        child = isIndex(next) ? object.putArray(token) : object.putObject(token);
      }
      return child;
    }
    ArrayNode array = (ArrayNode) parent;
    if ("-".equals(token)) {
      return array.addObject();
    }
    JsonNode child = array.get(index(array, token));
    if (!child.isContainerNode()) {
      throw new InvalidModelException("`set`: `" + pointer + "` goes through item `" + token
          + "`, which is neither an object nor a list.");
    }
    return child;
  }

  private int index(ArrayNode array, String token) {
    if (!isIndex(token) || Integer.parseInt(token) >= array.size()) {
      throw new InvalidModelException("`set`: `" + pointer + "` names item `" + token + "` of a list of "
          + array.size() + "; use an index below the size, or `-` to append.");
    }
    return Integer.parseInt(token);
  }

  private static boolean isIndex(String token) {
    return token.matches("0|[1-9][0-9]{0,8}");
  }

  private List<String> tokens() {
    List<String> tokens = new ArrayList<>();
    for (String raw : pointer.substring(1).split("/", -1)) {
      tokens.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }

  private static void merge(ObjectNode target, ObjectNode patch) {
    patch.fields().forEachRemaining(field -> {
      if (target.get(field.getKey()) instanceof ObjectNode existing && field.getValue() instanceof ObjectNode inner) {
        merge(existing, inner);
      } else {
        target.set(field.getKey(), field.getValue().deepCopy());
      }
    });
  }

  private static JsonNode toNode(Object value, String pointer) {
    if (value == null) {
      return NODES.nullNode();
    } else if (value instanceof String text) {
      return NODES.textNode(text);
    } else if (value instanceof Boolean bool) {
      return NODES.booleanNode(bool);
    } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return NODES.numberNode(((Number) value).intValue());
    } else if (value instanceof Long number) {
      return NODES.numberNode(number);
    } else if (value instanceof Double || value instanceof Float) {
      return NODES.numberNode(((Number) value).doubleValue());
    } else if (value instanceof BigInteger number) {
      return NODES.numberNode(number);
    } else if (value instanceof BigDecimal number) {
      return NODES.numberNode(number);
    } else if (value instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode();
      list.forEach(item -> array.add(toNode(item, pointer)));
      return array;
    } else if (value instanceof Map<?, ?> map) {
      // Free maps render sorted by key, so a Map.of(...) renders the same bytes on every run.
      Map<String, JsonNode> sorted = new TreeMap<>();
      map.forEach((key, item) -> {
        if (!(key instanceof String name)) {
          throw new InvalidModelException("`set`: `" + pointer + "` has a map key `" + key + "` that is not a String.");
        }
        sorted.put(name, toNode(item, pointer));
      });
      ObjectNode object = NODES.objectNode();
      sorted.forEach(object::set);
      return object;
    }
    throw new InvalidModelException("`set`: `" + pointer + "` has a value of type `" + value.getClass().getName()
        + "`; use a String, Number, Boolean, List or Map of those.");
  }
}
