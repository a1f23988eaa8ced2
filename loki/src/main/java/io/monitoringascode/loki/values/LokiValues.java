package io.monitoringascode.loki.values;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import io.monitoringascode.core.values.ValuesOverride;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Typed values for the {@code grafana/loki} Helm chart, version {@value LokiChart#VERSION}: every key this type renders
 * is one the chart reads. An unset attribute renders no key, so the chart's default applies. {@link #toTree()} gives
 * the values file as a tree, in the chart's key order.
 *
 * <pre>{@code
 * LokiValues.builder()
 *     .deploymentMode(DeploymentMode.SINGLE_BINARY)
 *     .putReplica(LokiComponent.SINGLE_BINARY, 1)
 *     .loki(LokiConfig.builder().authEnabled(false)
 *         .storage(LokiStorage.filesystem(FilesystemStorage.builder().build()))
 *         .useTestSchema(true).build())
 *     .build();
 * }</pre>
 *
 * <p><b>Storage credentials.</b> When the storage reads keys from a Secret, the values carry only
 * {@code ${VARIABLE}} placeholders: the environment variables come from the Secret ({@code valueFrom.secretKeyRef})
 * and Loki expands them because {@code -config.expand-env=true} is added to its arguments. Both go to
 * {@code global.extraArgs}/{@code global.extraEnv}, which every component but the single binary reads, and to
 * {@code singleBinary.extraArgs}/{@code singleBinary.extraEnv} when the mode runs the single binary. With expansion
 * on, Loki also expands any other {@code $} in its configuration.
 *
 * <p><b>Escape hatch.</b> {@link Builder#set(String, Object)} sets any other key by JSON pointer, after the typed
 * keys; the chart's key index checks those keys like every other.
 */
@Value.Immutable
@ModelStyle
public abstract class LokiValues {
  private static final String EXPAND_ENV = "-config.expand-env=true";

  /**
   * Starts the values.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * How Loki is deployed. Renders to {@code deploymentMode}; the chart's default is
   * {@link DeploymentMode#SIMPLE_SCALABLE}.
   *
   * @return the mode
   */
  public abstract Optional<DeploymentMode> deploymentMode();

  /**
   * Loki's own configuration. Renders to {@code loki}.
   *
   * @return the configuration
   */
  public abstract Optional<LokiConfig> loki();

  /**
   * The Helm test that queries the canary. Renders to {@code test.enabled}; the chart's default is {@code true}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> testEnabled();

  /**
   * The canary DaemonSet that writes and reads test logs. Renders to {@code lokiCanary.enabled}; the chart's default
   * is {@code true}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> lokiCanaryEnabled();

  /**
   * The nginx gateway in front of Loki, the usual URL for Grafana and log shippers. Renders to
   * {@code gateway.enabled}; the chart's default is {@code true}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> gatewayEnabled();

  /**
   * Replica counts by workload. Renders to {@code <workload>.replicas} (such as {@code singleBinary.replicas}) in the
   * chart's order; unset workloads keep the chart's counts.
   *
   * @return the counts
   */
  public abstract Map<LokiComponent, Integer> replicas();

  /**
   * The ruler, which evaluates Loki rules: a workload of its own in the Distributed mode, part of the single binary or
   * the backend otherwise; the chart writes {@code loki.rulerConfig} into Loki's configuration only while it is on.
   * Renders to {@code ruler.enabled}; the chart's default is {@code true}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> rulerEnabled();

  /**
   * The memcached results cache. Renders to {@code resultsCache.enabled}; the chart's default is {@code true}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> resultsCacheEnabled();

  /**
   * The memcached chunks cache. Renders to {@code chunksCache.enabled}; the chart's default is {@code true}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> chunksCacheEnabled();

  /**
   * The sidecar that loads rules files from labelled ConfigMaps and Secrets. Renders to {@code sidecar.rules}.
   *
   * @return the settings
   */
  public abstract Optional<LokiRulesSidecar> rulesSidecar();

  /**
   * The chart's self-monitoring objects. Renders to {@code monitoring}.
   *
   * @return the switches
   */
  public abstract Optional<LokiMonitoring> monitoring();

  /** Values set through {@link Builder#set(String, Object)}, applied last, in order. */
  abstract List<ValuesOverride> overrides();

  /** Rejects negative replica counts, and overrides that cannot be applied. */
  @Value.Check
  protected void validate() {
    new TreeMap<>(replicas()).forEach((component, count) -> {
      if (count < 0) {
        throw new InvalidModelException("`" + component.key() + ".replicas`: `" + count + "` is negative.");
      }
    });
    toTree();
  }

  /**
   * Checks these values against the chart's key index and rules, as {@code mac check --values} does for a file:
   * findings point into the rendered values file.
   *
   * @return every finding
   */
  public Report check() {
    return LokiChart.get().check(toTree(), "values/loki.yaml");
  }

  /**
   * Renders the values file.
   *
   * @return a fresh tree, in the chart's key order
   */
  public ObjectNode toTree() {
    Map<String, SecretKeyRef> credentials = loki().flatMap(LokiConfig::storage)
        .map(LokiStorage::credentials).orElse(Map.of());
    DeploymentMode mode = deploymentMode().orElse(DeploymentMode.SIMPLE_SCALABLE);
    TreeWriter root = new TreeWriter()
        .putObject("global", mode.runsComponents() ? credentialsTree(credentials) : new TreeWriter())
        .put("deploymentMode", deploymentMode().map(DeploymentMode::chartValue))
        .putObject("loki", loki().map(LokiConfig::toTree).orElseGet(TreeWriter::new))
        .putObject("test", new TreeWriter().put("enabled", testEnabled()))
        .putObject("lokiCanary", new TreeWriter().put("enabled", lokiCanaryEnabled()))
        .putObject("gateway", new TreeWriter().put("enabled", gatewayEnabled()));
    for (LokiComponent component : LokiComponent.values()) {
      TreeWriter workload = new TreeWriter()
          .put("enabled", component == LokiComponent.RULER ? rulerEnabled() : Optional.empty())
          .put("replicas", Optional.ofNullable(replicas().get(component)));
      if (component == LokiComponent.SINGLE_BINARY && mode.runsSingleBinary()) {
        credentialsInto(workload, credentials);
      }
      root.putObject(component.key(), workload);
    }
    root.putObject("resultsCache", new TreeWriter().put("enabled", resultsCacheEnabled()))
        .putObject("chunksCache", new TreeWriter().put("enabled", chunksCacheEnabled()))
        .putObject("sidecar", new TreeWriter()
            .putObject("rules", rulesSidecar().map(LokiRulesSidecar::toTree).orElseGet(TreeWriter::new)))
        .putObject("monitoring", monitoring().map(LokiMonitoring::toTree).orElseGet(TreeWriter::new));
    ObjectNode tree = root.node();
    overrides().forEach(override -> override.applyTo(tree));
    return tree;
  }

  private static TreeWriter credentialsTree(Map<String, SecretKeyRef> credentials) {
    return credentialsInto(new TreeWriter(), credentials);
  }

  private static TreeWriter credentialsInto(TreeWriter workload, Map<String, SecretKeyRef> credentials) {
    if (!credentials.isEmpty()) {
      workload.putList("extraArgs", List.of(EXPAND_ENV), argument -> argument)
          .putList("extraEnv", List.copyOf(credentials.entrySet()),
              entry -> entry.getValue().toEnvVar(entry.getKey()).node());
    }
    return workload;
  }

  /** Builds {@link LokiValues}. */
  public static final class Builder extends ImmutableLokiValues.Builder {
    /**
     * Sets a key the typed API does not offer; applied after the typed keys, so it wins. Objects are merged key by
     * key into what is there, as Helm merges values; other values replace. A {@code null} value renders
     * {@code key: null}, which makes Helm drop the chart's default.
     *
     * @param pointer a JSON pointer (RFC 6901) into the values, such as {@code /loki/compactor/retention_enabled};
     *     {@code ~1} escapes a {@code /} inside a key, and {@code -} appends to a list
     * @param value a String, Number, Boolean, or a List or String-keyed Map of those; maps render sorted by key
     * @return this builder
     * @throws io.monitoringascode.core.value.InvalidModelException if the pointer is not below the root or the value
     *     has another type
     */
    public Builder set(String pointer, Object value) {
      return addOverride(ValuesOverride.of(pointer, value));
    }
  }
}
