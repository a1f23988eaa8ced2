package io.monitoringascode.core.lang;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The regular expressions Prometheus, Alertmanager and Loki accept: Go's RE2 syntax ({@code regexp/syntax}). There is no RE2
 * engine on the JVM here, so a regex is judged in two ways, and a problem says how sure it is:
 *
 * <ul>
 *   <li>{@linkplain Problem#certain() Certain}: a construct RE2 rejects by its documented rules, found by a scan: a
 *       lookaround, an atomic group, a backreference, a possessive quantifier, an escape of a letter that RE2 does not
 *       define ({@code \Z}, {@code \e}, {@code \h}), a repeat count over 1000 ({@code a{1001}}). Also certain:
 *       a regex that Java's {@link Pattern} rejects and that uses none of the constructs where Java is stricter than
 *       RE2 (an unclosed group, a dangling {@code *}).
 *   <li>Not certain: Java rejects the regex, but it uses a construct that RE2 reads differently: a {@code [} inside a
 *       character class ({@code [[]} is a class holding {@code [} in RE2), a Unicode class ({@code \p{Greek}}), a
 *       {@code {} that does not start a repeat (a literal in RE2), {@code &&} inside a class, {@code \0}.
 * </ul>
 *
 * Go's named groups {@code (?P<name>…)} are read as plain groups. See
 * <a href="https://github.com/google/re2/wiki/Syntax">the RE2 syntax</a>. Not detected: nested repetition
 * ({@code a{2}{3}}) and nested repeats whose product exceeds 1000, which RE2 also rejects.
 */
public final class GoRegex {
  /** Go's named groups, {@code (?P<name>} and {@code (?<name>}; Java's names may not contain underscores. */
  private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?P?<\\w+>");
  /** A repeat as Go's {@code parseRepeat} reads it: no leading zeros, else the {@code {} is a literal. */
  private static final Pattern REPEAT = Pattern.compile("\\{(0|[1-9]\\d*)(,(0|[1-9]\\d*)?)?}");
  /** RE2's largest repeat count. */
  private static final int MAX_REPEAT = 1000;
  /** Letters RE2 defines after a backslash outside a character class: assertions, classes, C escapes. */
  private static final String ESCAPES = "AbBzQdDsSwWpPxafnrtv";
  /** Letters RE2 defines after a backslash inside a character class. */
  private static final String CLASS_ESCAPES = "dDsSwWpPxafnrtv";

  private GoRegex() {}

  /**
   * Why Go's RE2 may reject a regex.
   *
   * @param description a lower-case phrase such as {@code unclosed group near index 7}
   * @param certain {@code true} when Go's RE2 rejects the regex; {@code false} when only Java's regex engine was seen
   *     to reject it and RE2 may accept it
   */
  public record Problem(String description, boolean certain) {}

  /**
   * Explains why Go's RE2 would, or might, reject a regex.
   *
   * @param regex the regular expression as written, without the implicit {@code ^(?:…)$} anchors that label matchers add
   * @return the problem, or empty when the regex is acceptable
   */
  public static Optional<Problem> problem(String regex) {
    Scan scan = new Scan(regex);
    if (scan.re2Problem != null) {
      return Optional.of(new Problem(scan.re2Problem, true));
    }
    try {
      Pattern.compile(NAMED_GROUP.matcher(regex).replaceAll("(?:"));
    } catch (PatternSyntaxException e) {
      String description = lowerFirst(e.getDescription()) + " near index " + Math.max(e.getIndex(), 0);
      return Optional.of(new Problem(description, !scan.javaStricter));
    }
    return Optional.empty();
  }

  /** One pass over the regex that finds the first construct RE2 rejects, and whether Java may be stricter. */
  private static final class Scan {
    private String re2Problem;
    private boolean javaStricter;

    Scan(String regex) {
      boolean inClass = false;
      for (int i = 0; i < regex.length() && re2Problem == null; i++) {
        char c = regex.charAt(i);
        if (c == '\\' && i + 1 < regex.length()) {
          i = escape(regex, i, inClass);
        } else if (inClass) {
          if (c == '[' && regex.startsWith("[:", i) && regex.indexOf(":]", i + 2) > 0) {
            i = regex.indexOf(":]", i + 2) + 1;
          } else if (c == '[' || c == '&' && regex.startsWith("&&", i)) {
            javaStricter = true;
          }
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
              re2Problem = "`" + construct + "` at index " + i + " (lookaround or atomic group) is not supported by"
                  + " Go's RE2";
            }
          }
        } else if (c == '{') {
          i = repeat(regex, i);
        } else if ((c == '*' || c == '+' || c == '?') && regex.startsWith("+", i + 1)) {
          re2Problem = "possessive quantifier `" + c + "+` at index " + i + " is not supported by Go's RE2";
        }
      }
    }

    /** Checks the escape at {@code i}; returns the index of its last character. */
    private int escape(String regex, int i, boolean inClass) {
      char next = regex.charAt(i + 1);
      boolean octal = i + 2 < regex.length() && regex.charAt(i + 2) >= '0' && regex.charAt(i + 2) <= '7';
      if (!inClass && next == 'Q') {
        int end = regex.indexOf("\\E", i + 2);
        return end < 0 ? regex.length() : end + 1;
      }
      if ((next == 'x' || next == 'p' || next == 'P') && regex.startsWith("{", i + 2) && regex.indexOf('}', i) > 0) {
        // `\x{263a}`, `\p{Greek}`: the braces are not a repeat.
        javaStricter |= next != 'x';
        return regex.indexOf('}', i);
      }
      if (next == '0' || next == 'p' || next == 'P') {
        javaStricter = true;
      } else if (!inClass && (next >= '8' || !octal) && next >= '1' && next <= '9') {
        // Go reads `\12` as an octal escape; a lone `\1` (or `\8`) is a backreference, which RE2 rejects.
        re2Problem = "backreference `\\" + next + "` at index " + i + " is not supported by Go's RE2";
      } else if (isAsciiLetter(next) && (inClass ? CLASS_ESCAPES : ESCAPES).indexOf(next) < 0) {
        re2Problem = "escape `\\" + next + "` at index " + i + (inClass ? " inside a character class" : "")
            + " is not supported by Go's RE2";
      }
      return i + 1;
    }

    /** Checks a {@code {} outside a class; returns the index of the repeat's last character. */
    private int repeat(String regex, int i) {
      Matcher repeat = REPEAT.matcher(regex).region(i, regex.length());
      if (!repeat.lookingAt()) {
        // A literal `{` in RE2; Java rejects it as an illegal repetition.
        javaStricter = true;
        return i;
      }
      for (String count : new String[] {repeat.group(1), repeat.group(3)}) {
        if (count != null && (count.length() > 4 || Integer.parseInt(count) > MAX_REPEAT)) {
          re2Problem = "repeat count `" + repeat.group() + "` at index " + i + " is more than Go's RE2 allows ("
              + MAX_REPEAT + ")";
        }
      }
      if (regex.startsWith("+", repeat.end())) {
        re2Problem = "possessive quantifier `}+` at index " + (repeat.end() - 1) + " is not supported by Go's RE2";
      }
      return repeat.end() - 1;
    }

    private static boolean isAsciiLetter(char c) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
