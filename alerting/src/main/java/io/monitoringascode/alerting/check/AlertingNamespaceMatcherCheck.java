package io.monitoringascode.alerting.check;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.Matcher;
import io.monitoringascode.alerting.route.MatchType;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Severity;
import java.util.List;

/**
 * {@code alerting/namespace-matcher}: the root route has no equality or regex matcher on the {@code namespace} label.
 * With the Alertmanager's default {@code alertmanagerConfigMatcherStrategy} ({@code OnNamespace}), the operator
 * removes such matchers from the first-level route and adds {@code namespace="<the object's namespace>"} (CRD
 * description of {@code spec.route.matchers}), so a matcher meant to take alerts from other namespaces silently does
 * nothing. It is a warning because the strategy {@code None} keeps the matcher.
 */
final class AlertingNamespaceMatcherCheck implements Check<AlertmanagerConfig> {
  private static final RuleInfo INFO = RuleInfo.of("alerting/namespace-matcher", Severity.WARNING,
      "The root route does not match on `namespace`, which the operator replaces.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AlertmanagerConfig subject, CheckContext context, FindingSink sink) {
    if (subject.getSpec() == null || subject.getSpec().getRoute() == null
        || subject.getSpec().getRoute().getMatchers() == null) {
      return;
    }
    String namespace = subject.getMetadata() == null ? null : subject.getMetadata().getNamespace();
    String replacement = namespace == null ? "the namespace of this AlertmanagerConfig"
        : "`namespace=\"" + namespace + "\"`";
    List<Matcher> matchers = subject.getSpec().getRoute().getMatchers();
    for (int i = 0; i < matchers.size(); i++) {
      Matcher matcher = matchers.get(i);
      if (matcher == null || !"namespace".equals(matcher.getName()) || !isReplaced(matcher)) {
        continue;
      }
      String operator = matcher.getMatchType() == null || matcher.getMatchType().isEmpty()
          ? (Boolean.TRUE.equals(matcher.getRegex()) ? "=~" : "=") : matcher.getMatchType();
      String value = matcher.getValue() == null ? "" : matcher.getValue();
      sink.at(JsonPointers.of("spec", "route", "matchers", i))
          .warning("Matcher `namespace" + operator + "\"" + value + "\"` in the root route is replaced by the"
              + " operator with " + replacement + ", so alerts from other namespaces never reach these routes.")
          .hint("Remove the matcher, or set `alertmanagerConfigMatcherStrategy.type: None` on the Alertmanager if"
              + " this AlertmanagerConfig must route alerts of other namespaces.");
    }
  }

  /** Equality and regex matchers are removed; {@code !=} and {@code !~} are kept. */
  private static boolean isReplaced(Matcher matcher) {
    String written = matcher.getMatchType();
    if (written == null || written.isEmpty()) {
      return true;
    }
    return MatchType.parse(written).map(t -> t == MatchType.EQUAL || t == MatchType.REGEX).orElse(false);
  }
}
