package io.monitoringascode.alerting.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackNotifierTest {
  @Test
  void from_ofEveryModelledField_roundTrips() {
    SlackNotifier notifier = SlackNotifier.builder()
        .apiUrl(SecretRef.of("slack-webhook", "url"))
        .channel("#ops").color("danger").fallback("f").footer("ft").iconEmoji(":fire:").iconUrl("https://i/")
        .imageUrl("https://img/").linkNames(true).pretext("p").sendResolved(false).text("t").thumbUrl("https://t/")
        .title("ti").titleLink("https://l/").username("am")
        .build();

    assertThat(SlackNotifier.from(notifier.toSlackConfig())).isEqualTo(notifier);
  }
}
