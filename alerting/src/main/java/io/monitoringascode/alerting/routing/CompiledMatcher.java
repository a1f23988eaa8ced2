package io.monitoringascode.alerting.routing;

import io.monitoringascode.alerting.route.LabelMatcher;
import io.monitoringascode.alerting.route.MatchType;
import java.util.List;
import java.util.Optional;
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
    return matches(alert.label(name));
  }

  /**
   * Whether every alert the partial alert stands for is accepted. A label whose value is not fixed decides only the
   * tests that do not depend on the value: the empty value (never the value of a present label) and the regexes
   * {@code .*} (every value) and {@code .+} (every value of a present label).
   */
  MatchVerdict verdict(PartialAlert alert) {
    Optional<String> actual = alert.fixedValue(name);
    if (actual.isPresent()) {
      return MatchVerdict.of(matches(actual.get()));
    }
    boolean present = alert.isPresent(name);
    MatchVerdict positive;
    if (type.isRegex() && (value.equals(".*") || value.equals(".+") && present)) {
      positive = MatchVerdict.MATCHES;
    } else {
      positive = value.isEmpty() && present ? MatchVerdict.DOES_NOT_MATCH : MatchVerdict.UNKNOWN;
    }
    return type == MatchType.EQUAL || type == MatchType.REGEX ? positive : positive.not();
  }

  static MatchVerdict verdict(CompiledMatcher[] matchers, PartialAlert alert) {
    MatchVerdict verdict = MatchVerdict.MATCHES;
    for (CompiledMatcher matcher : matchers) {
      verdict = verdict.and(matcher.verdict(alert));
      if (verdict == MatchVerdict.DOES_NOT_MATCH) {
        return verdict;
      }
    }
    return verdict;
  }

  private boolean matches(String actual) {
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
