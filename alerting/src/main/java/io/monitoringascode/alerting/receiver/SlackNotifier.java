package io.monitoringascode.alerting.receiver;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.SlackConfig;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.SlackConfigBuilder;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Sends notifications to a Slack channel through an incoming webhook. Renders to an item of a receiver's
 * {@code slackConfigs[]}. The webhook URL carries its own access token, so it is only ever a {@link SecretRef}.
 *
 * <p>Texts such as {@link #title()} and {@link #text()} are Go templates over Alertmanager's notification data, for
 * example <code>{{ .CommonAnnotations.summary }}</code>. Absent texts use Alertmanager's default templates.
 */
@Value.Immutable
@ModelStyle
public abstract class SlackNotifier {
  /**
   * Starts a Slack notifier.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Copies a fabric8 Slack config.
   * Reads only the fields this type models and does not look for others; {@code AlertRouting.from} checks a whole
   * AlertmanagerConfig and refuses what would be dropped.
   *
   * @param config the fabric8 config; not kept
   * @return the notifier
   * @throws InvalidModelException if the config is invalid
   */
  public static SlackNotifier from(SlackConfig config) {
    return builder()
        .apiUrl(Optional.ofNullable(config.getApiURL()).map(SecretRef::from))
        .channel(Optional.ofNullable(config.getChannel()))
        .color(Optional.ofNullable(config.getColor()))
        .fallback(Optional.ofNullable(config.getFallback()))
        .footer(Optional.ofNullable(config.getFooter()))
        .iconEmoji(Optional.ofNullable(config.getIconEmoji()))
        .iconUrl(Optional.ofNullable(config.getIconURL()))
        .imageUrl(Optional.ofNullable(config.getImageURL()))
        .linkNames(Optional.ofNullable(config.getLinkNames()))
        .pretext(Optional.ofNullable(config.getPretext()))
        .sendResolved(Optional.ofNullable(config.getSendResolved()))
        .text(Optional.ofNullable(config.getText()))
        .thumbUrl(Optional.ofNullable(config.getThumbURL()))
        .title(Optional.ofNullable(config.getTitle()))
        .titleLink(Optional.ofNullable(config.getTitleLink()))
        .username(Optional.ofNullable(config.getUsername()))
        .build();
  }

  /**
   * The Secret key holding the incoming-webhook URL. Renders to {@code apiURL}. Default: absent, which falls back to
   * the Alertmanager's global {@code slack_api_url}.
   *
   * @return the secret reference
   */
  public abstract Optional<SecretRef> apiUrl();

  /**
   * The channel or user to post to. Renders to {@code channel}. Default: absent, the webhook's own channel.
   *
   * @return the channel, such as {@code #alerts}
   */
  public abstract Optional<String> channel();

  /**
   * The attachment's colour (template). Renders to {@code color}. Default: absent, Alertmanager's default
   * ({@code danger} while firing, {@code good} once resolved).
   *
   * @return the colour
   */
  public abstract Optional<String> color();

  /**
   * Plain-text summary for clients that cannot show attachments (template). Renders to {@code fallback}. Default:
   * absent, Alertmanager's default template.
   *
   * @return the fallback text
   */
  public abstract Optional<String> fallback();

  /**
   * Footer text (template). Renders to {@code footer}. Default: absent.
   *
   * @return the footer
   */
  public abstract Optional<String> footer();

  /**
   * Emoji used as the sender's icon. Renders to {@code iconEmoji}. Default: absent, the webhook's icon.
   *
   * @return the emoji, such as {@code :rotating_light:}
   */
  public abstract Optional<String> iconEmoji();

  /**
   * Image URL used as the sender's icon. Renders to {@code iconURL}. Default: absent.
   *
   * @return the URL
   */
  public abstract Optional<String> iconUrl();

  /**
   * Image URL shown in the attachment. Renders to {@code imageURL}. Default: absent.
   *
   * @return the URL
   */
  public abstract Optional<String> imageUrl();

  /**
   * Whether Slack links channel and user names in the text. Renders to {@code linkNames}. Default: absent, which
   * Alertmanager reads as {@code false}.
   *
   * @return the flag, when set
   */
  public abstract Optional<Boolean> linkNames();

  /**
   * Text shown above the attachment (template). Renders to {@code pretext}. Default: absent.
   *
   * @return the pretext
   */
  public abstract Optional<String> pretext();

  /**
   * Whether to notify when alerts resolve. Renders to {@code sendResolved}. Default: absent, which Alertmanager reads
   * as {@code false} for Slack.
   *
   * @return the flag, when set
   */
  public abstract Optional<Boolean> sendResolved();

  /**
   * The message body (template). Renders to {@code text}. Default: absent, Alertmanager's {@code slack.default.text}.
   *
   * @return the text
   */
  public abstract Optional<String> text();

  /**
   * Thumbnail image URL. Renders to {@code thumbURL}. Default: absent.
   *
   * @return the URL
   */
  public abstract Optional<String> thumbUrl();

  /**
   * The message title (template). Renders to {@code title}. Default: absent, Alertmanager's
   * {@code slack.default.title}.
   *
   * @return the title
   */
  public abstract Optional<String> title();

  /**
   * Link behind the title (template). Renders to {@code titleLink}. Default: absent, Alertmanager's
   * {@code slack.default.titlelink}.
   *
   * @return the link
   */
  public abstract Optional<String> titleLink();

  /**
   * The sender's display name (template). Renders to {@code username}. Default: absent, the webhook's name.
   *
   * @return the user name
   */
  public abstract Optional<String> username();

  /**
   * The notifier as the fabric8 model writes it.
   *
   * @return a fresh fabric8 Slack config
   */
  public SlackConfig toSlackConfig() {
    return new SlackConfigBuilder()
        .withApiURL(apiUrl().map(SecretRef::toSecretKeySelector).orElse(null))
        .withChannel(channel().orElse(null))
        .withColor(color().orElse(null))
        .withFallback(fallback().orElse(null))
        .withFooter(footer().orElse(null))
        .withIconEmoji(iconEmoji().orElse(null))
        .withIconURL(iconUrl().orElse(null))
        .withImageURL(imageUrl().orElse(null))
        .withLinkNames(linkNames().orElse(null))
        .withPretext(pretext().orElse(null))
        .withSendResolved(sendResolved().orElse(null))
        .withText(text().orElse(null))
        .withThumbURL(thumbUrl().orElse(null))
        .withTitle(title().orElse(null))
        .withTitleLink(titleLink().orElse(null))
        .withUsername(username().orElse(null))
        .build();
  }

  /** Builds a {@link SlackNotifier}. */
  public static final class Builder extends ImmutableSlackNotifier.Builder {}
}
