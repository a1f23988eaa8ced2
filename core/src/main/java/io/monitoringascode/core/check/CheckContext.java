package io.monitoringascode.core.check;

import io.monitoringascode.core.value.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What checks know beyond the object itself. A check that needs a piece of context stays silent without it: a file
 * written for another install is not wrong.
 */
@Value.Immutable
@ModelStyle
public abstract class CheckContext {
  private static final CheckContext NONE = builder().build();

  /**
   * A context that knows nothing: only context-free checks report.
   *
   * @return the empty context
   */
  public static CheckContext none() {
    return NONE;
  }

  /**
   * A context for objects installed beside a kube-prometheus-stack Helm release; its Prometheus and Alertmanager select
   * on {@code release: <name>} by default.
   *
   * @param release the Helm release name, such as {@code prometheus}
   * @return the context
   */
  public static CheckContext forRelease(String release) {
    return builder().release(release).build();
  }

  /**
   * Starts a context.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The kube-prometheus-stack Helm release name, when known.
   *
   * @return the release name
   */
  public abstract Optional<String> release();

  /**
   * The labels that the chart's Prometheus and Alertmanager select objects on, when they differ from the chart's
   * default {@code release: <release>}. Empty means "use the default".
   *
   * @return label key to value
   */
  public abstract Map<String, String> selectorLabels();

  /**
   * The labels an object must carry to be picked up: {@link #selectorLabels()} if given, else {@code release: <name>}
   * when the release is known, else nothing is known.
   *
   * @return the labels, or empty when the selection is unknown
   */
  @Value.Derived
  public Optional<Map<String, String>> requiredLabels() {
    if (!selectorLabels().isEmpty()) {
      return Optional.of(selectorLabels());
    }
    return release().map(name -> Map.of("release", name));
  }

  /** Builds a {@link CheckContext}. */
  public static final class Builder extends ImmutableCheckContext.Builder {}
}
