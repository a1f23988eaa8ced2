package io.monitoringascode.alerting.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.DocumentType;
import io.monitoringascode.core.check.RuleInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of the {@code alerting} module, as the document types they apply to. This is the module's one explicit
 * registry: a new check is added to a list below, in the order its findings should be read.
 *
 * <p>An {@code AlertmanagerConfig} ({@code monitoring.coreos.com/v1alpha1}) appears twice: once read into the fabric8
 * model for the semantic checks, and once as the raw tree for the checks that must see what the model cannot hold (a
 * plain string where the CRD expects a Secret reference, an unknown key in a free-form child route). A
 * {@code DocumentChecker} runs every type that matches a document.
 */
public final class AlertingChecks {
  private static final String API_VERSION = "monitoring.coreos.com/v1alpha1";
  private static final String KIND = "AlertmanagerConfig";

  private AlertingChecks() {}

  /**
   * The document types and their checks.
   *
   * @return the AlertmanagerConfig model checks, then the AlertmanagerConfig tree checks
   */
  public static List<DocumentType<?>> types() {
    List<Check<AlertmanagerConfig>> modelChecks = List.of(
        new AlertingRootReceiverCheck(),
        new AlertingUndefinedReceiverCheck(),
        new AlertingDuplicateReceiverCheck(),
        new AlertingUndefinedTimeIntervalCheck(),
        new AlertingDurationCheck(),
        new AlertingGroupByCheck(),
        new AlertingMatcherCheck(),
        new AlertingNamespaceMatcherCheck(),
        new AlertingShadowedRouteCheck(),
        new AlertingUnusedReceiverCheck(),
        new AlertingInhibitEqualCheck(),
        new AlertingEmptyTimeIntervalCheck());
    List<Check<JsonNode>> treeChecks = List.of(
        new AlertingChildRouteCheck(),
        new AlertingTemplateCheck(),
        new SecretPlaintextCheck());
    return List.of(
        new DocumentType<>(API_VERSION, KIND, AlertmanagerConfig.class, modelChecks),
        new DocumentType<>(API_VERSION, KIND, JsonNode.class, treeChecks));
  }

  /**
   * The rules of this module, for listings and documentation.
   *
   * @return every rule, in registry order
   */
  public static List<RuleInfo> rules() {
    List<RuleInfo> rules = new ArrayList<>();
    for (DocumentType<?> type : types()) {
      type.checks().forEach(check -> rules.add(check.info()));
    }
    return List.copyOf(rules);
  }
}
