package io.monitoringascode.alerting.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.monitoringascode.core.value.InvalidModelException;
import org.junit.jupiter.api.Test;

class EmailNotifierTest {
  @Test
  void build_withSmarthostWithoutPort_fails() {
    assertThatThrownBy(() -> EmailNotifier.builder().to("oncall@example.com").smarthost("smtp.example.com").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`smarthost`: `smtp.example.com` is not of the form `host:port`, such as `smtp.example.com:587`.");
  }

  @Test
  void build_withHeadersDifferingInCase_fails() {
    assertThatThrownBy(() -> EmailNotifier.builder().to("oncall@example.com").putHeader("Subject", "a")
        .putHeader("subject", "b").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`headers`: `Subject` and `subject` are the same header.");
  }

  @Test
  void build_withoutRecipient_namesTheAttribute() {
    assertThatThrownBy(() -> EmailNotifier.builder().build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("to");
  }

  @Test
  void toEmailConfig_sortsHeadersAndRoundTrips() {
    EmailNotifier notifier = EmailNotifier.builder().to("oncall@example.com").putHeader("X-Team", "shop")
        .putHeader("Subject", "alert").build();

    assertThat(notifier.toEmailConfig().getHeaders()).extracting(h -> h.getKey()).containsExactly("Subject", "X-Team");
    assertThat(EmailNotifier.from(notifier.toEmailConfig())).isEqualTo(notifier);
  }
}
