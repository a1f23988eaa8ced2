package io.monitoringascode.loki.check;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.PromNames;
import io.monitoringascode.loki.shipping.LabelsStage;
import io.monitoringascode.loki.shipping.LogShipper;
import io.monitoringascode.loki.shipping.LokiClient;
import io.monitoringascode.loki.shipping.PromtailConfig;
import io.monitoringascode.loki.shipping.RelabelRule;
import io.monitoringascode.loki.shipping.ScrapeJob;
import io.monitoringascode.loki.shipping.StaticLabelsStage;
import io.monitoringascode.loki.shipping.StaticTarget;

/**
 * {@code logs/label-name}: every label a shipper sets must be a valid label name ({@code [a-zA-Z_][a-zA-Z0-9_]*}):
 * keys of {@code labels} and {@code static_labels} stages, of static targets' {@code labels}, relabelling
 * {@code target_label}s, and clients' {@code external_labels}. Promtail refuses a pipeline or target with such a label
 * at start (its stage and target validation uses Prometheus' label-name rule), and Loki rejects pushes carrying one.
 */
public final class LogsLabelNameCheck implements Check<LogShipper> {
  private static final RuleInfo INFO = RuleInfo.of("logs/label-name", Severity.ERROR,
      "Labels set by a log shipper must be valid label names.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LogShipper shipper, CheckContext context, FindingSink sink) {
    PromtailConfig config = shipper.config();
    for (int c = 0; c < config.clients().size(); c++) {
      LokiClient client = config.clients().get(c);
      for (String name : client.externalLabels().keySet()) {
        report(sink, name, JsonPointers.of("clients", c, "external_labels", name), "external label",
            "Loki rejects every push from this client");
      }
    }
    for (int i = 0; i < config.scrapeJobs().size(); i++) {
      ScrapeJob job = config.scrapeJobs().get(i);
      for (int t = 0; t < job.staticTargets().size(); t++) {
        StaticTarget target = job.staticTargets().get(t);
        for (String name : target.labels().keySet()) {
          report(sink, name, JsonPointers.of("scrape_configs", i, "static_configs", t, "labels", name), "target label",
              "Promtail refuses the configuration at start");
        }
      }
      for (int r = 0; r < job.relabelRules().size(); r++) {
        RelabelRule rule = job.relabelRules().get(r);
        String pointer = JsonPointers.of("scrape_configs", i, "relabel_configs", r, "target_label");
        rule.writtenLabel().ifPresent(name -> report(sink, name, pointer, "relabelling target",
            "Promtail refuses the configuration at start"));
      }
    }
    ShippingWalk.stages(config, (job, stage, pointer, available) -> {
      if (stage instanceof LabelsStage labels) {
        for (String name : labels.values().keySet()) {
          String suggested = PromNames.suggestLabelName(name);
          // A label without a source reads the field of its own name: renaming it must keep reading that field.
          String hint = labels.values().get(name).isEmpty()
              ? "Rename the label and keep reading the field: `" + suggested + ": " + name + "`."
              : "Rename the label to `" + suggested + "`.";
          report(sink, name, JsonPointers.child(pointer, name), "`labels` stage label",
              "Promtail refuses the pipeline at start", hint);
        }
      } else if (stage instanceof StaticLabelsStage staticLabels) {
        staticLabels.values().keySet().forEach(name -> report(sink, name, JsonPointers.child(pointer, name),
            "`static_labels` stage label", "Promtail refuses the pipeline at start",
            "Rename the label to `" + PromNames.suggestLabelName(name) + "`."));
      }
    });
  }

  private static void report(FindingSink sink, String name, String pointer, String what, String consequence) {
    report(sink, name, pointer, what, consequence, "Rename the label to `" + PromNames.suggestLabelName(name) + "`.");
  }

  private static void report(FindingSink sink, String name, String pointer, String what, String consequence,
      String hint) {
    if (PromNames.isLabelName(name)) {
      return;
    }
    sink.at(pointer).error("The " + what + " `" + name + "` is not a valid label name (`[a-zA-Z_][a-zA-Z0-9_]*`), so "
        + consequence + ".").hint(hint);
  }
}
