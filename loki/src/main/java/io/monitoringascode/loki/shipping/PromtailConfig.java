package io.monitoringascode.loki.shipping;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.monitoringascode.core.lang.ObjectNames;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * A Promtail configuration: its server, the Loki clients it pushes to, where it keeps its read positions, and the scrape
 * jobs with their pipelines. Renders to Promtail's YAML ({@link #render()}, {@link #toConfigMap(String)}) and to the
 * equivalent Grafana Alloy configuration ({@link #toAlloy()}), Promtail being deprecated in Alloy's favour.
 *
 * <pre>{@code
 * PromtailConfig.builder()
 *     .positionsFile("/positions/positions.yaml")
 *     .addClient(LokiClient.builder().url("http://loki-gateway.monitoring.svc.cluster.local/loki/api/v1/push")
 *         .tenantId("fake").build())
 *     .addScrapeJob(job)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class PromtailConfig {
  /** The key of the rendered configuration in {@link #toConfigMap(String)}. */
  public static final String CONFIG_KEY = "config.yaml";
  /** The key of the Alloy configuration in {@link #toAlloyConfigMap(String)}. */
  public static final String ALLOY_CONFIG_KEY = "config.alloy";
  /**
   * The label Promtail (and Alloy's {@code loki.source.file}) puts on every line read from a file: the file's path.
   */
  public static final String FILENAME_LABEL = "filename";

  /**
   * Starts a configuration.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Renders to {@code server.http_listen_port}; 9080 by default, Promtail's documented port.
   *
   * @return the port
   */
  @Value.Default
  public int httpListenPort() {
    return 9080;
  }

  /**
   * Renders to {@code server.grpc_listen_port}; 0 (a random port) by default, as Promtail needs no gRPC.
   *
   * @return the port
   */
  @Value.Default
  public int grpcListenPort() {
    return 0;
  }

  /**
   * Renders to {@code server.log_level}; {@code info} by default.
   *
   * @return the level
   */
  @Value.Default
  public String logLevel() {
    return "info";
  }

  /**
   * Renders to {@code positions.filename}: where Promtail records how far it has read each file, so that a restart
   * neither skips nor replays lines. Alloy keeps its own positions and imports this file once
   * ({@code legacy_positions_file}). {@code /var/log/positions.yaml} by default (Promtail's default).
   *
   * @return the path
   */
  @Value.Default
  public String positionsFile() {
    return "/var/log/positions.yaml";
  }

  /**
   * Renders to {@code clients}.
   *
   * @return the clients, at least one
   */
  public abstract List<LokiClient> clients();

  /**
   * Renders to {@code scrape_configs}.
   *
   * @return the jobs, at least one
   */
  public abstract List<ScrapeJob> scrapeJobs();

  /**
   * The push URLs of the clients, in order: for checks that compare them with the Loki release's Services.
   *
   * @return the URLs
   */
  public List<String> pushUrls() {
    return clients().stream().map(LokiClient::url).toList();
  }

  /**
   * The label names the lines leave the pipeline with: the static targets' labels (without the {@code __} ones), the
   * {@value #FILENAME_LABEL} label, labels written by relabelling, the {@code cri} stage's {@code stream}, labels of
   * {@code labels} and {@code static_labels} stages (nested ones included), less those a top-level {@code labeldrop}
   * removes, plus the clients' external labels. Labels Loki adds on its side ({@code service_name}) are not included;
   * nor are those a {@code labelmap} relabelling copies, whose names are not known here.
   *
   * @return the names, sorted
   */
  public SortedSet<String> labelsProduced() {
    SortedSet<String> produced = new TreeSet<>();
    for (ScrapeJob job : scrapeJobs()) {
      SortedSet<String> labels = new TreeSet<>();
      labels.add(FILENAME_LABEL);
      job.staticTargets().forEach(target -> target.labels().keySet().forEach(name -> addVisible(labels, name)));
      job.relabelRules().forEach(rule -> rule.writtenLabel().ifPresent(name -> addVisible(labels, name)));
      addStageLabels(job.stages(), labels, true);
      produced.addAll(labels);
    }
    clients().forEach(client -> produced.addAll(client.externalLabels().keySet()));
    return Collections.unmodifiableSortedSet(produced);
  }

  private static void addVisible(SortedSet<String> labels, String name) {
    if (!name.startsWith("__")) {
      labels.add(name);
    }
  }

  private static void addStageLabels(List<Stage> stages, SortedSet<String> labels, boolean topLevel) {
    for (Stage stage : stages) {
      if (stage instanceof CriStage) {
        labels.add(CriStage.STREAM_LABEL);
      } else if (stage instanceof LabelsStage labelsStage) {
        labels.addAll(labelsStage.values().keySet());
      } else if (stage instanceof StaticLabelsStage staticLabels) {
        labels.addAll(staticLabels.values().keySet());
      } else if (stage instanceof MatchStage match) {
        addStageLabels(match.stages(), labels, false);
      } else if (stage instanceof LabelDropStage drop && topLevel) {
        // A nested labeldrop runs only on some lines: the label may still leave on the others.
        drop.names().forEach(labels::remove);
      }
    }
  }

  /**
   * The configuration as Promtail's YAML.
   *
   * @return the text, ending in a newline
   */
  public String render() {
    return new String(PromtailYaml.render(this), StandardCharsets.UTF_8);
  }

  /**
   * The configuration in a ConfigMap, under {@value #CONFIG_KEY}, for Promtail's {@code -config.file}.
   *
   * @param name the ConfigMap's name
   * @return a fresh ConfigMap
   */
  public ConfigMap toConfigMap(String name) {
    return configMap(name, CONFIG_KEY, render());
  }

  /**
   * The same shipping as a Grafana Alloy configuration: {@code local.file_match} (after {@code discovery.kubernetes}
   * and {@code discovery.relabel} where the job discovers pods or relabels), {@code loki.process} with the stages as
   * {@code stage.*} blocks, {@code loki.source.file}, and {@code loki.write} with one {@code endpoint} per client.
   *
   * @return the text, ending in a newline
   */
  public String toAlloy() {
    return AlloyText.render(this);
  }

  /**
   * The Alloy configuration in a ConfigMap, under {@value #ALLOY_CONFIG_KEY}.
   *
   * @param name the ConfigMap's name
   * @return a fresh ConfigMap
   */
  public ConfigMap toAlloyConfigMap(String name) {
    return configMap(name, ALLOY_CONFIG_KEY, toAlloy());
  }

  private static ConfigMap configMap(String name, String key, String text) {
    if (!ObjectNames.isObjectName(name)) {
      throw new InvalidModelException("ConfigMap name `" + name + "` is not a DNS-1123 subdomain.");
    }
    return new ConfigMapBuilder().withNewMetadata().withName(name).endMetadata()
        .withData(new java.util.TreeMap<>(Map.of(key, text))).build();
  }

  @Value.Check
  void check() {
    if (clients().isEmpty()) {
      throw new InvalidModelException("PromtailConfig: add a client, or no line is sent anywhere.");
    }
    if (scrapeJobs().isEmpty()) {
      throw new InvalidModelException("PromtailConfig: add a scrape job, or no line is read.");
    }
    List<String> names = new ArrayList<>();
    for (ScrapeJob job : scrapeJobs()) {
      if (names.contains(job.jobName())) {
        throw new InvalidModelException("PromtailConfig: job_name `" + job.jobName() + "` is used twice.");
      }
      names.add(job.jobName());
    }
  }

  /**
   * The job's name as an Alloy component label: characters outside {@code [A-Za-z0-9_]} become underscores.
   *
   * @param jobName the job's name
   * @return an Alloy identifier
   */
  static String alloyLabel(String jobName) {
    String label = jobName.replaceAll("[^A-Za-z0-9_]", "_");
    return Character.isDigit(label.charAt(0)) ? "_" + label : label;
  }

  /** Builds a {@link PromtailConfig}. */
  public static final class Builder extends ImmutablePromtailConfig.Builder {}
}
