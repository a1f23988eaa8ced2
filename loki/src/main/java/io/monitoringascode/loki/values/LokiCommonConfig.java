package io.monitoringascode.loki.values;

import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Settings shared by every Loki component. Renders to {@code loki.commonConfig}, which the chart writes into Loki's
 * {@code common} block; unset keys keep the chart's defaults.
 */
@Value.Immutable
@ModelStyle
public abstract class LokiCommonConfig {
  /**
   * Starts a common config.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The directory under which Loki keeps its local state. Renders to {@code path_prefix}; the chart's default is
   * {@code /var/loki}.
   *
   * @return the path
   */
  public abstract Optional<String> pathPrefix();

  /**
   * How many ingesters receive each stream. Renders to {@code replication_factor}; the chart's default is 3, which a
   * single binary cannot satisfy: set 1 there.
   *
   * @return the factor
   */
  public abstract Optional<Integer> replicationFactor();

  /** Rejects a factor below 1. */
  @Value.Check
  protected void check() {
    if (replicationFactor().filter(factor -> factor < 1).isPresent()) {
      throw new InvalidModelException("`replication_factor`: `" + replicationFactor().get() + "` is below 1.");
    }
  }

  TreeWriter toTree() {
    return new TreeWriter().put("path_prefix", pathPrefix()).put("replication_factor", replicationFactor());
  }

  /** Builds a {@link LokiCommonConfig}. */
  public static final class Builder extends ImmutableLokiCommonConfig.Builder {}
}
