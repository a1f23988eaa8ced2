package io.monitoringascode.stack.values;

import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dashboard downloaded from grafana.com at Grafana's start, by id and revision. Renders to
 * {@code grafana.dashboards.<provider>.<name>}: {@code gnetId}, {@code revision}, {@code datasource}. The provider
 * must be one of the {@link DashboardProvider}s, or the dashboard is downloaded and never loaded.
 *
 * <pre>{@code
 * DashboardImport.builder().provider("default").name("k8s-views-global")
 *     .gnetId(15661).revision(2).datasource("Prometheus").build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class DashboardImport {
  /**
   * Starts an import.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The provider that loads it. Renders to the key under {@code dashboards}.
   *
   * @return the provider's name
   */
  public abstract String provider();

  /**
   * The dashboard's key, also its file name. Renders to the key under {@code dashboards.<provider>}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The grafana.com dashboard id. Renders to {@code gnetId}.
   *
   * @return the id, such as 15661
   */
  public abstract int gnetId();

  /**
   * The revision; pin it, or an upstream change alters the dashboard silently. Renders to {@code revision}; unset
   * downloads the latest.
   *
   * @return the revision
   */
  public abstract Optional<Integer> revision();

  /**
   * The data source that replaces the dashboard's {@code ${DS_…}} input. Renders to {@code datasource}.
   *
   * @return the data source's name
   */
  public abstract Optional<String> datasource();

  /** Validates the id and the revision. */
  @Value.Check
  protected void check() {
    if (gnetId() < 1 || revision().filter(revision -> revision < 1).isPresent()) {
      throw new InvalidModelException("`dashboards." + provider() + "." + name() + "`: `gnetId` and `revision`"
          + " must be positive.");
    }
    if (name().isEmpty() || provider().isEmpty()) {
      throw new InvalidModelException("`dashboards`: an import needs a non-empty `provider` and `name`.");
    }
  }

  TreeWriter toTree() {
    return new TreeWriter().put("gnetId", gnetId()).put("revision", revision()).put("datasource", datasource());
  }

  /** Builds a {@link DashboardImport}. */
  public static final class Builder extends ImmutableDashboardImport.Builder {}
}
