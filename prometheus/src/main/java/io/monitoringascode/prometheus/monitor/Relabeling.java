package io.monitoringascode.prometheus.monitor;

import io.fabric8.openshift.api.model.monitoring.v1.RelabelConfig;
import io.fabric8.openshift.api.model.monitoring.v1.RelabelConfigBuilder;
import io.monitoringascode.core.value.Fidelity;
import io.monitoringascode.core.value.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One relabeling step of an endpoint, rendered as an item of {@code relabelings} or {@code metricRelabelings}
 * (fabric8 {@link RelabelConfig}). Absent attributes take Prometheus' defaults: action {@code replace}, regex
 * {@code (.*)}, separator {@code ;}, replacement {@code $1}.
 */
@Value.Immutable
@ModelStyle
public abstract class Relabeling {
  /**
   * Starts a relabeling.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Copies a fabric8 relabel config.
   *
   * @param config the config; not kept
   * @return the relabeling
   * @throws io.monitoringascode.core.value.InvalidModelException if the config has keys this type does not model
   */
  public static Relabeling from(RelabelConfig config) {
    Relabeling relabeling = builder()
        .action(Optional.ofNullable(config.getAction()))
        .modulus(Optional.ofNullable(config.getModulus()))
        .regex(Optional.ofNullable(config.getRegex()))
        .replacement(Optional.ofNullable(config.getReplacement()))
        .separator(Optional.ofNullable(config.getSeparator()))
        .sourceLabels(config.getSourceLabels() == null ? List.of() : config.getSourceLabels())
        .targetLabel(Optional.ofNullable(config.getTargetLabel()))
        .build();
    Fidelity.requireLossless("Relabeling", config, relabeling.toRelabelConfig());
    return relabeling;
  }

  /**
   * The action, such as {@code keep}, {@code drop}, {@code replace} or {@code labelmap}. Renders to {@code action};
   * absent means {@code replace}.
   *
   * @return the action
   */
  public abstract Optional<String> action();

  /**
   * The modulus for the {@code hashmod} action. Renders to {@code modulus}.
   *
   * @return the modulus
   */
  public abstract Optional<Long> modulus();

  /**
   * The regular expression matched against the joined source labels. Renders to {@code regex}; absent means
   * {@code (.*)}.
   *
   * @return the regex
   */
  public abstract Optional<String> regex();

  /**
   * The replacement for {@code replace}. Renders to {@code replacement}; absent means {@code $1}.
   *
   * @return the replacement
   */
  public abstract Optional<String> replacement();

  /**
   * The separator between joined source label values. Renders to {@code separator}; absent means {@code ;}.
   *
   * @return the separator
   */
  public abstract Optional<String> separator();

  /**
   * The labels whose values are joined and matched. Renders to {@code sourceLabels}; empty by default.
   *
   * @return the label names
   */
  public abstract List<String> sourceLabels();

  /**
   * The label that {@code replace} and {@code hashmod} write. Renders to {@code targetLabel}.
   *
   * @return the label name
   */
  public abstract Optional<String> targetLabel();

  /**
   * Renders this relabeling.
   *
   * @return a fresh fabric8 relabel config
   */
  public RelabelConfig toRelabelConfig() {
    return new RelabelConfigBuilder()
        .withAction(action().orElse(null))
        .withModulus(modulus().orElse(null))
        .withRegex(regex().orElse(null))
        .withReplacement(replacement().orElse(null))
        .withSeparator(separator().orElse(null))
        .withSourceLabels(sourceLabels().isEmpty() ? null : List.copyOf(sourceLabels()))
        .withTargetLabel(targetLabel().orElse(null))
        .build();
  }

  /** Builds a {@link Relabeling}. */
  public static final class Builder extends ImmutableRelabeling.Builder {}
}
