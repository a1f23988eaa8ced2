package io.monitoringascode.alerting.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.SecretText;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code secret/plaintext}: credentials of an AlertmanagerConfig's receivers live in Kubernetes Secrets, never in the
 * resource itself.
 *
 * <ul>
 *   <li>An error when a field the CRD types as a Secret reference ({@code {name, key}}) holds a plain value, such as a
 *       Slack {@code apiURL} or an {@code httpConfig.basicAuth.password} written as a string. The API server rejects
 *       it, and the secret is already in the repository.
 *   <li>A warning when a plain URL carries its own token, such as a {@code webhookConfigs[].url} of the form
 *       {@code https://hooks.slack.com/services/…}: legal for the CRD, but anyone who reads the file can post with
 *       it.
 * </ul>
 *
 * <p>This check reads the document as written: the fabric8 model cannot hold a string where a Secret reference
 * belongs. Messages never repeat a secret; they show the URL's scheme and host only.
 */
final class SecretPlaintextCheck implements Check<JsonNode> {
  private static final RuleInfo INFO = RuleInfo.of("secret/plaintext", Severity.ERROR,
      "Receiver credentials are Secret references, never plain text.");

  /**
   * A field the CRD types as a {@code SecretKeySelector}, relative to an integration config (or to its
   * {@code httpConfig}), with what it holds and an example reference for the hint.
   */
  private record SecretField(String path, String holds, String exampleName, String exampleKey) {}

  // From the v1alpha1 CRD (prometheus-operator v0.85.0): every SecretKeySelector under spec.receivers that holds a
  // credential. TLS CA and certificate references are left out: they are not secret.
  private static final Map<String, List<SecretField>> INTEGRATION_SECRETS = Map.ofEntries(
      Map.entry("discordConfigs", List.of(new SecretField("apiURL", "Discord webhook URL", "discord-webhook", "url"))),
      Map.entry("emailConfigs", List.of(
          new SecretField("authPassword", "SMTP password", "smtp-auth", "password"),
          new SecretField("authSecret", "SMTP secret", "smtp-auth", "secret"),
          new SecretField("tlsConfig/keySecret", "TLS private key", "smtp-tls", "tls.key"))),
      Map.entry("msteamsConfigs", List.of(
          new SecretField("webhookUrl", "MS Teams webhook URL", "msteams-webhook", "url"))),
      Map.entry("msteamsv2Configs", List.of(
          new SecretField("webhookURL", "MS Teams webhook URL", "msteams-webhook", "url"))),
      Map.entry("opsgenieConfigs", List.of(new SecretField("apiKey", "OpsGenie API key", "opsgenie", "api-key"))),
      Map.entry("pagerdutyConfigs", List.of(
          new SecretField("routingKey", "PagerDuty routing key", "pagerduty", "routing-key"),
          new SecretField("serviceKey", "PagerDuty service key", "pagerduty", "service-key"))),
      Map.entry("pushoverConfigs", List.of(
          new SecretField("token", "Pushover token", "pushover", "token"),
          new SecretField("userKey", "Pushover user key", "pushover", "user-key"))),
      Map.entry("rocketchatConfigs", List.of(
          new SecretField("token", "Rocket.Chat token", "rocketchat", "token"),
          new SecretField("tokenID", "Rocket.Chat token ID", "rocketchat", "token-id"))),
      Map.entry("slackConfigs", List.of(new SecretField("apiURL", "Slack webhook URL", "slack-webhook", "url"))),
      Map.entry("snsConfigs", List.of(
          new SecretField("sigv4/accessKey", "AWS access key", "aws-credentials", "access-key"),
          new SecretField("sigv4/secretKey", "AWS secret key", "aws-credentials", "secret-key"))),
      Map.entry("telegramConfigs", List.of(
          new SecretField("botToken", "Telegram bot token", "telegram", "bot-token"))),
      Map.entry("victoropsConfigs", List.of(new SecretField("apiKey", "VictorOps API key", "victorops", "api-key"))),
      // Webex has no credential of its own, but its httpConfig has.
      Map.entry("webexConfigs", List.of()),
      Map.entry("webhookConfigs", List.of(new SecretField("urlSecret", "webhook URL", "webhook", "url"))),
      Map.entry("wechatConfigs", List.of(new SecretField("apiSecret", "WeChat API secret", "wechat", "api-secret"))));

  /** The credentials of the HTTP client settings every integration but e-mail has. */
  private static final List<SecretField> HTTP_SECRETS = List.of(
      new SecretField("httpConfig/authorization/credentials", "authorization credential", "http-auth", "token"),
      new SecretField("httpConfig/basicAuth/password", "basic-auth password", "basic-auth", "password"),
      new SecretField("httpConfig/bearerTokenSecret", "bearer token", "http-auth", "token"),
      new SecretField("httpConfig/oauth2/clientSecret", "OAuth2 client secret", "oauth2", "client-secret"),
      new SecretField("httpConfig/oauth2/tlsConfig/keySecret", "TLS private key", "http-tls", "tls.key"),
      new SecretField("httpConfig/tlsConfig/keySecret", "TLS private key", "http-tls", "tls.key"));

  /** URLs whose path or query is itself the credential. */
  private static final List<Pattern> TOKEN_URLS = List.of(
      Pattern.compile("(?i)https?://hooks\\.slack\\.com/(services|workflows|triggers)/\\S+"),
      Pattern.compile("(?i)https?://(ptb\\.|canary\\.)?discord(app)?\\.com/api/webhooks/\\S+"),
      Pattern.compile("(?i)https?://[\\w.-]+\\.webhook\\.office\\.com/\\S+"),
      Pattern.compile("(?i)https?://outlook\\.office(365)?\\.com/webhook/\\S+"),
      Pattern.compile("(?i)https?://[\\w.-]+\\.logic\\.azure\\.com\\S*[?&]sig=\\S+"),
      Pattern.compile("(?i)https?://api\\.telegram\\.org/bot\\d+:\\S+"),
      Pattern.compile("(?i)[a-z][a-z0-9+.-]*://[^/@\\s:]+:[^/@\\s]+@\\S+"),
      Pattern.compile("(?i)[a-z][a-z0-9+.-]*://\\S*[?&](access_token|api_key|apikey|api-key|auth|key|password"
          + "|secret|sig|signature|token)=(?!\\{\\{)[^&#\\s]+"));


  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(JsonNode subject, CheckContext context, FindingSink sink) {
    JsonNode receivers = subject.path("spec").path("receivers");
    if (!receivers.isArray()) {
      return;
    }
    Set<String> reported = new HashSet<>();
    for (int i = 0; i < receivers.size(); i++) {
      JsonNode receiver = receivers.get(i);
      for (Map.Entry<String, JsonNode> integration : receiver.properties()) {
        List<SecretField> fields = INTEGRATION_SECRETS.get(integration.getKey());
        if (fields == null || !integration.getValue().isArray()) {
          continue;
        }
        for (int j = 0; j < integration.getValue().size(); j++) {
          String configPointer = JsonPointers.of("spec", "receivers", i, integration.getKey(), j);
          JsonNode config = integration.getValue().get(j);
          checkSelectors(configPointer, config, fields, sink, reported);
          if (!integration.getKey().equals("emailConfigs")) {
            checkSelectors(configPointer, config, HTTP_SECRETS, sink, reported);
          }
        }
      }
    }
    checkTokenUrls(JsonPointers.of("spec", "receivers"), receivers, sink, reported);
  }

  private static void checkSelectors(String configPointer, JsonNode config, List<SecretField> fields,
      FindingSink sink, Set<String> reported) {
    for (SecretField field : fields) {
      JsonNode value = config.at("/" + field.path());
      if (!value.isValueNode() || value.isNull()) {
        continue;
      }
      String pointer = configPointer + "/" + field.path();
      String key = field.path().substring(field.path().lastIndexOf('/') + 1);
      boolean isUrl = field.holds().endsWith("URL");
      reported.add(pointer);
      sink.at(pointer)
          .error("The " + field.holds() + " `" + SecretText.mask(value.asText())
              + "` is written in plain text where the CRD"
              + " expects a Secret reference, so the API server rejects this AlertmanagerConfig and anyone who can"
              + " read it has the secret.")
          .hint("Store the " + (isUrl ? "URL" : "value") + " in a Secret and reference it: `" + key + ": {name: "
              + field.exampleName() + ", key: " + field.exampleKey() + "}`.");
    }
  }

  private static void checkTokenUrls(String pointer, JsonNode node, FindingSink sink, Set<String> reported) {
    if (node.isTextual()) {
      String text = node.asText();
      if (!reported.contains(pointer) && TOKEN_URLS.stream().anyMatch(p -> p.matcher(text).find())) {
        sink.at(pointer)
            .warning("URL `" + SecretText.mask(text)
                + "` carries its access token in plain text, so anyone who can read this"
                + " AlertmanagerConfig can use it.")
            .hint(pointer.matches(".*/webhookConfigs/\\d+/url")
                ? "Store the URL in a Secret and reference it: `urlSecret: {name: webhook, key: url}`, then remove"
                    + " `url`."
                : "Store the token in a Secret and pass it through a field that references one, such as"
                    + " `httpConfig.authorization.credentials`.");
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkTokenUrls(JsonPointers.child(pointer, i), node.get(i), sink, reported);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        checkTokenUrls(JsonPointers.child(pointer, field.getKey()), field.getValue(), sink, reported);
      }
    }
  }
}
