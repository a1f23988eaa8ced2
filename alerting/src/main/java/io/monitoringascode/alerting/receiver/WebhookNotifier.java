package io.monitoringascode.alerting.receiver;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.WebhookConfig;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.WebhookConfigBuilder;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.value.PromDuration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Posts notifications as JSON to an HTTP endpoint. Renders to an item of a receiver's {@code webhookConfigs[]}.
 *
 * <p>Exactly one of {@link #urlSecret()} and {@link #urlInPlaintext()} is set. Hooks of chat services
 * ({@code hooks.slack.com/services/…}, Teams, Discord) carry their access token in the URL, so the URL belongs in a
 * Secret; a plain URL is an explicit opt-in for endpoints without credentials, such as an in-cluster service, and never
 * appears in {@code toString()}.
 */
@Value.Immutable
@ModelStyle
public abstract class WebhookNotifier {
  /**
   * Starts a webhook notifier.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Copies a fabric8 webhook config. A plain {@code url} becomes {@link #urlInPlaintext()}.
   * Reads only the fields this type models and does not look for others; {@code AlertRouting.from} checks a whole
   * AlertmanagerConfig and refuses what would be dropped.
   *
   * @param config the fabric8 config; not kept
   * @return the notifier
   * @throws InvalidModelException if the config is invalid
   */
  public static WebhookNotifier from(WebhookConfig config) {
    return builder()
        .maxAlerts(Optional.ofNullable(config.getMaxAlerts()))
        .sendResolved(Optional.ofNullable(config.getSendResolved()))
        .timeout(Optional.ofNullable(config.getTimeout()))
        .urlInPlaintext(Optional.ofNullable(config.getUrl()))
        .urlSecret(Optional.ofNullable(config.getUrlSecret()).map(SecretRef::from))
        .build();
  }

  /**
   * The most alerts sent in one message. Renders to {@code maxAlerts}. Default: absent, {@code 0}, all of them.
   *
   * @return the limit
   */
  public abstract Optional<Integer> maxAlerts();

  /**
   * Whether to notify when alerts resolve. Renders to {@code sendResolved}. Default: absent, which Alertmanager reads
   * as {@code true} for webhooks.
   *
   * @return the flag, when set
   */
  public abstract Optional<Boolean> sendResolved();

  /**
   * How long one request may take. Renders to {@code timeout}. Requires Alertmanager 0.28 or later. Default: absent,
   * no timeout beyond the notification's own.
   *
   * @return the duration, such as {@code 10s}
   */
  public abstract Optional<String> timeout();

  /**
   * The endpoint, written into the resource as plain text: the opt-in for URLs without credentials. Renders to
   * {@code url}. Redacted in {@code toString()}. Default: absent.
   *
   * @return the URL, such as {@code http://alert-sink.monitoring:8080/}
   */
  @Value.Redacted
  public abstract Optional<String> urlInPlaintext();

  /**
   * The Secret key holding the endpoint URL. Renders to {@code urlSecret}. Default: absent.
   *
   * @return the secret reference
   */
  public abstract Optional<SecretRef> urlSecret();

  /**
   * Requires exactly one URL and validates the limit, the timeout and the plain URL's scheme.
   *
   * @throws InvalidModelException naming the attribute (never the plain URL, which may hold a token)
   */
  @Value.Check
  protected void check() {
    if (urlInPlaintext().isPresent() == urlSecret().isPresent()) {
      throw new InvalidModelException("`urlSecret`: a webhook notifier needs exactly one of `urlSecret` and"
          + " `urlInPlaintext`.");
    }
    urlInPlaintext().ifPresent(url -> {
      if (!url.matches("https?://.+")) {
        throw new InvalidModelException("`urlInPlaintext`: the URL must start with `http://` or `https://`.");
      }
    });
    maxAlerts().ifPresent(limit -> {
      if (limit < 0) {
        throw new InvalidModelException("`maxAlerts`: `" + limit + "` is negative; use `0` for no limit.");
      }
    });
    timeout().ifPresent(text -> PromDuration.parse("timeout", text));
  }

  /**
   * The notifier as the fabric8 model writes it.
   *
   * @return a fresh fabric8 webhook config
   */
  public WebhookConfig toWebhookConfig() {
    return new WebhookConfigBuilder()
        .withMaxAlerts(maxAlerts().orElse(null))
        .withSendResolved(sendResolved().orElse(null))
        .withTimeout(timeout().orElse(null))
        .withUrl(urlInPlaintext().orElse(null))
        .withUrlSecret(urlSecret().map(SecretRef::toSecretKeySelector).orElse(null))
        .build();
  }

  /** Builds a {@link WebhookNotifier}. */
  public static final class Builder extends ImmutableWebhookNotifier.Builder {}
}
