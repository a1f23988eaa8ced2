package io.monitoringascode.alerting.assembly;

import io.monitoringascode.alerting.route.LabelMatcher;
import io.monitoringascode.alerting.route.MatchType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Alertmanager's matcher strings as written in {@code alertmanager.yaml}: {@code severity =~ "warning|info"}. */
final class MatcherText {
  private static final Pattern MATCHER =
      Pattern.compile("\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*(=~|!~|!=|=)\\s*(.*?)\\s*");

  private MatcherText() {}

  /**
   * Reads one matcher; the value may be unquoted or in double quotes with backslash escapes.
   *
   * @throws IllegalArgumentException if the text is not a matcher
   */
  static LabelMatcher parse(String text) {
    Matcher matcher = MATCHER.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("`" + text + "` is not a matcher such as `severity = \"critical\"`.");
    }
    MatchType type = MatchType.parse(matcher.group(2)).orElseThrow();
    return LabelMatcher.builder().matchType(type).name(matcher.group(1)).value(unquote(matcher.group(3))).build();
  }

  private static String unquote(String value) {
    if (value.length() < 2 || !value.startsWith("\"") || !value.endsWith("\"")) {
      return value;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < value.length() - 1; i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length() - 1) {
        char next = value.charAt(++i);
        out.append(switch (next) {
          case 'n' -> '\n';
          case 't' -> '\t';
          default -> next;
        });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
