package io.monitoringascode.core.finding;

import java.util.Comparator;
import java.util.Optional;

/**
 * Where a finding points: a file of the output tree (or of the checked input), the document inside it, a JSON pointer
 * into that document and, for expressions, a span inside the string at that pointer.
 *
 * @param file output-relative path with {@code /} separators; empty for stack-wide findings
 * @param document 0-based index of the YAML document in a multi-document file
 * @param pointer RFC 6901 pointer into the rendered document, such as {@code /spec/groups/0/rules/3/expr}
 * @param span characters inside the string value at {@code pointer}, for expression findings
 */
public record Location(Optional<String> file, int document, String pointer, Optional<Span> span)
    implements Comparable<Location> {
  private static final Comparator<Location> ORDER = Comparator
      .comparing((Location l) -> l.file().orElse(""))
      .thenComparingInt(Location::document)
      .thenComparing(Location::pointer, JsonPointers.ORDER)
      .thenComparing(l -> l.span().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));

  /** Validates the parts. */
  public Location {
    if (document < 0) {
      throw new IllegalArgumentException("Document index must not be negative: " + document);
    }
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw new IllegalArgumentException("Not a JSON pointer: `" + pointer + "`.");
    }
  }

  /**
   * A location in no particular file.
   *
   * @param pointer the JSON pointer
   * @return the location
   */
  public static Location at(String pointer) {
    return new Location(Optional.empty(), 0, pointer, Optional.empty());
  }

  /**
   * A location in a file's document.
   *
   * @param file the file's path
   * @param document the 0-based document index
   * @param pointer the JSON pointer
   * @return the location
   */
  public static Location in(String file, int document, String pointer) {
    return new Location(Optional.of(file), document, pointer, Optional.empty());
  }

  /**
   * This location inside another file and document, keeping pointer and span.
   *
   * @param newFile the file's path
   * @param newDocument the document index
   * @return the moved location
   */
  public Location inFile(String newFile, int newDocument) {
    return new Location(Optional.of(newFile), newDocument, pointer, span);
  }

  @Override
  public int compareTo(Location other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    String where = file.map(f -> document > 0 ? f + "[" + document + "]" : f).orElse("");
    String at = pointer.isEmpty() ? "/" : pointer;
    return (where.isEmpty() ? "" : where + ":") + at + span.map(s -> " @" + s.start() + ".." + s.end()).orElse("");
  }
}
