package io.monitoringascode.alerting.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.SlackActionBuilder;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.SlackConfig;
import io.monitoringascode.core.value.InvalidModelException;
import org.junit.jupiter.api.Test;

class SlackNotifierTest {
  @Test
  void from_withActions_refusesToDropThem() {
    SlackConfig config = SlackNotifier.builder().channel("#ops").build().toSlackConfig();
    config.getActions().add(new SlackActionBuilder().withType("button").withText("Runbook").withUrl("x").build());

    assertThatThrownBy(() -> SlackNotifier.from(config))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Slack config uses `actions`, which the builders do not model yet; keep the fabric8 object"
            + " instead.");
  }

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
