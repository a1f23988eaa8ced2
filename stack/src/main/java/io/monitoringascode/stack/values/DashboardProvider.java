package io.monitoringascode.stack.values;

import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A file-based dashboard provider, which loads the dashboards imported under its name ({@link DashboardImport}).
 * Renders to an item of {@code grafana.dashboardProviders."dashboardproviders.yaml".providers}, with
 * {@code type: file} and {@code options.path: /var/lib/grafana/dashboards/<name>}, the directory the chart writes
 * that provider's dashboards to.
 */
@Value.Immutable
@ModelStyle
public abstract class DashboardProvider {
  /**
   * Starts a provider.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The provider's name, also the key of its dashboards under {@code grafana.dashboards}. Renders to {@code name}.
   *
   * @return the name, such as {@code default}
   */
  public abstract String name();

  /**
   * The organisation. Renders to {@code orgId}; unset is Grafana's 1.
   *
   * @return the id
   */
  public abstract Optional<Integer> orgId();

  /**
   * The Grafana folder the dashboards appear in. Renders to {@code folder}; unset is the General folder.
   *
   * @return the folder's title
   */
  public abstract Optional<String> folder();

  /**
   * Whether dashboards removed from the provider stay in Grafana. Renders to {@code disableDeletion}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> disableDeletion();

  /**
   * Whether users may edit the provisioned dashboards (changes are lost on restart). Renders to {@code editable}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> editable();

  /**
   * The directory the dashboards are read from.
   *
   * @return {@code /var/lib/grafana/dashboards/<name>}
   */
  @Value.Derived
  public String path() {
    return "/var/lib/grafana/dashboards/" + name();
  }

  /** Requires a name that can be a directory. */
  @Value.Check
  protected void check() {
    if (!name().matches("[A-Za-z0-9][-_.A-Za-z0-9]*")) {
      throw new InvalidModelException("`dashboardProviders`: `" + name() + "` is not a provider name (letters,"
          + " digits, `-`, `_`, `.`).");
    }
  }

  TreeWriter toTree() {
    return new TreeWriter()
        .put("name", name())
        .put("orgId", orgId())
        .put("folder", folder())
        .put("type", "file")
        .put("disableDeletion", disableDeletion())
        .put("editable", editable())
        .putObject("options", new TreeWriter().put("path", path()));
  }

  /** Builds a {@link DashboardProvider}. */
  public static final class Builder extends ImmutableDashboardProvider.Builder {}
}
