package io.monitoringascode.core.values;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of one pinned Helm chart version's values: every path of the chart's default {@code values.yaml}
 * (subcharts' values included under their aliases), with its type, its default, and which maps are open. Generated
 * by {@code tools/reference-gen} ({@code ValuesIndexGenerator}) and shipped as a resource beside the chart's
 * descriptor. Instances are immutable and thread-safe.
 */
public final class ValuesIndex {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final String chart;
  private final String version;
  private final Map<String, ValuesKey> keys;
  private final Map<String, List<String>> childNames;
  private final Map<String, List<String>> pointersByName;
  private final Map<String, Rename> renamed;

  private ValuesIndex(String chart, String version, Map<String, ValuesKey> keys, Map<String, Rename> renamed) {
    this.chart = chart;
    this.version = version;
    this.keys = keys;
    this.renamed = renamed;
    Map<String, List<String>> children = new HashMap<>();
    Map<String, List<String>> byName = new HashMap<>();
    for (String pointer : keys.keySet()) {
      if (!pointer.isEmpty()) {
        children.computeIfAbsent(parent(pointer), p -> new ArrayList<>()).add(lastToken(pointer));
        byName.computeIfAbsent(lastToken(pointer), n -> new ArrayList<>()).add(pointer);
      }
    }
    children.replaceAll((p, names) -> List.copyOf(names));
    byName.replaceAll((n, pointers) -> List.copyOf(pointers));
    this.childNames = Map.copyOf(children);
    this.pointersByName = Map.copyOf(byName);
  }

  /**
   * Loads an index from a class-path resource.
   *
   * @param anchor the class beside which the resource lies
   * @param resource the resource's name relative to {@code anchor}, such as {@code loki-6.41.1.json}
   * @return the index
   * @throws IllegalStateException when the resource is missing
   * @throws UncheckedIOException when it cannot be read
   */
  public static ValuesIndex load(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Resource `" + resource + "` is missing beside " + anchor + ".");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read resource `" + resource + "`.", e);
    }
  }

  /**
   * Reads an index in the generator's JSON form. The parser streams straight into the entries, without a tree: this
   * runs once per chart at first use, mostly before the JIT compiles anything, and a tree would double the work.
   *
   * @param in the JSON
   * @return the index
   * @throws IOException when the stream cannot be read or is not JSON
   */
  static ValuesIndex read(InputStream in) throws IOException {
    String chart = "";
    String version = "";
    Map<String, ValuesKey> keys = new HashMap<>();
    Map<String, Rename> renamed = new HashMap<>();
    try (JsonParser parser = JSON.getFactory().createParser(in)) {
      expect(parser.nextToken(), JsonToken.START_OBJECT);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        switch (field) {
          case "chart":
            chart = parser.getText();
            break;
          case "version":
            version = parser.getText();
            break;
          case "keys":
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
              String pointer = parser.currentName();
              parser.nextToken();
              keys.put(pointer, key(pointer, parser));
            }
            break;
          case "renamed":
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
              String pointer = parser.currentName();
              parser.nextToken();
              JsonNode entry = parser.readValueAsTree();
              renamed.put(pointer, new Rename(entry.path("to").asText(), entry.path("note").asText()));
            }
            break;
          default:
            parser.skipChildren();
            break;
        }
      }
    }
    return new ValuesIndex(chart, version, Map.copyOf(keys), Map.copyOf(renamed));
  }

  /** Reads one entry; the parser stands on its {@code START_OBJECT} and is left on its {@code END_OBJECT}. */
  private static ValuesKey key(String pointer, JsonParser parser) throws IOException {
    expect(parser.currentToken(), JsonToken.START_OBJECT);
    List<String> types = List.of();
    JsonNode defaultValue = null;
    boolean open = false;
    boolean tpl = false;
    String crd = null;
    boolean crdField = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (field) {
        case "type":
          String type = parser.getText();
          types = type.equals("any") ? List.of() : List.of(type.split("\\|"));
          break;
        case "default":
          defaultValue = scalar(parser, value);
          break;
        case "open":
          open = true;
          break;
        case "tpl":
          tpl = parser.getBooleanValue();
          break;
        case "crd":
          crd = parser.getText();
          break;
        case "crdField":
          crdField = parser.getBooleanValue();
          break;
        default:
          parser.skipChildren();
          break;
      }
    }
    return new ValuesKey(pointer, types, Optional.ofNullable(defaultValue), open, tpl, Optional.ofNullable(crd),
        crdField);
  }

  private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case VALUE_STRING:
        return TextNode.valueOf(parser.getText());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return BooleanNode.valueOf(token == JsonToken.VALUE_TRUE);
      case VALUE_NUMBER_INT:
        return parser.getNumberType() == JsonParser.NumberType.INT ? IntNode.valueOf(parser.getIntValue())
            : LongNode.valueOf(parser.getLongValue());
      case VALUE_NUMBER_FLOAT:
        return DoubleNode.valueOf(parser.getDoubleValue());
      default:
        return parser.readValueAsTree();
    }
  }

  private static void expect(JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) {
      throw new IOException("Not a values key index: expected " + expected + ", found " + actual + ".");
    }
  }

  /**
   * The chart's name.
   *
   * @return such as {@code kube-prometheus-stack}
   */
  public String chart() {
    return chart;
  }

  /**
   * The chart version the index was generated from.
   *
   * @return such as {@code 77.11.1}
   */
  public String version() {
    return version;
  }

  /**
   * Finds a key.
   *
   * @param pointer its JSON pointer; {@code ""} is the root
   * @return the key, or empty when the chart's values do not have it
   */
  public Optional<ValuesKey> key(String pointer) {
    return Optional.ofNullable(keys.get(pointer));
  }

  /**
   * The number of keys.
   *
   * @return how many paths the index holds, the root included
   */
  public int size() {
    return keys.size();
  }

  /**
   * The names of a key's children that the index knows.
   *
   * @param pointer the parent's JSON pointer
   * @return the child names, in no particular order
   */
  public Collection<String> childNames(String pointer) {
    return childNames.getOrDefault(pointer, List.of());
  }

  /**
   * Every place where the chart reads a key of this name.
   *
   * @param name a key name, such as {@code alertmanagerConfigSelector}
   * @return the JSON pointers, in no particular order
   */
  public Collection<String> pointersNamed(String name) {
    return pointersByName.getOrDefault(name, List.of());
  }

  /**
   * The rename the chart documents for a key that it deprecated or replaced.
   *
   * @param pointer the old key's JSON pointer
   * @return the rename, or empty
   */
  public Optional<Rename> renamed(String pointer) {
    return Optional.ofNullable(renamed.get(pointer));
  }

  static String lastToken(String pointer) {
    String token = pointer.substring(pointer.lastIndexOf('/') + 1);
    return token.replace("~1", "/").replace("~0", "~");
  }

  static String parent(String pointer) {
    return pointer.substring(0, pointer.lastIndexOf('/'));
  }

  /**
   * A key the chart deprecated in favour of another.
   *
   * @param to the JSON pointer of the key to use instead
   * @param note what the chart's {@code values.yaml} says about it
   */
  public record Rename(String to, String note) {}
}
