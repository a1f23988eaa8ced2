package io.monitoringascode.prometheus.labels;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The labels the series of an expression's result can carry: the labels the expression names, each with its
 * {@link Presence} and, where fixed, its value, and whether labels it does not name may be present too (a selector
 * passes on whatever labels the scraped series have; {@code sum by (job)} keeps {@code job} and nothing else).
 * Immutable.
 */
public final class LabelSet {
  /** The labels of a result that carries none, such as {@code vector(1)} or a number. */
  public static final LabelSet NONE = new LabelSet(new LinkedHashMap<>(), false);

  private final Map<String, Label> labels;
  private final boolean othersPossible;

  /** Takes ownership of the map, which nobody may change afterwards. */
  LabelSet(LinkedHashMap<String, Label> labels, boolean othersPossible) {
    this.labels = Collections.unmodifiableMap(labels);
    this.othersPossible = othersPossible;
  }

  /**
   * The labels the expression decides something about, in the order it names them.
   *
   * @return each label's name and what is known about it
   */
  public Map<String, Label> labels() {
    return labels;
  }

  /**
   * Whether labels the expression does not name may be present.
   *
   * @return true after a selector, {@code without} or any operation that passes a selector's labels on
   */
  public boolean othersPossible() {
    return othersPossible;
  }

  /**
   * Whether the result series carry a label.
   *
   * @param name the label name, such as {@code instance} or {@code __name__}
   * @return its presence; a label the expression does not name is {@link Presence#POSSIBLE} when other labels may be
   *     present and {@link Presence#ABSENT} otherwise
   */
  public Presence presence(String name) {
    return label(name).presence();
  }

  /**
   * The value every result series has for a label, when the expression fixes it.
   *
   * @param name the label name
   * @return the value, or empty when it is not fixed or the label may be missing
   */
  public Optional<String> value(String name) {
    return label(name).value();
  }

  /**
   * What is known about a label.
   *
   * @param name the label name
   * @return its presence and value
   */
  public Label label(String name) {
    Label label = labels.get(name);
    if (label != null) {
      return label;
    }
    return othersPossible ? Label.POSSIBLE : Label.ABSENT;
  }

  /** This set with what is known about one label replaced. */
  LabelSet with(String name, Label label) {
    LinkedHashMap<String, Label> copy = new LinkedHashMap<>(labels);
    copy.put(name, label);
    return new LabelSet(copy, othersPossible);
  }

  /** This set without some labels: they become absent. */
  LabelSet without(Collection<String> names) {
    LinkedHashMap<String, Label> copy = new LinkedHashMap<>(labels);
    for (String name : names) {
      if (othersPossible) {
        copy.put(name, Label.ABSENT);
      } else {
        copy.remove(name);
      }
    }
    return new LabelSet(copy, othersPossible);
  }

  /** This set with only some labels kept. */
  LabelSet keeping(Collection<String> names) {
    LinkedHashMap<String, Label> kept = new LinkedHashMap<>();
    for (String name : names) {
      Label label = label(name);
      if (label.presence() != Presence.ABSENT) {
        kept.put(name, label);
      }
    }
    return new LabelSet(kept, false);
  }

  /** The labels of a result whose series come from either of two results. */
  LabelSet or(LabelSet other) {
    Set<String> names = new LinkedHashSet<>(labels.keySet());
    names.addAll(other.labels.keySet());
    boolean open = othersPossible || other.othersPossible;
    LinkedHashMap<String, Label> union = new LinkedHashMap<>();
    for (String name : names) {
      Label merged = label(name).or(other.label(name));
      if (merged.presence() != Presence.ABSENT || open) {
        union.put(name, merged);
      }
    }
    return new LabelSet(union, open);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LabelSet set && labels.equals(set.labels) && othersPossible == set.othersPossible;
  }

  @Override
  public int hashCode() {
    return labels.hashCode() * 31 + Boolean.hashCode(othersPossible);
  }

  @Override
  public String toString() {
    return "LabelSet" + labels + (othersPossible ? " and others" : "");
  }
}
