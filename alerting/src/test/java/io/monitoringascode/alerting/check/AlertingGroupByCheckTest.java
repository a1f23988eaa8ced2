package io.monitoringascode.alerting.check;

import static io.monitoringascode.alerting.check.CheckRun.finding;
import static io.monitoringascode.alerting.check.CheckRun.onModel;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Severity;
import org.junit.jupiter.api.Test;

class AlertingGroupByCheckTest {
  private final AlertingGroupByCheck check = new AlertingGroupByCheck();

  @Test
  void groupBy_withRepeatedLabel_reportsTheRepeat() {
    assertThat(onModel(check, config("[alertname, job, alertname]"))).containsExactly(finding("alerting/group-by",
        Severity.ERROR, "/spec/route/groupBy/2",
        "Label `alertname` appears twice in `groupBy`, so the operator rejects this AlertmanagerConfig and none of"
            + " its routes take effect.",
        "Remove this `alertname`."));
  }

  @Test
  void groupBy_withEllipsisAndLabels_reportsEllipsis() {
    assertThat(onModel(check, config("[job, '...']"))).containsExactly(finding("alerting/group-by",
        Severity.ERROR, "/spec/route/groupBy/1",
        "Label `...` groups by every label and must stand alone in `groupBy`, so the operator rejects this"
            + " AlertmanagerConfig and none of its routes take effect.",
        "Write `groupBy: ['...']`, or list the labels without `...`."));
  }

  @Test
  void groupBy_withEllipsisAlone_passes() {
    assertThat(onModel(check, config("['...']"))).isEmpty();
  }

  @Test
  void route_withoutGroupBy_isIgnored() {
    assertThat(onModel(check, config("[]"))).isEmpty();
  }

  private static String config(String groupBy) {
    return """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          route:
            receiver: slack
            groupBy: %s
        """.formatted(groupBy);
  }
}
