package io.monitoringascode.alerting.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.render.Canonical;
import java.util.List;
import java.util.Optional;

/** Runs one check on a YAML document, as the {@code DocumentChecker} would, and builds expected findings. */
final class CheckRun {
  private CheckRun() {}

  /** The findings of a check on the fabric8 model of an AlertmanagerConfig written as YAML. */
  static List<Finding> onModel(Check<AlertmanagerConfig> check, String yaml) {
    return run(check, Canonical.fromTree(tree(yaml), AlertmanagerConfig.class));
  }

  /** The findings of a check on the tree of a document written as YAML. */
  static List<Finding> onTree(Check<JsonNode> check, String yaml) {
    return run(check, tree(yaml));
  }

  /** The findings of a check on an object. */
  static <T> List<Finding> run(Check<T> check, T subject) {
    FindingSink sink = new FindingSink(check.info());
    check.check(subject, CheckContext.none(), sink);
    return sink.findings();
  }

  /** A finding at a pointer, with a hint. */
  static Finding finding(String ruleId, Severity severity, String pointer, String message, String hint) {
    return new Finding(RuleId.of(ruleId), severity, Location.at(pointer), message, Optional.of(hint));
  }

  private static JsonNode tree(String yaml) {
    return DocumentReader.read(yaml).get(0);
  }
}
