package io.monitoringascode.grafana.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.grafana.internal.ObjectReading;
import io.monitoringascode.grafana.internal.ObjectWriting;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A link in the dashboard's header: to a URL, or to the dashboards with some tags. Renders to an element of
 * {@code links}.
 */
@Value.Immutable
@ModelStyle
public abstract class DashboardLink {
  /**
   * A link to a URL.
   *
   * @param title the text shown
   * @param url the target; Grafana variables in it are replaced
   * @return the link
   */
  public static DashboardLink url(String title, String url) {
    return builder().title(title).type("link").url(url).build();
  }

  /**
   * A drop-down of the dashboards carrying tags.
   *
   * @param title the text shown
   * @param tags the tags
   * @return the link
   */
  public static DashboardLink dashboards(String title, String... tags) {
    return builder().title(title).type("dashboards").addTags(tags).asDropdown(true).build();
  }

  /**
   * Starts a link.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  static DashboardLink fromJson(JsonNode json) {
    ObjectReading reading = ObjectReading.of(json);
    return builder()
        .asDropdown(reading.bool("asDropdown"))
        .includeVars(reading.bool("includeVars"))
        .keepTime(reading.bool("keepTime"))
        .tags(reading.texts("tags"))
        .targetBlank(reading.bool("targetBlank"))
        .title(reading.text("title"))
        .type(reading.text("type"))
        .url(reading.text("url"))
        .extra(reading.rest())
        .build();
  }

  /**
   * Whether tagged dashboards show as a drop-down. Renders to {@code asDropdown}.
   *
   * @return the flag
   */
  public abstract Optional<Boolean> asDropdown();

  /**
   * Whether the link carries the current variable values. Renders to {@code includeVars}.
   *
   * @return the flag
   */
  public abstract Optional<Boolean> includeVars();

  /**
   * Whether the link carries the current time range. Renders to {@code keepTime}.
   *
   * @return the flag
   */
  public abstract Optional<Boolean> keepTime();

  /**
   * The tags of the dashboards linked. Renders to {@code tags}.
   *
   * @return the tags
   */
  public abstract List<String> tags();

  /**
   * Whether the link opens a new tab. Renders to {@code targetBlank}.
   *
   * @return the flag
   */
  public abstract Optional<Boolean> targetBlank();

  /**
   * The text shown. Renders to {@code title}.
   *
   * @return the title
   */
  public abstract Optional<String> title();

  /**
   * The kind of link. Renders to {@code type}.
   *
   * @return {@code link} or {@code dashboards}
   */
  public abstract Optional<String> type();

  /**
   * The URL. Renders to {@code url}.
   *
   * @return the URL
   */
  public abstract Optional<String> url();

  /**
   * Members the model does not know, kept by an import; the validated escape hatch.
   *
   * @return key to value
   */
  public abstract Map<String, JsonNode> extra();

  JsonNode toJson() {
    return ObjectWriting.object()
        .put("asDropdown", asDropdown())
        .put("includeVars", includeVars())
        .put("keepTime", keepTime())
        .list("tags", tags(), tag -> tag)
        .put("targetBlank", targetBlank())
        .put("title", title())
        .put("type", type())
        .put("url", url())
        .with("DashboardLink", extra());
  }

  @Value.Check
  void check() {
    toJson();
  }

  /** Builds a {@link DashboardLink}. */
  public static final class Builder extends ImmutableDashboardLink.Builder {}
}
