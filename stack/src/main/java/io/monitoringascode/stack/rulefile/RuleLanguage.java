package io.monitoringascode.stack.rulefile;

/** The query language of a plain rules file's expressions: Prometheus' or Loki's ruler reads the file. */
public enum RuleLanguage {
  /** A Prometheus rules file, as {@code promtool check rules} reads it. */
  PROMQL,
  /** A Loki ruler rules file: the same layout, with LogQL expressions. */
  LOGQL
}
