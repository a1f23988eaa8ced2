package io.monitoringascode.alerting.receiver;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.PagerDutyConfig;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.PagerDutyConfigBuilder;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Opens incidents in PagerDuty. Renders to an item of a receiver's {@code pagerdutyConfigs[]}. The integration key is
 * a {@link SecretRef}: {@link #routingKey()} for the Events API v2, or {@link #serviceKey()} for a "Prometheus"
 * integration; at least one is required, as the operator requires.
 */
@Value.Immutable
@ModelStyle
public abstract class PagerDutyNotifier {
  /**
   * Starts a PagerDuty notifier.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Copies a fabric8 PagerDuty config.
   * Reads only the fields this type models and does not look for others; {@code AlertRouting.from} checks a whole
   * AlertmanagerConfig and refuses what would be dropped.
   *
   * @param config the fabric8 config; not kept
   * @return the notifier
   * @throws InvalidModelException if the config is invalid
   */
  public static PagerDutyNotifier from(PagerDutyConfig config) {
    return builder()
        .className(Optional.ofNullable(config.getClassName()))
        .client(Optional.ofNullable(config.getClient()))
        .clientUrl(Optional.ofNullable(config.getClientURL()))
        .component(Optional.ofNullable(config.getComponent()))
        .description(Optional.ofNullable(config.getDescription()))
        .group(Optional.ofNullable(config.getGroup()))
        .routingKey(Optional.ofNullable(config.getRoutingKey()).map(SecretRef::from))
        .sendResolved(Optional.ofNullable(config.getSendResolved()))
        .serviceKey(Optional.ofNullable(config.getServiceKey()).map(SecretRef::from))
        .severity(Optional.ofNullable(config.getSeverity()))
        .source(Optional.ofNullable(config.getSource()))
        .url(Optional.ofNullable(config.getUrl()))
        .details(KeyValueList.read("details", config.getDetails()))
        .build();
  }

  /**
   * The incident's class (template). Renders to {@code class}. Default: absent.
   *
   * @return the class
   */
  public abstract Optional<String> className();

  /**
   * The client shown in PagerDuty (template). Renders to {@code client}. Default: absent, {@code Alertmanager}.
   *
   * @return the client name
   */
  public abstract Optional<String> client();

  /**
   * The back-link to the sender (template). Renders to {@code clientURL}. Default: absent, the Alertmanager's URL.
   *
   * @return the URL
   */
  public abstract Optional<String> clientUrl();

  /**
   * The affected component (template). Renders to {@code component}. Default: absent.
   *
   * @return the component
   */
  public abstract Optional<String> component();

  /**
   * The incident's summary (template). Renders to {@code description}. Default: absent, Alertmanager's
   * {@code pagerduty.default.description}.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * Extra key/value details of the incident (templates). Renders to {@code details} as a list of {@code {key, value}}
   * sorted by key. Default: empty, Alertmanager's firing/resolved counts.
   *
   * @return detail key to value
   */
  public abstract Map<String, String> details();

  /**
   * The logical group of the source (template). Renders to {@code group}. Default: absent.
   *
   * @return the group
   */
  public abstract Optional<String> group();

  /**
   * The Secret key holding the Events API v2 integration key. Renders to {@code routingKey}. Default: absent.
   *
   * @return the secret reference
   */
  public abstract Optional<SecretRef> routingKey();

  /**
   * Whether to resolve the incident when alerts resolve. Renders to {@code sendResolved}. Default: absent, which
   * Alertmanager reads as {@code true} for PagerDuty.
   *
   * @return the flag, when set
   */
  public abstract Optional<Boolean> sendResolved();

  /**
   * The Secret key holding the "Prometheus" integration's service key. Renders to {@code serviceKey}. Default:
   * absent.
   *
   * @return the secret reference
   */
  public abstract Optional<SecretRef> serviceKey();

  /**
   * The incident's severity (template): {@code critical}, {@code error}, {@code warning} or {@code info}. Renders to
   * {@code severity}. Default: absent, {@code error}.
   *
   * @return the severity
   */
  public abstract Optional<String> severity();

  /**
   * The affected system (template). Renders to {@code source}. Default: absent, the client name.
   *
   * @return the source
   */
  public abstract Optional<String> source();

  /**
   * The PagerDuty API endpoint. Renders to {@code url}. Default: absent, PagerDuty's public Events API.
   *
   * @return the URL
   */
  public abstract Optional<String> url();

  /**
   * Requires an integration key.
   *
   * @throws InvalidModelException when neither key is set
   */
  @Value.Check
  protected void check() {
    if (routingKey().isEmpty() && serviceKey().isEmpty()) {
      throw new InvalidModelException("`routingKey`: a PagerDuty notifier needs `routingKey` or `serviceKey`.");
    }
    url().ifPresent(url -> {
      if (!url.matches("https?://.+")) {
        throw new InvalidModelException("`url`: `" + url + "` must start with `http://` or `https://`.");
      }
    });
  }

  /**
   * The notifier as the fabric8 model writes it.
   *
   * @return a fresh fabric8 PagerDuty config
   */
  public PagerDutyConfig toPagerDutyConfig() {
    return new PagerDutyConfigBuilder()
        .withClassName(className().orElse(null))
        .withClient(client().orElse(null))
        .withClientURL(clientUrl().orElse(null))
        .withComponent(component().orElse(null))
        .withDescription(description().orElse(null))
        .withDetails(KeyValueList.write(details()))
        .withGroup(group().orElse(null))
        .withRoutingKey(routingKey().map(SecretRef::toSecretKeySelector).orElse(null))
        .withSendResolved(sendResolved().orElse(null))
        .withServiceKey(serviceKey().map(SecretRef::toSecretKeySelector).orElse(null))
        .withSeverity(severity().orElse(null))
        .withSource(source().orElse(null))
        .withUrl(url().orElse(null))
        .build();
  }

  /** Builds a {@link PagerDutyNotifier}. */
  public static final class Builder extends ImmutablePagerDutyNotifier.Builder {}
}
