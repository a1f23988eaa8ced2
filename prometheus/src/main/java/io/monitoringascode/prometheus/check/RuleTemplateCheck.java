package io.monitoringascode.prometheus.check;

import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.ClosestNames;
import io.monitoringascode.core.lang.GoTemplate;
import io.monitoringascode.core.lang.GoTemplateError;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code rule/template}: the label values and annotations of an alerting rule are Go templates, which Prometheus parses
 * when it loads the rule file, with its own functions and the variables {@code $labels}, {@code $externalLabels},
 * {@code $externalURL} and {@code $value} declared in front ({@code rulefmt.testTemplateParsing}). A template that does
 * not parse, calls an undefined function or uses an undeclared variable makes Prometheus refuse the whole file.
 * Recording rules' labels are not templates and are not checked.
 */
final class RuleTemplateCheck extends RuleCheck {
  private static final RuleInfo INFO = RuleInfo.of("rule/template", Severity.ERROR,
      "Alert labels and annotations must be Go templates that Prometheus can parse.");

  /**
   * The functions of Prometheus' alert templates (Prometheus 3.x, {@code template/template.go}); {@code now} and
   * {@code toDuration} are the newest, and an older Prometheus lacks them. {@code tmpl} exists only in console
   * templates.
   */
  static final Set<String> FUNCTIONS = Set.of(
      "query", "first", "label", "value", "strvalue", "sortByLabel", "args", "safeHtml", "match", "reReplaceAll",
      "title", "toUpper", "toLower", "graphLink", "tableLink", "stripPort", "stripDomain", "humanize", "humanize1024",
      "humanizeDuration", "humanizePercentage", "humanizeTimestamp", "toTime", "toDuration", "now", "pathPrefix",
      "externalURL", "parseDuration");

  /** The variables Prometheus declares in front of every alert template. */
  static final Set<String> VARIABLES = Set.of("$labels", "$externalLabels", "$externalURL", "$value");

  private static final String CONSEQUENCE = "so Prometheus refuses the rule file and none of its rules are loaded";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  RuleWalk start(FindingSink sink) {
    return (site, expression) -> {
      if (site.isAlerting()) {
        check(sink, site, "labels", "Label", site.rule().getLabels());
        check(sink, site, "annotations", "Annotation", site.rule().getAnnotations());
      }
    };
  }

  private static void check(FindingSink sink, RuleSite site, String key, String noun, Map<String, String> templates) {
    if (templates == null) {
      return;
    }
    for (Map.Entry<String, String> entry : new TreeMap<>(templates).entrySet()) {
      String text = entry.getValue() == null ? "" : entry.getValue();
      for (GoTemplateError error : GoTemplate.check(text, FUNCTIONS, VARIABLES)) {
        String where = noun + " `" + entry.getKey() + "`";
        String name = text.substring(error.span().start(), error.span().end());
        FindingSink.Site at = sink.at(site.pointer(key, entry.getKey()), error.span());
        switch (error.kind()) {
          case UNDEFINED_FUNCTION -> at
              .error(where + " calls `" + name + "`, which Prometheus templates do not define, " + CONSEQUENCE + ".")
              .hint(closest(name, FUNCTIONS, GoTemplate.BUILTIN_FUNCTIONS)
                  .map(known -> "Use `" + known + "`.")
                  .orElse("Use a function of the Prometheus template reference or Go's text/template builtins."));
          case UNDEFINED_VARIABLE -> at
              .error(where + " uses `" + name + "`, which is not declared, " + CONSEQUENCE + ".")
              .hint(closest(name, VARIABLES, Set.of())
                  .map(known -> "Use `" + known + "`.")
                  .orElse("Use `$labels`, `$value`, `$externalLabels` or `$externalURL`, or declare `" + name
                      + "` with `{{ " + name + " := ... }}` first."));
          default -> at
              .error(where + " is not a valid template (" + error.message() + "), " + CONSEQUENCE + ".")
              .hint(syntaxHint(error.message()));
        }
      }
    }
  }

  private static String syntaxHint(String message) {
    if (message.startsWith("unclosed action") || message.startsWith("unclosed left paren")) {
      return "Close the action with `}}`, or write `{{ \"{{\" }}` for literal braces.";
    }
    if (message.startsWith("unexpected EOF")) {
      return "Add `{{ end }}` where the block should close.";
    }
    if (message.startsWith("unexpected {{end}}") || message.startsWith("unexpected {{else}}")) {
      return "Remove the stray action, or open the `{{ if }}`, `{{ range }}` or `{{ with }}` block it belongs to.";
    }
    return "Fix the template syntax (Go text/template), or quote literal braces as `{{ \"{{\" }}`.";
  }

  /** The known name nearest to an unknown one, if it is close enough to be a typo. */
  private static Optional<String> closest(String unknown, Set<String> preferred, Set<String> others) {
    Set<String> known = new TreeSet<>(preferred);
    known.addAll(others);
    return ClosestNames.closest(unknown, known);
  }
}
