package io.monitoringascode.alerting.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.monitoringascode.core.value.InvalidModelException;
import org.junit.jupiter.api.Test;

class RouteNodeTest {
  @Test
  void build_withProseGroupWait_namesFieldAndValue() {
    assertThatThrownBy(() -> RouteNode.builder().groupWait("5 minutes").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`groupWait`: Duration `5 minutes` is not a Prometheus duration; write it as `30s`, `5m` or"
            + " `1h30m` (units y, w, d, h, m, s, ms, largest first, no spaces).");
  }

  @Test
  void build_withBareNumberRepeatInterval_suggestsSeconds() {
    assertThatThrownBy(() -> RouteNode.builder().repeatInterval("30").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`repeatInterval`: Duration `30` is not a Prometheus duration: a bare number has no unit; write"
            + " `30s`.");
  }

  @Test
  void build_withBareZeroGroupWait_asksForUnit() {
    assertThatThrownBy(() -> RouteNode.builder().groupWait("0").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`groupWait`: duration `0` has no unit, which the Prometheus Operator rejects; write `0s`.");
  }

  @Test
  void build_withZeroGroupInterval_fails() {
    assertThatThrownBy(() -> RouteNode.builder().groupInterval("0s").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`groupInterval`: duration `0s` is zero, which Alertmanager rejects.");
  }

  @Test
  void build_withZeroGroupWaitAndSmallIntervals_passes() {
    RouteNode node = RouteNode.builder().groupWait("0s").groupInterval("1ms").repeatInterval("1y").build();

    assertThat(node.groupWait()).hasValue("0s");
  }

  @Test
  void build_withRepeatedGroupByLabel_fails() {
    assertThatThrownBy(() -> RouteNode.builder().addGroupBy("job", "job").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`groupBy`: label `job` appears twice.");
  }

  @Test
  void build_withEllipsisAmongLabels_fails() {
    assertThatThrownBy(() -> RouteNode.builder().addGroupBy("...", "job").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`groupBy`: `...` must be the only entry, but the list is [..., job].");
  }

  @Test
  void toRoute_withChildren_nestsThemAsJson() {
    RouteNode node = RouteNode.builder().receiver("a")
        .addRoute(RouteNode.builder().receiver("b").addRoute(RouteNode.builder().receiver("c").build()).build())
        .build();

    assertThat(node.toRoute().getRoutes().get(0).path("routes").get(0).path("receiver").asText()).isEqualTo("c");
    assertThat(RouteNode.from(node.toRoute())).isEqualTo(node);
  }
}
