package io.monitoringascode.alerting.check;

import static io.monitoringascode.alerting.check.CheckRun.finding;
import static io.monitoringascode.alerting.check.CheckRun.onModel;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Severity;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AlertingMatcherCheckTest {
  private final AlertingMatcherCheck check = new AlertingMatcherCheck();

  @Test
  void regexMatcher_thatDoesNotCompile_reportsTheRegex() {
    String yaml = routeWith("{name: job, matchType: '=~', value: 'api(-v2'}");

    assertThat(onModel(check, yaml)).containsExactly(finding("alerting/matcher", Severity.ERROR,
        "/spec/route/routes/0/matchers/0/value",
        "Regex `api(-v2` is not valid RE2 (unclosed group near index 7), so Alertmanager cannot load the"
            + " configuration generated from this AlertmanagerConfig.",
        "Fix the regular expression; Alertmanager uses Go's RE2 syntax and anchors it as `^(?:…)$`."));
  }

  @Test
  void regexMatcher_withLookahead_reportsRe2Limitation() {
    String yaml = routeWith("{name: job, matchType: '!~', value: 'api(?!-canary).*'}");

    assertThat(onModel(check, yaml)).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo(
        "Regex `api(?!-canary).*` is not valid RE2 (`(?!` at index 3 (lookaround or atomic group) is not supported by"
            + " Go's RE2), so Alertmanager cannot load the configuration generated from this AlertmanagerConfig."));
  }

  @Test
  void regexMatcher_withRepeatCountOverRe2Limit_reportsError() {
    String yaml = routeWith("{name: instance, matchType: '=~', value: 'a{1001}'}");

    assertThat(onModel(check, yaml)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).isEqualTo("Regex `a{1001}` is not valid RE2 (repeat count `{1001}` at index 1 is more"
          + " than Go's RE2 allows (1000)), so Alertmanager cannot load the configuration generated from this"
          + " AlertmanagerConfig.");
    });
  }

  @Test
  void regexMatcher_withEscapeRe2DoesNotDefine_reportsError() {
    String yaml = routeWith("{name: instance, matchType: '=~', value: 'caf\\u00e9'}");

    assertThat(onModel(check, yaml)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).contains("escape `\\u` at index 3 is not supported by Go's RE2");
    });
  }

  @Test
  void regexMatcher_thatOnlyJavaRejects_warnsInsteadOfError() {
    String yaml = routeWith("{name: region, matchType: '=~', value: '\\p{Greek}+'}");

    assertThat(onModel(check, yaml)).containsExactly(finding("alerting/matcher", Severity.WARNING,
        "/spec/route/routes/0/matchers/0/value",
        "Java's regex engine rejects regex `\\p{Greek}+` (unknown character property name {Greek} near index 8);"
            + " Alertmanager uses Go's RE2, which may accept it, so this check cannot tell whether the generated"
            + " configuration loads.",
        "Check the regular expression against Go's RE2 syntax, for example with `amtool check-config` on the"
            + " generated configuration."));
  }

  @Test
  void regexMatcher_withBracketInClass_warnsInsteadOfError() {
    String yaml = routeWith("{name: job, matchType: '=~', value: '[[]x'}");

    assertThat(onModel(check, yaml)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void matcher_withUnknownMatchType_suggestsTheOperator() {
    String yaml = routeWith("{name: severity, matchType: '==', value: critical}");

    assertThat(onModel(check, yaml)).containsExactly(finding("alerting/matcher", Severity.ERROR,
        "/spec/route/routes/0/matchers/0/matchType",
        "Match type `==` is not one of `=`, `!=`, `=~`, `!~`, so the API server rejects this AlertmanagerConfig.",
        "Write `matchType: =`."));
  }

  @Test
  void matcher_withDashedLabelName_warnsWithValidName() {
    String yaml = routeWith("{name: team-name, value: ops}");

    assertThat(onModel(check, yaml)).containsExactly(finding("alerting/matcher", Severity.WARNING,
        "/spec/route/routes/0/matchers/0/name",
        "Label name `team-name` is not a classic Prometheus label name, so alerts from a Prometheus without UTF-8"
            + " names never carry it.",
        "Write `team_name`."));
  }

  @Test
  void matcher_withDeprecatedRegexFlag_advisesMatchType() {
    String yaml = routeWith("{name: severity, value: 'critical|warning', regex: true}");

    assertThat(onModel(check, yaml)).containsExactly(finding("alerting/matcher", Severity.INFO,
        "/spec/route/routes/0/matchers/0/regex",
        "Field `regex: true` is deprecated since Alertmanager 0.22 in favour of `matchType`.",
        "Replace `regex: true` with `matchType: =~`."));
  }

  @Test
  void matcher_withRegexFlagOverriddenByEqual_warnsLiteralComparison() {
    String yaml = routeWith("{name: severity, matchType: '=', value: 'critical|warning', regex: true}");

    assertThat(onModel(check, yaml)).containsExactly(finding("alerting/matcher", Severity.WARNING,
        "/spec/route/routes/0/matchers/0/regex",
        "Field `regex: true` is ignored because `matchType: =` takes precedence, so `critical|warning` is compared as"
            + " plain text.",
        "Write `matchType: =~` and remove `regex`."));
  }

  @Test
  void inhibitRule_withBrokenTargetRegex_reportsInhibitPointer() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          inhibitRules:
            - sourceMatch: [{name: severity, value: critical}]
              targetMatch: [{name: severity, matchType: '=~', value: '[warning'}]
        """;

    assertThat(onModel(check, yaml)).singleElement()
        .satisfies(f -> assertThat(f.location().pointer()).isEqualTo("/spec/inhibitRules/0/targetMatch/0/value"));
  }

  static Stream<Arguments> acceptedMatchers() {
    return Stream.of(
        Arguments.of("{name: severity, matchType: '=~', value: 'critical|warning'}"),
        Arguments.of("{name: job, matchType: '=~', value: '(?P<env>prod|staging)-.+'}"),
        Arguments.of("{name: job, matchType: '!~', value: '[(]literal'}"),
        Arguments.of("{name: __name__, matchType: '!=', value: 'a(b'}"),
        Arguments.of("{name: severity, value: ''}"),
        Arguments.of("{name: instance, matchType: '=~', value: '\\d+\\.\\d+'}"),
        Arguments.of("{name: team, matchType: '=~', value: 'db\\_.*'}"),
        Arguments.of("{name: instance, matchType: '=~', value: '[0-9]{1000}'}"));
  }

  @ParameterizedTest
  @MethodSource("acceptedMatchers")
  void matcher_nearTheBoundary_passes(String matcher) {
    assertThat(onModel(check, routeWith(matcher))).isEmpty();
  }

  @Test
  void config_withoutMatchers_isIgnored() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          route: {receiver: slack}
        """;

    assertThat(onModel(check, yaml)).isEmpty();
  }

  private static String routeWith(String matcher) {
    return """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          route:
            receiver: slack
            routes:
              - receiver: slack
                matchers:
                  - %s
        """.formatted(matcher);
  }
}
