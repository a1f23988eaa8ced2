package io.monitoringascode.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.monitoringascode.core.lang.TextPosition;
import io.monitoringascode.core.render.Canonical;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a YAML or JSON text starts, by document index and JSON pointer: the line and column of an object
 * member's key, of an array element, of a document's first token. Findings locate values by pointer; SARIF viewers need
 * lines.
 */
final class SourcePositions {
  private final Map<Key, TextPosition> positions;

  private SourcePositions(Map<Key, TextPosition> positions) {
    this.positions = positions;
  }

  /**
   * Reads the positions of a text that {@code DocumentReader} has already read without error.
   *
   * @param text the file's text
   * @return the positions
   */
  static SourcePositions parse(String text) {
    Map<Key, TextPosition> positions = new HashMap<>();
    try (JsonParser parser = Canonical.yamlReader().createParser(text)) {
      int document = -1;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        JsonStreamContext context = parser.getParsingContext();
        // A container's own context is the one it opens; whether it starts a document is told by its parent's.
        JsonStreamContext owner = token.isStructStart() ? context.getParent() : context;
        if (owner.inRoot()) {
          document++;
        }
        JsonLocation where = parser.currentTokenLocation();
        // The key comes before its value, so an object member is placed on its key.
        positions.putIfAbsent(new Key(document, context.pathAsPointer().toString()),
            new TextPosition(where.getLineNr(), where.getColumnNr()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("A text that was read once could not be read again", e);
    }
    return new SourcePositions(positions);
  }

  /**
   * Finds where a value starts; for a pointer to a value that is not there, such as a missing key, where its nearest
   * parent starts.
   *
   * @param document the 0-based document index
   * @param pointer the JSON pointer
   * @return the position, or empty when the document is not in the text
   */
  Optional<TextPosition> find(int document, String pointer) {
    String at = pointer;
    while (true) {
      TextPosition position = positions.get(new Key(document, at));
      if (position != null || at.isEmpty()) {
        return Optional.ofNullable(position);
      }
      // Escaped tokens never hold a `/`, so the last one starts at the last slash.
      at = at.substring(0, at.lastIndexOf('/'));
    }
  }

  private record Key(int document, String pointer) {}
}
