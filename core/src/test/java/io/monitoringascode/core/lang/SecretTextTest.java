package io.monitoringascode.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretTextTest {
  @Test
  void mask_webhookUrlWithCredentials_keepsSchemeAndHostOnly() {
    assertThat(SecretText.mask("https://user:pw@hooks.slack.com/services/T0/B0/SECRET"))
        .isEqualTo("https://hooks.slack.com/****");
  }

  @Test
  void mask_notAUrl_hidesEverything() {
    assertThat(SecretText.mask("s3cr3t")).isEqualTo("****");
    assertThat(SecretText.maskedUrl("s3cr3t")).isEmpty();
  }
}
