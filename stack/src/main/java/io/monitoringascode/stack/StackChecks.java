package io.monitoringascode.stack;

import io.monitoringascode.alerting.check.AlertingChecks;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.DocumentChecker;
import io.monitoringascode.core.check.DocumentType;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.SeverityOverrides;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.lang.ClosestNames;
import io.monitoringascode.core.schema.CrdSchemas;
import io.monitoringascode.core.values.ChartValues;
import io.monitoringascode.core.values.ValuesChecks;
import io.monitoringascode.grafana.check.DashboardChecks;
import io.monitoringascode.grafana.datasource.DataSource;
import io.monitoringascode.loki.check.LokiValuesChecks;
import io.monitoringascode.loki.check.ShippingChecks;
import io.monitoringascode.loki.values.LokiChart;
import io.monitoringascode.loki.values.LokiRulesSidecar;
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
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.profile.ProductionChecks;
import io.monitoringascode.stack.rulefile.LokiRulesConfigMaps;
import io.monitoringascode.stack.rulefile.RuleFileChecker;
import io.monitoringascode.stack.wiring.ConfigMapFiles;
import io.monitoringascode.stack.wiring.ProvisionedDataSources;
import io.monitoringascode.stack.wiring.ShipperConfigMap;
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
 * configuration, and the checks across a whole stack. {@link #check} runs them all on a stack; the stack and the
 * command line both check through it.
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
   * Checks a whole stack in one pass: each object (closed CRD schemas and the checks of its kind), the dashboards that
   * ConfigMaps carry (resolved against the data sources of {@link ProvisionedDataSources#of(StackView)}), the checks
   * across all objects, the Loki rules files that ConfigMaps carry, the log shippers' configurations, the wiring and
   * production checks, and each release's values against its chart. Findings are placed in the objects' files (each
   * object at document 0 of {@link RenderedDocument#file()}) and in the releases' values files.
   *
   * @param view the stack's objects, external objects, releases and log shippers
   * @param context the release and selector labels the objects must carry; with a kube-prometheus-stack release in
   *     the view, its values decide selection and the objects' own checks are not told them, so that nothing is
   *     reported twice
   * @param overrides the severity changes to apply to every finding (a profile's with the user's on top)
   * @param allowPlaintextSecrets whether Secrets may carry plaintext values (then {@code secret/inline-secret} is off)
   * @return every finding, overrides applied
   */
  public static Report check(StackView view, CheckContext context, SeverityOverrides overrides,
      boolean allowPlaintextSecrets) {
    List<RenderedDocument> documents = view.documents();
    CheckContext documentContext = view.kubePrometheusStack().isPresent() ? CheckContext.none() : context;
    List<Finding> findings = new ArrayList<>();
    for (RenderedDocument document : documents) {
      findings.addAll(CHECKER.check(document.tree(), document.file(), 0, documentContext, overrides).findings());
    }
    List<DataSource> provisioned = ProvisionedDataSources.of(view).forDashboards();
    for (RenderedDocument document : documents) {
      findings.addAll(overrides.apply(ConfigMapFiles.checkDashboards(document.tree(), document.file(), 0, provisioned))
          .findings());
    }
    // Document findings come with the overrides applied; the stack-wide ones get them here.
    List<Finding> stackWide = new ArrayList<>();
    for (Check<List<RenderedDocument>> check : STACK_WIDE) {
      if (!(allowPlaintextSecrets && check instanceof SecretInlineSecretCheck)) {
        stackWide.addAll(check.run(documents, context));
      }
    }
    // Loki rules files inside ConfigMaps get the checks a rules file given to `mac check` gets.
    String sidecarLabel = view.loki()
        .map(release -> new ChartValues(LokiChart.get().index(), release.values()).effective("/sidecar/rules/label")
            .asText())
        .orElse(LokiRulesSidecar.DEFAULT_LABEL);
    for (RenderedDocument document : documents) {
      if (document.kind().equals("ConfigMap")) {
        stackWide.addAll(LokiRulesConfigMaps.check(document, sidecarLabel));
      }
    }
    // Each log shipper's configuration, with the findings placed in its ConfigMap.
    for (ShipperConfigMap shipper : view.logShippers()) {
      ShippingChecks.check(shipper.shipper()).forEach(finding -> stackWide.add(shipper.place(finding)));
    }
    for (Check<StackView> check : WIRING) {
      stackWide.addAll(check.run(view, context));
    }
    findings.addAll(overrides.apply(Report.of(stackWide)).findings());
    for (ChartRelease release : view.releases()) {
      findings.addAll(overrides.apply(release.chart().check(release.values(), release.valuesFile())).findings());
    }
    return Report.of(findings);
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
