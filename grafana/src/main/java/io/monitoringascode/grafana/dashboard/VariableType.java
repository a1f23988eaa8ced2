package io.monitoringascode.grafana.dashboard;

import java.util.Locale;
import java.util.Optional;

/** The kinds of template variable. Each renders to {@code type} in lower case. */
public enum VariableType {
  /** Values from a data-source query, such as {@code label_values(up, job)}. */
  QUERY,
  /** Values listed in the query, comma-separated. */
  CUSTOM,
  /** A fixed, hidden value. */
  CONSTANT,
  /** A choice among the data sources of one plugin type. */
  DATASOURCE,
  /** A choice of time spans, such as {@code 1m,5m,1h}. */
  INTERVAL,
  /** Free text. */
  TEXTBOX,
  /** Ad hoc label filters added to every query of a data source. */
  ADHOC;

  /**
   * The value of {@code type}.
   *
   * @return such as {@code query}
   */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<VariableType> ofJsonName(String name) {
    for (VariableType type : values()) {
      if (type.jsonName().equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
