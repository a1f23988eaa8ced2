package io.monitoringascode.core.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grafana template variables in a PromQL or LogQL query ({@code $var}, {@code ${var}}, {@code ${var:format}},
 * {@code [[var]]} and the built-ins such as {@code $__rate_interval}), replaced by placeholder text that the query
 * language accepts in the same place, so that a dashboard query can be parsed and its errors reported at the user's
 * own characters. A name starts with a letter or an underscore, so a regex group reference such as {@code $1} is
 * left alone.
 *
 * <p>The placeholder depends on where the variable stands: inside a string literal, the variable's name (a valid label
 * value and regular expression); inside a range or subquery bracket or after {@code offset}, the duration
 * {@code 5m}; inside label-matcher braces, its name; after an operator, or as the first argument of an aggregation that takes a number ({@code topk},
 * {@code quantile}...), the number {@code 1}; elsewhere, the variable's name as an identifier (a metric or label
 * name). Interval built-ins always become durations ({@code $__interval} {@code 1m}, {@code $__range}
 * {@code 1h}), their {@code _ms} and {@code _s} forms and {@code $__from}/{@code $__to} numbers. Comments, and Go
 * template actions inside strings ({@code {{ $x }}} in a LogQL {@code line_format}), are left alone.
 */
public final class GrafanaVariables {
  private static final Pattern VARIABLE = Pattern.compile(
      "\\$\\{([A-Za-z_]\\w*)(?:[.:][^}]*)?}|\\$([A-Za-z_]\\w*)|\\[\\[([A-Za-z_]\\w*)(?::[^\\]]*)?]]");
  private static final Map<String, String> BUILT_INS = Map.ofEntries(
      Map.entry("__interval", "1m"),
      Map.entry("__rate_interval", "1m"),
      Map.entry("__auto", "1m"),
      Map.entry("__range", "1h"),
      Map.entry("__interval_ms", "60000"),
      Map.entry("__rate_interval_ms", "60000"),
      Map.entry("__range_s", "3600"),
      Map.entry("__range_ms", "3600000"),
      Map.entry("__from", "1700000000000"),
      Map.entry("__to", "1700003600000"));
  private static final Set<String> NUMBER_FIRST = Set.of(
      "topk", "bottomk", "limitk", "limit_ratio", "quantile", "histogram_quantile", "quantile_over_time");
  private static final String OPERATOR_CHARS = "+-*/%^<>=!";

  private GrafanaVariables() {}

  /**
   * Replaces every Grafana variable in a query by a placeholder the query language accepts there.
   *
   * @param query the query as written in a dashboard
   * @return the substituted text and the map back to the user's offsets; {@link Substitution#changed()} is false
   *     when the query holds no variable
   */
  public static Substitution substitute(String query) {
    if (query.indexOf('$') < 0 && !query.contains("[[")) {
      return new Substitution(query, query, List.of());
    }
    StringBuilder out = new StringBuilder(query.length());
    List<Substitution.Replacement> replacements = new ArrayList<>();
    int i = 0;
    char quote = 0;
    while (i < query.length()) {
      char c = query.charAt(i);
      if (quote == 0 && c == '#') {
        int end = query.indexOf('\n', i);
        end = end < 0 ? query.length() : end;
        out.append(query, i, end);
        i = end;
        continue;
      }
      if (quote != 0 && c == '\\' && quote != '`' && i + 1 < query.length()) {
        out.append(c).append(query.charAt(i + 1));
        i += 2;
        continue;
      }
      if (quote != 0 && query.startsWith("{{", i)) {
        // A Go template action inside a LogQL string keeps its own $variables.
        int end = query.indexOf("}}", i + 2);
        end = end < 0 ? query.length() : end + 2;
        out.append(query, i, end);
        i = end;
        continue;
      }
      if (c == '"' || c == '\'' || c == '`') {
        quote = quote == 0 ? c : quote == c ? 0 : quote;
      }
      Matcher variable = (c == '$' || c == '[') ? VARIABLE.matcher(query).region(i, query.length()) : null;
      if (variable != null && variable.lookingAt()) {
        String name = variable.group(1) != null ? variable.group(1)
            : variable.group(2) != null ? variable.group(2) : variable.group(3);
        String placeholder = placeholder(name, quote != 0, out);
        replacements.add(new Substitution.Replacement(i, variable.end(), out.length(),
            out.length() + placeholder.length()));
        out.append(placeholder);
        i = variable.end();
        continue;
      }
      out.append(c);
      i++;
    }
    return new Substitution(query, out.toString(), replacements);
  }

  private static String placeholder(String name, boolean inString, CharSequence before) {
    String builtIn = BUILT_INS.get(name);
    if (builtIn != null) {
      return builtIn;
    }
    if (inString) {
      return name;
    }
    int last = lastSignificant(before);
    char previous = last < 0 ? 0 : before.charAt(last);
    char open = innermostOpen(before);
    if (open == '[' || endsWithWord(before, last, "offset")) {
      return "5m";
    }
    if (open != '{' && (OPERATOR_CHARS.indexOf(previous) >= 0 || endsWithWord(before, last, "bool")
        || previous == '(' && NUMBER_FIRST.contains(wordBefore(before, last)))) {
      return "1";
    }
    return name;
  }

  private static int lastSignificant(CharSequence text) {
    int i = text.length() - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i;
  }

  /** The innermost bracket, brace or parenthesis still open at the end of a text, or 0 when none is. */
  private static char innermostOpen(CharSequence text) {
    int depth = 0;
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == ']' || c == '}' || c == ')') {
        depth++;
      } else if (c == '[' || c == '{' || c == '(') {
        if (depth == 0) {
          return c;
        }
        depth--;
      }
    }
    return 0;
  }

  private static boolean endsWithWord(CharSequence text, int last, String word) {
    int start = last - word.length() + 1;
    return start >= 0 && text.subSequence(start, last + 1).toString().equalsIgnoreCase(word)
        && (start == 0 || !isWordChar(text.charAt(start - 1)));
  }

  private static String wordBefore(CharSequence text, int paren) {
    int end = paren - 1;
    while (end >= 0 && Character.isWhitespace(text.charAt(end))) {
      end--;
    }
    int start = end;
    while (start >= 0 && isWordChar(text.charAt(start))) {
      start--;
    }
    return text.subSequence(start + 1, end + 1).toString();
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
