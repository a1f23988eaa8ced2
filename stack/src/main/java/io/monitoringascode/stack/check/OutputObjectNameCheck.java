package io.monitoringascode.stack.check;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.ObjectNames;
import io.monitoringascode.stack.layout.RenderedDocument;
import java.util.List;
import java.util.Locale;

/**
 * An object name or namespace that Kubernetes refuses: names are DNS-1123 subdomains (lower-case letters, digits,
 * {@code -} and {@code .}, at most 253 characters), namespaces DNS-1123 labels (no dots, at most 63). The API server
 * rejects such an object, and its name would also not be a safe file name in the output tree.
 */
public final class OutputObjectNameCheck implements Check<List<RenderedDocument>> {
  private static final RuleInfo INFO = RuleInfo.of("output/object-name", Severity.ERROR,
      "Object names are DNS-1123 subdomains and namespaces DNS-1123 labels, as Kubernetes requires.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(List<RenderedDocument> documents, CheckContext context, FindingSink sink) {
    for (RenderedDocument document : documents) {
      String name = document.name();
      if (!ObjectNames.isObjectName(name)) {
        sink.at(Location.in(document.file(), 0, "/metadata/name"))
            .error(document.kind() + " name `" + name + "` is not a DNS-1123 subdomain, so the API server rejects"
                + " the object.")
            .hint("Use lower-case letters, digits, `-` and `.` only, starting and ending with a letter or digit: `"
                + suggest(name) + "`.");
      }
      String namespace = document.namespace();
      if (!namespace.isEmpty() && !ObjectNames.isNamespaceName(namespace)) {
        sink.at(Location.in(document.file(), 0, "/metadata/namespace"))
            .error("Namespace `" + namespace + "` is not a DNS-1123 label, so the API server rejects the object.")
            .hint("Use lower-case letters, digits and `-` only, at most 63 characters: `"
                + suggest(namespace).replace('.', '-') + "`.");
      }
    }
  }

  private static String suggest(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replaceAll("[^-a-z0-9.]+", "-");
    return lower.replaceAll("^[-.]+|[-.]+$", "");
  }
}
