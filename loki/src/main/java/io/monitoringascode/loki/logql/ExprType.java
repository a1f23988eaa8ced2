package io.monitoringascode.loki.logql;

/** The two kinds of LogQL query. */
public enum ExprType {
  /** A log query, returning log lines: a stream selector and its pipeline. */
  LOG,
  /** A metric query, returning samples: aggregations, binary operations, literals. */
  METRIC
}
