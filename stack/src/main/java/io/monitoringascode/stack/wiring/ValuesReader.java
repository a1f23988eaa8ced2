package io.monitoringascode.stack.wiring;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.values.ChartValues;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A Helm release's values read the way the chart's templates read them: a string key is set when it is a non-empty
 * string ({@code default "x" .Values.key}), a switch is on by {@link TemplateTruth} ({@code if .Values.key}), and a
 * chart's objects land in its {@code namespaceOverride}, else the release's namespace.
 */
public final class ValuesReader {
  private final Function<String, JsonNode> lookup;

  private ValuesReader(Function<String, JsonNode> lookup) {
    this.lookup = lookup;
  }

  /**
   * A reader of the user's values alone: a key they do not set reads as missing.
   *
   * @param values the values tree
   * @return the reader
   */
  public static ValuesReader of(JsonNode values) {
    Objects.requireNonNull(values, "values");
    return new ValuesReader(values::at);
  }

  /**
   * A reader of the values the chart uses: the user's value where set and not {@code null}, else the chart's scalar
   * default ({@link ChartValues#effective}).
   *
   * @param values the values with the chart's key index
   * @return the reader
   */
  public static ValuesReader withDefaults(ChartValues values) {
    return new ValuesReader(values::effective);
  }

  /**
   * A reader of the values below a key, such as a subchart's ({@code /grafana}) or a section's.
   *
   * @param pointer the key's JSON pointer
   * @return the reader, whose pointers are relative to the key
   */
  public ValuesReader under(String pointer) {
    return new ValuesReader(relative -> lookup.apply(pointer + relative));
  }

  /**
   * The value at a key.
   *
   * @param pointer the key's JSON pointer
   * @return the value, or a missing node
   */
  public JsonNode at(String pointer) {
    return lookup.apply(pointer);
  }

  /**
   * A string key as a template's {@code if} or {@code default} sees it: absent, {@code null}, not a string and empty
   * are unset.
   *
   * @param pointer the key's JSON pointer
   * @return the non-empty string
   */
  public Optional<String> text(String pointer) {
    JsonNode node = at(pointer);
    return node.isTextual() && !node.textValue().isEmpty() ? Optional.of(node.textValue()) : Optional.empty();
  }

  /**
   * Whether the chart's templates see a key as true ({@link TemplateTruth}): {@code 0}, {@code ""}, {@code {}} and
   * {@code null} are false, and so is {@code false}; the string {@code "false"} is true.
   *
   * @param pointer the key's JSON pointer
   * @param whenMissing the verdict where the key is not set: the truth of the chart's default
   * @return the verdict
   */
  public boolean isTrue(String pointer, boolean whenMissing) {
    return TemplateTruth.isTrue(at(pointer), whenMissing);
  }

  /**
   * Whether Helm installs a subchart whose {@code condition} in {@code Chart.yaml} is this key, such as
   * kube-prometheus-stack's {@code grafana.enabled}: Helm takes only a boolean there and ignores any other value, so
   * the subchart stays in unless the key is {@code false}. The parent chart's own templates still test the same key by
   * {@link #isTrue}: {@code grafana.enabled: 0} installs Grafana but not the stack's dashboards for it.
   *
   * @param pointer the condition's JSON pointer
   * @return {@code false} only for the boolean {@code false}
   */
  public boolean conditionHolds(String pointer) {
    JsonNode node = at(pointer);
    return !node.isBoolean() || node.booleanValue();
  }

  /**
   * The namespace the chart's objects land in: {@code namespaceOverride} when set, else the release's.
   *
   * @param releaseNamespace the namespace the release is installed into
   * @return the namespace
   */
  public String namespace(String releaseNamespace) {
    return text("/namespaceOverride").orElse(releaseNamespace);
  }

  /**
   * The namespace the objects of one of the chart's components land in, such as kube-prometheus-stack's Alertmanager:
   * the component's {@code namespaceOverride} ({@code alertmanager.namespaceOverride}), else the chart's namespace.
   *
   * @param component the component's key, such as {@code /alertmanager}
   * @param releaseNamespace the namespace the release is installed into
   * @return the namespace
   */
  public String namespace(String component, String releaseNamespace) {
    return under(component).text("/namespaceOverride").orElseGet(() -> namespace(releaseNamespace));
  }
}
