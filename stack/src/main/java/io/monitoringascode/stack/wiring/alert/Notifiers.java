package io.monitoringascode.stack.wiring.alert;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Whether an Alertmanager receiver notifies anyone: it has a non-empty list of notifier settings, {@code *_configs}
 * in Alertmanager's own configuration or {@code *Configs} in an AlertmanagerConfig. Read from the tree, so every
 * integration counts, those the typed receiver models (email, PagerDuty, Slack, webhook) and the others (OpsGenie,
 * Telegram, Microsoft Teams...).
 */
public final class Notifiers {
  private Notifiers() {}

  /**
   * Tells whether a receiver notifies anyone.
   *
   * @param receiver one entry of {@code receivers}, as written
   * @return true if one of its notifier lists is not empty
   */
  public static boolean notifies(JsonNode receiver) {
    for (Map.Entry<String, JsonNode> field : receiver.properties()) {
      String name = field.getKey();
      if ((name.endsWith("_configs") || name.endsWith("Configs")) && field.getValue().isArray()
          && !field.getValue().isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
