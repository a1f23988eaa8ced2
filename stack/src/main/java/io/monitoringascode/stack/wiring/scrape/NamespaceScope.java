package io.monitoringascode.stack.wiring.scrape;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.stack.layout.RenderedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The namespaces a monitor discovers its targets in, read from {@code spec.namespaceSelector} as the operator reads it:
 * {@code any: true} means every namespace (and wins over {@code matchNames}), a non-empty {@code matchNames} means
 * those namespaces, and anything else the monitor's own namespace. A Prometheus with
 * {@code ignoreNamespaceSelectors: true} always uses the monitor's own namespace.
 *
 * @param any whether every namespace is included
 * @param names the included namespaces otherwise; the empty name stands for the namespace objects without one are
 *     applied to
 */
record NamespaceScope(boolean any, SortedSet<String> names) {
  NamespaceScope {
    names = new TreeSet<>(names);
  }

  static NamespaceScope of(RenderedDocument monitor, boolean ignoreNamespaceSelectors) {
    JsonNode selector = monitor.tree().path("spec").path("namespaceSelector");
    if (!ignoreNamespaceSelectors) {
      if (selector.path("any").asBoolean(false)) {
        return new NamespaceScope(true, new TreeSet<>());
      }
      SortedSet<String> names = new TreeSet<>();
      selector.path("matchNames").forEach(name -> names.add(name.asText("")));
      names.remove("");
      if (!names.isEmpty()) {
        return new NamespaceScope(false, names);
      }
    }
    // A monitor without a namespace (a file checked on its own) keeps the empty name: it lands where the files beside
    // it without a namespace land, in the namespace they are applied to.
    return new NamespaceScope(false, new TreeSet<>(List.of(monitor.namespace())));
  }

  /**
   * Whether an object in this namespace is discovered. An object without a namespace could be applied to any, so it
   * counts as included.
   *
   * @param namespace the object's namespace, or the empty string when unknown
   * @return the verdict
   */
  boolean includes(String namespace) {
    return any || namespace.isEmpty() || names.contains(namespace);
  }

  /** Such as {@code namespace `monitoring`}, {@code namespaces `a`, `b`} or {@code any namespace}. */
  String describe() {
    if (any) {
      return "any namespace";
    }
    if (names.size() == 1 && names.first().isEmpty()) {
      // Files checked as they are, without a namespace: they share one, unnamed.
      return "the objects without a namespace";
    }
    List<String> quoted = new ArrayList<>();
    names.forEach(name -> quoted.add("`" + name + "`"));
    return (names.size() == 1 ? "namespace " : "namespaces ") + quoted.stream().collect(Collectors.joining(", "));
  }
}
