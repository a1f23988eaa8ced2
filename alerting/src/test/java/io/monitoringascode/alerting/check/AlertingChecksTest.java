package io.monitoringascode.alerting.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.DocumentChecker;
import io.monitoringascode.core.check.DocumentType;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.schema.CrdSchemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AlertingChecksTest {
  private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TEXT_BLOCK = Pattern.compile("```\n(.*?)```", Pattern.DOTALL);

  static Stream<Check<?>> checks() {
    return AlertingChecks.types().stream().flatMap(type -> type.checks().stream());
  }

  @Test
  void types_coverAlertmanagerConfigAsModelAndTree() {
    assertThat(AlertingChecks.types())
        .extracting(DocumentType::apiVersion, DocumentType::kind, DocumentType::modelType)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("monitoring.coreos.com/v1alpha1", "AlertmanagerConfig",
                AlertmanagerConfig.class),
            org.assertj.core.groups.Tuple.tuple("monitoring.coreos.com/v1alpha1", "AlertmanagerConfig",
                JsonNode.class));
  }

  @Test
  void ruleIds_areUniqueAndInOwnedAreas() {
    List<String> ids = AlertingChecks.rules().stream().map(r -> r.id().value()).collect(Collectors.toList());

    assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
    assertThat(ids).allSatisfy(id -> assertThat(id).matches("(alerting|secret)/[a-z][a-z0-9]*(-[a-z0-9]+)*"));
  }

  @ParameterizedTest
  @MethodSource("checks")
  void check_classAndTest_areNamedAfterRuleId(Check<?> check) throws ClassNotFoundException {
    String expected = Arrays.stream(check.info().id().value().split("[/-]"))
        .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
        .collect(Collectors.joining()) + "Check";

    assertThat(check.getClass().getSimpleName()).isEqualTo(expected);
    assertThat(Class.forName(check.getClass().getName() + "Test")).isNotNull();
  }

  @ParameterizedTest
  @MethodSource("checks")
  void docsPage_hasEverySectionAndItsExamplesHold(Check<?> check) throws IOException {
    RuleInfo rule = check.info();
    Path page = SharedData.repositoryFile(rule.id().docsPath());
    assertThat(page).exists();
    String text = Files.readString(page, StandardCharsets.UTF_8);

    assertThat(text).startsWith("# `" + rule.id() + "`\n")
        .contains("Default severity: **" + rule.defaultSeverity().label() + "**")
        .contains("## What it catches", "## Why it is silent without this rule", "## Bad", "## Fixed",
            "## Changing the severity", "--severity " + rule.id() + "=");
    String bad = section(text, "## Bad", "## Fixed");
    String fixed = section(text, "## Fixed", "## Changing the severity");
    String badYaml = firstBlock(YAML_BLOCK, bad);
    String expectedFindings = firstBlock(TEXT_BLOCK, bad.substring(bad.indexOf(badYaml) + badYaml.length() + 3));
    assertThat(findingLines(rule, badYaml))
        .containsExactlyElementsOf(expectedFindings.lines().collect(Collectors.toList()));
    assertThat(findingLines(rule, firstBlock(YAML_BLOCK, fixed))).isEmpty();
  }

  @Test
  void documentChecker_withPlaintextSlackUrl_runsTreeAndModelChecks() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          route:
            receiver: slak
          receivers:
            - name: slack
              slackConfigs:
                - apiURL: https://hooks.slack.com/services/T/B/X
        """;

    List<Finding> findings = new DocumentChecker(AlertingChecks.types(), CrdSchemas.bundled())
        .check(DocumentReader.read(yaml).get(0), "alerting.yaml", 0, CheckContext.none()).findings();

    // The fabric8 model cannot hold a string apiURL; the document checker leaves the ill-typed value out of what the
    // model checks read, so they still report the undefined receiver beside the tree check's plaintext finding.
    assertThat(findings).extracting(f -> f.ruleId().value())
        .contains("secret/plaintext", "alerting/undefined-receiver");
  }

  @Test
  void documentChecker_withBrokenReceiverAndChildRoute_reportsBothTypes() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          route:
            receiver: slak
            routes:
              - receiver: slack
                groupwait: 10s
          receivers:
            - name: slack
        """;

    List<Finding> findings = new DocumentChecker(AlertingChecks.types(), CrdSchemas.bundled())
        .check(DocumentReader.read(yaml).get(0), "alerting.yaml", 0, CheckContext.none()).findings();

    assertThat(findings).extracting(f -> f.ruleId().value())
        .contains("alerting/undefined-receiver", "alerting/child-route");
  }

  @ParameterizedTest
  @MethodSource("malformedDocuments")
  void checks_onMalformedDocuments_neverFail(String yaml) {
    List<Finding> findings = new DocumentChecker(AlertingChecks.types(), CrdSchemas.bundled())
        .check(DocumentReader.read(yaml).get(0), "alerting.yaml", 0, CheckContext.none()).findings();

    assertThat(findings).extracting(Finding::message).noneMatch(m -> m.contains("internal error"));
  }

  static Stream<String> malformedDocuments() {
    String head = "apiVersion: monitoring.coreos.com/v1alpha1\nkind: AlertmanagerConfig\nmetadata: {name: x}\n";
    return Stream.of(
        head,
        head + "spec: null\n",
        head + "spec: {receivers: {name: slack}, route: [receiver]}\n",
        head + "spec: {receivers: [null, {}, {name: null, slackConfigs: [null, {title: 3}]}]}\n",
        head + "spec: {route: {receiver: null, matchers: [null, {}], groupBy: [null], routes: [null, 3, [], {}]}}\n",
        head + "spec: {route: {receiver: a, routes: [{routes: {receiver: b}, matchers: {name: x}}]}}\n",
        head + "spec: {inhibitRules: [null, {sourceMatch: [null, {name: ''}]}], muteTimeIntervals: [null, {}]}\n",
        head + "spec: {receivers: [{name: a, webhookConfigs: [{httpConfig: {basicAuth: 3}}], emailConfigs: 3}]}\n");
  }

  /** What the rule reports on a document, one {@code Finding.toString()} per line. */
  private static List<String> findingLines(RuleInfo rule, String yaml) {
    JsonNode document = DocumentReader.read(yaml).get(0);
    List<String> lines = new ArrayList<>();
    new DocumentChecker(AlertingChecks.types(), CrdSchemas.bundled())
        .check(document, "", 0, CheckContext.none()).findings().stream()
        .filter(f -> f.ruleId().equals(rule.id()))
        .forEach(f -> lines.add(f.toString()));
    return lines;
  }

  private static String section(String text, String from, String to) {
    int start = text.indexOf(from);
    int end = text.indexOf(to, start);
    return text.substring(start, end);
  }

  private static String firstBlock(Pattern block, String text) {
    Matcher matcher = block.matcher(text);
    assertThat(matcher.find()).as("a code block in %s", text).isTrue();
    return matcher.group(1);
  }

  @Test
  void rules_listEveryCheckOnce() {
    Set<String> fromTypes = checks().map(c -> c.info().id().value()).collect(Collectors.toSet());

    assertThat(AlertingChecks.rules()).extracting(r -> r.id().value()).containsExactlyInAnyOrderElementsOf(fromTypes);
  }
}
