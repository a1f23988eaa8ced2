package io.monitoringascode.loki.values;

import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Google Cloud Storage ({@code loki.storage.type: gcs}). Renders to {@code loki.storage.gcs}. Credentials come from
 * the pod's identity (Workload Identity); this type offers no way to write a key into the values.
 */
@Value.Immutable
@ModelStyle
public abstract class GcsStorage {
  /** Go's {@code time.ParseDuration} syntax, without a sign. */
  private static final Pattern GO_DURATION = Pattern.compile("0|([0-9]+(\\.[0-9]+)?(ns|us|\u00b5s|ms|s|m|h))+");

  /**
   * Starts a GCS storage.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The timeout of one request, such as {@code 30s}. Renders to {@code requestTimeout}; the chart's default is
   * {@code 0s} (none).
   *
   * @return the duration
   */
  public abstract Optional<String> requestTimeout();

  /**
   * HTTP/2 to GCS. Renders to {@code enableHttp2}; the chart's default is {@code true}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> enableHttp2();

  /** Validates the timeout as the Go duration Loki parses it into. */
  @Value.Check
  protected void check() {
    requestTimeout().filter(timeout -> !GO_DURATION.matcher(timeout).matches()).ifPresent(timeout -> {
      throw new InvalidModelException("`requestTimeout`: `" + timeout + "` is not a duration such as `30s` or `1m30s`"
          + " (units h, m, s, ms, us, ns).");
    });
  }

  TreeWriter toTree() {
    return new TreeWriter().put("requestTimeout", requestTimeout()).put("enableHttp2", enableHttp2());
  }

  /** Builds a {@link GcsStorage}. */
  public static final class Builder extends ImmutableGcsStorage.Builder {}
}
