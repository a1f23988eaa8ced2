package io.monitoringascode.alerting.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.monitoringascode.core.value.InvalidModelException;
import org.junit.jupiter.api.Test;

class SecretRefTest {
  @Test
  void of_withUpperCaseName_fails() {
    assertThatThrownBy(() -> SecretRef.of("Slack_Webhook", "url"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`name`: `Slack_Webhook` is not a Secret name (lower-case letters, digits, `-` and `.`).");
  }

  @Test
  void of_withSlashInKey_fails() {
    assertThatThrownBy(() -> SecretRef.of("slack", "a/b"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`key`: `a/b` is not a Secret key (letters, digits, `-`, `_`, `.`).");
  }

  @Test
  void from_withOptionalSelector_fails() {
    assertThatThrownBy(() -> SecretRef.from(new SecretKeySelector("url", "slack", true)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Secret reference `slack/url` is marked `optional: true`, which this model does not allow for"
            + " notifier secrets.");
  }

  @Test
  void from_ofSelector_copiesNameAndKey() {
    SecretKeySelector selector = new SecretKeySelector("tls.key", "smtp-tls", false);

    assertThat(SecretRef.from(selector)).isEqualTo(SecretRef.of("smtp-tls", "tls.key"));
    assertThat(SecretRef.from(selector).toSecretKeySelector()).isEqualTo(new SecretKeySelector("tls.key",
        "smtp-tls", null));
  }
}
