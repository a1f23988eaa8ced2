package io.monitoringascode.alerting.check;

import static io.monitoringascode.alerting.check.CheckRun.finding;
import static io.monitoringascode.alerting.check.CheckRun.onModel;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Severity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AlertingDurationCheckTest {
  /** The fix {@code PromDuration.describeInvalid} gives, for values that suggest no exact one. */
  private static final String GENERAL_HINT =
      "Write it as `30s`, `5m` or `1h30m` (units y, w, d, h, m, s, ms, largest first, no spaces).";

  private final AlertingDurationCheck check = new AlertingDurationCheck();

  @Test
  void groupWait_writtenInProse_reportsOperatorRejection() {
    assertThat(onModel(check, config("groupWait: 5 minutes"))).containsExactly(finding("alerting/duration",
        Severity.ERROR, "/spec/route/routes/0/groupWait",
        "Duration `5 minutes` is not a Prometheus duration, so the operator rejects this AlertmanagerConfig and none"
            + " of its routes take effect.",
        "Write `5m`."));
  }

  static Stream<Arguments> invalidDurations() {
    return Stream.of(
        Arguments.of("groupWait: \"30\"", "groupWait", "Write `30s`."),
        Arguments.of("groupWait: 1 hour 30 mins", "groupWait", "Write `1h30m`."),
        Arguments.of("groupWait: 1.5h", "groupWait", GENERAL_HINT),
        Arguments.of("groupInterval: 5M", "groupInterval", "Write `5m`."),
        Arguments.of("repeatInterval: 30m4h", "repeatInterval", GENERAL_HINT),
        Arguments.of("repeatInterval: 4 fortnights", "repeatInterval", GENERAL_HINT));
  }

  @ParameterizedTest
  @MethodSource("invalidDurations")
  void duration_notInPrometheusNotation_hintsTheLikelyValue(String line, String key, String hint) {
    List<Finding> findings = onModel(check, config(line));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.location().pointer()).isEqualTo("/spec/route/routes/0/" + key);
      assertThat(f.hint()).hasValue(hint);
    });
  }

  @Test
  void groupWait_bareNumber_saysItHasNoUnit() {
    assertThat(onModel(check, config("groupWait: \"30\""))).containsExactly(finding("alerting/duration",
        Severity.ERROR, "/spec/route/routes/0/groupWait",
        "Duration `30` is not a Prometheus duration: a bare number has no unit, so the operator rejects this"
            + " AlertmanagerConfig and none of its routes take effect.",
        "Write `30s`."));
  }

  @Test
  void groupWait_bareZero_reportsMissingUnit() {
    assertThat(onModel(check, config("groupWait: \"0\""))).containsExactly(finding("alerting/duration",
        Severity.ERROR, "/spec/route/routes/0/groupWait",
        "Duration `0` has no unit, which the operator's duration pattern requires, so it rejects this"
            + " AlertmanagerConfig and none of its routes take effect.",
        "Write `0s`."));
  }

  @Test
  void repeatInterval_zero_reportsAlertmanagerRejection() {
    assertThat(onModel(check, config("repeatInterval: 0s"))).containsExactly(finding("alerting/duration",
        Severity.ERROR, "/spec/route/routes/0/repeatInterval",
        "Interval `0s` is zero, which Alertmanager rejects, so the configuration generated from this"
            + " AlertmanagerConfig fails to load and its routes never take effect.",
        "Write a positive duration such as `4h`."));
  }

  @Test
  void durations_atTheBoundary_pass() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          route:
            receiver: slack
            groupWait: 0s
            groupInterval: 1ms
            repeatInterval: 1y2w3d4h5m6s7ms
        """;

    assertThat(onModel(check, yaml)).isEmpty();
  }

  @Test
  void route_withoutDurations_isIgnored() {
    assertThat(onModel(check, config("receiver: slack"))).isEmpty();
  }

  private static String config(String childLine) {
    return """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          route:
            receiver: slack
            routes:
              - %s
        """.formatted(childLine);
  }
}
