package io.monitoringascode.alerting.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.KeyValue;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.PagerDutyConfig;
import io.monitoringascode.core.value.InvalidModelException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagerDutyNotifierTest {
  @Test
  void build_withoutKey_asksForOne() {
    assertThatThrownBy(() -> PagerDutyNotifier.builder().severity("critical").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`routingKey`: a PagerDuty notifier needs `routingKey` or `serviceKey`.");
  }

  @Test
  void from_withRepeatedDetailKey_fails() {
    PagerDutyConfig config = PagerDutyNotifier.builder().routingKey(SecretRef.of("pd", "key")).build()
        .toPagerDutyConfig();
    config.setDetails(List.of(new KeyValue("team", "a"), new KeyValue("team", "b")));

    assertThatThrownBy(() -> PagerDutyNotifier.from(config))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`details`: key `team` appears twice.");
  }

  @Test
  void build_withServiceKeyOnly_roundTrips() {
    PagerDutyNotifier notifier = PagerDutyNotifier.builder().serviceKey(SecretRef.of("pagerduty", "service-key"))
        .className("database").build();

    assertThat(PagerDutyNotifier.from(notifier.toPagerDutyConfig())).isEqualTo(notifier);
  }
}
