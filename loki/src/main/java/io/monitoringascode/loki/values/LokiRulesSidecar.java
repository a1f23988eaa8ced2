package io.monitoringascode.loki.values;

import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The chart's rules sidecar ({@code kiwigrid/k8s-sidecar}, container {@code loki-sc-rules}), which in SingleBinary mode
 * runs beside Loki, copies the data of every ConfigMap and Secret of Loki's namespace that carries {@link #label()}
 * into {@link #folder()}, a volume Loki mounts at the same path. Renders to {@code sidecar.rules}; unset keys keep the
 * chart's defaults.
 *
 * <p>The local rule store reads {@code <directory>/<tenant>/<file>}, so the folder must be a tenant directory below
 * {@code loki.rulerConfig.storage.local.directory}: with {@code auth_enabled: false} the tenant is {@code fake}
 * ({@code /rules/fake} below {@code /rules}). Files straight in the directory are never read.
 */
@Value.Immutable
@ModelStyle
public abstract class LokiRulesSidecar {
  /** The chart's default of {@link #label()}. */
  public static final String DEFAULT_LABEL = "loki_rule";

  /** The chart's default of {@link #folder()}. */
  public static final String DEFAULT_FOLDER = "/rules";

  /**
   * Starts the sidecar settings.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the sidecar runs. Renders to {@code enabled}; the chart's default is {@code true}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> enabled();

  /**
   * The label a ConfigMap or Secret must carry for its data to be copied. Renders to {@code label}; the chart's default
   * is {@value #DEFAULT_LABEL}.
   *
   * @return the label name
   */
  public abstract Optional<String> label();

  /**
   * The value the label must have; empty means any value. Renders to {@code labelValue}; the chart's default is empty.
   *
   * @return the value
   */
  public abstract Optional<String> labelValue();

  /**
   * The directory the rules files are written to, in the sidecar and in Loki. Renders to {@code folder}; the chart's
   * default is {@value #DEFAULT_FOLDER}.
   *
   * @return an absolute path
   */
  public abstract Optional<String> folder();

  /** Rejects an empty label and a relative folder. */
  @Value.Check
  protected void check() {
    if (label().filter(String::isEmpty).isPresent()) {
      throw new InvalidModelException("`sidecar.rules.label`: the label name must not be empty.");
    }
    folder().filter(path -> !path.startsWith("/")).ifPresent(path -> {
      throw new InvalidModelException("`sidecar.rules.folder`: `" + path + "` is not an absolute path.");
    });
  }

  TreeWriter toTree() {
    return new TreeWriter()
        .put("enabled", enabled())
        .put("label", label())
        .put("labelValue", labelValue())
        .put("folder", folder());
  }

  /** Builds {@link LokiRulesSidecar} settings. */
  public static final class Builder extends ImmutableLokiRulesSidecar.Builder {}
}
