package io.monitoringascode.core.output;

/**
 * Thrown when an output path cannot be written, before anything on disk changes: the path is malformed, leads outside
 * the output tree, or belongs to a file the generator does not own.
 */
public final class OutputPathException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;

  OutputPathException(String path, String message) {
    super(message);
    this.path = path;
  }

  /**
   * The offending output-relative path, as the caller or the manifest gave it.
   *
   * @return the path
   */
  public String path() {
    return path;
  }
}
