package io.monitoringascode.prometheus.monitor;

import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirementBuilder;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One set-based requirement of a label selector, rendered as an item of {@code selector.matchExpressions} (fabric8
 * {@link LabelSelectorRequirement}): {@code In} and {@code NotIn} need values, {@code Exists} and {@code DoesNotExist}
 * take none.
 */
@Value.Immutable
@ModelStyle
public abstract class LabelRequirement {
  private static final Set<String> OPERATORS = Set.of("In", "NotIn", "Exists", "DoesNotExist");

  /**
   * Starts a requirement.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Copies a fabric8 requirement.
   *
   * @param requirement the requirement; not kept
   * @return the requirement
   * @throws InvalidModelException if the operator and values do not fit together
   */
  public static LabelRequirement from(LabelSelectorRequirement requirement) {
    return builder()
        .key(requirement.getKey())
        .operator(requirement.getOperator())
        .values(requirement.getValues() == null ? List.of() : requirement.getValues())
        .build();
  }

  /**
   * The label key. Renders to {@code key}.
   *
   * @return the key
   */
  public abstract String key();

  /**
   * The operator: {@code In}, {@code NotIn}, {@code Exists} or {@code DoesNotExist}. Renders to {@code operator}.
   *
   * @return the operator
   */
  public abstract String operator();

  /**
   * The values for {@code In} and {@code NotIn}. Renders to {@code values}; empty by default.
   *
   * @return the values
   */
  public abstract List<String> values();

  /** Rejects an unknown operator and values that do not fit it, as the Kubernetes API server does. */
  @Value.Check
  protected void check() {
    if (!OPERATORS.contains(operator())) {
      throw new InvalidModelException("`operator`: `" + operator()
          + "` is not a label selector operator; use `In`, `NotIn`, `Exists` or `DoesNotExist`.");
    }
    boolean needsValues = operator().equals("In") || operator().equals("NotIn");
    if (needsValues == values().isEmpty()) {
      throw new InvalidModelException("`values`: operator `" + operator() + "` "
          + (needsValues ? "needs at least one value." : "takes no values."));
    }
  }

  /**
   * Renders this requirement.
   *
   * @return a fresh fabric8 requirement
   */
  public LabelSelectorRequirement toLabelSelectorRequirement() {
    return new LabelSelectorRequirementBuilder()
        .withKey(key())
        .withOperator(operator())
        .withValues(values().isEmpty() ? null : List.copyOf(values()))
        .build();
  }

  /** Builds a {@link LabelRequirement}. */
  public static final class Builder extends ImmutableLabelRequirement.Builder {}
}
