package io.monitoringascode.core.values;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks every leaf path of rendered values against a chart's default values: a path is known when the defaults have
 * it, or when it lies below an open default ({@code {}}, {@code []} or {@code null}), or below a key the chart
 * documents only in a comment ({@code documented}, written with {@code []} for list items). Shared through core's
 * test jar by the typed values of every chart.
 */
public final class ChartPaths {
  private ChartPaths() {}

  /**
   * The rendered paths the chart's defaults do not have.
   *
   * @param rendered the rendered values
   * @param defaults the chart's default values
   * @param documented path patterns known only from comments, such as {@code /grafana/ingress/ingressClassName}
   * @return the offending paths, each with the reason
   */
  public static List<String> offenders(JsonNode rendered, JsonNode defaults, Set<String> documented) {
    List<String> offenders = new ArrayList<>();
    walk(rendered, defaults, "", "", documented, offenders);
    return offenders;
  }

  private static void walk(JsonNode node, JsonNode reference, String pointer, String pattern, Set<String> documented,
      List<String> offenders) {
    if (documented.contains(pattern)) {
      return;
    }
    if (reference == null || reference.isMissingNode()) {
      offenders.add(pointer + " (not in the chart's values)");
      return;
    }
    if (reference.isNull() || reference.isContainerNode() && reference.isEmpty()) {
      return;
    }
    if (node.isObject()) {
      if (!reference.isObject()) {
        offenders.add(pointer + " (an object where the chart has " + reference.getNodeType() + ")");
        return;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String key = field.getKey().replace("~", "~0").replace("/", "~1");
        walk(field.getValue(), reference.get(field.getKey()), pointer + "/" + key, pattern + "/" + key, documented,
            offenders);
      }
    } else if (node.isArray()) {
      if (!reference.isArray()) {
        offenders.add(pointer + " (a list where the chart has " + reference.getNodeType() + ")");
        return;
      }
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), reference.get(0), pointer + "/" + i, pattern + "/[]", documented, offenders);
      }
    } else if (reference.isContainerNode() || reference.getNodeType() != node.getNodeType()) {
      offenders.add(pointer + " (a " + node.getNodeType() + " where the chart has " + reference.getNodeType() + ")");
    }
  }
}
