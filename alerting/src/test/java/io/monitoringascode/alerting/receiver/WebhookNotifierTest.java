package io.monitoringascode.alerting.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.monitoringascode.core.value.InvalidModelException;
import org.junit.jupiter.api.Test;

class WebhookNotifierTest {
  @Test
  void build_withoutUrl_asksForOne() {
    assertThatThrownBy(() -> WebhookNotifier.builder().build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`urlSecret`: a webhook notifier needs exactly one of `urlSecret` and `urlInPlaintext`.");
  }

  @Test
  void build_withBothUrls_fails() {
    assertThatThrownBy(() -> WebhookNotifier.builder().urlSecret(SecretRef.of("hook", "url"))
        .urlInPlaintext("http://sink:8080/").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("`urlSecret`: a webhook notifier needs exactly one");
  }

  @Test
  void build_withPlaintextUrlWithoutScheme_failsWithoutPrintingIt() {
    assertThatThrownBy(() -> WebhookNotifier.builder().urlInPlaintext("hooks.example.com/T0K3N").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`urlInPlaintext`: the URL must start with `http://` or `https://`.");
  }

  @Test
  void build_withMalformedTimeout_namesIt() {
    assertThatThrownBy(() -> WebhookNotifier.builder().urlSecret(SecretRef.of("hook", "url")).timeout("10 s").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("`timeout`: Duration `10 s` is not a Prometheus duration");
  }

  @Test
  void toString_withPlaintextUrl_redactsIt() {
    WebhookNotifier notifier = WebhookNotifier.builder()
        .urlInPlaintext("https://hooks.slack.com/services/T000/B000/XXXXSECRET").maxAlerts(5).build();

    assertThat(notifier).hasToString("WebhookNotifier{maxAlerts=5, urlInPlaintext=****}");
  }

  @Test
  void toWebhookConfig_withSecretUrl_rendersUrlSecretOnly() {
    WebhookNotifier notifier = WebhookNotifier.builder().urlSecret(SecretRef.of("hook", "url")).build();

    assertThat(notifier.toWebhookConfig().getUrl()).isNull();
    assertThat(notifier.toWebhookConfig().getUrlSecret().getName()).isEqualTo("hook");
  }
}
