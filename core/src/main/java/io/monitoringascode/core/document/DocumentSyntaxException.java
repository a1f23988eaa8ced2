package io.monitoringascode.core.document;

/** Thrown when a text is neither YAML nor JSON; names the line and column when known. */
public final class DocumentSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  /**
   * Creates the exception.
   *
   * @param message what the parser said
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param cause the parser's exception
   */
  public DocumentSyntaxException(String message, int line, int column, Throwable cause) {
    super((line > 0 ? "line " + line + ", column " + column + ": " : "") + message, cause);
    this.line = line;
    this.column = column;
  }

  /**
   * The 1-based line of the error.
   *
   * @return the line, or 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * The 1-based column of the error.
   *
   * @return the column, or 0 when unknown
   */
  public int column() {
    return column;
  }
}
