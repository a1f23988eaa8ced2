package io.monitoringascode.loki.logql;

import io.monitoringascode.core.lang.GoRegex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What LogQL needs to know about a Go regular expression besides its syntax, which {@link GoRegex} checks: whether it
 * matches the empty string (for Loki's rule that a selector needs a matcher that does not) and its named groups (for
 * the {@code regexp} parser).
 */
final class Regexes {
  private static final String META = "\\.+*?()|[]{}^$";
  private static final Memo<Optional<GoRegex.Problem>> PROBLEMS = new Memo<>(GoRegex::problem);
  private static final Memo<Boolean> MATCHES_EMPTY = new Memo<>(Regexes::compileMatchesEmpty);

  private Regexes() {}

  /** Go's {@code regexp} error for a regex RE2 refuses, in Go's words where {@link GoRegex} knows them. */
  static Optional<GoRegex.Problem> problem(String regex) {
    if (isLiteral(regex)) {
      return Optional.empty();
    }
    return PROBLEMS.get(regex);
  }

  /**
   * Go's {@code regexp/syntax} message for a regex RE2 refuses, where the cause is an unbalanced bracket or parenthesis
   * ({@code missing closing ): `(foo`}); otherwise the given description of the problem.
   *
   * @param regex the regex as Go compiles it, which is also the text Go quotes
   * @param description the problem found by {@link GoRegex}
   */
  static String goMessage(String regex, String description) {
    int depth = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        int close = classEnd(regex, i);
        if (close < 0) {
          return "missing closing ]: `" + regex.substring(i) + "`";
        }
        i = close;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          return "unexpected ): `" + regex + "`";
        }
        depth--;
      }
    }
    return depth > 0 ? "missing closing ): `" + regex + "`" : description + ": `" + regex + "`";
  }

  /** The index of the {@code ]} closing the class that opens at {@code open}, or -1. */
  private static int classEnd(String regex, int open) {
    int i = open + 1;
    if (i < regex.length() && regex.charAt(i) == '^') {
      i++;
    }
    if (i < regex.length() && regex.charAt(i) == ']') {
      i++;
    }
    for (; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[' && regex.startsWith("[:", i)) {
        int end = regex.indexOf(":]", i + 2);
        i = end < 0 ? i : end + 1;
      } else if (c == ']') {
        return i;
      }
    }
    return -1;
  }

  /** Whether the whole-string match of a regex accepts the empty string, as Prometheus' anchored matchers do. */
  static boolean matchesEmpty(String regex) {
    if (isLiteral(regex)) {
      return regex.isEmpty();
    }
    if (regex.equals(".*")) {
      return true;
    }
    if (regex.equals(".+")) {
      return false;
    }
    return MATCHES_EMPTY.get(regex);
  }

  private static Boolean compileMatchesEmpty(String regex) {
    try {
      return Pattern.compile("^(?:" + withoutGroupNames(regex) + ")$").matcher("").matches();
    } catch (PatternSyntaxException | StackOverflowError e) {
      return false;
    }
  }

  /** The names of a regex's named groups, {@code (?P<name>...)} or {@code (?<name>...)}, in order. */
  static List<String> groupNames(String regex) {
    List<String> names = new ArrayList<>();
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(' && regex.startsWith("?", i + 1)) {
        int nameStart = regex.startsWith("?P<", i + 1) ? i + 4 : regex.startsWith("?<", i + 1) ? i + 3 : -1;
        int nameEnd = nameStart < 0 ? -1 : regex.indexOf('>', nameStart);
        if (nameEnd > nameStart) {
          names.add(regex.substring(nameStart, nameEnd));
        }
      }
    }
    return names;
  }

  private static boolean isLiteral(String regex) {
    for (int i = 0; i < regex.length(); i++) {
      if (META.indexOf(regex.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static String withoutGroupNames(String regex) {
    if (regex.indexOf("(?") < 0) {
      return regex;
    }
    StringBuilder out = new StringBuilder(regex.length());
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        out.append(c).append(regex.charAt(++i));
        continue;
      }
      int nameStart = c != '(' ? -1
          : regex.startsWith("?P<", i + 1) ? i + 4 : regex.startsWith("?<", i + 1)
              && !regex.startsWith("?<=", i + 1) && !regex.startsWith("?<!", i + 1) ? i + 3 : -1;
      int nameEnd = nameStart < 0 ? -1 : regex.indexOf('>', nameStart);
      if (nameEnd > 0) {
        out.append("(?:");
        i = nameEnd;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
