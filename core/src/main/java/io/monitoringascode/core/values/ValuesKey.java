package io.monitoringascode.core.values;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * One key of a chart's values, as the generated key index describes it.
 *
 * @param pointer the key's JSON pointer, such as {@code /alertmanager/alertmanagerSpec/replicas}
 * @param types the JSON types of the chart's default ({@code object}, {@code array}, {@code string},
 *     {@code integer}, {@code number}, {@code boolean}), several when the chart's schema declares them; empty when the
 *     default is {@code null} and the type is unknown
 * @param defaultValue the default, when it is a short scalar
 * @param open whether the key holds a free-form map whose keys the chart does not read (labels, a config file)
 * @param tpl whether the chart renders the value through Helm's {@code tpl}, so that it may hold {@code {{ }}}
 * @param crd the custom resource whose {@code spec} the chart fills from this subtree, as {@code group/version/Kind}
 * @param crdField whether the key is a field of such a {@code spec}, validated against the CRD schema
 */
public record ValuesKey(String pointer, List<String> types, Optional<JsonNode> defaultValue, boolean open,
    boolean tpl, Optional<String> crd, boolean crdField) {
  /** Copies the type list. */
  public ValuesKey {
    types = List.copyOf(types);
  }

  /**
   * The key's name: the last token of its pointer.
   *
   * @return for {@code /grafana/adminPassword}, {@code adminPassword}
   */
  public String name() {
    return ValuesIndex.lastToken(pointer);
  }
}
