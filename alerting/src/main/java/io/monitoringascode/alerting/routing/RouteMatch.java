package io.monitoringascode.alerting.routing;

import java.util.List;

/**
 * A route an alert ends on, with the options it inherits from its parents.
 *
 * @param path how the alert got there, such as {@code route > routes[0] {namespace="default"}}, for messages
 * @param receiver the receiver, the nearest one set on the route or its parents
 * @param groupBy the grouping labels ({@code ...} groups by all labels); empty groups every alert together
 * @param groupWait the wait before the first notification (root default {@code 30s})
 * @param groupInterval the wait between notifications of a group (root default {@code 5m})
 * @param repeatInterval the wait before a notification is sent again (root default {@code 4h})
 * @param muteTimeIntervals the intervals in which notifications are muted; not inherited
 * @param activeTimeIntervals the intervals outside which notifications are muted; not inherited
 */
public record RouteMatch(String path, String receiver, List<String> groupBy, String groupWait, String groupInterval,
    String repeatInterval, List<String> muteTimeIntervals, List<String> activeTimeIntervals) {
  /** Copies the lists. */
  public RouteMatch {
    groupBy = List.copyOf(groupBy);
    muteTimeIntervals = List.copyOf(muteTimeIntervals);
    activeTimeIntervals = List.copyOf(activeTimeIntervals);
  }

  /**
   * Tells whether this route groups by every label ({@code group_by: ['...']}).
   *
   * @return {@code true} for {@code ...}
   */
  public boolean groupsByAll() {
    return groupBy.equals(List.of("..."));
  }
}
