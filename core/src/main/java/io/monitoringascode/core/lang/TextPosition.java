package io.monitoringascode.core.lang;

/**
 * A line and column in a text, both counted from 1, as Prometheus and Loki print them in parse errors ({@code 1:14}).
 * Columns count UTF-16 characters; for the ASCII that queries are written in, that is the byte count the Go parsers use.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record TextPosition(int line, int column) {
  /**
   * The position of an offset in a text.
   *
   * @param text the text
   * @param offset an offset from 0; the text's length is the position just after its end
   * @return the line and column of that offset
   */
  public static TextPosition of(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(offset, text.length());
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new TextPosition(line, offset - lineStart + 1);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
