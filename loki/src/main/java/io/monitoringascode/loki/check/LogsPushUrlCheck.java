package io.monitoringascode.loki.check;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.loki.shipping.LogShipper;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * {@code logs/push-url}: a client {@code url} must be an HTTP(S) URL of Loki's push endpoint,
 * {@code /loki/api/v1/push} (or the legacy {@code /api/prom/push}, which Loki still serves). Any other path gets a 404
 * or 405 for every batch; the shipper logs the error and retries, and no line reaches Loki. URLs holding an environment
 * variable ({@code ${LOKI_URL}}, expanded by Promtail's {@code -config.expand-env}) cannot be judged and are skipped.
 */
public final class LogsPushUrlCheck implements Check<LogShipper> {
  private static final RuleInfo INFO = RuleInfo.of("logs/push-url", Severity.ERROR,
      "A log shipper's client URL must be Loki's push endpoint.");
  private static final String PUSH = "/loki/api/v1/push";
  private static final List<String> PATHS = List.of(PUSH, "/api/prom/push");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LogShipper shipper, CheckContext context, FindingSink sink) {
    List<String> urls = shipper.config().pushUrls();
    for (int c = 0; c < urls.size(); c++) {
      String url = urls.get(c);
      if (url.contains("$")) {
        continue;
      }
      String pointer = JsonPointers.of("clients", c, "url");
      URI uri;
      try {
        uri = new URI(url);
      } catch (URISyntaxException e) {
        sink.at(pointer).error("The client URL `" + url + "` is not a URL (" + e.getReason()
            + "), so Promtail refuses the configuration at start.").hint("Write the URL as `http://<loki host>" + PUSH
            + "`.");
        continue;
      }
      String scheme = uri.getScheme();
      if (scheme == null || uri.getRawAuthority() == null || !List.of("http", "https").contains(scheme)) {
        sink.at(pointer).error("The client URL `" + url + "` has no `http://` or `https://` host, so no line is "
            + "sent.").hint("Write the URL as `http://<loki host>" + PUSH + "`.");
        continue;
      }
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      if (PATHS.stream().anyMatch(path::endsWith)) {
        continue;
      }
      String fixed = scheme + "://" + uri.getRawAuthority() + fixedPath(path);
      sink.at(pointer).error("The client URL `" + url + "` is not Loki's push endpoint `" + PUSH
          + "`, so Loki refuses every batch and no line arrives.").hint("Set `url: " + fixed + "`.");
    }
  }

  /** The path with the push endpoint completed: a trailing slash removed, missing segments added. */
  private static String fixedPath(String path) {
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    if (trimmed.endsWith(PUSH)) {
      return trimmed;
    }
    for (String prefix : List.of("/loki/api/v1", "/loki/api", "/loki")) {
      if (trimmed.endsWith(prefix)) {
        return trimmed + PUSH.substring(prefix.length());
      }
    }
    return trimmed + PUSH;
  }
}
