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
import io.monitoringascode.prometheus.check.PrometheusChecks;
import io.monitoringascode.stack.check.KubePrometheusStackValuesChecks;
import io.monitoringascode.stack.check.OutputDuplicateObjectCheck;
import io.monitoringascode.stack.check.OutputObjectNameCheck;
import io.monitoringascode.stack.check.SecretInlineSecretCheck;
import io.monitoringascode.stack.check.WiringLokiRulesSidecarCheck;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.rulefile.RuleFileChecker;
import io.monitoringascode.stack.wiring.StackView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every check of the library: the document checks of the Prometheus-Operator monitors and rules and of the Alertmanager
 * configuration, and the checks across a whole stack. The stack and the command line both check documents through
 * {@link #documentChecker()}.
 */
public final class StackChecks {
  private static final DocumentChecker CHECKER = new DocumentChecker(types(), CrdSchemas.bundled());
  private static final List<Check<List<RenderedDocument>>> STACK_WIDE =
      List.of(new OutputDuplicateObjectCheck(), new OutputObjectNameCheck(), new SecretInlineSecretCheck());
  private static final List<Check<StackView>> WIRING = List.of(new WiringLokiRulesSidecarCheck());

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
   * The checks of the wiring between the stack's objects and its Helm releases: will each object be selected,
   * scraped, routed and shown.
   *
   * @return the checks, in report order
   */
  public static List<Check<StackView>> wiringChecks() {
    return WIRING;
  }

  /**
   * Every rule id the library reports: schema validation, each document check, the stack-wide checks, the Helm
   * values checks of both charts, the wiring checks, the rules only plain rules files have (LogQL expressions), and the dashboard checks.
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
