package io.monitoringascode.stack.check;

import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.layout.RenderedDocument;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two objects of the same kind, namespace and name: {@code kubectl apply} keeps only the last one, silently.
 */
public final class OutputDuplicateObjectCheck implements Check<List<RenderedDocument>> {
  private static final RuleInfo INFO = RuleInfo.of("output/duplicate-object", Severity.ERROR,
      "Two objects of the same kind share a namespace and name; only one survives `kubectl apply`.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(List<RenderedDocument> documents, CheckContext context, FindingSink sink) {
    Set<String> seen = new HashSet<>();
    for (RenderedDocument document : documents) {
      if (!seen.add(document.file())) {
        sink.at(Location.in(document.file(), 0, "/metadata/name"))
            .error(document.kind() + " `" + document.name() + "` is defined twice in namespace `"
                + document.namespace() + "`, so one definition silently replaces the other.")
            .hint("Rename one of them or remove the duplicate.");
      }
    }
  }
}
