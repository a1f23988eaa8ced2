package io.monitoringascode.core.lang;

import java.util.List;
import java.util.Set;

/**
 * Checks text against the syntax of Go's {@code text/template}, which Prometheus uses for alert labels and annotations
 * and Alertmanager for notifications: text and {@code {{ }}} actions with {@code {{- -}}} trim markers, comments
 * (a slash-star pair right inside the delimiters), pipelines of commands with parentheses, variables ({@code $x := ...}), fields
 * ({@code .Labels.job}), string, raw-string, character and number literals, and the control structures {@code if},
 * {@code else}, {@code else if}, {@code else with}, {@code range}, {@code with}, {@code define}, {@code block},
 * {@code template}, {@code break}, {@code continue} and {@code end}.
 *
 * <p>The rules and messages are those of Go 1.22's {@code text/template/parse}; offsets replace Go's line numbers. As in
 * Go, functions and variables are resolved while parsing: a template that calls a function the engine does not define,
 * or uses a variable that is not declared, is refused before it ever runs.
 */
public final class GoTemplate {
  /** The functions Go's {@code text/template} predefines for every template. */
  public static final Set<String> BUILTIN_FUNCTIONS = Set.of(
      "and", "call", "html", "index", "slice", "js", "len", "not", "or", "print", "printf", "println", "urlquery",
      "eq", "ge", "gt", "le", "lt", "ne");

  private GoTemplate() {}

  /**
   * Checks a template.
   *
   * @param text the template text
   * @param functions the functions the engine adds to {@link #BUILTIN_FUNCTIONS}, such as Prometheus' {@code humanize}
   * @param variables the variables the engine declares before the text, such as {@code $labels}; they are visible in
   *     the text itself but not inside {@code define} and {@code block} bodies, as in Go
   * @return every undefined function and variable, and the first structural error if there is one (Go stops there
   *     too); empty when Go would accept the template
   */
  public static List<GoTemplateError> check(String text, Set<String> functions, Set<String> variables) {
    if (!text.contains("{{")) {
      return List.of();
    }
    return GoTemplateParser.check(text, name -> BUILTIN_FUNCTIONS.contains(name) || functions.contains(name), variables);
  }
}
