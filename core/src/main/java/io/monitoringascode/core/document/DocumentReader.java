package io.monitoringascode.core.document;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.monitoringascode.core.render.Canonical;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML (one or several documents separated by {@code ---}) or JSON text into trees. An empty document, such as
 * one between two {@code ---} markers, is kept as a {@link MissingNode} so that document indices match the file.
 */
public final class DocumentReader {
  private DocumentReader() {}

  /**
   * Reads every document of a text.
   *
   * @param text YAML or JSON
   * @return the documents; an empty document is a {@code MissingNode}
   * @throws DocumentSyntaxException naming the line and column when the text is not YAML or JSON
   */
  public static List<JsonNode> read(String text) {
    List<JsonNode> documents = new ArrayList<>();
    try (MappingIterator<JsonNode> iterator = Canonical.yamlReader().readValues(text)) {
      while (iterator.hasNextValue()) {
        JsonNode document = iterator.nextValue();
        documents.add(isEmpty(document) ? MissingNode.getInstance() : document);
      }
    } catch (JsonProcessingException e) {
      // SnakeYAML's own mark points at the offending character; Jackson's location can be the start of the token.
      Mark mark = problemMark(e);
      if (mark != null) {
        throw new DocumentSyntaxException(e.getOriginalMessage(), mark.getLine() + 1, mark.getColumn() + 1, e);
      }
      JsonLocation where = e.getLocation();
      throw new DocumentSyntaxException(e.getOriginalMessage(),
          where == null ? 0 : where.getLineNr(), where == null ? 0 : where.getColumnNr(), e);
    } catch (IOException e) {
      throw new DocumentSyntaxException(e.getMessage(), 0, 0, e);
    } catch (RuntimeException e) {
      // SnakeYAML reports some syntax errors (bad indentation, tabs) as unchecked exceptions.
      throw new DocumentSyntaxException(String.valueOf(e.getMessage()), 0, 0, e);
    }
    return documents;
  }

  private static Mark problemMark(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        return marked.getProblemMark();
      }
    }
    return null;
  }

  // Jackson's YAML parser reads a document with no content (only comments, or nothing between two markers) as an
  // empty string scalar.
  private static boolean isEmpty(JsonNode document) {
    return document == null || document.isNull() || (document.isTextual() && document.asText().isEmpty());
  }
}
