package io.monitoringascode.grafana.datasource;

import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A data source Grafana provisions, as an entry of Grafana's provisioning file ({@code datasources:}) or of the
 * kube-prometheus-stack chart's {@code grafana.additionalDataSources}:
 *
 * <pre>{@code
 * DataSource.builder().type(DataSourceType.LOKI).name("Loki").uid("loki")
 *     .url("http://loki-gateway.monitoring.svc.cluster.local").build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class DataSource {
  private static final Pattern UID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

  /**
   * Starts a data source.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The name shown in Grafana. Renders to {@code name}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The plugin. Renders to {@code type}.
   *
   * @return the type
   */
  public abstract DataSourceType type();

  /**
   * The stable uid dashboards refer to. Renders to {@code uid}; at most 40 letters, digits, {@code -} or {@code _}.
   *
   * @return the uid
   */
  public abstract String uid();

  /**
   * How Grafana reaches it. Renders to {@code access}; {@code proxy} (through the Grafana server) by default.
   *
   * @return {@code proxy} or {@code direct}
   */
  @Value.Default
  public String access() {
    return "proxy";
  }

  /**
   * The in-cluster URL. Renders to {@code url}.
   *
   * @return such as {@code http://loki-gateway.monitoring.svc.cluster.local}
   */
  public abstract String url();

  /**
   * Whether it is the default data source. Renders to {@code isDefault}; false by default.
   *
   * @return the flag
   */
  @Value.Default
  public boolean isDefault() {
    return false;
  }

  /**
   * Plugin settings. Renders to {@code jsonData}, sorted by key; empty by default.
   *
   * @return settings, such as {@code implementation: prometheus} for Alertmanager
   */
  public abstract Map<String, Object> jsonData();

  /**
   * A reference to this data source for panels and targets.
   *
   * @return type and uid
   */
  public DataSourceRef ref() {
    return DataSourceRef.of(type().pluginId(), uid());
  }

  /**
   * The provisioning entry, keys in Grafana's documented order.
   *
   * @return name, type, uid, access, url, isDefault and jsonData when not empty
   */
  public Map<String, Object> toProvisioningEntry() {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("name", name());
    entry.put("type", type().pluginId());
    entry.put("uid", uid());
    entry.put("access", access());
    entry.put("url", url());
    entry.put("isDefault", isDefault());
    if (!jsonData().isEmpty()) {
      entry.put("jsonData", new TreeMap<>(jsonData()));
    }
    return entry;
  }

  /**
   * The uid, if any, as Grafana checks it: at most 40 characters of the allowed set.
   *
   * @param uid a uid
   * @return true if Grafana accepts it
   */
  public static boolean isValidUid(String uid) {
    return UID.matcher(uid).matches();
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new InvalidModelException("DataSource: `name` must not be blank.");
    }
    if (!isValidUid(uid())) {
      throw new InvalidModelException("DataSource `" + name() + "`: uid `" + uid()
          + "` must be 1 to 40 letters, digits, `-` or `_`.");
    }
    if (!access().equals("proxy") && !access().equals("direct")) {
      throw new InvalidModelException("DataSource `" + name() + "`: access `" + access()
          + "` must be `proxy` or `direct`.");
    }
  }

  /** Builds a {@link DataSource}. */
  public static final class Builder extends ImmutableDataSource.Builder {}
}
