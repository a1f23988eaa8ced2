package io.monitoringascode.alerting.check;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.Matcher;
import io.monitoringascode.alerting.route.LabelMatcher;
import io.monitoringascode.alerting.route.MatchType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/**
 * The matchers of a route or inhibit rule in the {@code alerting} model, for checks that reason about what they match.
 * A list holding a matcher the model refuses is not read: {@code alerting/matcher} reports that matcher.
 */
final class ModelMatchers {
  private ModelMatchers() {}

  /** The matchers, or empty when one of them is invalid; no list means no matchers. */
  static Optional<List<LabelMatcher>> read(List<Matcher> matchers) {
    List<LabelMatcher> result = new ArrayList<>();
    if (matchers != null) {
      for (Matcher matcher : matchers) {
        try {
          result.add(LabelMatcher.from(matcher));
        } catch (RuntimeException invalid) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(result);
  }

  /** Whether a matcher accepts a value; a regex only Java's engine rejects accepts nothing. */
  static boolean accepts(LabelMatcher matcher, String value) {
    try {
      return matcher.matches(value);
    } catch (PatternSyntaxException onlyJavaRejects) {
      return false;
    }
  }

  /** The value every alert matching the list has for a label, when an {@code =} matcher fixes it. */
  static Optional<String> fixedValue(List<LabelMatcher> matchers, String label) {
    return matchers.stream()
        .filter(m -> m.name().equals(label) && m.matchType() == MatchType.EQUAL)
        .map(LabelMatcher::value)
        .findFirst();
  }
}
