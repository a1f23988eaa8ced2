package io.monitoringascode.loki.shipping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Grafana Alloy configuration for a {@link PromtailConfig}, laid out as {@code alloy fmt} and Alloy's own Promtail
 * converter ({@code alloy convert --source-format=promtail}) write it: tab indentation, {@code =} aligned within a run of
 * one-line attributes, a blank line before a block that follows attributes and between components. Component and
 * argument names are those of Alloy's component reference: {@code discovery.kubernetes}, {@code discovery.relabel}
 * ({@code rule} blocks), {@code local.file_match} ({@code path_targets}), {@code loki.process} ({@code forward_to},
 * {@code stage.*} blocks), {@code loki.source.file} ({@code targets}, {@code forward_to},
 * {@code legacy_positions_file}) and {@code loki.write} ({@code endpoint} blocks, {@code external_labels}).
 */
final class AlloyText {
  private AlloyText() {}

  static String render(PromtailConfig config) {
    List<Block> components = new ArrayList<>();
    List<String> writers = writers(config);
    for (ScrapeJob job : config.scrapeJobs()) {
      components.addAll(job(job, config.positionsFile(), writers));
    }
    components.addAll(writeComponents(config));
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < components.size(); i++) {
      if (i > 0) {
        text.append('\n');
      }
      components.get(i).write(text, 0);
    }
    return text.toString();
  }

  /** The {@code loki.write} components: one for all clients when they share external labels, else one each. */
  private static List<String> writers(PromtailConfig config) {
    if (sharedExternalLabels(config)) {
      return List.of("loki.write.default.receiver");
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < config.clients().size(); i++) {
      names.add("loki.write.client_" + (i + 1) + ".receiver");
    }
    return names;
  }

  private static boolean sharedExternalLabels(PromtailConfig config) {
    Map<String, String> first = config.clients().get(0).externalLabels();
    return config.clients().stream().allMatch(client -> client.externalLabels().equals(first));
  }

  private static List<Block> job(ScrapeJob job, String positionsFile, List<String> writers) {
    String label = PromtailConfig.alloyLabel(job.jobName());
    List<Block> blocks = new ArrayList<>();
    String discovered = null;
    if (job.kubernetesRole().isPresent()) {
      Block kubernetes = new Block("discovery.kubernetes", label).attr("role", quote(job.kubernetesRole().get()));
      if (!job.kubernetesNamespaces().isEmpty()) {
        kubernetes.block(new Block("namespaces", null).attr("names", list(job.kubernetesNamespaces())));
      }
      blocks.add(kubernetes);
      discovered = "discovery.kubernetes." + label + ".targets";
    }
    String statics = job.staticTargets().isEmpty() ? null : staticTargets(job.staticTargets());
    String targets = discovered == null ? statics
        : statics == null ? discovered : "array.concat(\n" + discovered + ",\n" + statics + ",\n)";
    if (!job.relabelRules().isEmpty()) {
      Block relabel = new Block("discovery.relabel", label).attr("targets", targets);
      job.relabelRules().forEach(rule -> relabel.block(rule(rule)));
      blocks.add(relabel);
      targets = "discovery.relabel." + label + ".output";
    }
    blocks.add(new Block("local.file_match", label).attr("path_targets", targets));
    String forward = references(writers);
    if (!job.stages().isEmpty()) {
      Block process = new Block("loki.process", label).attr("forward_to", forward);
      job.stages().forEach(stage -> process.block(stage(stage)));
      blocks.add(process);
      forward = "[loki.process." + label + ".receiver]";
    }
    blocks.add(new Block("loki.source.file", label)
        .attr("targets", "local.file_match." + label + ".targets")
        .attr("forward_to", forward)
        // Alloy keeps its own positions; this imports Promtail's once, so that moving over neither skips nor replays.
        .attr("legacy_positions_file", quote(positionsFile)));
    return blocks;
  }

  private static String staticTargets(List<StaticTarget> targets) {
    List<String> maps = new ArrayList<>();
    for (StaticTarget target : targets) {
      Map<String, String> labels = new LinkedHashMap<>();
      labels.put("__path__", target.path());
      labels.putAll(target.labels());
      maps.add(map(labels));
    }
    // Alloy writes a list of maps as `[{ … }, { … }]`, the braces hugging the brackets.
    return "[" + String.join(", ", maps) + "]";
  }

  private static Block rule(RelabelRule rule) {
    Block block = new Block("rule", null);
    if (!rule.sourceLabels().isEmpty()) {
      block.attr("source_labels", list(rule.sourceLabels()));
    }
    rule.separator().ifPresent(value -> block.attr("separator", quote(value)));
    rule.regex().ifPresent(value -> block.attr("regex", quote(value)));
    rule.targetLabel().ifPresent(value -> block.attr("target_label", quote(value)));
    rule.replacement().ifPresent(value -> block.attr("replacement", quote(value)));
    rule.action().ifPresent(value -> block.attr("action", quote(value)));
    return block;
  }

  private static Block stage(Stage stage) {
    if (stage instanceof CriStage) {
      return new Block("stage.cri", null);
    } else if (stage instanceof JsonStage json) {
      return optional(new Block("stage.json", null).attr("expressions", map(json.expressions())), "source",
          json.source());
    } else if (stage instanceof LogfmtStage logfmt) {
      return optional(new Block("stage.logfmt", null).attr("mapping", map(logfmt.mapping())), "source",
          logfmt.source());
    } else if (stage instanceof RegexStage regex) {
      return optional(new Block("stage.regex", null).attr("expression", quote(regex.expression())), "source",
          regex.source());
    } else if (stage instanceof LabelsStage labels) {
      return new Block("stage.labels", null).attr("values", map(labels.values()));
    } else if (stage instanceof TimestampStage timestamp) {
      Block block = new Block("stage.timestamp", null).attr("source", quote(timestamp.source()))
          .attr("format", quote(timestamp.format()));
      if (!timestamp.fallbackFormats().isEmpty()) {
        block.attr("fallback_formats", list(timestamp.fallbackFormats()));
      }
      optional(block, "location", timestamp.location());
      return optional(block, "action_on_failure", timestamp.actionOnFailure());
    } else if (stage instanceof OutputStage output) {
      return new Block("stage.output", null).attr("source", quote(output.source()));
    } else if (stage instanceof DropStage drop) {
      Block block = new Block("stage.drop", null);
      optional(block, "source", drop.source());
      optional(block, "separator", drop.separator());
      optional(block, "expression", drop.expression());
      optional(block, "value", drop.value());
      optional(block, "older_than", drop.olderThan());
      optional(block, "longer_than", drop.longerThan());
      return optional(block, "drop_counter_reason", drop.dropCounterReason());
    } else if (stage instanceof MatchStage match) {
      Block block = new Block("stage.match", null).attr("selector", quote(match.selector()));
      match.stages().forEach(nested -> block.block(stage(nested)));
      if (match.action() == MatchStage.Action.DROP) {
        block.attr("action", quote(match.action().value()));
      }
      optional(block, "pipeline_name", match.pipelineName());
      return optional(block, "drop_counter_reason", match.dropCounterReason());
    } else if (stage instanceof StaticLabelsStage staticLabels) {
      return new Block("stage.static_labels", null).attr("values", map(staticLabels.values()));
    }
    LabelDropStage labelDrop = (LabelDropStage) stage;
    return new Block("stage.label_drop", null).attr("values", list(labelDrop.names()));
  }

  private static List<Block> writeComponents(PromtailConfig config) {
    if (sharedExternalLabels(config)) {
      Block write = new Block("loki.write", "default");
      config.clients().forEach(client -> write.block(endpoint(client)));
      write.attr("external_labels", map(config.clients().get(0).externalLabels()));
      return List.of(write);
    }
    List<Block> writes = new ArrayList<>();
    for (int i = 0; i < config.clients().size(); i++) {
      LokiClient client = config.clients().get(i);
      writes.add(new Block("loki.write", "client_" + (i + 1)).block(endpoint(client))
          .attr("external_labels", map(client.externalLabels())));
    }
    return writes;
  }

  private static Block endpoint(LokiClient client) {
    Block endpoint = new Block("endpoint", null).attr("url", quote(client.url()));
    client.tenantId().ifPresent(tenant -> endpoint.attr("tenant_id", quote(tenant)));
    client.bearerTokenFile().ifPresent(file -> endpoint.attr("bearer_token_file", quote(file)));
    client.basicAuthUsername().ifPresent(user -> {
      Block auth = new Block("basic_auth", null).attr("username", quote(user));
      client.basicAuthPasswordFile().ifPresent(file -> auth.attr("password_file", quote(file)));
      endpoint.block(auth);
    });
    return endpoint;
  }

  private static Block optional(Block block, String name, Optional<String> value) {
    value.ifPresent(text -> block.attr(name, quote(text)));
    return block;
  }

  /** A map literal, one entry a line with {@code =} aligned; {@code {}} when empty. */
  private static String map(Map<String, String> entries) {
    if (entries.isEmpty()) {
      return "{}";
    }
    int width = entries.keySet().stream().mapToInt(key -> key(key).length()).max().orElse(0);
    StringBuilder text = new StringBuilder("{\n");
    entries.forEach((key, value) -> text.append(pad(key(key), width)).append(" = ").append(quote(value)).append(",\n"));
    return text.append('}').toString();
  }

  /** A map key: bare when it is an identifier, quoted otherwise. */
  private static String key(String key) {
    return key.matches("[A-Za-z_][A-Za-z0-9_]*") ? key : quote(key);
  }

  private static String list(List<String> values) {
    return references(values.stream().map(AlloyText::quote).toList());
  }

  /** A list of references to other components' exports, such as {@code [loki.write.default.receiver]}. */
  private static String references(List<String> exports) {
    return "[" + String.join(", ", exports) + "]";
  }

  /** An Alloy string literal: Go's double-quoted form. */
  static String quote(String value) {
    StringBuilder text = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> text.append("\\\"");
        case '\\' -> text.append("\\\\");
        case '\n' -> text.append("\\n");
        case '\t' -> text.append("\\t");
        case '\r' -> text.append("\\r");
        default -> text.append(c);
      }
    }
    return text.append('"').toString();
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }

  /** A block or component: a name, an optional label, and attributes and nested blocks in order. */
  private static final class Block {
    private final String name;
    private final String label;
    private final List<Object> entries = new ArrayList<>();

    Block(String name, String label) {
      this.name = name;
      this.label = label;
    }

    Block attr(String key, String value) {
      entries.add(new String[] {key, value});
      return this;
    }

    Block block(Block child) {
      entries.add(child);
      return this;
    }

    void write(StringBuilder text, int depth) {
      String indent = "\t".repeat(depth);
      text.append(indent).append(name);
      if (label != null) {
        text.append(' ').append(quote(label));
      }
      if (entries.isEmpty()) {
        text.append(" { }\n");
        return;
      }
      text.append(" {\n");
      int i = 0;
      while (i < entries.size()) {
        Object entry = entries.get(i);
        if (entry instanceof Block child) {
          if (i > 0) {
            text.append('\n');
          }
          child.write(text, depth + 1);
          i++;
          continue;
        }
        // A run of attributes up to the next block or multi-line value: `=` aligned within it.
        int end = i;
        while (end < entries.size() && entries.get(end) instanceof String[] attr && !attr[1].contains("\n")) {
          end++;
        }
        if (end == i) {
          writeAttr(text, depth + 1, (String[]) entry, 0);
          i++;
          continue;
        }
        int width = 0;
        for (int j = i; j < end; j++) {
          width = Math.max(width, ((String[]) entries.get(j))[0].length());
        }
        for (int j = i; j < end; j++) {
          writeAttr(text, depth + 1, (String[]) entries.get(j), width);
        }
        i = end;
      }
      text.append(indent).append("}\n");
    }

    private static void writeAttr(StringBuilder text, int depth, String[] attr, int width) {
      String indent = "\t".repeat(depth);
      String[] lines = attr[1].split("\n", -1);
      text.append(indent).append(pad(attr[0], width)).append(" = ").append(lines[0]).append('\n');
      // Lines of a multi-line value are indented by their nesting: a line opening `{`, `[` or `(` at its end goes one
      // level deeper, a line starting with a closing one comes back.
      int level = opens(lines[0]) ? 1 : 0;
      for (int k = 1; k < lines.length; k++) {
        String line = lines[k];
        if (line.startsWith("}") || line.startsWith("]") || line.startsWith(")")) {
          level--;
        }
        text.append(indent).append("\t".repeat(level)).append(line).append('\n');
        if (opens(line)) {
          level++;
        }
      }
    }

    private static boolean opens(String line) {
      return line.endsWith("{") || line.endsWith("[") || line.endsWith("(");
    }
  }
}
