package io.monitoringascode.loki.values;

/**
 * A workload of the {@code grafana/loki} chart that has its own {@code replicas}, in the chart's order. Which ones run
 * depends on the {@link DeploymentMode}: {@link #SINGLE_BINARY} in {@code SingleBinary}, {@link #WRITE}, {@link #READ}
 * and {@link #BACKEND} in {@code SimpleScalable}, the others in {@code Distributed}.
 */
public enum LokiComponent {
  /** Renders to {@code singleBinary.replicas}. */
  SINGLE_BINARY("singleBinary"),
  /** Renders to {@code write.replicas}. */
  WRITE("write"),
  /** Renders to {@code read.replicas}. */
  READ("read"),
  /** Renders to {@code backend.replicas}. */
  BACKEND("backend"),
  /** Renders to {@code ingester.replicas}. */
  INGESTER("ingester"),
  /** Renders to {@code distributor.replicas}. */
  DISTRIBUTOR("distributor"),
  /** Renders to {@code querier.replicas}. */
  QUERIER("querier"),
  /** Renders to {@code queryFrontend.replicas}. */
  QUERY_FRONTEND("queryFrontend"),
  /** Renders to {@code queryScheduler.replicas}. */
  QUERY_SCHEDULER("queryScheduler"),
  /** Renders to {@code indexGateway.replicas}. */
  INDEX_GATEWAY("indexGateway"),
  /** Renders to {@code compactor.replicas}. */
  COMPACTOR("compactor"),
  /** Renders to {@code bloomGateway.replicas}. */
  BLOOM_GATEWAY("bloomGateway"),
  /** Renders to {@code bloomPlanner.replicas}. */
  BLOOM_PLANNER("bloomPlanner"),
  /** Renders to {@code bloomBuilder.replicas}. */
  BLOOM_BUILDER("bloomBuilder"),
  /** Renders to {@code patternIngester.replicas}. */
  PATTERN_INGESTER("patternIngester"),
  /** Renders to {@code ruler.replicas}. */
  RULER("ruler");

  private final String key;

  LokiComponent(String key) {
    this.key = key;
  }

  /**
   * The chart's top-level key for this workload.
   *
   * @return for example {@code queryFrontend}
   */
  public String key() {
    return key;
  }
}
