package io.monitoringascode.loki.check;

import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.loki.shipping.CriStage;
import io.monitoringascode.loki.shipping.DropStage;
import io.monitoringascode.loki.shipping.JsonStage;
import io.monitoringascode.loki.shipping.LabelsStage;
import io.monitoringascode.loki.shipping.LogfmtStage;
import io.monitoringascode.loki.shipping.MatchStage;
import io.monitoringascode.loki.shipping.OutputStage;
import io.monitoringascode.loki.shipping.PromtailConfig;
import io.monitoringascode.loki.shipping.RegexStage;
import io.monitoringascode.loki.shipping.ScrapeJob;
import io.monitoringascode.loki.shipping.Stage;
import io.monitoringascode.loki.shipping.StaticLabelsStage;
import io.monitoringascode.loki.shipping.TimestampStage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Walks the pipeline stages of a Promtail configuration with their JSON pointers into the rendered YAML
 * ({@code /scrape_configs/<i>/pipeline_stages/<j>/<key>}, nested {@code match} stages under {@code …/match/stages/<k>})
 * and the fields that are in the extracted map when each stage runs.
 */
final class ShippingWalk {
  /** What a visitor sees of one stage. */
  interface Visitor {
    /**
     * Visits a stage.
     *
     * @param job the stage's scrape job
     * @param stage the stage
     * @param pointer the pointer of the stage's body, such as {@code /scrape_configs/0/pipeline_stages/1/labels}
     * @param available the fields extracted before it, or {@code null} when they cannot be known
     */
    void stage(ScrapeJob job, Stage stage, String pointer, Set<String> available);
  }

  private ShippingWalk() {}

  static void stages(PromtailConfig config, Visitor visitor) {
    for (int i = 0; i < config.scrapeJobs().size(); i++) {
      ScrapeJob job = config.scrapeJobs().get(i);
      Set<String> available = initialFields(job);
      walk(job, job.stages(), JsonPointers.of("scrape_configs", i, "pipeline_stages"), available, visitor);
    }
  }

  /**
   * The extracted map a line starts with: Promtail fills it with the line's labels (the targets' labels, the
   * {@code filename} label, labels written by relabelling). {@code null} when a {@code labelmap} relabelling copies
   * labels whose names are not known here.
   */
  private static Set<String> initialFields(ScrapeJob job) {
    if (job.relabelRules().stream().anyMatch(rule -> rule.action().filter("labelmap"::equals).isPresent())) {
      return null;
    }
    Set<String> fields = new TreeSet<>();
    fields.add(PromtailConfig.FILENAME_LABEL);
    job.staticTargets().forEach(target -> fields.addAll(target.labels().keySet()));
    job.relabelRules().forEach(rule -> rule.writtenLabel().ifPresent(fields::add));
    return fields;
  }

  private static void walk(ScrapeJob job, List<Stage> stages, String base, Set<String> available, Visitor visitor) {
    for (int j = 0; j < stages.size(); j++) {
      Stage stage = stages.get(j);
      String pointer = JsonPointers.child(base, j, stage.key());
      visitor.stage(job, stage, pointer, available == null ? null : Set.copyOf(available));
      if (stage instanceof MatchStage match) {
        Set<String> inside = available == null ? null : new TreeSet<>(available);
        walk(job, match.stages(), JsonPointers.child(pointer, "stages"), inside, visitor);
        // Fields extracted inside a match exist afterwards on the lines it matched: count them as available, since
        // this walk cannot tell which lines those are.
        if (available != null) {
          available.addAll(inside);
        }
      } else if (available != null) {
        available.addAll(extracted(stage));
      }
    }
  }

  /** The fields a stage adds to the extracted map. */
  static Set<String> extracted(Stage stage) {
    if (stage instanceof CriStage) {
      return CriStage.EXTRACTED;
    } else if (stage instanceof JsonStage json) {
      return json.expressions().keySet();
    } else if (stage instanceof LogfmtStage logfmt) {
      return logfmt.mapping().keySet();
    } else if (stage instanceof RegexStage regex) {
      return Set.copyOf(regex.groupNames());
    } else if (stage instanceof LabelsStage labels) {
      return labels.values().keySet();
    } else if (stage instanceof StaticLabelsStage staticLabels) {
      return staticLabels.values().keySet();
    }
    return Set.of();
  }

  /** The extracted fields a stage reads, with the pointer of the key naming each. */
  static List<Read> reads(Stage stage, String pointer) {
    String source = JsonPointers.child(pointer, "source");
    if (stage instanceof JsonStage json) {
      return sourceRead(json.source(), source);
    } else if (stage instanceof LogfmtStage logfmt) {
      return sourceRead(logfmt.source(), source);
    } else if (stage instanceof RegexStage regex) {
      return sourceRead(regex.source(), source);
    } else if (stage instanceof LabelsStage labels) {
      return labels.values().keySet().stream()
          .map(label -> new Read(labels.sourceOf(label), JsonPointers.child(pointer, label))).toList();
    } else if (stage instanceof TimestampStage timestamp) {
      return List.of(new Read(timestamp.source(), source));
    } else if (stage instanceof OutputStage output) {
      return List.of(new Read(output.source(), source));
    } else if (stage instanceof DropStage drop) {
      return drop.sourceFields().stream().map(field -> new Read(field, source)).toList();
    }
    return List.of();
  }

  /** The field a parsing stage's optional {@code source} names instead of the line, if any. */
  private static List<Read> sourceRead(Optional<String> field, String pointer) {
    return field.map(name -> List.of(new Read(name, pointer))).orElse(List.of());
  }

  /** A field a stage reads, and the pointer of the key that names it. */
  record Read(String field, String pointer) {}
}
