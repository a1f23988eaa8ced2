package io.monitoringascode.prometheus.rule;

import io.fabric8.openshift.api.model.monitoring.v1.Rule;
import io.fabric8.openshift.api.model.monitoring.v1.RuleGroup;
import io.fabric8.openshift.api.model.monitoring.v1.RuleGroupBuilder;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.value.PromDuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Rules that Prometheus evaluates one after the other at a common interval. Renders to an item of
 * {@code spec.groups} (fabric8 {@link RuleGroup}); attributes are declared in the order they render (fabric8 writes
 * {@code interval}, {@code name} and {@code rules}, then the keys it does not model, sorted). {@code build()} rejects
 * an empty name and malformed durations, naming the attribute.
 */
@Value.Immutable
@ModelStyle
public abstract class PromRuleGroup {
  /**
   * Starts a group.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * How often the group is evaluated, such as {@code 1m}. Renders to {@code interval}; absent means Prometheus'
   * global evaluation interval.
   *
   * @return the duration
   */
  public abstract Optional<String> interval();

  /**
   * The group's name, unique within its file. Renders to {@code name}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The rules, evaluated in this order. Renders to {@code rules}.
   *
   * @return the rules
   */
  public abstract List<PromRule> rules();

  /**
   * Labels added to the output of every rule in the group; a rule's own labels win. Renders to {@code labels}; empty
   * by default. Needs Prometheus 3.0 or later.
   *
   * @return label name to value
   */
  public abstract Map<String, String> labels();

  /**
   * The most alerts an alerting rule and series a recording rule may produce; beyond it the evaluation fails.
   * Renders to {@code limit}; absent means no limit.
   *
   * @return the limit
   */
  public abstract Optional<Integer> limit();

  /**
   * Thanos Ruler's handling of partial query responses, {@code abort} or {@code warn}; Prometheus ignores it.
   * Renders to {@code partial_response_strategy}.
   *
   * @return the strategy
   */
  public abstract Optional<String> partialResponseStrategy();

  /**
   * How far into the past the group's evaluation timestamp is moved. Renders to {@code query_offset}; absent means
   * Prometheus' global rule query offset. Needs Prometheus 2.53 or later.
   *
   * @return the duration
   */
  public abstract Optional<String> queryOffset();

  /** Rejects an empty name and malformed durations. */
  @Value.Check
  protected void check() {
    if (name().isEmpty()) {
      throw new InvalidModelException("`name`: a rule group needs a non-empty name.");
    }
    interval().ifPresent(text -> PromDuration.parse("interval", text));
    queryOffset().ifPresent(text -> PromDuration.parse("query_offset", text));
  }

  /**
   * Reads a fabric8 rule group.
   *
   * @param group the group; not kept
   * @return the group
   * @throws InvalidModelException if a value is malformed or a rule is neither alerting nor recording
   */
  static PromRuleGroup from(RuleGroup group) {
    Map<String, Object> extra = group.getAdditionalProperties();
    String name = group.getName() == null ? "" : group.getName();
    List<PromRule> rules = new ArrayList<>();
    if (group.getRules() != null) {
      for (int index = 0; index < group.getRules().size(); index++) {
        rules.add(rule(group.getRules().get(index), name, index));
      }
    }
    return builder()
        .interval(Optional.ofNullable(group.getInterval()))
        .name(name)
        .rules(rules)
        .labels(stringMap(extra.get("labels")))
        .limit(Optional.ofNullable(extra.get("limit")).map(PromRuleGroup::integer))
        .partialResponseStrategy(Optional.ofNullable(extra.get("partial_response_strategy")).map(String::valueOf))
        .queryOffset(Optional.ofNullable(extra.get("query_offset")).map(String::valueOf))
        .build();
  }

  RuleGroup toRuleGroup() {
    List<Rule> rendered = new ArrayList<>();
    for (PromRule rule : rules()) {
      rendered.add(rule instanceof AlertRule alert ? alert.toRule() : ((RecordRule) rule).toRule());
    }
    RuleGroup group = new RuleGroupBuilder()
        .withInterval(interval().orElse(null))
        .withName(name())
        .withRules(rendered)
        .build();
    if (!labels().isEmpty()) {
      group.setAdditionalProperty("labels", new TreeMap<>(labels()));
    }
    limit().ifPresent(value -> group.setAdditionalProperty("limit", value));
    partialResponseStrategy().ifPresent(value -> group.setAdditionalProperty("partial_response_strategy", value));
    queryOffset().ifPresent(value -> group.setAdditionalProperty("query_offset", value));
    return group;
  }

  private static PromRule rule(Rule rule, String group, int index) {
    if (rule == null) {
      throw new InvalidModelException("`rules`: rule " + index + " of group `" + group + "` is null.");
    }
    String expr = PromRule.exprOf(rule);
    Map<String, String> labels = rule.getLabels() == null ? Map.of() : rule.getLabels();
    if (rule.getAlert() != null && rule.getRecord() == null) {
      return AlertRule.builder()
          .alert(rule.getAlert())
          .annotations(rule.getAnnotations() == null ? Map.of() : rule.getAnnotations())
          .expr(expr)
          .forDuration(Optional.ofNullable(rule.getFor()))
          .keepFiringFor(Optional.ofNullable(rule.getKeepFiringFor()))
          .labels(labels)
          .build();
    }
    if (rule.getRecord() != null && rule.getAlert() == null) {
      return RecordRule.builder().expr(expr).labels(labels).record(rule.getRecord()).build();
    }
    throw new InvalidModelException("`rules`: rule " + index + " of group `" + group + "` needs exactly one of `alert`"
        + " and `record`, but " + (rule.getAlert() == null ? "sets neither."
            : "sets both (`alert: " + rule.getAlert() + "`, `record: " + rule.getRecord() + "`)."));
  }

  private static Map<String, String> stringMap(Object value) {
    Map<String, String> map = new TreeMap<>();
    if (value instanceof Map<?, ?> entries) {
      entries.forEach((key, text) -> map.put(String.valueOf(key), String.valueOf(text)));
    }
    return map;
  }

  private static Integer integer(Object value) {
    try {
      return value instanceof Number number ? number.intValue() : Integer.valueOf(String.valueOf(value));
    } catch (NumberFormatException e) {
      throw new InvalidModelException("`limit`: `" + value + "` is not a whole number.");
    }
  }

  /** Builds a {@link PromRuleGroup}. */
  public static final class Builder extends ImmutablePromRuleGroup.Builder {}
}
