package io.monitoringascode.alerting.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.Receiver;
import io.monitoringascode.core.value.InvalidModelException;
import org.junit.jupiter.api.Test;

class AlertReceiverTest {
  @Test
  void build_withEmptyName_fails() {
    assertThatThrownBy(() -> AlertReceiver.builder().name("").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`name`: a receiver needs a name.");
  }

  @Test
  void from_withoutName_namesTheMissingAttribute() {
    assertThatThrownBy(() -> AlertReceiver.from(new Receiver()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Missing mandatory attribute(s): name.");
  }

  @Test
  void build_withoutIntegrations_isTheNullReceiver() {
    AlertReceiver receiver = AlertReceiver.builder().name("null").build();

    assertThat(receiver.toReceiver().getSlackConfigs()).isNullOrEmpty();
    assertThat(AlertReceiver.from(receiver.toReceiver())).isEqualTo(receiver);
  }
}
