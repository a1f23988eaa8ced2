package io.monitoringascode.alerting.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.alerting.route.LabelMatcher;
import io.monitoringascode.alerting.route.RouteNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartialAlertTest {
  private static final PartialAlert ALERT = PartialAlert.builder()
      .fixed("severity", "critical")
      .fixed("namespace", "")
      .present("instance")
      .possible("team")
      .build();

  private static Router router(RouteNode... children) {
    return Router.of(RouteNode.builder().receiver("root").routes(List.of(children)).build(), List.of(), List.of());
  }

  private static RouteNode to(String receiver, LabelMatcher... matchers) {
    return RouteNode.builder().receiver(receiver).matchers(List.of(matchers)).build();
  }

  private static RouteNode continuing(String receiver, LabelMatcher... matchers) {
    return RouteNode.builder().from(to(receiver, matchers)).continueMatching(true).build();
  }

  private static List<String> receivers(Router router, PartialAlert alert) {
    return router.possibleRoutes(alert).stream().map(RouteMatch::receiver).toList();
  }

  @Test
  void verdict_fixedLabels_areDecided() {
    assertThat(ALERT.verdict(LabelMatcher.equal("severity", "critical"))).isEqualTo(MatchVerdict.MATCHES);
    assertThat(ALERT.verdict(LabelMatcher.equal("severity", "warning"))).isEqualTo(MatchVerdict.DOES_NOT_MATCH);
    assertThat(ALERT.verdict(LabelMatcher.equal("namespace", "monitoring"))).isEqualTo(MatchVerdict.DOES_NOT_MATCH);
    assertThat(ALERT.verdict(LabelMatcher.regex("severity", "warn.*|crit.*"))).isEqualTo(MatchVerdict.MATCHES);
    assertThat(ALERT.verdict(LabelMatcher.notEqual("namespace", ""))).isEqualTo(MatchVerdict.DOES_NOT_MATCH);
  }

  @Test
  void verdict_unknownValues_areUnknownUnlessTheTestIgnoresTheValue() {
    assertThat(ALERT.verdict(LabelMatcher.equal("instance", "a:80"))).isEqualTo(MatchVerdict.UNKNOWN);
    assertThat(ALERT.verdict(LabelMatcher.equal("instance", ""))).isEqualTo(MatchVerdict.DOES_NOT_MATCH);
    assertThat(ALERT.verdict(LabelMatcher.regex("instance", ".+"))).isEqualTo(MatchVerdict.MATCHES);
    assertThat(ALERT.verdict(LabelMatcher.equal("team", ""))).isEqualTo(MatchVerdict.UNKNOWN);
    assertThat(ALERT.verdict(LabelMatcher.regex("team", ".+"))).isEqualTo(MatchVerdict.UNKNOWN);
    assertThat(ALERT.verdict(LabelMatcher.notRegex("team", ".*"))).isEqualTo(MatchVerdict.DOES_NOT_MATCH);
  }

  @Test
  void verdict_unnamedLabels_areAbsentUnlessOthersArePossible() {
    LabelMatcher env = LabelMatcher.equal("env", "prod");

    assertThat(ALERT.verdict(env)).isEqualTo(MatchVerdict.DOES_NOT_MATCH);
    assertThat(PartialAlert.builder().othersPossible(true).build().verdict(env)).isEqualTo(MatchVerdict.UNKNOWN);
  }

  @Test
  void possibleRoutes_certainMiss_fallsThroughToTheRoot() {
    Router router = router(to("ops", LabelMatcher.equal("namespace", "monitoring")));

    assertThat(receivers(router, ALERT)).containsExactly("root");
  }

  @Test
  void possibleRoutes_unknownMatch_keepsBothTheRouteAndTheFallThrough() {
    Router router = router(to("team", LabelMatcher.equal("team", "db")), to("ops", LabelMatcher.equal("env", "x")));

    assertThat(receivers(router, ALERT)).containsExactly("team", "root");
  }

  @Test
  void possibleRoutes_certainMatchWithoutContinue_stopsThere() {
    Router router = router(to("pager", LabelMatcher.equal("severity", "critical")), to("later"));

    assertThat(receivers(router, ALERT)).containsExactly("pager");
  }

  @Test
  void possibleRoutes_continue_goesOnToLaterSiblings() {
    Router router = router(continuing("audit", LabelMatcher.equal("severity", "critical")),
        to("pager", LabelMatcher.equal("severity", "critical")));

    assertThat(receivers(router, ALERT)).containsExactly("audit", "pager");
  }

  @Test
  void possibleRoutes_nestedRoutes_endAtTheParentWhenNoChildMatches() {
    RouteNode parent = RouteNode.builder().receiver("critical").addMatcher(LabelMatcher.equal("severity", "critical"))
        .addRoute(to("db", LabelMatcher.equal("team", "db")))
        .addRoute(to("web", LabelMatcher.equal("namespace", "web")))
        .build();

    assertThat(receivers(router(parent), ALERT)).containsExactly("db", "critical");
  }

  @Test
  void possibleRoutes_indexedSiblings_followTheFixedValueOrTryThemAll() {
    Router router = router(to("a", LabelMatcher.equal("team", "a")), to("b", LabelMatcher.equal("team", "b")),
        to("crit", LabelMatcher.equal("severity", "critical")), to("warn", LabelMatcher.equal("severity", "warning")));

    assertThat(receivers(router, ALERT)).containsExactly("a", "b", "crit");
    assertThat(receivers(router, PartialAlert.builder().fixed("severity", "warning").build()))
        .containsExactly("warn");
  }
}
