package io.monitoringascode.stack.check;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.layout.RenderedDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two objects that land in the same file of the output tree: the same kind, namespace and name. {@code kubectl apply}
 * would keep only the last one, silently; the output tree cannot hold both.
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
    Map<String, RenderedDocument> seen = new HashMap<>();
    for (RenderedDocument document : documents) {
      RenderedDocument first = seen.putIfAbsent(document.file(), document);
      if (first == null) {
        continue;
      }
      String where = document.namespace().isEmpty() ? "" : " in namespace `" + document.namespace() + "`";
      String apiVersions = first.apiVersion().equals(document.apiVersion()) ? ""
          : " (`" + first.apiVersion() + "` and `" + document.apiVersion() + "`)";
      sink.at(Location.in(document.file(), 0, "/metadata/name"))
          .error(document.kind() + " `" + document.name() + "`" + where + " is defined twice" + apiVersions
              + ", so one definition silently replaces the other.")
          .hint("Rename one of them or remove the duplicate.");
    }
  }
}
