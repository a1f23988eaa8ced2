package io.monitoringascode.cli;

import java.util.List;

/** Thrown when the inputs cannot be checked at all: a path is missing, a file unreadable or not YAML or JSON. */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param problems one line per problem, each naming its file
   */
  InputException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found.
   *
   * @return one line per problem, each starting with the file's name
   */
  List<String> problems() {
    return problems;
  }
}
