package io.monitoringascode.alerting.receiver;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.EmailConfig;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.EmailConfigBuilder;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Sends notifications by e-mail through an SMTP server. Renders to an item of a receiver's {@code emailConfigs[]}.
 * Passwords are only ever {@link SecretRef}s. Absent settings fall back to the Alertmanager's {@code global.smtp_*}
 * settings.
 */
@Value.Immutable
@ModelStyle
public abstract class EmailNotifier {
  /**
   * Starts an e-mail notifier.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Copies a fabric8 e-mail config.
   * Reads only the fields this type models and does not look for others; {@code AlertRouting.from} checks a whole
   * AlertmanagerConfig and refuses what would be dropped.
   *
   * @param config the fabric8 config; not kept
   * @return the notifier
   * @throws InvalidModelException if the config is invalid
   */
  public static EmailNotifier from(EmailConfig config) {
    Builder builder = builder()
        .authIdentity(Optional.ofNullable(config.getAuthIdentity()))
        .authPassword(Optional.ofNullable(config.getAuthPassword()).map(SecretRef::from))
        .authSecret(Optional.ofNullable(config.getAuthSecret()).map(SecretRef::from))
        .authUsername(Optional.ofNullable(config.getAuthUsername()))
        .sender(Optional.ofNullable(config.getFrom()))
        .hello(Optional.ofNullable(config.getHello()))
        .html(Optional.ofNullable(config.getHtml()))
        .requireTls(Optional.ofNullable(config.getRequireTLS()))
        .sendResolved(Optional.ofNullable(config.getSendResolved()))
        .smarthost(Optional.ofNullable(config.getSmarthost()))
        .text(Optional.ofNullable(config.getText()))
        .headers(KeyValueList.read("headers", config.getHeaders()));
    Optional.ofNullable(config.getTo()).ifPresent(builder::to);
    return builder.build();
  }

  /**
   * The identity for SMTP PLAIN authentication. Renders to {@code authIdentity}. Default: absent.
   *
   * @return the identity
   */
  public abstract Optional<String> authIdentity();

  /**
   * The Secret key holding the password for SMTP PLAIN and LOGIN authentication. Renders to {@code authPassword}.
   * Default: absent.
   *
   * @return the secret reference
   */
  public abstract Optional<SecretRef> authPassword();

  /**
   * The Secret key holding the secret for SMTP CRAM-MD5 authentication. Renders to {@code authSecret}. Default:
   * absent.
   *
   * @return the secret reference
   */
  public abstract Optional<SecretRef> authSecret();

  /**
   * The SMTP user name. Renders to {@code authUsername}. Default: absent, no authentication.
   *
   * @return the user name
   */
  public abstract Optional<String> authUsername();

  /**
   * The sender address. Renders to {@code from}. Default: absent, the global {@code smtp_from}.
   *
   * @return the address, such as {@code alertmanager@example.com}
   */
  public abstract Optional<String> sender();

  /**
   * Extra e-mail headers; names are case-insensitive and must be unique. Renders to {@code headers} as a list of
   * {@code {key, value}} sorted by name. Default: empty, Alertmanager's {@code Subject}, {@code To} and {@code From}.
   *
   * @return header name to value (template)
   */
  public abstract Map<String, String> headers();

  /**
   * The host name sent in the SMTP {@code HELO}. Renders to {@code hello}. Default: absent, {@code localhost}.
   *
   * @return the host name
   */
  public abstract Optional<String> hello();

  /**
   * The HTML body (template). Renders to {@code html}. Default: absent, Alertmanager's {@code email.default.html}.
   *
   * @return the HTML body
   */
  public abstract Optional<String> html();

  /**
   * Whether STARTTLS is required. Renders to {@code requireTLS}. Default: absent, the global
   * {@code smtp_require_tls} ({@code true}).
   *
   * @return the flag, when set
   */
  public abstract Optional<Boolean> requireTls();

  /**
   * Whether to notify when alerts resolve. Renders to {@code sendResolved}. Default: absent, which Alertmanager reads
   * as {@code false} for e-mail.
   *
   * @return the flag, when set
   */
  public abstract Optional<Boolean> sendResolved();

  /**
   * The SMTP server as {@code host:port}. Renders to {@code smarthost}. Default: absent, the global
   * {@code smtp_smarthost}.
   *
   * @return the server, such as {@code smtp.example.com:587}
   */
  public abstract Optional<String> smarthost();

  /**
   * The plain-text body (template). Renders to {@code text}. Default: absent, no plain-text part.
   *
   * @return the text body
   */
  public abstract Optional<String> text();

  /**
   * The recipient address(es), comma-separated. Renders to {@code to}. Required.
   *
   * @return the addresses, such as {@code oncall@example.com}
   */
  public abstract String to();

  /**
   * Validates the recipient, the smart host and the header names.
   *
   * @throws InvalidModelException naming the attribute and the value
   */
  @Value.Check
  protected void check() {
    if (to().isBlank()) {
      throw new InvalidModelException("`to`: an e-mail notifier needs a recipient address.");
    }
    smarthost().ifPresent(host -> {
      int colon = host.lastIndexOf(':');
      if (colon <= 0 || colon == host.length() - 1 || !host.substring(colon + 1).chars().allMatch(Character::isDigit)) {
        throw new InvalidModelException("`smarthost`: `" + host + "` is not of the form `host:port`, such as"
            + " `smtp.example.com:587`.");
      }
    });
    Map<String, String> seen = new HashMap<>();
    for (String name : headers().keySet()) {
      String previous = seen.put(name.toLowerCase(Locale.ROOT), name);
      if (previous != null) {
        throw new InvalidModelException("`headers`: `" + previous + "` and `" + name + "` are the same header.");
      }
    }
  }

  /**
   * The notifier as the fabric8 model writes it.
   *
   * @return a fresh fabric8 e-mail config
   */
  public EmailConfig toEmailConfig() {
    return new EmailConfigBuilder()
        .withAuthIdentity(authIdentity().orElse(null))
        .withAuthPassword(authPassword().map(SecretRef::toSecretKeySelector).orElse(null))
        .withAuthSecret(authSecret().map(SecretRef::toSecretKeySelector).orElse(null))
        .withAuthUsername(authUsername().orElse(null))
        .withFrom(sender().orElse(null))
        .withHeaders(KeyValueList.write(headers()))
        .withHello(hello().orElse(null))
        .withHtml(html().orElse(null))
        .withRequireTLS(requireTls().orElse(null))
        .withSendResolved(sendResolved().orElse(null))
        .withSmarthost(smarthost().orElse(null))
        .withText(text().orElse(null))
        .withTo(to())
        .build();
  }

  /** Builds an {@link EmailNotifier}. */
  public static final class Builder extends ImmutableEmailNotifier.Builder {}
}
