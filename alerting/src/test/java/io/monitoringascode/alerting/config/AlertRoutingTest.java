package io.monitoringascode.alerting.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.monitoringascode.alerting.receiver.AlertReceiver;
import io.monitoringascode.alerting.receiver.SecretRef;
import io.monitoringascode.alerting.receiver.SlackNotifier;
import io.monitoringascode.alerting.receiver.WebhookNotifier;
import io.monitoringascode.alerting.route.RouteNode;
import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.golden.GoldenFiles;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.core.value.InvalidModelException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AlertRoutingTest {
  private static final String GOLDEN = "alerting/alert-routing.yaml";

  @Test
  void render_ofExampleRouting_matchesGoldenFile() {
    AlertmanagerConfig config = ExampleRouting.shop().toAlertmanagerConfig();

    GoldenFiles.assertMatches(GOLDEN, Canonical.renderYaml(Canonical.toTree(config)));
  }

  @Test
  void goldenDirectory_holdsNoOrphans() {
    GoldenFiles.assertNoOrphans(List.of(GOLDEN, "alerting/assembled-alertmanager.yaml"));
  }

  @Test
  void from_ofRenderedRouting_roundTrips() {
    AlertRouting routing = ExampleRouting.shop();

    assertThat(AlertRouting.from(routing.toAlertmanagerConfig())).isEqualTo(routing);
  }

  @Test
  void from_ofParsedGoldenFile_roundTrips() throws IOException {
    String golden = Files.readString(GoldenFiles.root().resolve(GOLDEN), StandardCharsets.UTF_8);
    AlertmanagerConfig parsed = Canonical.fromTree(DocumentReader.read(golden).get(0), AlertmanagerConfig.class);

    assertThat(AlertRouting.from(parsed)).isEqualTo(ExampleRouting.shop());
  }

  @Test
  void toAlertmanagerConfig_returnsAFreshObjectEachTime() {
    AlertRouting routing = ExampleRouting.shop();
    AlertmanagerConfig first = routing.toAlertmanagerConfig();
    first.getSpec().getReceivers().clear();

    assertThat(routing.toAlertmanagerConfig().getSpec().getReceivers()).hasSize(4);
  }

  @Test
  void tutorialConfig_rebuiltWithBuilders_rendersEqualTree() throws IOException {
    Path tutorial = SharedData.require("reference", "tutorial-repo", "k8s", "alertmanager-config.yaml");
    JsonNode original = DocumentReader.read(Files.readString(tutorial, StandardCharsets.UTF_8)).get(0);

    AlertRouting rebuilt = AlertRouting.builder()
        .name("prometheus-demo-app-alert-config")
        .putLabel("resource", "prometheus")
        .putLabel("app", "prometheus")
        .route(RouteNode.builder()
            .addGroupBy("severity")
            .groupWait("30s")
            .groupInterval("1m")
            .repeatInterval("12h")
            .receiver("slack")
            .build())
        .addReceiver(AlertReceiver.builder()
            .name("slack")
            .addSlackConfig(SlackNotifier.builder()
                .apiUrl(SecretRef.of("slack-webhook-secret", "webhook-url"))
                .channel("#alert-manager")
                .sendResolved(true)
                .text("{{ range .Alerts }}\n<!channel> {{ .Annotations.summary }}\n{{ .Annotations.description }}\n"
                    + "{{ end }}")
                .build())
            .build())
        .build();

    assertThat(Canonical.toTree(rebuilt.toAlertmanagerConfig())).isEqualTo(original);
  }

  @Test
  void toString_withPlaintextWebhookUrl_redactsIt() {
    String url = "https://hooks.slack.com/services/T000/B000/XXXXSECRET";
    AlertRouting routing = AlertRouting.builder()
        .name("demo")
        .addReceiver(AlertReceiver.builder().name("hook")
            .addWebhookConfig(WebhookNotifier.builder().urlInPlaintext(url).build()).build())
        .build();

    assertThat(routing.toString()).doesNotContain("XXXXSECRET", "hooks.slack.com").contains("urlInPlaintext=****");
  }

  @Test
  void build_withInvalidObjectName_namesTheValue() {
    assertThatThrownBy(() -> AlertRouting.builder().name("Shop_Alerts").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`name`: `Shop_Alerts` is not a Kubernetes object name (lower-case letters, digits, `-` and `.`).");
  }

  @Test
  void build_withoutName_namesTheMissingAttribute() {
    assertThatThrownBy(() -> AlertRouting.builder().build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("name");
  }

  @Test
  void from_withUnmodelledIntegration_namesIt() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: humid-config}
        spec:
          receivers:
            - name: telegram
              telegramConfigs:
                - chatID: -12345678
                  botToken: {name: telegram-secret, key: bot-token}
        """;
    AlertmanagerConfig config = Canonical.fromTree(DocumentReader.read(yaml).get(0), AlertmanagerConfig.class);

    assertThatThrownBy(() -> AlertRouting.from(config))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`AlertRouting.from`: `/spec/receivers/0/telegramConfigs` is not modeled by AlertRouting, so"
            + " importing would drop it; keep the fabric8 object for this one.");
  }

  @Test
  void from_withUnknownKeyInChildRoute_rejectsIt() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          route:
            receiver: slack
            routes:
              - receiver: slack
                groupwait: 10s
        """;
    AlertmanagerConfig config = Canonical.fromTree(DocumentReader.read(yaml).get(0), AlertmanagerConfig.class);

    assertThatThrownBy(() -> AlertRouting.from(config))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("`/spec/route/routes/0/groupwait` is not modeled by AlertRouting");
  }

  static Stream<Arguments> misspeltKeys() {
    return Stream.of(
        // Dropped, the rule would mute every alert that shares `equal` with a critical one.
        Arguments.of("""
            inhibitRules:
              - sourceMatch: [{name: severity, matchType: '=', value: critical}]
                targetmatch: [{name: severity, matchType: '=', value: warning}]
                equal: [service]
            """, "/spec/inhibitRules/0/targetmatch"),
        // Dropped, the regex would become an equality matcher (`matchType: =`).
        Arguments.of("""
            route:
              receiver: slack
              matchers: [{name: severity, matchtype: '=~', value: 'critical|page'}]
            receivers: [{name: slack}]
            """, "/spec/route/matchers/0/matchtype"),
        // Dropped, the interval would mute all day from Monday to Friday, not only at night.
        Arguments.of("""
            muteTimeIntervals:
              - name: weekday-nights
                timeIntervals:
                  - weekdays: ['monday:friday']
                    tymes: [{startTime: '00:00', endTime: '06:00'}]
            """, "/spec/muteTimeIntervals/0/timeIntervals/0/tymes"),
        // Dropped, the config would have no receivers at all.
        Arguments.of("""
            recievers: [{name: slack}]
            """, "/spec/recievers"));
  }

  @ParameterizedTest
  @MethodSource("misspeltKeys")
  void from_withMisspeltKey_refusesNamingItsPointer(String spec, String pointer) {
    String yaml = "apiVersion: monitoring.coreos.com/v1alpha1\nkind: AlertmanagerConfig\nmetadata: {name: demo}\n"
        + "spec:\n" + spec.indent(2);
    AlertmanagerConfig config = Canonical.fromTree(DocumentReader.read(yaml).get(0), AlertmanagerConfig.class);

    assertThatThrownBy(() -> AlertRouting.from(config))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`AlertRouting.from`: `" + pointer + "` is not modeled by AlertRouting, so importing would drop"
            + " it; keep the fabric8 object for this one.");
  }

  @Test
  void from_withUnmodelledSlackField_refusesToDropIt() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          receivers:
            - name: slack
              slackConfigs:
                - channel: '#ops'
                  actions: [{type: button, text: Runbook, url: 'https://runbooks/'}]
        """;
    AlertmanagerConfig config = Canonical.fromTree(DocumentReader.read(yaml).get(0), AlertmanagerConfig.class);

    assertThatThrownBy(() -> AlertRouting.from(config))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("`/spec/receivers/0/slackConfigs/0/actions` is not modeled by AlertRouting");
  }

  @Test
  void from_withWhatTheBuildersWriteCanonically_accepts() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo, uid: 0b6f, resourceVersion: "42"}
        spec:
          route:
            receiver: mail
            matchers: [{name: severity, value: critical}]
            routes:
              - receiver: pager
                matchers: [{name: team, value: 'db|infra', regex: true}, {name: env, value: prod, regex: false}]
          receivers:
            - name: mail
              emailConfigs:
                - to: ops@example.com
                  authPassword: {name: smtp, key: password, optional: false}
                  headers: [{key: Subject, value: alert}, {key: Reply-To, value: noc@example.com}]
            - name: pager
              pagerdutyConfigs:
                - routingKey: {name: pagerduty, key: routing-key}
                  details: [{key: team, value: db}, {key: runbook, value: 'https://runbooks/'}]
        """;
    AlertmanagerConfig config = Canonical.fromTree(DocumentReader.read(yaml).get(0), AlertmanagerConfig.class);

    AlertRouting routing = AlertRouting.from(config);

    assertThat(routing.route().orElseThrow().routes().get(0).matchers().get(0).toString())
        .isEqualTo("team=~\"db|infra\"");
    assertThat(routing.receivers().get(0).emailConfigs().get(0).headers()).containsKeys("Subject", "Reply-To");
  }

  @Test
  void from_withDeprecatedRegexMatcher_normalisesToMatchType() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          inhibitRules:
            - sourceMatch: [{name: severity, value: 'critical|page', regex: true}]
              targetMatch: [{name: severity, value: warning}]
        """;
    AlertmanagerConfig config = Canonical.fromTree(DocumentReader.read(yaml).get(0), AlertmanagerConfig.class);

    InhibitionRule rule = AlertRouting.from(config).inhibitRules().get(0);

    assertThat(List.of(rule.sourceMatch().get(0).toString(), rule.targetMatch().get(0).toString()))
        .containsExactly("severity=~\"critical|page\"", "severity=\"warning\"");
  }
}
