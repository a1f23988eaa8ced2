package io.monitoringascode.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectNamesTest {
  @ParameterizedTest
  @ValueSource(strings = {"demo-alerts", "slack.webhook", "a", "0a"})
  void isObjectName_ofDnsSubdomain_isTrue(String name) {
    assertThat(ObjectNames.isObjectName(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Slack_Webhook", "-a", "a-", "a..b", "a/b"})
  void isObjectName_ofOtherText_isFalse(String name) {
    assertThat(ObjectNames.isObjectName(name)).isFalse();
  }

  @Test
  void isObjectName_atTheLengthLimit_counts253Characters() {
    assertThat(ObjectNames.isObjectName("a".repeat(253))).isTrue();
    assertThat(ObjectNames.isObjectName("a".repeat(254))).isFalse();
  }

  @Test
  void isNamespaceName_withDotOrOver63Characters_isFalse() {
    assertThat(ObjectNames.isNamespaceName("monitoring")).isTrue();
    assertThat(ObjectNames.isNamespaceName("a.b")).isFalse();
    assertThat(ObjectNames.isNamespaceName("a".repeat(63))).isTrue();
    assertThat(ObjectNames.isNamespaceName("a".repeat(64))).isFalse();
  }
}
