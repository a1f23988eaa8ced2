package io.monitoringascode.stack.wiring.selection;

import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;

/** The stack's objects that a Prometheus selects: those of the kind in the operator's API group. */
final class SelectedObjects {
  private static final String GROUP = "monitoring.coreos.com/";

  private SelectedObjects() {}

  static List<RenderedDocument> of(StackView view, SelectedKind kind) {
    return view.documentsOfKind(kind.kind()).stream()
        .filter(document -> document.apiVersion().startsWith(GROUP)).toList();
  }

}
