package io.monitoringascode.alerting.receiver;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.EmailConfig;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.PagerDutyConfig;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.Receiver;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.ReceiverBuilder;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.SlackConfig;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.WebhookConfig;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A named destination for notifications, with any number of integrations that are all notified. Renders to an item
 * of {@code spec.receivers[]}; routes refer to it by {@link #name()}. A receiver without integrations is valid and
 * drops what it receives (the usual {@code "null"} receiver).
 */
@Value.Immutable
@ModelStyle
public abstract class AlertReceiver {
  /**
   * Starts a receiver.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Copies a fabric8 receiver: its name and the integrations this type models. Other integrations (Discord, MS
   * Teams, OpsGenie, Telegram…) are not read; {@code AlertRouting.from}, which checks the whole AlertmanagerConfig,
   * refuses them instead of dropping them.
   *
   * @param receiver the fabric8 receiver; not kept
   * @return the receiver
   * @throws InvalidModelException if it has no name or an integration is invalid
   */
  public static AlertReceiver from(Receiver receiver) {
    Builder builder = builder()
        .emailConfigs(map(receiver.getEmailConfigs(), EmailNotifier::from))
        .pagerdutyConfigs(map(receiver.getPagerdutyConfigs(), PagerDutyNotifier::from))
        .slackConfigs(map(receiver.getSlackConfigs(), SlackNotifier::from))
        .webhookConfigs(map(receiver.getWebhookConfigs(), WebhookNotifier::from));
    Optional.ofNullable(receiver.getName()).ifPresent(builder::name);
    return builder.build();
  }

  /**
   * E-mail integrations. Renders to {@code emailConfigs}. Default: empty.
   *
   * @return the e-mail notifiers
   */
  public abstract List<EmailNotifier> emailConfigs();

  /**
   * The name routes refer to; unique within the AlertmanagerConfig. Renders to {@code name}.
   *
   * @return the name, such as {@code slack}
   */
  public abstract String name();

  /**
   * PagerDuty integrations. Renders to {@code pagerdutyConfigs}. Default: empty.
   *
   * @return the PagerDuty notifiers
   */
  public abstract List<PagerDutyNotifier> pagerdutyConfigs();

  /**
   * Slack integrations. Renders to {@code slackConfigs}. Default: empty.
   *
   * @return the Slack notifiers
   */
  public abstract List<SlackNotifier> slackConfigs();

  /**
   * Webhook integrations. Renders to {@code webhookConfigs}. Default: empty.
   *
   * @return the webhook notifiers
   */
  public abstract List<WebhookNotifier> webhookConfigs();

  /**
   * Requires a name.
   *
   * @throws InvalidModelException if the name is empty
   */
  @Value.Check
  protected void check() {
    if (name().isEmpty()) {
      throw new InvalidModelException("`name`: a receiver needs a name.");
    }
  }

  /**
   * The receiver as the fabric8 model writes it.
   *
   * @return a fresh fabric8 receiver
   */
  public Receiver toReceiver() {
    List<EmailConfig> email = new ArrayList<>();
    emailConfigs().forEach(n -> email.add(n.toEmailConfig()));
    List<PagerDutyConfig> pagerDuty = new ArrayList<>();
    pagerdutyConfigs().forEach(n -> pagerDuty.add(n.toPagerDutyConfig()));
    List<SlackConfig> slack = new ArrayList<>();
    slackConfigs().forEach(n -> slack.add(n.toSlackConfig()));
    List<WebhookConfig> webhook = new ArrayList<>();
    webhookConfigs().forEach(n -> webhook.add(n.toWebhookConfig()));
    return new ReceiverBuilder()
        .withEmailConfigs(email.isEmpty() ? null : email)
        .withName(name())
        .withPagerdutyConfigs(pagerDuty.isEmpty() ? null : pagerDuty)
        .withSlackConfigs(slack.isEmpty() ? null : slack)
        .withWebhookConfigs(webhook.isEmpty() ? null : webhook)
        .build();
  }

  private static <F, T> List<T> map(List<F> fabric8, Function<F, T> copy) {
    List<T> result = new ArrayList<>();
    if (fabric8 != null) {
      fabric8.forEach(item -> result.add(copy.apply(item)));
    }
    return result;
  }

  /** Builds an {@link AlertReceiver}. */
  public static final class Builder extends ImmutableAlertReceiver.Builder {}
}
