package io.monitoringascode.tools.referencegen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * The JSON form of a values key index: like {@link CanonicalJson} at the top level, but one line per key entry, so that
 * a diff shows one line per key that changed and the file stays small enough to load fast. UTF-8, {@code \n}, a final
 * newline, members in the order of the tree given.
 */
final class IndexJson {
  private static final ObjectWriter COMPACT = JsonMapper.builder().build().writer();

  private IndexJson() {}

  /**
   * Writes an index; members whose value is a map of maps ({@code keys}, {@code renamed}) get one line per entry.
   *
   * @param index the index tree
   * @return its bytes
   */
  static byte[] toBytes(JsonNode index) {
    StringBuilder json = new StringBuilder("{\n");
    for (Iterator<Map.Entry<String, JsonNode>> members = index.fields(); members.hasNext(); ) {
      Map.Entry<String, JsonNode> member = members.next();
      json.append("  ").append(compact(TextNode.valueOf(member.getKey()))).append(": ");
      JsonNode value = member.getValue();
      if (value.isObject() && !value.isEmpty()) {
        json.append("{\n");
        for (Iterator<Map.Entry<String, JsonNode>> entries = value.fields(); entries.hasNext(); ) {
          Map.Entry<String, JsonNode> entry = entries.next();
          json.append("    ").append(compact(TextNode.valueOf(entry.getKey()))).append(": ")
              .append(compact(entry.getValue())).append(entries.hasNext() ? ",\n" : "\n");
        }
        json.append("  }");
      } else {
        json.append(compact(value));
      }
      json.append(members.hasNext() ? ",\n" : "\n");
    }
    return json.append("}\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String compact(JsonNode node) {
    try {
      return COMPACT.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
