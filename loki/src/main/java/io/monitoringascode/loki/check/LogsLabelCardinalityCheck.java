package io.monitoringascode.loki.check;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.loki.shipping.LabelsStage;
import io.monitoringascode.loki.shipping.LogShipper;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code logs/label-cardinality}: a {@code labels} stage that turns a field into a label although, by its name, the
 * field differs on (nearly) every line: request, trace, span, session or user ids, timestamps, IP addresses, paths and
 * URLs, sizes and durations, messages. Each distinct label value opens a stream of its own; Loki's index, its ingesters'
 * memory and every query grow with them, and Loki starts refusing pushes once a tenant's stream limit is reached. The
 * rule goes by names only, so it is a warning, and it judges both the label's name and the field it reads.
 */
public final class LogsLabelCardinalityCheck implements Check<LogShipper> {
  private static final RuleInfo INFO = RuleInfo.of("logs/label-cardinality", Severity.WARNING,
      "Labels extracted from log lines should have few values.");

  /** Last words of a name that mark a per-line value: {@code request_id}, {@code client_ip}, {@code start_time}. */
  private static final Set<String> LAST_WORDS = Set.of("id", "ids", "uuid", "guid", "ip", "addr", "address",
      "timestamp", "ts", "time", "datetime", "date", "path", "url", "uri", "email", "bytes", "duration", "latency",
      "message", "msg");
  /** Whole names of per-line values. */
  private static final Set<String> NAMES = Set.of("traceid", "spanid", "requestid", "reqid", "sessionid", "userid",
      "uid", "request", "user", "user_identifier", "referer", "referrer", "query", "querystring", "useragent",
      "user_agent");
  /** Ids that name a handful of things, not one per line. */
  private static final Set<String> FEW_VALUES = Set.of("tenant_id", "org_id", "cluster_id", "app_id", "service_id",
      "namespace_id", "region_id", "zone_id");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LogShipper shipper, CheckContext context, FindingSink sink) {
    ShippingWalk.stages(shipper.config(), (job, stage, pointer, available) -> {
      if (stage instanceof LabelsStage labels) {
        for (String label : labels.values().keySet()) {
          String field = labels.sourceOf(label);
          if (!perLine(label) && !perLine(field)) {
            continue;
          }
          sink.at(JsonPointers.child(pointer, label)).warning("The label `" + label
              + "` takes its value from field `" + field + "`, which by its name differs on nearly every line, "
              + "so each value opens a new stream and Loki's index and memory grow with the traffic.")
              .hint("Remove `" + label + "` from the `labels` stage and filter on the field at query time after a "
                  + "parser (`| json` or `| logfmt`) instead.");
        }
      }
    });
  }

  /** Whether a name reads like a value that changes on every line. */
  static boolean perLine(String name) {
    String snake = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    if (FEW_VALUES.contains(snake)) {
      return false;
    }
    if (NAMES.contains(snake) || NAMES.contains(snake.replace("_", ""))) {
      return true;
    }
    List<String> words = List.of(snake.split("_"));
    return !words.isEmpty() && LAST_WORDS.contains(words.get(words.size() - 1));
  }
}
