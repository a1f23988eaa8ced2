package io.monitoringascode.loki.values;

import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The ruler's part of Loki's configuration. Renders to {@code loki.rulerConfig}, which the chart merges over the
 * storage it derives from {@code loki.storage} and writes to {@code ruler} of Loki's config when
 * {@code ruler.enabled} (the chart's default); Helm merges these keys with the chart's own ({@code wal.dir}).
 *
 * <pre>{@code
 * LokiRulerConfig.builder()
 *     .localDirectory("/rules")   // the rules sidecar writes to /rules/fake: the tenant of auth_enabled: false
 *     .alertmanagerUrl("http://prometheus-kube-prometheus-alertmanager.monitoring.svc:9093")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class LokiRulerConfig {
  /**
   * Starts a ruler configuration.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads rules files from this directory, one subdirectory per tenant. Renders to
   * {@code storage.type: local} and {@code storage.local.directory}; unset keeps the storage the chart derives.
   *
   * @return an absolute path
   */
  public abstract Optional<String> localDirectory();

  /**
   * Where alerts are sent, such as the kube-prometheus-stack Alertmanager's Service. Renders to
   * {@code alertmanager_url}; unset means the ruler sends no alerts.
   *
   * @return the URL
   */
  public abstract Optional<String> alertmanagerUrl();

  /** Rejects a relative directory. */
  @Value.Check
  protected void check() {
    localDirectory().filter(path -> !path.startsWith("/")).ifPresent(path -> {
      throw new InvalidModelException("`loki.rulerConfig.storage.local.directory`: `" + path
          + "` is not an absolute path.");
    });
  }

  TreeWriter toTree() {
    TreeWriter storage = new TreeWriter();
    localDirectory().ifPresent(directory -> storage.put("type", "local")
        .putObject("local", new TreeWriter().put("directory", directory)));
    return new TreeWriter()
        .putObject("storage", storage)
        .put("alertmanager_url", alertmanagerUrl());
  }

  /** Builds a {@link LokiRulerConfig}. */
  public static final class Builder extends ImmutableLokiRulerConfig.Builder {}
}
