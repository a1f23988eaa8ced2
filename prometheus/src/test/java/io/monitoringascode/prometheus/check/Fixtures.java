package io.monitoringascode.prometheus.check;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.finding.Span;
import io.monitoringascode.core.render.Canonical;
import java.util.List;
import java.util.Optional;

/** Reads YAML into fabric8 objects and runs one check on them, for the check tests. */
final class Fixtures {
  private Fixtures() {}

  static <T> T read(String yaml, Class<T> type) {
    return Canonical.fromTree(DocumentReader.read(yaml).get(0), type);
  }

  static <T> List<Finding> run(Check<T> check, T subject) {
    return run(check, subject, CheckContext.none());
  }

  static <T> List<Finding> run(Check<T> check, T subject, CheckContext context) {
    FindingSink sink = new FindingSink(check.info());
    check.check(subject, context, sink);
    return sink.findings();
  }

  static Finding finding(String rule, Severity severity, String pointer, String message, String hint) {
    return new Finding(RuleId.of(rule), severity, Location.at(pointer), message, Optional.of(hint));
  }

  static Finding finding(String rule, Severity severity, String pointer, Span span, String message, String hint) {
    return new Finding(RuleId.of(rule), severity, new Location(Optional.empty(), 0, pointer, Optional.of(span)),
        message, Optional.of(hint));
  }

  /** A PrometheusRule with one group named {@code g} holding the given rules, indented as list items. */
  static String ruleFile(String rules) {
    return """
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata:
          name: demo
        spec:
          groups:
            - name: g
              rules:
        """ + rules.indent(8);
  }
}
