package io.monitoringascode.loki.shipping;

import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a shipper pushes lines: one entry of Promtail's {@code clients}, an {@code endpoint} block of Alloy's
 * {@code loki.write}. Credentials are read from files (a mounted Secret), so no secret is written into the config.
 *
 * <pre>{@code
 * LokiClient.builder().url("http://loki-gateway.monitoring.svc.cluster.local/loki/api/v1/push").tenantId("fake").build()
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class LokiClient {
  /**
   * A client with only a push URL.
   *
   * @param url the push URL
   * @return the client
   */
  public static LokiClient of(String url) {
    return builder().url(url).build();
  }

  /**
   * Starts a client.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Renders to {@code url}: Loki's push endpoint, {@code http://<host>/loki/api/v1/push}.
   *
   * @return the URL
   */
  public abstract String url();

  /**
   * Renders to {@code tenant_id}: sent as {@code X-Scope-OrgID}; needed when Loki runs with {@code auth_enabled}.
   *
   * @return the tenant
   */
  public abstract Optional<String> tenantId();

  /**
   * Renders to {@code basic_auth.username}.
   *
   * @return the user name
   */
  public abstract Optional<String> basicAuthUsername();

  /**
   * Renders to {@code basic_auth.password_file}: a file holding the password, such as a mounted Secret's key.
   *
   * @return the path
   */
  public abstract Optional<String> basicAuthPasswordFile();

  /**
   * Renders to {@code bearer_token_file}: a file holding a bearer token.
   *
   * @return the path
   */
  public abstract Optional<String> bearerTokenFile();

  /**
   * Renders to {@code external_labels}: labels added to every line this client sends, sorted by name.
   *
   * @return label name to value
   */
  public abstract Map<String, String> externalLabels();

  @Value.Check
  void check() {
    if (url().isBlank()) {
      throw new InvalidModelException("LokiClient: url must not be empty.");
    }
    if (basicAuthPasswordFile().isPresent() && basicAuthUsername().isEmpty()) {
      throw new InvalidModelException("LokiClient `" + url() + "`: basic_auth.password_file needs a username.");
    }
    if (bearerTokenFile().isPresent() && basicAuthUsername().isPresent()) {
      // Promtail's HTTP client refuses both at start ("at most one of basic_auth, oauth2, bearer_token…").
      throw new InvalidModelException("LokiClient `" + url() + "`: give basic auth or a bearer token, not both.");
    }
  }

  /** Builds a {@link LokiClient}. */
  public static final class Builder extends ImmutableLokiClient.Builder {}
}
