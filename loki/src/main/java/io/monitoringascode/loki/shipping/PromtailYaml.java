package io.monitoringascode.loki.shipping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.render.Canonical;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Promtail's YAML for a {@link PromtailConfig}, with the key names of Promtail's configuration reference
 * ({@code server}, {@code positions}, {@code clients}, {@code scrape_configs}) and of each stage's page. Keys come in the
 * order the reference lists them; free maps (labels, expressions) are sorted. The checks' pointers follow this tree.
 */
final class PromtailYaml {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PromtailYaml() {}

  static byte[] render(PromtailConfig config) {
    return Canonical.renderYaml(tree(config));
  }

  static JsonNode tree(PromtailConfig config) {
    ObjectNode root = NODES.objectNode();
    ObjectNode server = root.putObject("server");
    server.put("http_listen_port", config.httpListenPort());
    server.put("grpc_listen_port", config.grpcListenPort());
    server.put("log_level", config.logLevel());
    root.putObject("positions").put("filename", config.positionsFile());
    ArrayNode clients = root.putArray("clients");
    config.clients().forEach(client -> clients.add(client(client)));
    ArrayNode jobs = root.putArray("scrape_configs");
    config.scrapeJobs().forEach(job -> jobs.add(job(job)));
    return root;
  }

  private static ObjectNode client(LokiClient client) {
    ObjectNode node = NODES.objectNode();
    node.put("url", client.url());
    client.tenantId().ifPresent(tenant -> node.put("tenant_id", tenant));
    client.basicAuthUsername().ifPresent(user -> {
      ObjectNode auth = node.putObject("basic_auth");
      auth.put("username", user);
      client.basicAuthPasswordFile().ifPresent(file -> auth.put("password_file", file));
    });
    client.bearerTokenFile().ifPresent(file -> node.put("bearer_token_file", file));
    if (!client.externalLabels().isEmpty()) {
      putMap(node.putObject("external_labels"), client.externalLabels(), false);
    }
    return node;
  }

  private static ObjectNode job(ScrapeJob job) {
    ObjectNode node = NODES.objectNode();
    node.put("job_name", job.jobName());
    if (!job.staticTargets().isEmpty()) {
      ArrayNode statics = node.putArray("static_configs");
      for (StaticTarget target : job.staticTargets()) {
        ObjectNode labels = statics.addObject().putObject("labels");
        labels.put("__path__", target.path());
        putMap(labels, target.labels(), false);
      }
    }
    job.kubernetesRole().ifPresent(role -> {
      ObjectNode sd = node.putArray("kubernetes_sd_configs").addObject();
      sd.put("role", role);
      if (!job.kubernetesNamespaces().isEmpty()) {
        ArrayNode names = sd.putObject("namespaces").putArray("names");
        job.kubernetesNamespaces().forEach(names::add);
      }
    });
    if (!job.relabelRules().isEmpty()) {
      ArrayNode rules = node.putArray("relabel_configs");
      job.relabelRules().forEach(rule -> rules.add(relabel(rule)));
    }
    if (!job.stages().isEmpty()) {
      node.set("pipeline_stages", stages(job.stages()));
    }
    return node;
  }

  private static ObjectNode relabel(RelabelRule rule) {
    ObjectNode node = NODES.objectNode();
    if (!rule.sourceLabels().isEmpty()) {
      ArrayNode sources = node.putArray("source_labels");
      rule.sourceLabels().forEach(sources::add);
    }
    putOptional(node, "separator", rule.separator());
    putOptional(node, "target_label", rule.targetLabel());
    putOptional(node, "regex", rule.regex());
    putOptional(node, "replacement", rule.replacement());
    putOptional(node, "action", rule.action());
    return node;
  }

  private static ArrayNode stages(List<Stage> stages) {
    ArrayNode list = NODES.arrayNode();
    for (Stage stage : stages) {
      ObjectNode entry = list.addObject();
      entry.set(stage.key(), stageBody(stage));
    }
    return list;
  }

  private static JsonNode stageBody(Stage stage) {
    ObjectNode body = NODES.objectNode();
    if (stage instanceof CriStage) {
      return body;
    } else if (stage instanceof JsonStage json) {
      putMap(body.putObject("expressions"), json.expressions(), true);
      putOptional(body, "source", json.source());
    } else if (stage instanceof LogfmtStage logfmt) {
      putMap(body.putObject("mapping"), logfmt.mapping(), true);
      putOptional(body, "source", logfmt.source());
    } else if (stage instanceof RegexStage regex) {
      body.put("expression", regex.expression());
      putOptional(body, "source", regex.source());
    } else if (stage instanceof LabelsStage labels) {
      putMap(body, labels.values(), true);
    } else if (stage instanceof TimestampStage timestamp) {
      body.put("source", timestamp.source());
      body.put("format", timestamp.format());
      if (!timestamp.fallbackFormats().isEmpty()) {
        ArrayNode formats = body.putArray("fallback_formats");
        timestamp.fallbackFormats().forEach(formats::add);
      }
      putOptional(body, "location", timestamp.location());
      putOptional(body, "action_on_failure", timestamp.actionOnFailure());
    } else if (stage instanceof OutputStage output) {
      body.put("source", output.source());
    } else if (stage instanceof DropStage drop) {
      putOptional(body, "source", drop.source());
      putOptional(body, "separator", drop.separator());
      putOptional(body, "expression", drop.expression());
      putOptional(body, "value", drop.value());
      putOptional(body, "older_than", drop.olderThan());
      putOptional(body, "longer_than", drop.longerThan());
      putOptional(body, "drop_counter_reason", drop.dropCounterReason());
    } else if (stage instanceof MatchStage match) {
      body.put("selector", match.selector());
      putOptional(body, "pipeline_name", match.pipelineName());
      if (match.action() == MatchStage.Action.DROP) {
        body.put("action", match.action().value());
      }
      putOptional(body, "drop_counter_reason", match.dropCounterReason());
      if (!match.stages().isEmpty()) {
        body.set("stages", stages(match.stages()));
      }
    } else if (stage instanceof StaticLabelsStage staticLabels) {
      putMap(body, staticLabels.values(), false);
    } else if (stage instanceof LabelDropStage labelDrop) {
      ArrayNode names = NODES.arrayNode();
      labelDrop.names().forEach(names::add);
      return names;
    }
    return body;
  }

  /** Puts a map's entries; with {@code emptyAsNull}, an empty value is written as a key without value. */
  private static void putMap(ObjectNode node, Map<String, String> map, boolean emptyAsNull) {
    map.forEach((key, value) -> {
      if (emptyAsNull && value.isEmpty()) {
        node.putNull(key);
      } else {
        node.put(key, value);
      }
    });
  }

  private static void putOptional(ObjectNode node, String key, Optional<String> value) {
    value.ifPresent(text -> node.put(key, text));
  }
}
