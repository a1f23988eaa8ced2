package io.monitoringascode.alerting.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * Did-you-mean for names a user refers to (receivers, time intervals, route keys): the defined name nearest to a
 * misspelt one by optimal-string-alignment distance (Levenshtein plus adjacent transpositions), ignoring case.
 */
final class NearestName {
  private NearestName() {}

  /**
   * The defined name reasonably close to the one written: a case-insensitive match, or one within about a third of its
   * length in edits (at least one, at most three).
   *
   * @return the nearest name, ties broken alphabetically; empty when none is close
   */
  static Optional<String> among(String written, Collection<String> defined) {
    int limit = Math.max(1, Math.min(3, written.length() / 3));
    return defined.stream()
        .filter(name -> distance(written, name) <= limit)
        .min(Comparator.<String>comparingInt(name -> distance(written, name)).thenComparing(Comparator.naturalOrder()));
  }

  private static int distance(String left, String right) {
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
