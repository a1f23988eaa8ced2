package io.monitoringascode.alerting.routing;

import io.monitoringascode.alerting.route.LabelMatcher;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What is known about the alerts of one alerting rule before any fires: labels with a fixed value, labels that are
 * certainly present with a value not known in advance, labels that may or may not be present, and whether labels not
 * named at all may be present. A label known to be absent is a fixed empty value, as Alertmanager reads a missing
 * label. Routing a partial alert ({@link Router#possibleRoutes(PartialAlert)}) tells where its alerts can end.
 */
public final class PartialAlert {
  private final Map<String, String> fixed;
  private final Set<String> present;
  private final Set<String> possible;
  private final boolean othersPossible;

  private PartialAlert(Map<String, String> fixed, Set<String> present, Set<String> possible, boolean othersPossible) {
    this.fixed = fixed;
    this.present = present;
    this.possible = possible;
    this.othersPossible = othersPossible;
  }

  /**
   * Starts a partial alert that carries no label.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The value every alert has for a label.
   *
   * @param name the label name
   * @return the value ({@code ""} when certainly absent), or empty when it is not fixed
   */
  public Optional<String> fixedValue(String name) {
    String value = fixed.get(name);
    if (value != null) {
      return Optional.of(value);
    }
    return present.contains(name) || possible.contains(name) || othersPossible ? Optional.empty() : Optional.of("");
  }

  /**
   * Tells whether every alert carries a label with a non-empty value.
   *
   * @param name the label name
   * @return {@code true} for a fixed non-empty value or a label known to be present
   */
  public boolean isPresent(String name) {
    String value = fixed.get(name);
    return value != null ? !value.isEmpty() : present.contains(name);
  }

  /**
   * Whether a matcher accepts the alerts: a matcher on a fixed label is decided; one on a label with an unknown value
   * is decided only when the regex accepts every value ({@code .*}, or {@code .+} for a present label) or the test is
   * for the empty value.
   *
   * @param matcher the matcher
   * @return the verdict
   */
  public MatchVerdict verdict(LabelMatcher matcher) {
    return CompiledMatcher.compile(List.of(matcher))[0].verdict(this);
  }

  @Override
  public String toString() {
    return "PartialAlert" + fixed + " present " + present + " possible " + possible
        + (othersPossible ? " and others" : "");
  }

  /** Builds a {@link PartialAlert}; a later statement about a label replaces an earlier one. */
  public static final class Builder {
    private final Map<String, String> fixed = new TreeMap<>();
    private final Set<String> present = new TreeSet<>();
    private final Set<String> possible = new TreeSet<>();
    private boolean othersPossible;

    private Builder() {}

    /**
     * Fixes a label's value.
     *
     * @param name the label name
     * @param value its value; {@code ""} for a label every alert lacks
     * @return this builder
     */
    public Builder fixed(String name, String value) {
      forget(name);
      fixed.put(name, value);
      return this;
    }

    /**
     * States that every alert carries a label, with a value not known in advance.
     *
     * @param name the label name
     * @return this builder
     */
    public Builder present(String name) {
      forget(name);
      present.add(name);
      return this;
    }

    /**
     * States that alerts may or may not carry a label.
     *
     * @param name the label name
     * @return this builder
     */
    public Builder possible(String name) {
      forget(name);
      possible.add(name);
      return this;
    }

    /**
     * States whether labels not named to this builder may be present.
     *
     * @param others {@code true} when they may; by default they are absent
     * @return this builder
     */
    public Builder othersPossible(boolean others) {
      this.othersPossible = others;
      return this;
    }

    /**
     * Builds the partial alert.
     *
     * @return the partial alert
     */
    public PartialAlert build() {
      return new PartialAlert(Map.copyOf(fixed), Set.copyOf(present), Set.copyOf(possible), othersPossible);
    }

    private void forget(String name) {
      fixed.remove(name);
      present.remove(name);
      possible.remove(name);
    }
  }
}
