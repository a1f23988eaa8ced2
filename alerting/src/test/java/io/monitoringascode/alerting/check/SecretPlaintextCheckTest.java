package io.monitoringascode.alerting.check;

import static io.monitoringascode.alerting.check.CheckRun.finding;
import static io.monitoringascode.alerting.check.CheckRun.onTree;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretPlaintextCheckTest {
  private final SecretPlaintextCheck check = new SecretPlaintextCheck();

  @Test
  void slackApiUrl_writtenAsString_reportsErrorWithoutTheToken() {
    String yaml = receivers("""
            - name: slack
              slackConfigs:
                - apiURL: https://hooks.slack.com/services/T000/B000/XXXXSECRET
                  channel: '#alerts'
        """);

    List<Finding> findings = onTree(check, yaml);

    assertThat(findings).containsExactly(finding("secret/plaintext", Severity.ERROR,
        "/spec/receivers/0/slackConfigs/0/apiURL",
        "The Slack webhook URL `https://hooks.slack.com/****` is written in plain text where the CRD expects a Secret"
            + " reference, so the API server rejects this AlertmanagerConfig and anyone who can read it has the"
            + " secret.",
        "Store the URL in a Secret and reference it: `apiURL: {name: slack-webhook, key: url}`."));
    assertThat(findings.toString()).doesNotContain("XXXXSECRET");
  }

  @Test
  void basicAuthPassword_writtenAsString_reportsError() {
    String yaml = receivers("""
            - name: hook
              webhookConfigs:
                - urlSecret: {name: hook, key: url}
                  httpConfig:
                    basicAuth:
                      username: {name: hook-auth, key: user}
                      password: hunter2
        """);

    assertThat(onTree(check, yaml)).containsExactly(finding("secret/plaintext", Severity.ERROR,
        "/spec/receivers/0/webhookConfigs/0/httpConfig/basicAuth/password",
        "The basic-auth password `****` is written in plain text where the CRD expects a Secret reference, so the"
            + " API server rejects this AlertmanagerConfig and anyone who can read it has the secret.",
        "Store the value in a Secret and reference it: `password: {name: basic-auth, key: password}`."));
  }

  @Test
  void webhookUrl_withSlackToken_warnsToUseUrlSecret() {
    String yaml = receivers("""
            - name: hook
              webhookConfigs:
                - url: https://hooks.slack.com/services/T000/B000/XXXXSECRET
        """);

    assertThat(onTree(check, yaml)).containsExactly(finding("secret/plaintext", Severity.WARNING,
        "/spec/receivers/0/webhookConfigs/0/url",
        "URL `https://hooks.slack.com/****` carries its access token in plain text, so anyone who can read this"
            + " AlertmanagerConfig can use it.",
        "Store the URL in a Secret and reference it: `urlSecret: {name: webhook, key: url}`, then remove `url`."));
  }

  @Test
  void urls_withPasswordOrTokenParameter_warn() {
    String yaml = receivers("""
            - name: hook
              webhookConfigs:
                - url: https://alerts:s3cret@sink.example.com/hook
                - url: https://sink.example.com/hook?token=abc123
              pagerdutyConfigs:
                - routingKey: {name: pd, key: key}
                  url: https://events.example.com/v2/enqueue?api_key=abc123
        """);

    assertThat(onTree(check, yaml)).extracting(f -> f.location().pointer() + " " + f.message().split(" carries")[0])
        .containsExactly(
            "/spec/receivers/0/webhookConfigs/0/url URL `https://sink.example.com/****`",
            "/spec/receivers/0/webhookConfigs/1/url URL `https://sink.example.com/****`",
            "/spec/receivers/0/pagerdutyConfigs/0/url URL `https://events.example.com/****`");
  }

  @Test
  void receivers_withSecretReferencesAndPlainInClusterUrl_pass() {
    String yaml = receivers("""
            - name: slack
              slackConfigs:
                - apiURL: {name: slack-webhook, key: url}
                  actions:
                    - type: button
                      text: Runbook
                      url: '{{ (index .Alerts 0).Annotations.runbook_url }}'
            - name: hook
              webhookConfigs:
                - url: http://alert-sink.monitoring.svc:8080/hook?source=alertmanager
            - name: wechat
              wechatConfigs:
                - apiURL: http://wechatserver:8080/
                  apiSecret: {name: wechat-config, key: apiSecret}
        """);

    assertThat(onTree(check, yaml)).isEmpty();
  }

  @Test
  void config_withoutReceivers_isIgnored() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          route: {receiver: slack}
        """;

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
