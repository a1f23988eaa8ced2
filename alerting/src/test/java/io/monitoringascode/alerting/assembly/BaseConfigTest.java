package io.monitoringascode.alerting.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.monitoringascode.alerting.route.LabelMatcher;
import io.monitoringascode.alerting.route.MatchType;
import io.monitoringascode.core.render.Canonical;
import org.junit.jupiter.api.Test;

class BaseConfigTest {
  @Test
  void read_ofChartShapedConfig_readsRoutesAndInhibitRules() {
    BaseConfig base = Shop.base();

    assertThat(base.route().receiver()).contains("null");
    assertThat(base.route().groupBy()).containsExactly("namespace");
    assertThat(base.route().routes().get(0).matchers()).containsExactly(LabelMatcher.equal("alertname", "Watchdog"));
    assertThat(base.inhibitRules().get(0).targetMatch()).containsExactly(
        LabelMatcher.builder().matchType(MatchType.REGEX).name("severity").value("warning|info").build());
  }

  @Test
  void read_ofDeprecatedMatchMaps_readsThemAfterTheMatchers() throws Exception {
    BaseConfig base = BaseConfig.read(Canonical.yamlReader().readTree("""
        route:
          receiver: a
          routes:
          - receiver: b
            matchers: ['team != "ops"']
            match: {severity: critical}
            match_re: {service: "api|web"}
        """));

    assertThat(base.route().routes().get(0).matchers()).containsExactly(
        LabelMatcher.notEqual("team", "ops"), LabelMatcher.equal("severity", "critical"),
        LabelMatcher.regex("service", "api|web"));
  }

  @Test
  void matcherText_readsQuotedAndUnquotedValues() {
    assertThat(MatcherText.parse("alertname = \"Watchdog\"")).isEqualTo(LabelMatcher.equal("alertname", "Watchdog"));
    assertThat(MatcherText.parse("severity=~warning|info")).isEqualTo(LabelMatcher.regex("severity", "warning|info"));
    assertThat(MatcherText.parse("msg!~\"a \\\"b\\\"\"")).isEqualTo(LabelMatcher.notRegex("msg", "a \"b\""));
    assertThatThrownBy(() -> MatcherText.parse("severity"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("`severity` is not a matcher");
  }
}
