package io.monitoringascode.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CrdSchemasTest {
  private static final String V1 = "monitoring.coreos.com/v1";
  private static final String V1ALPHA1 = "monitoring.coreos.com/v1alpha1";
  private static final String REJECTED = ", so the API server rejects the object.";

  private static final String SERVICE_MONITOR = """
      apiVersion: monitoring.coreos.com/v1
      kind: ServiceMonitor
      metadata:
        name: demo-app
        namespace: monitoring
        labels:
          release: kube-prometheus-stack
          app.kubernetes.io/name: demo-app
        annotations:
          owner: team-a
      spec:
        selector:
          matchLabels:
            app: demo-app
        namespaceSelector:
          matchNames: [default]
        endpoints:
        - port: http
          path: /metrics
          interval: 30s
          scrapeTimeout: 10s
          targetPort: 8080
      """;

  private final CrdSchemas schemas = CrdSchemas.bundled();

  @Test
  void knows_bundledKinds_trueOnlyForTheirApiVersion() {
    assertThat(schemas.knows(V1, "ServiceMonitor")).isTrue();
    assertThat(schemas.knows(V1, "PodMonitor")).isTrue();
    assertThat(schemas.knows(V1, "PrometheusRule")).isTrue();
    assertThat(schemas.knows(V1ALPHA1, "AlertmanagerConfig")).isTrue();
    assertThat(schemas.knows(V1ALPHA1, "ScrapeConfig")).isTrue();
    assertThat(schemas.knows("monitoring.coreos.com/v1beta1", "ServiceMonitor")).isFalse();
    assertThat(schemas.knows("v1", "ConfigMap")).isFalse();
  }

  @Test
  void validate_unknownKind_throwsNamingIt() {
    assertThatThrownBy(() -> schemas.validate("v1", "ConfigMap", yaml("kind: ConfigMap")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No schema for kind `ConfigMap` of `v1`.");
  }

  @Test
  void validate_plaintextSecretWhereReferenceExpected_neverQuotesTheValue() {
    JsonNode config = yaml("""
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata:
          name: slack
        spec:
          route:
            receiver: slack
          receivers:
          - name: slack
            slackConfigs:
            - apiURL: https://hooks.slack.com/services/T000/B000/SUPERSECRETTOKEN
        """);

    List<Finding> findings = schemas.validate(V1ALPHA1, "AlertmanagerConfig", config);

    assertThat(findings).extracting(f -> f.ruleId().value() + " " + f.location().pointer())
        .containsExactly("schema/type /spec/receivers/0/slackConfigs/0/apiURL");
    assertThat(findings).allSatisfy(f -> assertThat(f.toString()).doesNotContain("SUPERSECRETTOKEN", "services"));
  }

  @Test
  void validate_urlInEnumOrPatternFinding_showsOnlySchemeAndHost() {
    List<Finding> findings = serviceMonitor(SERVICE_MONITOR.replace("interval: 30s",
        "interval: https://example.com/token/abc"));

    assertThat(findings).singleElement().satisfies(f -> assertThat(f.message())
        .contains("`https://example.com/****`").doesNotContain("token"));
  }

  @Test
  void validate_misspeltMetadataLabels_reportsUnknownFieldWithDidYouMean() {
    List<Finding> findings = serviceMonitor(SERVICE_MONITOR.replace("  labels:\n", "  lables:\n"));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId().value()).isEqualTo("schema/unknown-field");
      assertThat(f.location().pointer()).isEqualTo("/metadata/lables");
      assertThat(f.hint()).hasValueSatisfying(h -> assertThat(h).contains("`labels`"));
    });
  }

  @Test
  void validate_validServiceMonitor_noFindings() {
    assertThat(serviceMonitor(SERVICE_MONITOR)).isEmpty();
  }

  @Test
  void validate_misspeltEndpointField_reportsUnknownFieldWithDidYouMean() {
    List<Finding> findings = serviceMonitor(SERVICE_MONITOR.replace("interval: 30s", "intervall: 30s"));

    assertThat(findings).containsExactly(error("schema/unknown-field", "/spec/endpoints/0/intervall",
        "Field `intervall` is not part of ServiceMonitor `spec.endpoints[]`, so the API server drops it and the "
            + "operator never sees it.",
        "Rename `intervall` to `interval`."));
  }

  @Test
  void validate_integerInterval_reportsTypeAtTheField() {
    List<Finding> findings = serviceMonitor(SERVICE_MONITOR.replace("interval: 30s", "interval: 30"));

    assertThat(findings).containsExactly(error("schema/type", "/spec/endpoints/0/interval",
        "Field `spec.endpoints[0].interval` is the integer `30` where ServiceMonitor expects a string" + REJECTED,
        "Write a duration string such as `30s` or `1m30s`."));
  }

  @Test
  void validate_malformedDuration_reportsPatternQuotingIt() {
    List<Finding> findings = serviceMonitor(SERVICE_MONITOR.replace("scrapeTimeout: 10s", "scrapeTimeout: 10 sec"));

    assertThat(findings).containsExactly(error("schema/pattern", "/spec/endpoints/0/scrapeTimeout",
        "Field `spec.endpoints[0].scrapeTimeout` is `10 sec`, which does not match the pattern `"
            + SchemaFindings.DURATION_PATTERN + "`" + REJECTED,
        "Write a duration such as `30s` or `1m30s`: digits with a unit of `ms`, `s`, `m`, `h`, `d`, `w` or `y`."));
  }

  @Test
  void validate_booleanIntOrString_reportsOneTypeFindingWithoutAnyOfNoise() {
    List<Finding> findings = serviceMonitor(SERVICE_MONITOR.replace("targetPort: 8080", "targetPort: true"));

    assertThat(findings).containsExactly(error("schema/type", "/spec/endpoints/0/targetPort",
        "Field `spec.endpoints[0].targetPort` is the boolean `true` where ServiceMonitor expects an integer or a "
            + "string" + REJECTED,
        "Quote it: `\"true\"`."));
  }

  @Test
  void validate_stringIntOrString_noFindings() {
    assertThat(serviceMonitor(SERVICE_MONITOR.replace("targetPort: 8080", "targetPort: web"))).isEmpty();
  }

  @Test
  void validate_unknownEnumValue_listsAllowedValues() {
    List<Finding> findings = serviceMonitor(SERVICE_MONITOR.replace("path: /metrics", "scheme: hxxp"));

    assertThat(findings).containsExactly(error("schema/enum", "/spec/endpoints/0/scheme",
        "Field `spec.endpoints[0].scheme` is `hxxp`, which ServiceMonitor does not allow" + REJECTED,
        "Use one of `http`, `https`."));
  }

  @Test
  void validate_enumFieldOfWrongType_reportsOnlyTheType() {
    List<Finding> findings = serviceMonitor(SERVICE_MONITOR.replace("path: /metrics", "scheme: 1"));

    assertThat(findings).extracting(Finding::ruleId).containsExactly(RuleId.of("schema/type"));
  }

  @Test
  void validate_missingSelector_reportsRequiredAtSpec() {
    List<Finding> findings = serviceMonitor(SERVICE_MONITOR.replace("  selector:\n    matchLabels:\n"
        + "      app: demo-app\n", ""));

    assertThat(findings).containsExactly(error("schema/required", "/spec",
        "ServiceMonitor `spec` lacks the required field `selector`" + REJECTED,
        "Add `selector` to `spec`."));
  }

  @Test
  void validate_unknownTopLevelField_listsNearestFields() {
    List<Finding> findings = serviceMonitor(SERVICE_MONITOR + "extra: true\n");

    assertThat(findings).containsExactly(error("schema/unknown-field", "/extra",
        "Field `extra` is not part of ServiceMonitor, so the API server drops it and the operator never sees it.",
        "Remove it, or use one of the nearest fields: `kind`, `spec`, `status`, `metadata`, `apiVersion`."));
  }

  @Test
  void validate_nullValueOfTypedField_acceptedAsTheApiServerPrunesIt() {
    String empty = SERVICE_MONITOR.replace("  namespaceSelector:\n    matchNames: [default]\n",
        "  namespaceSelector: null\n");

    assertThat(serviceMonitor(empty)).isEmpty();
  }

  @Test
  void validate_freeLabelsAndAnnotations_accepted() {
    String labelled = SERVICE_MONITOR.replace("  annotations:\n", "  annotations:\n    any.thing/at-all: \"yes\"\n");

    assertThat(serviceMonitor(labelled)).isEmpty();
  }

  @Test
  void validate_numericLabelValue_reportsTypeWithQuoteHint() {
    List<Finding> findings = serviceMonitor(SERVICE_MONITOR.replace("release: kube-prometheus-stack", "tier: 1"));

    assertThat(findings).containsExactly(error("schema/type", "/metadata/labels/tier",
        "Field `metadata.labels.tier` is the integer `1` where ServiceMonitor expects a string" + REJECTED,
        "Quote it: `\"1\"`."));
  }

  @Test
  void validate_duplicateInSetList_reportsInvalid() {
    String duplicated = SERVICE_MONITOR.replace("  endpoints:\n",
        "  scrapeProtocols: [PrometheusText0.0.4, PrometheusText0.0.4]\n  endpoints:\n");

    assertThat(serviceMonitor(duplicated)).containsExactly(error("schema/invalid", "/spec/scrapeProtocols",
        "Field `spec.scrapeProtocols` lists the same value more than once" + REJECTED, null));
  }

  @Test
  void validate_statusTimestamp_checkedAsDateTime() {
    String status = """
        status:
          bindings:
          - group: monitoring.coreos.com
            resource: prometheuses
            name: main
            namespace: monitoring
            conditions:
            - type: Accepted
              status: "True"
              lastTransitionTime: %s
        """;

    assertThat(serviceMonitor(SERVICE_MONITOR + status.formatted("\"2025-09-25T10:00:00Z\""))).isEmpty();
    assertThat(serviceMonitor(SERVICE_MONITOR + status.formatted("yesterday"))).containsExactly(error(
        "schema/invalid", "/status/bindings/0/conditions/0/lastTransitionTime",
        "Field `status.bindings[0].conditions[0].lastTransitionTime` is `yesterday`, which is not a valid date-time"
            + REJECTED, null));
  }

  @Test
  void validate_slackApiUrlWrongCase_suggestsApiUrlUpperCase() {
    JsonNode config = yaml("""
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata:
          name: slack
        spec:
          route:
            receiver: slack
          receivers:
          - name: slack
            slackConfigs:
            - channel: '#alerts'
              apiUrl:
                name: slack-webhook
                key: url
        """);

    assertThat(schemas.validate(V1ALPHA1, "AlertmanagerConfig", config)).containsExactly(error(
        "schema/unknown-field", "/spec/receivers/0/slackConfigs/0/apiUrl",
        "Field `apiUrl` is not part of AlertmanagerConfig `spec.receivers[].slackConfigs[]`, so the API server drops "
            + "it and the operator never sees it.",
        "Rename `apiUrl` to `apiURL`: field names are case-sensitive."));
  }

  @Test
  void validate_anythingUnderPreservedChildRoutes_accepted() {
    JsonNode config = yaml("""
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata:
          name: nested
        spec:
          route:
            receiver: team
            routes:
            - receiver: team-pager
              notAFieldTheSchemaKnows: kept
              matchers: [{name: severity, value: critical}]
          receivers:
          - name: team
          - name: team-pager
        """);

    assertThat(schemas.validate(V1ALPHA1, "AlertmanagerConfig", config)).isEmpty();
  }

  @Test
  void validate_emptyRuleGroupName_reportsInvalid() {
    JsonNode rule = yaml("""
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata:
          name: rules
        spec:
          groups:
          - name: ""
            rules:
            - alert: Down
              expr: up == 0
              for: 5m
        """);

    assertThat(schemas.validate(V1, "PrometheusRule", rule)).containsExactly(error("schema/invalid",
        "/spec/groups/0/name", "Field `spec.groups[0].name` is empty" + REJECTED, null));
  }

  @Test
  void validate_sameEnumUnderTwoAllOfBranches_reportsItOnce() {
    JsonNode scrape = yaml("""
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: ScrapeConfig
        metadata:
          name: ovh
        spec:
          ovhcloudSDConfigs:
          - applicationKey: key
            applicationSecret: {name: ovh, key: secret}
            consumerKey: {name: ovh, key: consumer}
            service: Vps
        """);

    assertThat(schemas.validate(V1ALPHA1, "ScrapeConfig", scrape)).containsExactly(error("schema/enum",
        "/spec/ovhcloudSDConfigs/0/service",
        "Field `spec.ovhcloudSDConfigs[0].service` is `Vps`, which ScrapeConfig does not allow" + REJECTED,
        "Use one of `VPS`, `DedicatedServer`."));
  }

  @Test
  void validate_manyThreadsOnFirstUse_sameFindings() throws Exception {
    JsonNode podMonitor = yaml(SERVICE_MONITOR.replace("ServiceMonitor", "PodMonitor")
        .replace("endpoints:", "podMetricsEndpoints:").replace("interval: 30s", "intervall: 30s"));
    CrdSchemas fresh = CrdSchemas.load();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Finding>>> runs = IntStream.range(0, 32)
          .mapToObj(i -> pool.submit(() -> fresh.validate(V1, "PodMonitor", podMonitor)))
          .collect(Collectors.toList());
      for (Future<List<Finding>> run : runs) {
        assertThat(run.get()).extracting(f -> f.location().pointer())
            .containsExactly("/spec/podMetricsEndpoints/0/intervall");
      }
    } finally {
      pool.shutdown();
    }
  }

  private List<Finding> serviceMonitor(String text) {
    return schemas.validate(V1, "ServiceMonitor", yaml(text));
  }

  private static JsonNode yaml(String text) {
    return DocumentReader.read(text).get(0);
  }

  private static Finding error(String rule, String pointer, String message, String hint) {
    return new Finding(RuleId.of(rule), Severity.ERROR, Location.at(pointer), message, Optional.ofNullable(hint));
  }
}
