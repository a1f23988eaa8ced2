package io.monitoringascode.stack.values;

import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.value.PromDuration;
import io.monitoringascode.core.values.TreeWriter;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A data source Grafana provisions at start. Renders to an item of {@code grafana.additionalDataSources}, in Grafana's
 * provisioning format; the typed {@code jsonData} fields are those Prometheus and Loki data sources use.
 *
 * <pre>{@code
 * GrafanaDataSource.builder()
 *     .name("Loki").type("loki")
 *     .url("http://loki-gateway.k8s-monitoring-ns.svc.cluster.local")
 *     .access(DataSourceAccess.PROXY)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class GrafanaDataSource {
  /**
   * Starts a data source.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The name shown in Grafana and used by dashboards. Renders to {@code name}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The plugin type, such as {@code prometheus} or {@code loki}. Renders to {@code type}.
   *
   * @return the type
   */
  public abstract String type();

  /**
   * A stable id that dashboards can reference. Renders to {@code uid}; unset lets Grafana generate one.
   *
   * @return the uid
   */
  public abstract Optional<String> uid();

  /**
   * The URL Grafana queries. Renders to {@code url}.
   *
   * @return the URL
   */
  public abstract Optional<String> url();

  /**
   * Who connects. Renders to {@code access}; unset is Grafana's {@code proxy}.
   *
   * @return the access mode
   */
  public abstract Optional<DataSourceAccess> access();

  /**
   * Whether this is the default data source. Renders to {@code isDefault}; unset is {@code false}. The chart's own
   * Prometheus data source is the default unless {@code sidecar.datasources.isDefaultDatasource} is turned off.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> isDefault();

  /**
   * Prometheus: the scrape interval, the lowest step Grafana uses, such as {@code 30s}. Renders to
   * {@code jsonData.timeInterval}.
   *
   * @return the duration
   */
  public abstract Optional<String> timeInterval();

  /**
   * Prometheus: the timeout of a query, such as {@code 60s}. Renders to {@code jsonData.queryTimeout}.
   *
   * @return the duration
   */
  public abstract Optional<String> queryTimeout();

  /**
   * Prometheus: {@code GET} or {@code POST}. Renders to {@code jsonData.httpMethod}; Grafana's default is
   * {@code POST}.
   *
   * @return the method
   */
  public abstract Optional<String> httpMethod();

  /**
   * Prometheus and Loki: whether Grafana's alerting UI manages this source's rules. Renders to
   * {@code jsonData.manageAlerts}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> manageAlerts();

  /**
   * Loki: the most log lines a query returns. Renders to {@code jsonData.maxLines}; Grafana's default is 1000.
   *
   * @return the limit
   */
  public abstract Optional<Integer> maxLines();

  /** Validates the name, the durations, the method and the line limit. */
  @Value.Check
  protected void check() {
    if (name().isEmpty() || type().isEmpty()) {
      throw new InvalidModelException("`additionalDataSources`: a data source needs a non-empty `name` and `type`.");
    }
    timeInterval().ifPresent(value -> PromDuration.parse("jsonData.timeInterval", value));
    queryTimeout().ifPresent(value -> PromDuration.parse("jsonData.queryTimeout", value));
    httpMethod().filter(method -> !method.equals("GET") && !method.equals("POST")).ifPresent(method -> {
      throw new InvalidModelException("`jsonData.httpMethod`: `" + method + "` is neither `GET` nor `POST`.");
    });
    maxLines().filter(lines -> lines < 1).ifPresent(lines -> {
      throw new InvalidModelException("`jsonData.maxLines`: `" + lines + "` is below 1.");
    });
  }

  TreeWriter toTree() {
    TreeWriter jsonData = new TreeWriter()
        .put("timeInterval", timeInterval())
        .put("queryTimeout", queryTimeout())
        .put("httpMethod", httpMethod())
        .put("manageAlerts", manageAlerts())
        .put("maxLines", maxLines());
    return new TreeWriter()
        .put("name", name())
        .put("type", type())
        .put("uid", uid())
        .put("url", url())
        .put("access", access().map(DataSourceAccess::value))
        .put("isDefault", isDefault())
        .putObject("jsonData", jsonData);
  }

  /** Builds a {@link GrafanaDataSource}. */
  public static final class Builder extends ImmutableGrafanaDataSource.Builder {}
}
