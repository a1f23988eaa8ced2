package io.monitoringascode.loki.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.values.ChartValues;

/** Effective settings of the loki chart that several checks read: the user's value, else the chart's default. */
final class LokiValues {
  static final String MODE = "/deploymentMode";
  static final String SINGLE_BINARY_REPLICAS = "/singleBinary/replicas";
  static final String STORAGE_TYPE = "/loki/storage/type";
  static final String[] SCALABLE = {"write", "read", "backend"};

  private LokiValues() {}

  static String mode(ChartValues values) {
    return values.effective(MODE).asText();
  }

  /** A count the templates compare with {@code gt}; a numeric string counts as its number, anything else as 0. */
  static int count(ChartValues values, String pointer) {
    JsonNode value = values.effective(pointer);
    if (value.isNumber()) {
      return value.asInt();
    }
    String text = value.asText("").trim();
    return text.matches("[0-9]+") ? Integer.parseInt(text) : 0;
  }

  static String replicas(String component) {
    return "/" + component + "/replicas";
  }

  /** {@code write.replicas} as a reader writes it, from a pointer. */
  static String dotted(String pointer) {
    return pointer.substring(1).replace('/', '.');
  }

  /** How a count is shown: its value, and whether it is the chart's default. */
  static String shown(ChartValues values, String pointer) {
    return "`" + count(values, pointer) + "`" + (values.isSet(pointer) ? "" : " (the chart's default)");
  }
}
