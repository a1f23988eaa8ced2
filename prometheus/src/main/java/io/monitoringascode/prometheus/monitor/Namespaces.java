package io.monitoringascode.prometheus.monitor;

import io.fabric8.openshift.api.model.monitoring.v1.NamespaceSelector;
import io.fabric8.openshift.api.model.monitoring.v1.NamespaceSelectorBuilder;
import io.monitoringascode.core.value.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The namespaces a monitor looks for its targets in, rendered as {@code spec.namespaceSelector} (fabric8
 * {@link NamespaceSelector}). Without one, a monitor only looks in its own namespace.
 */
@Value.Immutable
@ModelStyle
public abstract class Namespaces {
  /**
   * Every namespace.
   *
   * @return {@code any: true}
   */
  public static Namespaces any() {
    return builder().anyNamespace(true).build();
  }

  /**
   * The named namespaces.
   *
   * @param names the namespace names
   * @return {@code matchNames: [names]}
   */
  public static Namespaces named(String... names) {
    return builder().addMatchNames(names).build();
  }

  /**
   * Starts a selection.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Copies a fabric8 namespace selector.
   *
   * @param selector the selector; not kept
   * @return the selection
   */
  public static Namespaces from(NamespaceSelector selector) {
    return builder()
        .anyNamespace(Optional.ofNullable(selector.getAny()))
        .matchNames(selector.getMatchNames() == null ? List.of() : selector.getMatchNames())
        .build();
  }

  /**
   * Whether every namespace is selected. Renders to {@code any}; absent means {@code false}.
   *
   * @return the flag
   */
  public abstract Optional<Boolean> anyNamespace();

  /**
   * The selected namespaces. Renders to {@code matchNames}; empty by default.
   *
   * @return the namespace names
   */
  public abstract List<String> matchNames();

  /**
   * Renders this selection.
   *
   * @return a fresh fabric8 namespace selector
   */
  public NamespaceSelector toNamespaceSelector() {
    return new NamespaceSelectorBuilder()
        .withAny(anyNamespace().orElse(null))
        .withMatchNames(matchNames().isEmpty() ? null : List.copyOf(matchNames()))
        .build();
  }

  /** Builds a {@link Namespaces}. */
  public static final class Builder extends ImmutableNamespaces.Builder {}
}
