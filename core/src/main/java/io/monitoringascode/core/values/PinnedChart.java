package io.monitoringascode.core.values;

import io.monitoringascode.core.check.Check;
import java.util.List;
import java.util.function.Supplier;

/**
 * A chart version whose key index is a generated resource beside the subclass, named {@code <name>-<version>.json}
 * and loaded on first use; the chart-specific classes only name their coordinates and checks.
 */
public abstract class PinnedChart implements ValuesChart {
  private final String name;
  private final String repository;
  private final String version;
  private final Supplier<List<Check<ChartValues>>> checks;
  private volatile ValuesIndex index;

  /**
   * Pins a chart version.
   *
   * @param name the chart's name, such as {@code loki}
   * @param repository the chart repository's URL
   * @param version the chart version the index was generated from
   * @param checks the chart's own checks, asked for when the chart checks values
   */
  protected PinnedChart(String name, String repository, String version, Supplier<List<Check<ChartValues>>> checks) {
    this.name = name;
    this.repository = repository;
    this.version = version;
    this.checks = checks;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String repository() {
    return repository;
  }

  @Override
  public final String version() {
    return version;
  }

  @Override
  public final ValuesIndex index() {
    ValuesIndex loaded = index;
    if (loaded == null) {
      synchronized (this) {
        loaded = index;
        if (loaded == null) {
          loaded = ValuesIndex.load(getClass(), name + "-" + version + ".json");
          index = loaded;
        }
      }
    }
    return loaded;
  }

  @Override
  public final List<Check<ChartValues>> checks() {
    return checks.get();
  }
}
