package io.monitoringascode.loki.rule;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.value.PromDuration;
import io.monitoringascode.core.values.TreeWriter;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Loki ruler rules evaluated one after the other at a common interval. Renders to an item of {@code groups} of a Loki
 * rules file; attributes are declared in the order they render. {@code build()} rejects an empty name, a malformed
 * interval and a negative limit, naming the attribute.
 */
@Value.Immutable
@ModelStyle
public abstract class LokiRuleGroup {
  /**
   * Starts a group.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The group's name, unique within its file. Renders to {@code name}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * How often the group is evaluated, such as {@code 1m}. Renders to {@code interval}; absent means the ruler's
   * {@code evaluation_interval} (Loki's default is {@code 1m}).
   *
   * @return the duration
   */
  public abstract Optional<String> interval();

  /**
   * The most alerts an alerting rule and series a recording rule may produce; beyond it the evaluation fails.
   * Renders to {@code limit}; absent means no limit.
   *
   * @return the limit
   */
  public abstract Optional<Integer> limit();

  /**
   * The rules, evaluated in this order. Renders to {@code rules}.
   *
   * @return the rules
   */
  public abstract List<LokiRule> rules();

  /** Rejects an empty name, a malformed interval and a negative limit. */
  @Value.Check
  protected void check() {
    if (name().isEmpty()) {
      throw new InvalidModelException("`name`: a rule group needs a non-empty name.");
    }
    interval().ifPresent(text -> PromDuration.parse("interval", text));
    limit().filter(value -> value < 0).ifPresent(value -> {
      throw new InvalidModelException("`limit`: `" + value + "` is negative.");
    });
  }

  ObjectNode toTree() {
    return new TreeWriter()
        .put("name", name())
        .put("interval", interval())
        .put("limit", limit())
        .putList("rules", rules(), rule -> rule instanceof LokiAlertRule alert ? alert.toTree()
            : ((LokiRecordRule) rule).toTree())
        .node();
  }

  /** Builds a {@link LokiRuleGroup}. */
  public static final class Builder extends ImmutableLokiRuleGroup.Builder {}
}
