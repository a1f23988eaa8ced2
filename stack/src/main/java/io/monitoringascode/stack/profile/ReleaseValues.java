package io.monitoringascode.stack.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.values.ChartValues;
import io.monitoringascode.core.values.ValuesKey;
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.wiring.ValuesReader;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A Helm release's values as the production rules read them: the user's value where set, else the chart's default from
 * the release's key index; findings point into the release's values file.
 */
final class ReleaseValues {
  private final ChartRelease release;
  private final ChartValues values;
  private final ValuesReader reader;

  private ReleaseValues(ChartRelease release) {
    this.release = release;
    this.values = new ChartValues(release.chart().index(), release.values());
    this.reader = ValuesReader.withDefaults(values);
  }

  static Optional<ReleaseValues> of(Optional<ChartRelease> release) {
    return release.map(ReleaseValues::new);
  }

  /** The user's value, or a missing node. */
  JsonNode own(String pointer) {
    return values.values().at(pointer);
  }

  /** The value Helm uses: the user's, else the chart's scalar default. */
  JsonNode effective(String pointer) {
    return values.effective(pointer);
  }

  /** The chart's default, when the key index holds it as a scalar; else a missing node. */
  JsonNode chartDefault(String pointer) {
    return values.index().key(pointer).flatMap(ValuesKey::defaultValue).orElse(MissingNode.getInstance());
  }

  /** Whether the user set the key (to anything but {@code null}). */
  boolean isSet(String pointer) {
    return values.isSet(pointer);
  }

  /**
   * Whether a switch such as {@code /grafana/enabled} is on, the chart's default included, as the chart's templates
   * test it ({@code 0} and {@code ""} are off, the string {@code "false"} is on).
   */
  boolean enabled(String pointer) {
    return reader.isTrue(pointer, false);
  }

  /**
   * Whether the user left a key without content: unset, {@code null}, or an empty object or list, such as
   * {@code prometheus.prometheusSpec.storageSpec: {}}.
   */
  boolean isEmpty(String pointer) {
    JsonNode value = own(pointer);
    return value.isMissingNode() || value.isNull() || (value.isContainerNode() && value.isEmpty());
  }

  /** A count as the chart's templates read it; empty when it is not a plain number (a template, say). */
  Optional<Integer> count(String pointer) {
    JsonNode value = effective(pointer);
    if (value.isIntegralNumber()) {
      return Optional.of(value.asInt());
    }
    String text = value.asText("").strip();
    return text.matches("[0-9]{1,9}") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
  }

  /** The location of a key in the release's values file. */
  Location at(String pointer) {
    return Location.in(release.valuesFile(), 0, pointer);
  }

  /**
   * A key as a reader of the values file writes it, such as {@code prometheus.prometheusSpec.replicas}; a key with a
   * dot of its own is quoted ({@code grafana."grafana.ini"}).
   */
  static String dotted(String pointer) {
    return JsonPointers.tokens(pointer).stream().map(token -> token.contains(".") ? "\"" + token + "\"" : token)
        .collect(Collectors.joining("."));
  }
}
