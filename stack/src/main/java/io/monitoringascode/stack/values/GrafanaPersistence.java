package io.monitoringascode.stack.values;

import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A PersistentVolumeClaim for Grafana's database (users, dashboards saved in the UI, alert state). Renders to
 * {@code grafana.persistence}; {@code enabled} defaults to {@code true} here, since building persistence means wanting
 * it.
 */
@Value.Immutable
@ModelStyle
public abstract class GrafanaPersistence {
  /**
   * Starts persistence settings.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the chart creates the claim. Renders to {@code enabled}; defaults to {@code true}.
   *
   * @return the switch
   */
  @Value.Default
  public boolean enabled() {
    return true;
  }

  /**
   * The StorageClass. Renders to {@code storageClassName}, a key the chart documents in a comment; unset uses the
   * cluster's default class.
   *
   * @return the class
   */
  public abstract Optional<String> storageClassName();

  /**
   * Access modes. Renders to {@code accessModes}; unset keeps the chart's {@code [ReadWriteOnce]}.
   *
   * @return the modes
   */
  public abstract List<String> accessModes();

  /**
   * The claim's size, such as {@code 10Gi}. Renders to {@code size}; the chart's default is {@code 10Gi}.
   *
   * @return the size
   */
  public abstract Optional<String> size();

  /**
   * An existing claim to use instead of creating one. Renders to {@code existingClaim}, a key the chart documents in a
   * comment.
   *
   * @return the claim's name
   */
  public abstract Optional<String> existingClaim();

  TreeWriter toTree() {
    return new TreeWriter()
        .put("enabled", enabled())
        .put("storageClassName", storageClassName())
        .putList("accessModes", accessModes(), mode -> mode)
        .put("size", size())
        .put("existingClaim", existingClaim());
  }

  /** Builds a {@link GrafanaPersistence}. */
  public static final class Builder extends ImmutableGrafanaPersistence.Builder {}
}
