package io.monitoringascode.alerting.routing;

import io.monitoringascode.alerting.route.LabelMatcher;
import io.monitoringascode.alerting.route.MatchType;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A label matcher ready to evaluate: a regex is anchored at both ends, {@code ^(?:…)$}, as Alertmanager does. A regex
 * that is only an alternation of plain words ({@code mysql|postgres}) is compared as a set of words, which is the same
 * test without the regex engine.
 */
final class CompiledMatcher {
  private static final Pattern WORDS = Pattern.compile("[A-Za-z0-9_:/-]+(?:\\|[A-Za-z0-9_:/-]+)*");

  private final String name;
  private final MatchType type;
  private final String value;
  private final Pattern pattern;
  private final Set<String> words;

  private CompiledMatcher(LabelMatcher matcher) {
    this.name = matcher.name();
    this.type = matcher.matchType();
    this.value = matcher.value();
    boolean plainWords = type.isRegex() && WORDS.matcher(value).matches();
    this.words = plainWords ? Set.copyOf(List.of(value.split("\\|"))) : null;
    this.pattern = type.isRegex() && !plainWords ? Pattern.compile("^(?:" + value + ")$") : null;
  }

  static CompiledMatcher[] compile(List<LabelMatcher> matchers) {
    return matchers.stream().map(CompiledMatcher::new).toArray(CompiledMatcher[]::new);
  }

  static boolean all(CompiledMatcher[] matchers, Alert alert) {
    for (CompiledMatcher matcher : matchers) {
      if (!matcher.matches(alert)) {
        return false;
      }
    }
    return true;
  }

  /** The label this matcher compares. */
  String name() {
    return name;
  }

  /** The value every matching alert has, for an {@code =} matcher; else {@code null}. */
  String requiredValue() {
    return type == MatchType.EQUAL ? value : null;
  }

  boolean matches(Alert alert) {
    String actual = alert.label(name);
    return switch (type) {
      case EQUAL -> actual.equals(value);
      case NOT_EQUAL -> !actual.equals(value);
      case REGEX -> regexMatches(actual);
      case NOT_REGEX -> !regexMatches(actual);
    };
  }

  private boolean regexMatches(String actual) {
    return words != null ? words.contains(actual) : pattern.matcher(actual).matches();
  }
}
