package io.monitoringascode.core.lang;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * Did-you-mean for names (schema fields, receivers, template functions): the allowed name nearest to a misspelt one, by optimal-string-alignment distance
 * (Levenshtein plus adjacent transpositions), ignoring case, so that {@code apiUrl} finds {@code apiURL} first.
 */
public final class ClosestNames {
  private ClosestNames() {}

  /**
   * The allowed name that is reasonably close to a misspelt one: a case-insensitive match, or one within about a
   * third of the name's length in edits (at least one, at most three).
   *
   * @param name the name the user wrote
   * @param allowed the names the schema allows
   * @return the closest name, ties broken alphabetically; empty when none is close
   */
  public static Optional<String> closest(String name, Collection<String> allowed) {
    int limit = Math.max(1, Math.min(3, name.length() / 3));
    String best = null;
    int bestDistance = limit + 1;
    for (String candidate : allowed) {
      // Names whose lengths differ by more than the limit cannot be within it.
      if (Math.abs(candidate.length() - name.length()) > limit) {
        continue;
      }
      int d = distance(name, candidate);
      if (d < bestDistance || d == bestDistance && best != null && candidate.compareTo(best) < 0) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The allowed names ordered from nearest to farthest.
   *
   * @param name the name the user wrote
   * @param allowed the names the schema allows
   * @return all of {@code allowed}, nearest first, ties broken alphabetically
   */
  public static List<String> ranked(String name, Collection<String> allowed) {
    Map<String, Integer> distances = new HashMap<>();
    allowed.forEach(a -> distances.put(a, distance(name, a)));
    List<String> ranked = new ArrayList<>(allowed);
    ranked.sort(Comparator.<String>comparingInt(distances::get).thenComparing(Comparator.naturalOrder()));
    return ranked;
  }

  /**
   * The optimal string alignment distance between the lower-case forms of two names.
   *
   * @param left one name
   * @param right the other name
   * @return the number of insertions, deletions, substitutions and adjacent transpositions
   */
  public static int distance(String left, String right) {
    String a = left.toLowerCase(Locale.ROOT);
    String b = right.toLowerCase(Locale.ROOT);
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
