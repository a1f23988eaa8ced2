package io.monitoringascode.alerting.check;

import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.lang.ClosestNames;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The names one list of an AlertmanagerConfig's spec defines, such as {@code spec.receivers}, and the finding for a
 * route that refers to a name the list does not define. The operator rejects the whole object on such a name.
 */
final class DefinedNames {
  private final String noun;
  private final String field;
  private final Set<String> names = new TreeSet<>();

  /**
   * Collects the names of a list's items.
   *
   * @param noun what an item is, in lower case, such as {@code receiver}
   * @param field where the list is, such as {@code spec.receivers}
   * @param items the list; null, null items and items without a name define nothing
   * @param nameOf the name of an item
   * @param <T> the fabric8 item type
   */
  <T> DefinedNames(String noun, String field, List<T> items, Function<T, String> nameOf) {
    this.noun = noun;
    this.field = field;
    if (items != null) {
      for (T item : items) {
        String name = item == null ? null : nameOf.apply(item);
        if (name != null) {
          names.add(name);
        }
      }
    }
  }

  /**
   * Reports a name a route refers to unless the list defines it, offering the closest defined name.
   *
   * @param sink where to report
   * @param pointer the JSON pointer of the reference
   * @param name the name referred to
   * @param entry how the hint words an item named {@code name}, such as {@code a receiver named `x`}
   * @param newEntry how the hint words the item to add when no defined name is close
   */
  void requireDefined(FindingSink sink, String pointer, String name, String entry, String newEntry) {
    if (names.contains(name)) {
      return;
    }
    Optional<String> nearest = ClosestNames.closest(name, names);
    sink.at(pointer)
        .error(Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " `" + name + "` is not defined in `"
            + field + "`, so the operator rejects this AlertmanagerConfig and none of its routes take effect.")
        .hint(nearest.map(n -> "Write `" + n + "`, the closest " + noun + " name, or add " + entry + " to `" + field
                + "`.")
            .orElse("Add " + newEntry + " to `" + field + "`."));
  }
}
