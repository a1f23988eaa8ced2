package io.monitoringascode.core.finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * RFC 6901 JSON pointers as plain strings: building them from keys and indices, and ordering them so that array
 * indices compare as numbers ({@code /rules/2} before {@code /rules/10}).
 */
public final class JsonPointers {
  /** Orders pointers token by token, numeric tokens by value. */
  public static final Comparator<String> ORDER = JsonPointers::compare;

  private JsonPointers() {}

  /**
   * Builds a pointer from keys and indices.
   *
   * @param tokens object keys ({@code String}) and array indices ({@code Integer}), outermost first
   * @return the pointer, such as {@code /spec/groups/0/rules/3/expr}; the empty string for no tokens
   */
  public static String of(Object... tokens) {
    StringBuilder pointer = new StringBuilder();
    for (Object token : tokens) {
      pointer.append('/').append(escape(String.valueOf(token)));
    }
    return pointer.toString();
  }

  /**
   * Appends tokens to a pointer.
   *
   * @param base the parent pointer
   * @param tokens keys and indices to append
   * @return the child pointer
   */
  public static String child(String base, Object... tokens) {
    return base + of(tokens);
  }

  /**
   * Splits a pointer into its unescaped tokens.
   *
   * @param pointer a pointer such as {@code /metadata/labels/app.kubernetes.io~1name}
   * @return the tokens, such as {@code [metadata, labels, app.kubernetes.io/name]}
   */
  public static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      tokens.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static int compare(String a, String b) {
    List<String> left = tokens(a);
    List<String> right = tokens(b);
    for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
      int order = compareToken(left.get(i), right.get(i));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(left.size(), right.size());
  }

  private static int compareToken(String a, String b) {
    boolean numericA = isIndex(a);
    boolean numericB = isIndex(b);
    if (numericA && numericB) {
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    return a.compareTo(b);
  }

  private static boolean isIndex(String token) {
    return !token.isEmpty() && token.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
