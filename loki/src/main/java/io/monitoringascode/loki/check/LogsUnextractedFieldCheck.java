package io.monitoringascode.loki.check;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.ClosestNames;
import io.monitoringascode.loki.shipping.DropStage;
import io.monitoringascode.loki.shipping.LabelsStage;
import io.monitoringascode.loki.shipping.LogShipper;
import io.monitoringascode.loki.shipping.OutputStage;
import io.monitoringascode.loki.shipping.Stage;
import io.monitoringascode.loki.shipping.TimestampStage;

/**
 * {@code logs/unextracted-field}: a stage that reads a field of the extracted map which no earlier stage extracts and
 * which is not one of the line's labels (the map starts with them). Promtail does not complain: a {@code labels} stage
 * sets no label, {@code timestamp} keeps the time the line was read ({@code action_on_failure: fudge}), {@code output}
 * leaves the line as it is, {@code drop} drops nothing, and a parser given a {@code source} parses nothing. Fields
 * extracted inside a {@code match} count as extracted after it; a job that relabels with {@code labelmap} is skipped,
 * as its labels cannot be known here.
 */
public final class LogsUnextractedFieldCheck implements Check<LogShipper> {
  private static final RuleInfo INFO = RuleInfo.of("logs/unextracted-field", Severity.WARNING,
      "Pipeline stages must read fields that an earlier stage extracts.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LogShipper shipper, CheckContext context, FindingSink sink) {
    ShippingWalk.stages(shipper.config(), (job, stage, pointer, available) -> {
      if (available == null) {
        return;
      }
      for (ShippingWalk.Read read : ShippingWalk.reads(stage, pointer)) {
        if (available.contains(read.field())) {
          continue;
        }
        String hint = ClosestNames.closest(read.field(), available)
            .map(near -> "Read `" + near + "` instead, or extract `" + read.field() + "` in an earlier stage.")
            .orElse("Extract `" + read.field() + "` in an earlier stage (`json`, `logfmt` or `regex`), or read a "
                + "field that one extracts.");
        sink.at(read.pointer()).warning("The `" + stage.key() + "` stage reads field `" + read.field()
            + "`, which no earlier stage extracts, so " + consequence(stage) + ".").hint(hint);
      }
    });
  }

  private static String consequence(Stage stage) {
    if (stage instanceof LabelsStage) {
      return "the label is never set";
    } else if (stage instanceof TimestampStage) {
      return "every line keeps the time it was read";
    } else if (stage instanceof OutputStage) {
      return "the line is sent unchanged";
    } else if (stage instanceof DropStage) {
      return "the stage never drops a line";
    }
    return "the stage never parses anything";
  }
}
