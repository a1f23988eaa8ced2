package io.monitoringascode.prometheus.monitor;

import java.util.List;
import java.util.Optional;

/**
 * What a {@link ScrapeEndpoint} and a {@link PodScrapeEndpoint} share: how to scrape a target once its port is chosen.
 * Each class declares only its port attributes; fabric8 writes the keys in alphabetical order, so where an attribute
 * is declared does not change the output.
 *
 * @param <F> the fabric8 type the endpoint renders to; like {@link Monitor}'s, it keeps Immutables from adding a
 *     public {@code Builder.from(MonitorEndpoint)}
 */
interface MonitorEndpoint<F> {
  /**
   * Whether the target's labels win over the labels Prometheus attaches. Renders to {@code honorLabels}; absent means
   * {@code false}.
   *
   * @return the flag
   */
  Optional<Boolean> honorLabels();

  /**
   * Whether the target's timestamps are kept. Renders to {@code honorTimestamps}; absent means {@code true}.
   *
   * @return the flag
   */
  Optional<Boolean> honorTimestamps();

  /**
   * How often to scrape, such as {@code 30s}. Renders to {@code interval}; absent means Prometheus' global interval.
   *
   * @return the duration
   */
  Optional<String> interval();

  /**
   * Relabelings applied to the scraped samples before they are stored. Renders to {@code metricRelabelings}; empty by
   * default.
   *
   * @return the relabelings, in order
   */
  List<Relabeling> metricRelabelings();

  /**
   * The HTTP path of the metrics. Renders to {@code path}; absent means {@code /metrics}.
   *
   * @return the path
   */
  Optional<String> path();

  /**
   * Relabelings applied to the target before it is scraped. Renders to {@code relabelings}; empty by default.
   *
   * @return the relabelings, in order
   */
  List<Relabeling> relabelings();

  /**
   * The scheme, {@code http} or {@code https}. Renders to {@code scheme}; absent means {@code http}.
   *
   * @return the scheme
   */
  Optional<String> scheme();

  /**
   * How long a scrape may take, such as {@code 10s}; it must not exceed the interval. Renders to
   * {@code scrapeTimeout}; absent means Prometheus' global timeout.
   *
   * @return the duration
   */
  Optional<String> scrapeTimeout();
}
