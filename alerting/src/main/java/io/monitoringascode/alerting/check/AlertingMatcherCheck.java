package io.monitoringascode.alerting.check;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.InhibitRule;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.Matcher;
import io.monitoringascode.alerting.route.MatchType;
import io.monitoringascode.core.lang.GoRegex;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.PromNames;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code alerting/matcher}: the matchers of every route and of every inhibit rule's {@code sourceMatch} and
 * {@code targetMatch} are well formed: a label name, one of the four match types, and a regex that Go's RE2 compiles.
 * A regex that Java's engine rejects but RE2 may accept ({@code [[]}, {@code \p{Greek}}) is a warning, not an error
 * (see {@code GoRegex}).
 * Also flags the deprecated {@code regex} field: advice when it still works, a warning when {@code matchType}
 * overrides it (the operator gives {@code matchType} precedence, so {@code regex: true} is silently ignored).
 *
 * <p>A label name that is not a classic Prometheus name is a warning, not an error: Alertmanager 0.27 and later parse
 * UTF-8 names, but alerts from a Prometheus with classic names never carry such a label.
 */
final class AlertingMatcherCheck implements Check<AlertmanagerConfig> {
  private static final RuleInfo INFO = RuleInfo.of("alerting/matcher", Severity.ERROR,
      "Route and inhibit-rule matchers have a label name, a known match type and a regex RE2 compiles.");

  /** Likely intended operators for common slips. */
  private static final Map<String, String> OPERATOR_SLIPS = Map.of(
      "==", "=", "~=", "=~", "=!", "!=", "~!", "!~", "!==", "!=", "~", "=~", "!", "!=");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AlertmanagerConfig subject, CheckContext context, FindingSink sink) {
    for (RouteTree.Node node : RouteTree.of(subject)) {
      checkAll(JsonPointers.child(node.pointer(), "matchers"), node.route().getMatchers(), sink);
    }
    List<InhibitRule> rules = subject.getSpec() == null || subject.getSpec().getInhibitRules() == null
        ? List.of() : subject.getSpec().getInhibitRules();
    for (int i = 0; i < rules.size(); i++) {
      InhibitRule rule = rules.get(i);
      if (rule != null) {
        checkAll(JsonPointers.of("spec", "inhibitRules", i, "sourceMatch"), rule.getSourceMatch(), sink);
        checkAll(JsonPointers.of("spec", "inhibitRules", i, "targetMatch"), rule.getTargetMatch(), sink);
      }
    }
  }

  private static void checkAll(String listPointer, List<Matcher> matchers, FindingSink sink) {
    if (matchers == null) {
      return;
    }
    for (int i = 0; i < matchers.size(); i++) {
      if (matchers.get(i) != null) {
        checkOne(JsonPointers.child(listPointer, i), matchers.get(i), sink);
      }
    }
  }

  private static void checkOne(String pointer, Matcher matcher, FindingSink sink) {
    String name = matcher.getName();
    if (name == null || name.isEmpty()) {
      sink.at(name == null ? pointer : JsonPointers.child(pointer, "name"))
          .error("Matcher has no label name, so the API server rejects this AlertmanagerConfig.")
          .hint("Set `name` to the label to match, such as `severity`.");
    } else if (!PromNames.isLabelName(name)) {
      sink.at(JsonPointers.child(pointer, "name"))
          .warning("Label name `" + name + "` is not a classic Prometheus label name, so alerts from a Prometheus"
              + " without UTF-8 names never carry it.")
          .hint("Write `" + PromNames.suggestLabelName(name) + "`.");
    }
    String written = matcher.getMatchType();
    boolean typeGiven = written != null && !written.isEmpty();
    Optional<MatchType> type = typeGiven ? MatchType.parse(written) : Optional.empty();
    if (typeGiven && type.isEmpty()) {
      String likely = OPERATOR_SLIPS.get(written.strip());
      sink.at(JsonPointers.child(pointer, "matchType"))
          .error("Match type `" + written + "` is not one of `=`, `!=`, `=~`, `!~`, so the API server rejects this"
              + " AlertmanagerConfig.")
          .hint(likely == null ? "Write one of `=`, `!=`, `=~`, `!~`." : "Write `matchType: " + likely + "`.");
    }
    String value = matcher.getValue() == null ? "" : matcher.getValue();
    boolean regexFlag = Boolean.TRUE.equals(matcher.getRegex());
    if (regexFlag) {
      checkRegexFlag(pointer, typeGiven, type, value, sink);
    }
    boolean isRegex = type.map(MatchType::isRegex).orElse(!typeGiven && regexFlag);
    if (isRegex) {
      GoRegex.problem(value).ifPresent(problem -> checkRegex(JsonPointers.child(pointer, "value"), value,
          problem, sink));
    }
  }

  private static void checkRegex(String pointer, String value, GoRegex.Problem problem, FindingSink sink) {
    if (problem.certain()) {
      sink.at(pointer)
          .error("Regex `" + value + "` is not valid RE2 (" + problem.description() + "), so Alertmanager cannot"
              + " load the configuration generated from this AlertmanagerConfig.")
          .hint("Fix the regular expression; Alertmanager uses Go's RE2 syntax and anchors it as `^(?:…)$`.");
    } else {
      sink.at(pointer)
          .warning("Java's regex engine rejects regex `" + value + "` (" + problem.description() + "); Alertmanager"
              + " uses Go's RE2, which may accept it, so this check cannot tell whether the generated configuration"
              + " loads.")
          .hint("Check the regular expression against Go's RE2 syntax, for example with `amtool check-config` on the"
              + " generated configuration.");
    }
  }

  private static void checkRegexFlag(String pointer, boolean typeGiven, Optional<MatchType> type, String value,
      FindingSink sink) {
    String at = JsonPointers.child(pointer, "regex");
    if (!typeGiven) {
      sink.at(at)
          .info("Field `regex: true` is deprecated since Alertmanager 0.22 in favour of `matchType`.")
          .hint("Replace `regex: true` with `matchType: =~`.");
    } else if (type.isPresent() && !type.get().isRegex()) {
      String intended = type.get() == MatchType.EQUAL ? "=~" : "!~";
      sink.at(at)
          .warning("Field `regex: true` is ignored because `matchType: " + type.get().operator()
              + "` takes precedence, so `" + value + "` is compared as plain text.")
          .hint("Write `matchType: " + intended + "` and remove `regex`.");
    } else if (type.isPresent()) {
      sink.at(at)
          .info("Field `regex: true` is deprecated and redundant beside `matchType: " + type.get().operator() + "`.")
          .hint("Remove `regex: true`.");
    }
  }
}
