package io.monitoringascode.alerting.route;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The regular expressions Alertmanager accepts in matchers: Go's RE2 syntax. Java's {@link Pattern} agrees with RE2 on
 * the common cases, so a regex is checked in two steps: it must compile in Java (with Go's named groups
 * {@code (?P<name>…)} read as plain groups), and it must not use a Java-only construct that RE2 rejects, such as a
 * lookahead, a backreference, an atomic group or a possessive quantifier. See
 * <a href="https://github.com/google/re2/wiki/Syntax">the RE2 syntax</a>, whose "NOT SUPPORTED" entries are the
 * constructs looked for here.
 */
public final class MatcherRegex {
  /** Go's named groups, {@code (?P<name>} and {@code (?<name>}; Java's names may not contain underscores. */
  private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?P?<[A-Za-z_][A-Za-z0-9_]*>");

  private MatcherRegex() {}

  /**
   * Explains why Alertmanager would reject a matcher regex.
   *
   * @param regex the regular expression as written, without Alertmanager's implicit {@code ^(?:…)$} anchors
   * @return a lower-case phrase such as {@code missing closing parenthesis near index 3}, or empty when the regex is
   *     acceptable
   */
  public static Optional<String> problem(String regex) {
    try {
      Pattern.compile(NAMED_GROUP.matcher(regex).replaceAll("(?:"));
    } catch (PatternSyntaxException e) {
      return Optional.of(lowerFirst(e.getDescription()) + " near index " + Math.max(e.getIndex(), 0));
    }
    return unsupportedByRe2(regex);
  }

  private static Optional<String> unsupportedByRe2(String regex) {
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        char next = regex.charAt(i + 1);
        if (!inClass && next >= '1' && next <= '9') {
          return Optional.of("backreference `\\" + next + "` at index " + i + " is not supported by Go's RE2");
        }
        if (!inClass && (next == 'k' || next == 'Z' || next == 'G')) {
          return Optional.of("escape `\\" + next + "` at index " + i + " is not supported by Go's RE2");
        }
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
        // A ']' right after '[' or '[^' is a literal, not the end of the class.
        if (regex.startsWith("^", i + 1)) {
          i++;
        }
        if (regex.startsWith("]", i + 1)) {
          i++;
        }
      } else if (c == '(' && regex.startsWith("(?", i)) {
        for (String construct : new String[] {"(?=", "(?!", "(?<=", "(?<!", "(?>"}) {
          if (regex.startsWith(construct, i)) {
            return Optional.of("`" + construct + "` at index " + i + " (lookaround or atomic group) is not supported by"
                + " Go's RE2");
          }
        }
      } else if ((c == '*' || c == '+' || c == '?' || c == '}') && regex.startsWith("+", i + 1)) {
        return Optional.of("possessive quantifier `" + c + "+` at index " + i + " is not supported by Go's RE2");
      }
    }
    return Optional.empty();
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
