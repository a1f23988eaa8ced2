package io.monitoringascode.alerting.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.alerting.config.InhibitionRule;
import io.monitoringascode.alerting.route.LabelMatcher;
import io.monitoringascode.alerting.route.MuteInterval;
import io.monitoringascode.alerting.route.RouteNode;
import io.monitoringascode.alerting.route.TimeOfDayRange;
import io.monitoringascode.alerting.route.TimeWindow;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouterTest {
  private static Router router(RouteNode... children) {
    return Router.of(RouteNode.builder().receiver("root").routes(List.of(children)).build(), List.of(), List.of());
  }

  private static RouteNode to(String receiver, LabelMatcher... matchers) {
    return RouteNode.builder().receiver(receiver).matchers(List.of(matchers)).build();
  }

  @Test
  void equal_matchesTheExactValueOnly() {
    Router router = router(to("ops", LabelMatcher.equal("team", "ops")));

    assertThat(router.route(Alert.of("team", "ops")).receivers()).containsExactly("ops");
    assertThat(router.route(Alert.of("team", "ops2")).receivers()).containsExactly("root");
  }

  @Test
  void equalToEmpty_matchesAnAlertWithoutTheLabel() {
    Router router = router(to("unowned", LabelMatcher.equal("team", "")));

    assertThat(router.route(Alert.of("alertname", "X")).receivers()).containsExactly("unowned");
    assertThat(router.route(Alert.of("team", "ops")).receivers()).containsExactly("root");
  }

  @Test
  void notEqual_matchesOtherValuesAndAbsence() {
    Router router = router(to("not-dev", LabelMatcher.notEqual("env", "dev")));

    assertThat(router.route(Alert.of("env", "prod")).receivers()).containsExactly("not-dev");
    assertThat(router.route(Alert.of("alertname", "X")).receivers()).containsExactly("not-dev");
    assertThat(router.route(Alert.of("env", "dev")).receivers()).containsExactly("root");
  }

  @Test
  void regex_isAnchoredAtBothEnds() {
    Router router = router(to("db", LabelMatcher.regex("service", "mysql|postgres")));

    assertThat(router.route(Alert.of("service", "postgres")).receivers()).containsExactly("db");
    assertThat(router.route(Alert.of("service", "postgres-exporter")).receivers()).containsExactly("root");
    assertThat(router.route(Alert.of("service", "my-mysql")).receivers()).containsExactly("root");
  }

  @Test
  void regexOfPlainWords_matchesAsTheRegexWould() {
    Router router = router(to("db", LabelMatcher.regex("service", "mysql|mysql|db-1:main")),
        to("empty", LabelMatcher.regex("service", "a|")));

    assertThat(router.route(Alert.of("service", "db-1:main")).receivers()).containsExactly("db");
    assertThat(router.route(Alert.of("service", "mysq")).receivers()).containsExactly("root");
    assertThat(router.route(Alert.of("team", "ops")).receivers()).containsExactly("empty");
  }

  @Test
  void notRegex_isAnchoredAtBothEnds() {
    Router router = router(to("not-db", LabelMatcher.notRegex("service", "mysql|postgres")));

    assertThat(router.route(Alert.of("service", "postgres-exporter")).receivers()).containsExactly("not-db");
    assertThat(router.route(Alert.of("service", "mysql")).receivers()).containsExactly("root");
  }

  @Test
  void firstMatchingChild_stopsTheSearchUnlessItContinues() {
    Router stops = router(to("a", LabelMatcher.equal("team", "ops")), to("b", LabelMatcher.regex("team", ".+")));
    Router continues = router(
        RouteNode.builder().from(to("a", LabelMatcher.equal("team", "ops"))).continueMatching(true).build(),
        to("b", LabelMatcher.regex("team", ".+")));

    assertThat(stops.route(Alert.of("team", "ops")).receivers()).containsExactly("a");
    assertThat(continues.route(Alert.of("team", "ops")).receivers()).containsExactly("a", "b");
  }

  @Test
  void siblingsOnTheSameLabel_keepTheirOrderAndContinue() {
    RouteNode first = RouteNode.builder().from(to("a1", LabelMatcher.equal("team", "a"))).continueMatching(true)
        .build();
    Router router = router(first, to("b", LabelMatcher.equal("team", "b")),
        to("a2", LabelMatcher.equal("team", "a"), LabelMatcher.equal("env", "prod")),
        to("a3", LabelMatcher.equal("team", "a")), to("a4", LabelMatcher.equal("team", "a")),
        to("any", LabelMatcher.regex("team", ".*")));

    assertThat(router.route(Alert.of("team", "a")).receivers()).containsExactly("a1", "a3");
    assertThat(router.route(Alert.of("team", "a", "env", "prod")).receivers()).containsExactly("a1", "a2");
    assertThat(router.route(Alert.of("team", "b")).receivers()).containsExactly("b");
    assertThat(router.route(Alert.of("team", "c")).receivers()).containsExactly("any");
  }

  @Test
  void nestedRoute_whoseChildrenAllMiss_isItselfTheMatch() {
    RouteNode database = RouteNode.builder().receiver("db").addMatcher(LabelMatcher.equal("service", "db"))
        .addRoute(to("db-pager", LabelMatcher.equal("severity", "critical")))
        .build();
    Router router = router(database);

    assertThat(router.route(Alert.of("service", "db", "severity", "critical")).paths())
        .containsExactly("route > routes[0] {service=\"db\"} > routes[0] {severity=\"critical\"}");
    assertThat(router.route(Alert.of("service", "db", "severity", "warning")).receivers()).containsExactly("db");
  }

  @Test
  void childRoute_inheritsReceiverGroupByAndTimers_butNotTimeIntervals() {
    RouteNode root = RouteNode.builder().receiver("team").addGroupBy("...").groupWait("10s").repeatInterval("1h")
        .addMuteTimeInterval("night")
        .addRoute(RouteNode.builder().addMatcher(LabelMatcher.equal("severity", "critical")).groupWait("0s").build())
        .build();

    RouteMatch match = Router.of(root, List.of(), List.of()).route(Alert.of("severity", "critical")).matches().get(0);

    assertThat(match).isEqualTo(new RouteMatch("route > routes[0] {severity=\"critical\"}", "team", List.of("..."),
        "0s", "5m", "1h", List.of(), List.of()));
    assertThat(match.groupsByAll()).isTrue();
  }

  @Test
  void muteAndActiveTimeIntervals_areEvaluatedAtTheGivenMoment() {
    MuteInterval office = MuteInterval.builder().name("office").addTimeInterval(TimeWindow.builder()
        .addTime(TimeOfDayRange.of("09:00", "17:00")).addWeekday("monday:friday").build()).build();
    Router router = Router.of(RouteNode.builder().receiver("root")
            .addRoute(RouteNode.builder().from(to("chat", LabelMatcher.equal("severity", "warning")))
                .addActiveTimeInterval("office").continueMatching(true).build())
            .addRoute(RouteNode.builder().from(to("pager", LabelMatcher.regex("severity", "warning|critical")))
                .addMuteTimeInterval("office").build())
            .build(),
        List.of(), List.of(office));
    Alert warning = Alert.of("severity", "warning");

    assertThat(router.receiversAt(warning, ZonedDateTime.parse("2026-11-25T10:00:00Z"))).containsExactly("chat");
    assertThat(router.receiversAt(warning, ZonedDateTime.parse("2026-11-25T17:00:00Z"))).containsExactly("pager");
    assertThat(router.receiversAt(warning, ZonedDateTime.parse("2026-11-29T10:00:00Z"))).containsExactly("pager");
    assertThat(router.receiversAt(warning, ZonedDateTime.parse("2026-11-25T10:00:00+02:00[Europe/Berlin]")))
        .containsExactly("chat");
  }

  @Test
  void undefinedTimeInterval_coversNothing() {
    Router router = Router.of(RouteNode.builder().receiver("root").addMuteTimeInterval("missing").build(), List.of(),
        List.of());

    assertThat(router.receiversAt(Alert.of("a", "b"), ZonedDateTime.parse("2026-11-25T10:00:00Z")))
        .containsExactly("root");
  }

  @Test
  void inhibition_needsAMatchingSourceWithEqualLabels() {
    Router router = Router.of(RouteNode.builder().receiver("root").build(), List.of(InhibitionRule.builder()
        .addSourceMatch(LabelMatcher.equal("severity", "critical"))
        .addTargetMatch(LabelMatcher.equal("severity", "warning"))
        .addEqual("alertname", "cluster")
        .build()), List.of());
    Alert warning = Alert.of("alertname", "Down", "severity", "warning");

    assertThat(router.isInhibited(warning, List.of(Alert.of("alertname", "Down", "severity", "critical")))).isTrue();
    assertThat(router.isInhibited(warning, List.of(Alert.of("alertname", "Up", "severity", "critical")))).isFalse();
    assertThat(router.isInhibited(warning,
        List.of(Alert.of("alertname", "Down", "severity", "critical", "cluster", "eu")))).isFalse();
    assertThat(router.isInhibited(warning, List.of(warning))).isFalse();
    assertThat(router.notifiedReceivers(warning, List.of(Alert.of("alertname", "Down", "severity", "critical")),
        ZonedDateTime.parse("2026-11-29T03:00:00Z"))).isEmpty();
  }

  @Test
  void inhibition_ofAnAlertMatchingBothSides_ignoresSourcesThatMatchBothSides() {
    Router router = Router.of(RouteNode.builder().receiver("root").build(), List.of(InhibitionRule.builder()
        .addSourceMatch(LabelMatcher.regex("severity", "critical|warning"))
        .addTargetMatch(LabelMatcher.regex("severity", "warning|info"))
        .build()), List.of());
    Alert warning = Alert.of("alertname", "A", "severity", "warning");

    assertThat(router.isInhibited(warning, List.of(warning, Alert.of("alertname", "B", "severity", "warning"))))
        .isFalse();
    assertThat(router.isInhibited(warning, List.of(Alert.of("alertname", "B", "severity", "critical")))).isTrue();
  }
}
