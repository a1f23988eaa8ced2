package io.monitoringascode.alerting.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.monitoringascode.alerting.config.AlertRouting;
import io.monitoringascode.alerting.config.InhibitionRule;
import io.monitoringascode.alerting.route.LabelMatcher;
import io.monitoringascode.alerting.route.MuteInterval;
import io.monitoringascode.alerting.route.RouteNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertmanagerAssemblyTest {
  private static AlertRouting config(String namespace, String name) {
    return AlertRouting.builder().namespace(namespace).name(name)
        .route(RouteNode.builder().receiver("team")
            .addRoute(RouteNode.builder().receiver("pager").addMuteTimeInterval("night").build())
            .build())
        .addMuteTimeInterval(MuteInterval.builder().name("night").build())
        .addInhibitRule(InhibitionRule.builder().addSourceMatch(LabelMatcher.equal("severity", "critical")).build())
        .build();
  }

  @Test
  void assemble_prefixesNamesAndNestsFirstLevelRoutesBeforeTheBaseRoutes() {
    AssembledConfig assembled = AlertmanagerAssembly.assemble(Shop.base(),
        List.of(config("b", "z"), config("a", "y")), MatcherStrategy.ON_NAMESPACE, "monitoring");

    List<RouteNode> firstLevel = assembled.route().routes();
    assertThat(firstLevel).extracting(route -> route.receiver().orElseThrow())
        .containsExactly("a/y/team", "b/z/team", "null");
    assertThat(firstLevel.get(0).continueMatching()).contains(true);
    assertThat(firstLevel.get(0).matchers()).containsExactly(LabelMatcher.equal("namespace", "a"));
    assertThat(firstLevel.get(0).routes().get(0).receiver()).contains("a/y/pager");
    assertThat(firstLevel.get(0).routes().get(0).muteTimeIntervals()).containsExactly("a/y/night");
    assertThat(assembled.timeIntervals()).extracting(MuteInterval::name).containsExactly("a/y/night", "b/z/night");
    assertThat(assembled.receiverNames()).containsExactly("null");
  }

  @Test
  void assemble_scopesInhibitRulesToTheNamespace() {
    AssembledConfig assembled = AlertmanagerAssembly.assemble(Shop.base(), List.of(config("a", "y")),
        MatcherStrategy.ON_NAMESPACE, "monitoring");

    InhibitionRule rule = assembled.inhibitRules().get(2);
    assertThat(rule.sourceMatch()).containsExactly(LabelMatcher.equal("namespace", "a"),
        LabelMatcher.equal("severity", "critical"));
    assertThat(rule.targetMatch()).containsExactly(LabelMatcher.equal("namespace", "a"));
  }

  @Test
  void assemble_exceptForAlertmanagerNamespace_leavesThatNamespaceUnscoped() {
    AssembledConfig assembled = AlertmanagerAssembly.assemble(Shop.base(),
        List.of(config("monitoring", "y"), config("shop", "z")),
        MatcherStrategy.ON_NAMESPACE_EXCEPT_FOR_ALERTMANAGER_NAMESPACE, "monitoring");

    assertThat(assembled.route().routes().get(0).matchers()).isEmpty();
    assertThat(assembled.route().routes().get(1).matchers()).containsExactly(LabelMatcher.equal("namespace", "shop"));
  }

  @Test
  void assemble_withStrategyNone_addsNoMatcher() {
    AssembledConfig assembled = AlertmanagerAssembly.assemble(Shop.base(), List.of(config("shop", "z")),
        MatcherStrategy.NONE, "monitoring");

    assertThat(assembled.route().routes().get(0).matchers()).isEmpty();
    assertThat(assembled.inhibitRules().get(2).targetMatch()).isEmpty();
  }

  @Test
  void assemble_ofConfigWithoutNamespace_fails() {
    AlertRouting routing = AlertRouting.builder().name("orphan").build();

    assertThatThrownBy(() -> AlertmanagerAssembly.assemble(Shop.base(), List.of(routing), MatcherStrategy.NONE, "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("`orphan` has no namespace");
  }
}
