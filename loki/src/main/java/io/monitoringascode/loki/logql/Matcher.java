package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;

/**
 * A label matcher, in a stream selector, a label filter or a {@code drop}/{@code keep} stage: {@code app="api"}.
 *
 * @param name the label name
 * @param type how the value is compared
 * @param value the value, unquoted; a regular expression for the regex types
 * @param span the characters from the name to the end of the value
 */
public record Matcher(String name, MatchType type, String value, Span span) {
  /**
   * Whether this matcher accepts a stream that lacks the label (an empty value), as {@code app!="x"} or
   * {@code app=~".*"} do. Loki needs at least one matcher that does not.
   *
   * @return true when the empty string matches
   */
  public boolean matchesEmpty() {
    return switch (type) {
      case EQUAL -> value.isEmpty();
      case NOT_EQUAL -> !value.isEmpty();
      case REGEX -> Regexes.matchesEmpty(value);
      case NOT_REGEX -> !Regexes.matchesEmpty(value);
    };
  }
}
