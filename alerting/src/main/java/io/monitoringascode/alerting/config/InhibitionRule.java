package io.monitoringascode.alerting.config;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.InhibitRule;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.Matcher;
import io.monitoringascode.alerting.route.LabelMatcher;
import io.monitoringascode.core.lang.PromNames;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * Mutes alerts while other alerts fire: while an alert matching {@link #sourceMatch()} fires, alerts matching
 * {@link #targetMatch()} that carry the same values for the {@link #equal()} labels are not notified. Renders to an
 * item of {@code spec.inhibitRules[]}; the operator adds the AlertmanagerConfig's namespace to both sides.
 */
@Value.Immutable
@ModelStyle
public abstract class InhibitionRule {
  /**
   * Starts an inhibition rule.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Copies a fabric8 inhibit rule.
   * Reads only the fields this type models and does not look for others; {@code AlertRouting.from} checks a whole
   * AlertmanagerConfig and refuses what would be dropped.
   *
   * @param rule the fabric8 rule; not kept
   * @return the rule
   * @throws InvalidModelException if a matcher or label name is invalid
   */
  public static InhibitionRule from(InhibitRule rule) {
    Builder builder = builder();
    if (rule.getEqual() != null) {
      builder.equal(rule.getEqual());
    }
    if (rule.getSourceMatch() != null) {
      rule.getSourceMatch().forEach(m -> builder.addSourceMatch(LabelMatcher.from(m)));
    }
    if (rule.getTargetMatch() != null) {
      rule.getTargetMatch().forEach(m -> builder.addTargetMatch(LabelMatcher.from(m)));
    }
    return builder.build();
  }

  /**
   * Labels whose values must be equal in the source and the target alert. Renders to {@code equal}. Default: empty,
   * any source alert mutes every target alert in the namespace.
   *
   * @return the label names
   */
  public abstract List<String> equal();

  /**
   * Conditions on the alert that mutes. Renders to {@code sourceMatch}. Default: empty, any alert.
   *
   * @return the matchers
   */
  public abstract List<LabelMatcher> sourceMatch();

  /**
   * Conditions on the alerts that are muted. Renders to {@code targetMatch}. Default: empty, any alert.
   *
   * @return the matchers
   */
  public abstract List<LabelMatcher> targetMatch();

  /**
   * Validates the {@code equal} label names.
   *
   * @throws InvalidModelException naming the label
   */
  @Value.Check
  protected void check() {
    for (String label : equal()) {
      if (!PromNames.isLabelName(label)) {
        throw new InvalidModelException("`equal`: `" + label + "` is not a Prometheus label name.");
      }
    }
  }

  /**
   * The rule as the fabric8 model writes it.
   *
   * @return a fresh fabric8 inhibit rule
   */
  public InhibitRule toInhibitRule() {
    List<Matcher> source = new ArrayList<>();
    sourceMatch().forEach(m -> source.add(m.toMatcher()));
    List<Matcher> target = new ArrayList<>();
    targetMatch().forEach(m -> target.add(m.toMatcher()));
    return new InhibitRule(equal().isEmpty() ? null : new ArrayList<>(equal()), source.isEmpty() ? null : source,
        target.isEmpty() ? null : target);
  }

  /** Builds an {@link InhibitionRule}. */
  public static final class Builder extends ImmutableInhibitionRule.Builder {}
}
