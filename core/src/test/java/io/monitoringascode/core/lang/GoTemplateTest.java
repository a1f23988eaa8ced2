package io.monitoringascode.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Span;
import io.monitoringascode.core.lang.GoTemplateError.Kind;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GoTemplateTest {
  private static final Set<String> FUNCTIONS = Set.of("humanize", "title", "toUpper", "reReplaceAll", "trim");
  private static final Set<String> VARIABLES = Set.of("$labels", "$value");

  static Stream<String> valid() {
    return Stream.of(
        "",
        "plain text without actions",
        "{{ $labels.instance }} is down",
        "{{ .Labels.job }} {{ .Value }}",
        "{{ humanize $value }}",
        "{{ $value | humanize }}%",
        "{{ range $i, $e := .Alerts }}{{ $i }}={{ $e }}{{ end }}",
        "{{ range .Alerts }}{{ if .x }}{{ break }}{{ else }}{{ continue }}{{ end }}{{ end }}",
        "{{- trim -}}",
        "a  {{- 3 -}}  b",
        "{{/* a comment with }} inside */}}",
        "{{- /* trimmed comment */ -}}",
        "{{ \"a string with }} inside\" }}",
        "{{ `a raw string with }} and \" inside` }}",
        "{{ 'x' }} {{ '\\n' }} {{ '\\u00e9' }}",
        "{{ 1 }} {{ -2.5 }} {{ 0x1F }} {{ 1e3 }} {{ 1_000 }} {{ 0b101 }} {{ 0o17 }} {{ 1+2i }}",
        "{{ if eq $labels.severity \"critical\" }}page{{ else if eq $labels.severity \"warning\" }}ticket{{ end }}",
        "{{ with $labels.pod }}{{ . }}{{ else with $labels.node }}{{ . }}{{ end }}",
        "{{ $x := 1 }}{{ $x = 2 }}{{ $x }}",
        "{{ define \"x\" }}{{ . }}{{ end }}{{ template \"x\" . }}",
        "{{ block \"y\" . }}default{{ end }}",
        "{{ (printf \"%s\" $labels.a).Field }}",
        "{{ printf \"%.2f\" (humanize $value) }}",
        "{{ index $labels \"a-b\" }}",
        "{{ reReplaceAll \"(.*):.*\" \"$1\" $labels.instance }}",
        "{{ nil }}",
        "{{\n  $labels.job\n}}",
        "{{ if true }}{{ $y := 1 }}{{ $y }}{{ end }}");
  }

  @ParameterizedTest
  @MethodSource("valid")
  void check_validTemplate_reportsNothing(String template) {
    assertThat(GoTemplate.check(template, FUNCTIONS, VARIABLES)).isEmpty();
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("{{ $labels.instance ", "unclosed action", 0, 20),
        Arguments.of("x {{ $labels.instance }", "unexpected \"}\" in operand", 22, 23),
        Arguments.of("{{ end }}", "unexpected {{end}}", 0, 9),
        Arguments.of("{{ else }}", "unexpected {{else}}", 0, 10),
        Arguments.of("{{ if true }}x", "unexpected EOF: missing {{end}} for {{if}}", 0, 13),
        Arguments.of("{{ range .x }}{{ if .y }}{{ end }}", "unexpected EOF: missing {{end}} for {{range}}", 0, 14),
        Arguments.of("{{ if .x }}1{{ else }}2{{ else }}3{{ end }}", "expected end; found {{else}}", 23, 33),
        Arguments.of("{{ if .x }}a{{ else if .y }}b{{ end }}{{ end }}", "unexpected {{end}}", 38, 47),
        Arguments.of("{{/* never closed }}", "unclosed comment", 0, 20),
        Arguments.of("{{/* closed */ x }}", "comment ends before closing delimiter", 0, 14),
        Arguments.of("{{ \"unterminated }}", "unterminated quoted string", 3, 19),
        Arguments.of("{{ `unterminated }}", "unterminated raw quoted string", 3, 19),
        Arguments.of("{{ 'ab' }}", "malformed character constant: 'ab'", 3, 7),
        Arguments.of("{{ \"bad \\q escape\" }}", "invalid syntax in string \"bad \\q escape\"", 3, 18),
        Arguments.of("{{ 0x }}", "illegal number syntax: \"0x\"", 3, 5),
        Arguments.of("{{ 3x }}", "bad number syntax: \"3x\"", 3, 5),
        Arguments.of("{{ }}", "missing value for command", 3, 5),
        Arguments.of("{{ .x (1 2 }}", "unclosed left paren", 0, 11),
        Arguments.of("{{ .x ) }}", "unexpected right paren", 6, 7),
        Arguments.of("{{ a# }}", "bad character U+0023 '#'", 3, 4),
        Arguments.of("{{ printf 3, 4 }}", "unexpected \",\" in operand", 11, 12),
        Arguments.of("{{ 12 | false }}", "non executable command in pipeline stage 2", 14, 16),
        Arguments.of("{{ true.x }}", "unexpected . after term \"true\"", 7, 9),
        Arguments.of("{{ break }}", "{{break}} outside {{range}}", 0, 11),
        Arguments.of("{{ range .x }}{{ else }}{{ continue }}{{ end }}", "{{continue}} outside {{range}}", 24, 38),
        Arguments.of("{{ with $a, $b := 3 }}{{ end }}", "too many declarations in with", 8, 10),
        Arguments.of("{{ range $a, 3 }}{{ end }}", "range can only initialize variables", 13, 14),
        Arguments.of("{{ template .x }}", "unexpected \".x\" in template clause", 12, 14),
        Arguments.of("{{ define \"a\" }}a{{ end }}{{ define \"a\" }}b{{ end }}",
            "multiple definition of template \"a\"", 36, 39),
        Arguments.of("{{ block \"b\" }}x{{ end }}", "missing value for block clause", 13, 15),
        Arguments.of("{{ if }}x{{ end }}", "missing value for if", 6, 8),
        Arguments.of("{{ define \"x\" }}", "unexpected EOF: missing {{end}} for {{define}}", 0, 16),
        Arguments.of("{{ $x := 1 }}{{ $x ! 2 }}", "unexpected \"!\" in operand", 19, 20),
        Arguments.of("{{ \"abcdefghijklmnop\" 3 | \"x\" }}",
            "non executable command in pipeline stage 2", 30, 32),
        Arguments.of("{{ 089 }}", "integer overflow: \"089\"", 3, 6),
        Arguments.of("{{ 99999999999999999999 }}", "integer overflow: \"99999999999999999999\"", 3, 23));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void check_invalidTemplate_reportsGoMessageWithSpan(String template, String message, int start, int end) {
    assertThat(GoTemplate.check(template, FUNCTIONS, VARIABLES))
        .containsExactly(new GoTemplateError(Kind.SYNTAX, new Span(start, end), message));
  }

  @Test
  void check_undefinedFunction_namesItWithItsSpan() {
    assertThat(GoTemplate.check("{{ humanise $value }}", FUNCTIONS, VARIABLES))
        .containsExactly(new GoTemplateError(Kind.UNDEFINED_FUNCTION, new Span(3, 11),
            "function \"humanise\" not defined"));
  }

  @Test
  void check_undefinedVariables_reportsEachAndKeepsParsing() {
    List<GoTemplateError> errors = GoTemplate.check("{{ $foo }} {{ $bar.x }} {{ end }}", FUNCTIONS, VARIABLES);

    assertThat(errors).extracting(GoTemplateError::message).containsExactly(
        "undefined variable \"$foo\"", "undefined variable \"$bar\"", "unexpected {{end}}");
    assertThat(errors.get(0).span()).isEqualTo(new Span(3, 7));
  }

  @Test
  void check_wordsInsideUnclosedAction_reportOnlyTheUnclosedAction() {
    assertThat(GoTemplate.check("Target {{ $labels.instance is down", FUNCTIONS, VARIABLES))
        .containsExactly(new GoTemplateError(Kind.SYNTAX, new Span(7, 34), "unclosed action"));
  }

  @Test
  void check_variableDeclaredInControl_isOutOfScopeAfterEnd() {
    assertThat(GoTemplate.check("{{ with $x := 4 }}{{ $x }}{{ end }}{{ $x }}", FUNCTIONS, VARIABLES))
        .extracting(GoTemplateError::message).containsExactly("undefined variable \"$x\"");
  }

  @Test
  void check_predeclaredVariable_isNotVisibleInsideDefine() {
    assertThat(GoTemplate.check("{{ define \"x\" }}{{ $labels }}{{ end }}", FUNCTIONS, VARIABLES))
        .extracting(GoTemplateError::message).containsExactly("undefined variable \"$labels\"");
  }

  @Test
  void check_builtinFunctions_areAlwaysDefined() {
    assertThat(GoTemplate.check("{{ printf \"%d\" (len .x) | html }}", Set.of(), Set.of())).isEmpty();
  }

  @Test
  void check_functionNamedBreak_winsOverKeyword() {
    assertThat(GoTemplate.check("{{ range .x }}{{ break 20 }}{{ end }}", Set.of("break"), Set.of())).isEmpty();
    assertThat(GoTemplate.check("{{ range .x }}{{ break 20 }}{{ end }}", Set.of(), Set.of()))
        .extracting(GoTemplateError::message).containsExactly("unexpected \"20\" in {{break}}");
  }

  @Test
  void check_deepNesting_isRefusedWithoutOverflowingTheStack() {
    String deep = "{{ " + "(".repeat(5000) + "1" + ")".repeat(5000) + " }}";
    assertThat(GoTemplate.check(deep, FUNCTIONS, VARIABLES))
        .extracting(GoTemplateError::message).containsExactly("max expression depth exceeded");
  }
}
