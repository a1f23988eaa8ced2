package shop;

import static io.monitoringascode.testkit.MonitoringAssertions.assertThat;

import io.monitoringascode.testkit.PromtoolRuleTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShopStackTest {
  @Test
  void stackHasNoErrors() {
    assertThat(new ShopStack().stack()).hasNoErrors();
  }

  @Test
  void shopDownAlertsCritical() {
    assertThat(ShopStack.rules().toPrometheusRule()).hasAlert("ShopDown")
        .hasExpr("up{job=\"shop\"} == 0")
        .hasLabel("severity", "critical");
  }

  @Test
  void shopDownFiresAfterAMinute() {
    PromtoolRuleTest.of(ShopStack.rules().toPrometheusRule())
        .series("up{job=\"shop\"}", "0x5")
        .expectAlert("2m", "ShopDown", Map.of("job", "shop", "severity", "critical"), Map.of())
        .run();
  }
}
