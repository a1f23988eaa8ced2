package io.monitoringascode.alerting.route;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.Matcher;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.MatcherBuilder;
import io.monitoringascode.core.lang.GoRegex;
import io.monitoringascode.core.lang.PromNames;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One condition on an alert's labels, such as {@code severity =~ critical|warning}. Renders to an item of
 * {@code spec.route.matchers[]} (and of nested routes' matchers) or of an inhibit rule's {@code sourceMatch[]} and
 * {@code targetMatch[]}, always with an explicit {@code matchType} and never with the deprecated {@code regex} flag.
 *
 * <p>{@code build()} fails when the label name is not a Prometheus label name or a regex is one that Go's RE2 rejects
 * (see {@link GoRegex}).
 */
@Value.Immutable
@ModelStyle
public abstract class LabelMatcher {
  /**
   * A matcher {@code name = value}.
   *
   * @param name the label name, such as {@code severity}
   * @param value the exact value
   * @return the matcher
   * @throws InvalidModelException if the name is not a label name
   */
  public static LabelMatcher equal(String name, String value) {
    return of(MatchType.EQUAL, name, value);
  }

  /**
   * A matcher {@code name != value}.
   *
   * @param name the label name
   * @param value the value to exclude
   * @return the matcher
   * @throws InvalidModelException if the name is not a label name
   */
  public static LabelMatcher notEqual(String name, String value) {
    return of(MatchType.NOT_EQUAL, name, value);
  }

  /**
   * A matcher {@code name =~ regex}; Alertmanager anchors the regex at both ends.
   *
   * @param name the label name
   * @param regex the regular expression, in RE2 syntax
   * @return the matcher
   * @throws InvalidModelException if the name is not a label name or the regex does not compile
   */
  public static LabelMatcher regex(String name, String regex) {
    return of(MatchType.REGEX, name, regex);
  }

  /**
   * A matcher {@code name !~ regex}.
   *
   * @param name the label name
   * @param regex the regular expression, in RE2 syntax
   * @return the matcher
   * @throws InvalidModelException if the name is not a label name or the regex does not compile
   */
  public static LabelMatcher notRegex(String name, String regex) {
    return of(MatchType.NOT_REGEX, name, regex);
  }

  /**
   * Copies a fabric8 matcher. The deprecated {@code regex: true} without a {@code matchType} becomes
   * {@link MatchType#REGEX}; when both are given, {@code matchType} wins, as in the operator.
   * Reads only the fields this type models and does not look for others; {@code AlertRouting.from} checks a whole
   * AlertmanagerConfig and refuses what would be dropped.
   *
   * @param matcher the fabric8 matcher; not kept
   * @return the matcher
   * @throws InvalidModelException if the match type is unknown or the matcher is invalid
   */
  public static LabelMatcher from(Matcher matcher) {
    MatchType type;
    if (matcher.getMatchType() == null || matcher.getMatchType().isEmpty()) {
      type = Boolean.TRUE.equals(matcher.getRegex()) ? MatchType.REGEX : MatchType.EQUAL;
    } else {
      type = MatchType.parse(matcher.getMatchType()).orElseThrow(() -> new InvalidModelException(
          "`matchType`: `" + matcher.getMatchType() + "` is not one of `=`, `!=`, `=~`, `!~`."));
    }
    Builder builder = builder().matchType(type).value(matcher.getValue() == null ? "" : matcher.getValue());
    Optional.ofNullable(matcher.getName()).ifPresent(builder::name);
    return builder.build();
  }

  /**
   * Starts a matcher.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private static LabelMatcher of(MatchType type, String name, String value) {
    return builder().matchType(type).name(name).value(value).build();
  }

  /**
   * How the value is compared. Renders to {@code matchType}. Default: {@link MatchType#EQUAL}.
   *
   * @return the match type
   */
  @Value.Default
  public MatchType matchType() {
    return MatchType.EQUAL;
  }

  /**
   * The label name. Renders to {@code name}.
   *
   * @return a Prometheus label name such as {@code severity}
   */
  public abstract String name();

  /**
   * The value or regular expression. Renders to {@code value}. Default: the empty string, which matches alerts
   * without the label.
   *
   * @return the value
   */
  @Value.Default
  public String value() {
    return "";
  }

  /**
   * Validates the name and, for regex matchers, the regular expression.
   *
   * @throws InvalidModelException naming the matcher and what is wrong
   */
  @Value.Check
  protected void check() {
    if (!PromNames.isLabelName(name())) {
      throw new InvalidModelException("`name`: `" + name() + "` is not a Prometheus label name; write `"
          + PromNames.suggestLabelName(name()) + "`.");
    }
    if (matchType().isRegex()) {
      // Only when RE2 surely rejects it: a regex only Java's engine rejects is the `alerting/matcher` check's warning.
      GoRegex.problem(value()).filter(GoRegex.Problem::certain).ifPresent(problem -> {
        throw new InvalidModelException("`value` of matcher `" + name() + "`: regex `" + value()
            + "` is not valid RE2: " + problem.description() + ".");
      });
    }
  }

  /**
   * Tells whether a label value satisfies this matcher, as Alertmanager judges it: a regex must match the whole value,
   * {@code ^(?:regex)$}, and an absent label has the value {@code ""}.
   *
   * @param labelValue the value, {@code ""} for an absent label
   * @return {@code true} when the matcher accepts it
   * @throws java.util.regex.PatternSyntaxException if the regex is one only Java's engine rejects ({@code [[]})
   */
  public boolean matches(String labelValue) {
    return switch (matchType()) {
      case EQUAL -> labelValue.equals(value());
      case NOT_EQUAL -> !labelValue.equals(value());
      case REGEX -> Pattern.matches("^(?:" + value() + ")$", labelValue);
      case NOT_REGEX -> !Pattern.matches("^(?:" + value() + ")$", labelValue);
    };
  }

  /**
   * The matcher as the fabric8 model writes it.
   *
   * @return a fresh fabric8 matcher
   */
  public Matcher toMatcher() {
    return new MatcherBuilder().withMatchType(matchType().operator()).withName(name()).withValue(value()).build();
  }

  /**
   * The matcher in Alertmanager's text form, for messages.
   *
   * @return for example {@code severity=~"critical|warning"}
   */
  @Override
  public String toString() {
    return name() + matchType().operator() + "\"" + value().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Builds a {@link LabelMatcher}. */
  public static final class Builder extends ImmutableLabelMatcher.Builder {}
}
