package io.monitoringascode.core.value;

import java.util.List;

/**
 * Thrown by a builder's {@code build()} when a value is meaningless on its own: a mandatory attribute is missing, or a
 * value is malformed (a duration of {@code 5 minutes}). The message names the attribute and the value.
 */
public final class InvalidModelException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a complete message.
   *
   * @param message what is wrong, naming the attribute and its value
   */
  public InvalidModelException(String message) {
    super(message);
  }

  /**
   * Creates an exception for missing mandatory attributes; Immutables calls this with their names.
   *
   * @param missingAttributes the names of the attributes that were not set
   */
  public InvalidModelException(String... missingAttributes) {
    super("Missing mandatory attribute(s): " + String.join(", ", List.of(missingAttributes)) + ".");
  }
}
