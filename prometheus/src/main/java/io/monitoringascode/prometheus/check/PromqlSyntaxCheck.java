package io.monitoringascode.prometheus.check;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.finding.Span;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * {@code promql/syntax}: a rule's expression must be PromQL. Until the PromQL parser exists, this check reports only
 * what no PromQL expression can be: an empty expression, an unterminated string, and brackets that do not pair up
 * outside strings and comments. Anything it reports, Prometheus refuses too; it never guesses further.
 */
final class PromqlSyntaxCheck implements Check<PrometheusRule> {
  private static final RuleInfo INFO = RuleInfo.of("promql/syntax", Severity.ERROR,
      "Rule expressions must be PromQL.");
  private static final String CONSEQUENCE = "so Prometheus refuses the rule file and none of its rules are loaded";
  private static final String OPENERS = "({[";
  private static final String CLOSERS = ")}]";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PrometheusRule subject, CheckContext context, FindingSink sink) {
    for (RuleSite site : RuleSite.all(subject)) {
      // A missing expr is the schema's to report; an empty one passes the schema.
      if (site.rule().getExpr() != null) {
        check(site.expr(), site.pointer("expr"), sink);
      }
    }
  }

  private static void check(String expr, String pointer, FindingSink sink) {
    Deque<Integer> open = new ArrayDeque<>();
    boolean content = false;
    for (int i = 0; i < expr.length(); i++) {
      char c = expr.charAt(i);
      if (c == '#') {
        // A comment runs to the end of the line.
        int end = expr.indexOf('\n', i);
        i = end < 0 ? expr.length() : end;
        continue;
      }
      if (Character.isWhitespace(c)) {
        continue;
      }
      content = true;
      if (c == '"' || c == '\'' || c == '`') {
        int end = stringEnd(expr, i);
        if (end < 0) {
          int line = expr.indexOf('\n', i);
          sink.at(pointer, new Span(i, c == '`' || line < 0 ? expr.length() : line))
              .error("Expression has a string that is never closed, " + CONSEQUENCE + ".")
              .hint("Close the string with `" + c + "`.");
          return;
        }
        i = end;
      } else if (OPENERS.indexOf(c) >= 0) {
        open.push(i);
      } else if (CLOSERS.indexOf(c) >= 0) {
        if (open.isEmpty()) {
          sink.at(pointer, new Span(i, i + 1))
              .error("Expression has `" + c + "` without a matching `" + OPENERS.charAt(CLOSERS.indexOf(c)) + "`, "
                  + CONSEQUENCE + ".")
              .hint("Remove the `" + c + "`, or add the `" + OPENERS.charAt(CLOSERS.indexOf(c)) + "` it closes.");
          return;
        }
        char opener = expr.charAt(open.pop());
        char expected = CLOSERS.charAt(OPENERS.indexOf(opener));
        if (c != expected) {
          sink.at(pointer, new Span(i, i + 1))
              .error("Expression closes `" + opener + "` with `" + c + "`, " + CONSEQUENCE + ".")
              .hint("Close it with `" + expected + "`.");
          return;
        }
      }
    }
    if (!content) {
      sink.at(pointer).error("Expression is empty, " + CONSEQUENCE + ".")
          .hint("Write a PromQL expression, such as `up == 0`.");
    } else if (!open.isEmpty()) {
      int at = open.peek();
      char opener = expr.charAt(at);
      sink.at(pointer, new Span(at, at + 1))
          .error("Expression has `" + opener + "` without a matching `" + CLOSERS.charAt(OPENERS.indexOf(opener))
              + "`, " + CONSEQUENCE + ".")
          .hint("Close it with `" + CLOSERS.charAt(OPENERS.indexOf(opener)) + "`.");
    }
  }

  /**
   * The offset of a string's closing quote: double and single quotes end at the line and take backslash escapes,
   * backquotes take neither (PromQL's lexer).
   *
   * @return the offset, or -1 when the string is never closed
   */
  private static int stringEnd(String expr, int start) {
    char quote = expr.charAt(start);
    for (int i = start + 1; i < expr.length(); i++) {
      char c = expr.charAt(i);
      if (quote != '`' && c == '\\') {
        i++;
      } else if (quote != '`' && c == '\n') {
        return -1;
      } else if (c == quote) {
        return i;
      }
    }
    return -1;
  }
}
