package io.monitoringascode.alerting.receiver;

import io.monitoringascode.core.value.InvalidModelException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The fields of a fabric8 object that a value type does not model. Copying such an object would silently drop them,
 * so {@code from(…)} refuses it and names them.
 */
final class UnmodelledFields {
  private final String what;
  private final List<String> present = new ArrayList<>();

  private UnmodelledFields(String what) {
    this.what = what;
  }

  /** Starts collecting for an object described as, for example, {@code Slack config}. */
  static UnmodelledFields of(String what) {
    return new UnmodelledFields(what);
  }

  /** Notes a field when it holds something: not null, not an empty collection or map. */
  UnmodelledFields field(String key, Object value) {
    boolean empty = value == null
        || value instanceof Collection<?> collection && collection.isEmpty()
        || value instanceof Map<?, ?> map && map.isEmpty();
    if (!empty) {
      present.add(key);
    }
    return this;
  }

  /** Notes the keys fabric8 kept because it did not know them. */
  UnmodelledFields unknown(Map<String, Object> additionalProperties) {
    present.addAll(additionalProperties.keySet().stream().sorted().toList());
    return this;
  }

  /** Throws when any field was noted. */
  void rejectAny() {
    if (!present.isEmpty()) {
      throw new InvalidModelException(what + " uses " + String.join(", ", present.stream().map(k -> "`" + k + "`")
          .toList()) + ", which the builders do not model yet; keep the fabric8 object instead.");
    }
  }
}
