package io.monitoringascode.alerting.check;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.InhibitRule;
import io.monitoringascode.alerting.route.LabelMatcher;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Severity;
import java.util.List;
import java.util.Optional;

/**
 * {@code alerting/inhibit-equal}: a label in an inhibit rule's {@code equal} that the source and target alerts can
 * never carry with the same value, because an {@code =} matcher on one side fixes a value the other side refuses; or
 * that one side can never carry at all ({@code label=""}), so the rule only mutes alerts that lack the label too.
 * Alertmanager compares absent labels as equal empty values.
 */
final class AlertingInhibitEqualCheck implements Check<AlertmanagerConfig> {
  private static final RuleInfo INFO = RuleInfo.of("alerting/inhibit-equal", Severity.WARNING,
      "Source and target alerts of an inhibit rule can carry its equal labels with the same value.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AlertmanagerConfig subject, CheckContext context, FindingSink sink) {
    List<InhibitRule> rules = subject.getSpec() == null ? null : subject.getSpec().getInhibitRules();
    if (rules == null) {
      return;
    }
    for (int i = 0; i < rules.size(); i++) {
      InhibitRule rule = rules.get(i);
      if (rule == null || rule.getEqual() == null) {
        continue;
      }
      Optional<List<LabelMatcher>> source = ModelMatchers.read(rule.getSourceMatch());
      Optional<List<LabelMatcher>> target = ModelMatchers.read(rule.getTargetMatch());
      if (source.isEmpty() || target.isEmpty()) {
        continue;
      }
      for (int j = 0; j < rule.getEqual().size(); j++) {
        String label = rule.getEqual().get(j);
        if (label != null) {
          checkLabel(JsonPointers.of("spec", "inhibitRules", i, "equal", j), label, source.get(), target.get(), sink);
        }
      }
    }
  }

  private static void checkLabel(String pointer, String label, List<LabelMatcher> source, List<LabelMatcher> target,
      FindingSink sink) {
    Optional<String> conflict = refused(label, source, "sourceMatch", target, "targetMatch")
        .or(() -> refused(label, target, "targetMatch", source, "sourceMatch"));
    if (conflict.isPresent()) {
      sink.at(pointer)
          .report("`equal` label `" + label + "` never has the same value in a source and a target alert ("
              + conflict.get() + "), so this rule never inhibits anything.")
          .hint("Remove `" + label + "` from `equal`, or fix the matchers on `" + label + "`.");
      return;
    }
    for (String side : new String[] {"sourceMatch", "targetMatch"}) {
      List<LabelMatcher> matchers = side.equals("sourceMatch") ? source : target;
      if (ModelMatchers.fixedValue(matchers, label).filter(String::isEmpty).isPresent()) {
        sink.at(pointer)
            .report("`equal` label `" + label + "` is never carried by the alerts of `" + side + "` (`" + label
                + "=\"\"`), so this rule only inhibits alerts that lack `" + label + "` too.")
            .hint("Remove `" + label + "` from `equal`, or the matcher `" + label + "=\"\"` from `" + side + "`.");
        return;
      }
    }
  }

  /** Why no alert of the other side can carry the value one side fixes, if so. */
  private static Optional<String> refused(String label, List<LabelMatcher> fixing, String fixingSide,
      List<LabelMatcher> other, String otherSide) {
    Optional<String> value = ModelMatchers.fixedValue(fixing, label);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return other.stream()
        .filter(m -> m.name().equals(label) && !ModelMatchers.accepts(m, value.get()))
        .findFirst()
        .map(m -> "`" + LabelMatcher.equal(label, value.get()) + "` in `" + fixingSide + "`, `" + m + "` in `"
            + otherSide + "`");
  }
}
