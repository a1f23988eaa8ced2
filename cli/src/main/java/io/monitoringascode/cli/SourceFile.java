package io.monitoringascode.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.cli.ManifestFiles.ManifestFile;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.document.DocumentSyntaxException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * A file that was read: its name as findings show it, its text, and its documents. An empty document (such as one
 * between two {@code ---} markers) is a {@code MissingNode}, so that indices match the file.
 *
 * @param name the file's name, {@code /} separators
 * @param text the file's text
 * @param documents every document, in file order
 */
record SourceFile(String name, String text, List<JsonNode> documents) {
  /** Copies the document list. */
  SourceFile {
    documents = List.copyOf(documents);
  }

  /**
   * Reads files as UTF-8 YAML or JSON.
   *
   * @param files the files to read
   * @return the files read, in the same order
   * @throws InputException listing every file that cannot be read or is not YAML or JSON, with line and column
   */
  static List<SourceFile> readAll(List<ManifestFile> files) {
    List<SourceFile> sources = new ArrayList<>(files.size());
    List<String> problems = new ArrayList<>();
    for (ManifestFile file : files) {
      try {
        String text = Files.readString(file.path(), StandardCharsets.UTF_8);
        sources.add(new SourceFile(file.name(), text, DocumentReader.read(text)));
      } catch (DocumentSyntaxException e) {
        // The YAML parser's message spans lines (an excerpt with a caret): keep it readable under the first line.
        problems.add(file.name() + ": not YAML or JSON: " + e.getMessage().strip().replace("\n", "\n    "));
      } catch (CharacterCodingException e) {
        problems.add(file.name() + ": not UTF-8 text");
      } catch (IOException e) {
        problems.add(file.name() + ": cannot read: " + e);
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return List.copyOf(sources);
  }
}
