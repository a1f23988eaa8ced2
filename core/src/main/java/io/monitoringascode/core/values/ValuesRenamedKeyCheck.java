package io.monitoringascode.core.values;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;

/**
 * {@code values/renamed-key}: a key the chart's {@code values.yaml} documents as deprecated in favour of another.
 * The chart may still read it for now; the next version may not, and then it is ignored without a word. A value equal
 * to the chart's own default, an empty map or list, and {@code null} are not reported: they change nothing.
 */
public final class ValuesRenamedKeyCheck implements Check<ChartValues> {
  private static final RuleInfo INFO = RuleInfo.of("values/renamed-key", Severity.WARNING,
      "Values keys the chart deprecated in favour of another must be renamed.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ChartValues values, CheckContext context, FindingSink sink) {
    ValuesIndex index = values.index();
    for (KeyWalk.UserKey key : KeyWalk.of(values)) {
      if (isInert(key)) {
        continue;
      }
      index.renamed(key.pointer()).ifPresent(rename -> sink.at(key.pointer()).warning("Key `" + key.name()
              + "` is deprecated in " + index.chart() + " " + index.version() + " (\"" + rename.note()
              + "\"), so a later chart version may ignore it without a word.")
          .hint("Rename it to `" + rename.to() + "`."));
    }
  }

  /**
   * Whether the value changes nothing: the chart's own default (kube-prometheus-stack itself sets Grafana's deprecated
   * {@code serviceAccount.autoMount}), an empty map or list, or {@code null}.
   */
  private static boolean isInert(KeyWalk.UserKey key) {
    return key.value().isNull() || (key.value().isContainerNode() && key.value().isEmpty())
        || key.known().flatMap(ValuesKey::defaultValue).filter(key.value()::equals).isPresent();
  }
}
