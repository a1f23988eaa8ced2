package io.monitoringascode.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.finding.JsonPointers;
import java.util.regex.Pattern;

/**
 * A field's path as users write it in messages, such as {@code spec.endpoints[0].interval}, derived from a JSON
 * pointer and the document (which tells array indices from numeric map keys).
 */
final class FieldPath {
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");

  private FieldPath() {}

  /**
   * The path of the value at a pointer, with array indices: {@code spec.endpoints[0].interval}.
   *
   * @param document the whole document
   * @param pointer an RFC 6901 pointer into it
   * @return the path; empty for the document itself
   */
  static String of(JsonNode document, String pointer) {
    return render(document, pointer, true);
  }

  /**
   * The path of the schema position of the value at a pointer, without indices: {@code spec.endpoints[]}.
   *
   * @param document the whole document
   * @param pointer an RFC 6901 pointer into it
   * @return the path; empty for the document itself
   */
  static String ofSchema(JsonNode document, String pointer) {
    return render(document, pointer, false);
  }

  private static String render(JsonNode document, String pointer, boolean withIndices) {
    StringBuilder path = new StringBuilder();
    JsonNode node = document;
    for (String token : JsonPointers.tokens(pointer)) {
      if (node.isArray()) {
        path.append('[').append(withIndices ? token : "").append(']');
        node = node.path(Integer.parseInt(token));
      } else {
        if (PLAIN_KEY.matcher(token).matches()) {
          path.append(path.length() == 0 ? "" : ".").append(token);
        } else {
          path.append("[\"").append(token.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
        }
        node = node.path(token);
      }
    }
    return path.toString();
  }
}
