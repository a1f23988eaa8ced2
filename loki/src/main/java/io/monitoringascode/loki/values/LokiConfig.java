package io.monitoringascode.loki.values;

import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The configuration of Loki itself, which the chart templates into Loki's config file. Renders to the {@code loki}
 * key; unset keys keep the chart's defaults.
 */
@Value.Immutable
@ModelStyle
public abstract class LokiConfig {
  /**
   * Starts a Loki configuration.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Multi-tenancy: requests must carry an {@code X-Scope-OrgID}. Renders to {@code auth_enabled}; the chart's default
   * is {@code true}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> authEnabled();

  /**
   * Per-tenant limits. Renders to {@code limits_config}.
   *
   * @return the limits
   */
  public abstract Optional<LokiLimits> limits();

  /**
   * Settings shared by all components. Renders to {@code commonConfig}.
   *
   * @return the common config
   */
  public abstract Optional<LokiCommonConfig> commonConfig();

  /**
   * Where Loki stores data. Renders to {@code storage}; unset keeps the chart's {@code s3} type, which needs bucket
   * names.
   *
   * @return the storage
   */
  public abstract Optional<LokiStorage> storage();

  /**
   * The schema periods, oldest first. Renders to {@code schemaConfig.configs}; the chart refuses to install without
   * them unless {@link #useTestSchema()} is set.
   *
   * @return the periods
   */
  public abstract List<SchemaPeriod> schemaPeriods();

  /**
   * Uses the chart's test schema instead of {@link #schemaPeriods()}, for tests and demos only. Renders to
   * {@code useTestSchema}; the chart's default is {@code false}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> useTestSchema();

  /**
   * The ruler's configuration: where it reads rules and where it sends alerts. Renders to {@code rulerConfig}.
   *
   * @return the configuration
   */
  public abstract Optional<LokiRulerConfig> rulerConfig();

  /** Rejects both a schema and the test schema: the chart would write {@code schema_config} twice. */
  @Value.Check
  protected void check() {
    if (!schemaPeriods().isEmpty() && useTestSchema().orElse(false)) {
      throw new InvalidModelException("`loki.useTestSchema`: set either `schemaConfig` or `useTestSchema`, not both.");
    }
  }

  TreeWriter toTree() {
    TreeWriter schemaConfig = new TreeWriter().putList("configs", schemaPeriods(), period -> period.toTree().node());
    return new TreeWriter()
        .put("auth_enabled", authEnabled())
        .putObject("limits_config", limits().map(LokiLimits::toTree).orElseGet(TreeWriter::new))
        .putObject("commonConfig", commonConfig().map(LokiCommonConfig::toTree).orElseGet(TreeWriter::new))
        .putObject("storage", storage().map(LokiStorage::toTree).orElseGet(TreeWriter::new))
        .putObject("schemaConfig", schemaConfig)
        .put("useTestSchema", useTestSchema())
        .putObject("rulerConfig", rulerConfig().map(LokiRulerConfig::toTree).orElseGet(TreeWriter::new));
  }

  /** Builds a {@link LokiConfig}. */
  public static final class Builder extends ImmutableLokiConfig.Builder {}
}
