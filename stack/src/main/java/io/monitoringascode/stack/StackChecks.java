package io.monitoringascode.stack;

import io.monitoringascode.alerting.check.AlertingChecks;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.DocumentChecker;
import io.monitoringascode.core.check.DocumentType;
import io.monitoringascode.core.check.SeverityOverrides;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.lang.ClosestNames;
import io.monitoringascode.core.schema.CrdSchemas;
import io.monitoringascode.core.values.ValuesChecks;
import io.monitoringascode.grafana.check.DashboardChecks;
import io.monitoringascode.loki.check.LokiValuesChecks;
import io.monitoringascode.loki.check.ShippingChecks;
import io.monitoringascode.prometheus.check.PrometheusChecks;
import io.monitoringascode.stack.check.KubePrometheusStackValuesChecks;
import io.monitoringascode.stack.check.OutputDuplicateObjectCheck;
import io.monitoringascode.stack.check.OutputObjectNameCheck;
import io.monitoringascode.stack.check.SecretInlineSecretCheck;
import io.monitoringascode.stack.wiring.grafana.WiringDashboardNotLoadedCheck;
import io.monitoringascode.stack.wiring.grafana.WiringDatasourceNotLoadedCheck;
import io.monitoringascode.stack.wiring.grafana.WiringDatasourceUrlCheck;
import io.monitoringascode.stack.wiring.lokirules.WiringLokiRulesSidecarCheck;
import io.monitoringascode.stack.wiring.recording.WiringUndefinedRecordingRuleCheck;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.profile.ProductionChecks;
import io.monitoringascode.stack.rulefile.RuleFileChecker;
import io.monitoringascode.stack.wiring.StackView;
import io.monitoringascode.stack.wiring.alert.WiringAlertNotDeliveredCheck;
import io.monitoringascode.stack.wiring.alert.WiringAlertmanagerConfigNotSelectedCheck;
import io.monitoringascode.stack.wiring.scrape.WiringJobLabelCheck;
import io.monitoringascode.stack.wiring.shipping.WiringPushUrlCheck;
import io.monitoringascode.stack.wiring.scrape.WiringNoTargetCheck;
import io.monitoringascode.stack.wiring.scrape.WiringTargetLabelCheck;
import io.monitoringascode.stack.wiring.scrape.WiringTargetPortCheck;
import io.monitoringascode.stack.wiring.selection.WiringNamespaceNotSelectedCheck;
import io.monitoringascode.stack.wiring.selection.WiringSelectionLabelCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every check of the library: the document checks of the Prometheus-Operator monitors and rules and of the Alertmanager
 * configuration, and the checks across a whole stack. The stack and the command line both check documents through
 * {@link #documentChecker()}.
 */
public final class StackChecks {
  private static final DocumentChecker CHECKER = new DocumentChecker(types(), CrdSchemas.bundled());
  private static final List<Check<List<RenderedDocument>>> STACK_WIDE =
      List.of(new OutputDuplicateObjectCheck(), new OutputObjectNameCheck(), new SecretInlineSecretCheck());
  /** The wiring checks, then the production-readiness rules of {@code stack.profile}. */
  private static final List<Check<StackView>> WIRING = Stream.of(List.of(
      // Will the chart's Prometheus select each monitor and rule?
      new WiringSelectionLabelCheck(), new WiringNamespaceNotSelectedCheck(),
      // Does each monitor find its targets?
      new WiringNoTargetCheck(), new WiringTargetPortCheck(), new WiringJobLabelCheck(), new WiringTargetLabelCheck(),
      // Will the chart's Alertmanager select each AlertmanagerConfig, and does each alert reach a receiver?
      new WiringAlertmanagerConfigNotSelectedCheck(), new WiringAlertNotDeliveredCheck(),
      // Will Grafana load the dashboards and data sources, and do they point at something real?
      new WiringDatasourceUrlCheck(), new WiringDashboardNotLoadedCheck(), new WiringDatasourceNotLoadedCheck(),
      new WiringUndefinedRecordingRuleCheck(),
      // Will Loki's ruler load the Loki rules, and do the log shippers push to Loki?
      new WiringLokiRulesSidecarCheck(), new WiringPushUrlCheck()),
      ProductionChecks.all()).<Check<StackView>>flatMap(List::stream).toList();

  private StackChecks() {}

  /**
   * The document types the library knows, each with its checks.
   *
   * @return the types, in report order
   */
  public static List<DocumentType<?>> types() {
    List<DocumentType<?>> types = new ArrayList<>(PrometheusChecks.types());
    types.addAll(AlertingChecks.types());
    return List.copyOf(types);
  }

  /**
   * The checks that look at every document of a stack at once.
   *
   * @return the checks, in report order
   */
  public static List<Check<List<RenderedDocument>>> stackWideChecks() {
    return STACK_WIDE;
  }

  /**
   * The checks of the wiring between the stack's objects and its Helm releases (will each object be selected,
   * scraped, routed and shown), and the production-readiness rules ({@code production/*}), which read the releases.
   *
   * @return the checks, in report order
   */
  public static List<Check<StackView>> wiringChecks() {
    return WIRING;
  }

  /**
   * Every rule id the library reports: schema validation, each document check, the stack-wide checks, the Helm
   * values checks of both charts, the wiring checks, the rules only plain rules files have (LogQL expressions), the
   * dashboard checks, and the log-shipping checks ({@code logs/*}).
   *
   * @return the ids, sorted, without duplicates
   */
  public static List<RuleId> ruleIds() {
    Set<RuleId> ids = new TreeSet<>(CrdSchemas.ruleIds());
    for (DocumentType<?> type : types()) {
      type.checks().forEach(check -> ids.add(check.info().id()));
    }
    STACK_WIDE.forEach(check -> ids.add(check.info().id()));
    WIRING.forEach(check -> ids.add(check.info().id()));
    ids.addAll(ValuesChecks.ruleIds());
    KubePrometheusStackValuesChecks.all().forEach(check -> ids.add(check.info().id()));
    LokiValuesChecks.all().forEach(check -> ids.add(check.info().id()));
    ids.addAll(RuleFileChecker.ruleIds());
    DashboardChecks.all().forEach(check -> ids.add(check.info().id()));
    ids.addAll(ShippingChecks.ruleIds());
    return List.copyOf(ids);
  }

  /**
   * Requires that every rule an override names exists, so that a misspelt id is not silently ignored.
   *
   * @param overrides the user's overrides
   * @throws IllegalArgumentException naming the unknown id and the nearest known one
   */
  public static void requireKnown(SeverityOverrides overrides) {
    List<String> known = ruleIds().stream().map(RuleId::value).toList();
    for (RuleId id : overrides.ruleIds()) {
      if (!known.contains(id.value())) {
        throw new IllegalArgumentException("Severity override for unknown rule `" + id + "`"
            + ClosestNames.closest(id.value(), known).map(near -> "; did you mean `" + near + "`?").orElse(".")
            + " The rules are listed in docs/rules/README.md.");
      }
    }
  }

  /**
   * A checker that validates documents against the closed CRD schemas and runs every check that applies.
   *
   * @return the shared checker; it is stateless and thread-safe
   */
  public static DocumentChecker documentChecker() {
    return CHECKER;
  }
}
