package io.monitoringascode.alerting.check;

import static io.monitoringascode.alerting.check.CheckRun.onTree;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.finding.Span;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlertingTemplateCheckTest {
  private final AlertingTemplateCheck check = new AlertingTemplateCheck();

  @Test
  void slackTitle_withUnclosedAction_reportsSpanAndConsequence() {
    String yaml = receivers("""
            - name: slack
              slackConfigs:
                - apiURL: {name: slack-webhook, key: url}
                  title: '[{{ .Status }}] {{ .CommonLabels.alertname }'
        """);

    assertThat(onTree(check, yaml)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(RuleId.of("alerting/template"));
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location().pointer()).isEqualTo("/spec/receivers/0/slackConfigs/0/title");
      assertThat(f.location().span()).isPresent();
      assertThat(f.message()).startsWith("Template `").endsWith(
          "), so Alertmanager fails every notification of this Slack integration.");
      assertThat(f.hint()).hasValue("Fix the template so that Go's `text/template` parses it.");
    });
  }

  @Test
  void slackText_withMisspeltFunction_suggestsAlertmanagerFunction() {
    String yaml = receivers("""
            - name: slack
              slackConfigs:
                - text: '{{ .CommonLabels.alertname | toupper }}'
        """);

    assertThat(onTree(check, yaml)).containsExactly(new Finding(RuleId.of("alerting/template"), Severity.ERROR,
        new Location(Optional.empty(), 0, "/spec/receivers/0/slackConfigs/0/text", Optional.of(new Span(29, 36))),
        "Template `toupper` does not parse (function \"toupper\" not defined), so Alertmanager fails every"
            + " notification of this Slack integration.",
        Optional.of("Write `toUpper`, the closest template function.")));
  }

  @Test
  void emailHeaderAndPagerDutyDetail_withBrokenTemplates_areReported() {
    String yaml = receivers("""
            - name: mail
              emailConfigs:
                - to: oncall@example.com
                  headers: [{key: Subject, value: '{{ if .Alerts }}firing'}]
              pagerdutyConfigs:
                - routingKey: {name: pd, key: key}
                  details: [{key: who, value: '{{ $owner }}'}]
        """);

    assertThat(onTree(check, yaml)).extracting(f -> f.location().pointer(), Finding::hint).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/spec/receivers/0/emailConfigs/0/headers/0/value",
            Optional.of("Fix the template so that Go's `text/template` parses it.")),
        org.assertj.core.groups.Tuple.tuple("/spec/receivers/0/pagerdutyConfigs/0/details/0/value",
            Optional.of("Declare `$owner` with `{{ $owner := … }}` before this use, or use a field of `.`.")));
  }

  @Test
  void realWorldSlackTemplates_pass() {
    String yaml = receivers("""
            - name: ops
              slackConfigs:
                - actions:
                    - type: button
                      text: "Runbook :green_book:"
                      url: '{{ if eq .Status "firing" }}{{ (index .Alerts 0).Annotations.runbook_url }}{{ end }}'
                  color: '{{ template "slack.color" . }}'
                  text: |-
                    {{ range .Alerts }}
                    <!channel> {{ .Annotations.summary }}
                    {{- /* trimmed */ -}}
                    {{ end }}
                  title: '{{ title .CommonLabels.namespace }} {{ .CommonLabels.alertname | toUpper }}'
                  username: '{{ reReplaceAll "-" " " .Receiver }}'
        """);

    assertThat(onTree(check, yaml)).isEmpty();
  }

  @Test
  void nonTemplatedFields_areIgnored() {
    String yaml = receivers("""
            - name: hook
              webhookConfigs:
                - url: 'http://sink/{{ broken'
              slackConfigs:
                - apiURL: '{{ broken'
              emailConfigs:
                - to: oncall@example.com
                  smarthost: '{{ broken'
        """);

    assertThat(onTree(check, yaml)).isEmpty();
  }

  private static String receivers(String items) {
    return """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          receivers:
        """ + items;
  }
}
