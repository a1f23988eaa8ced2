package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;
import io.monitoringascode.core.lang.ClosestNames;
import io.monitoringascode.core.lang.GoRegex;
import io.monitoringascode.core.lang.GoTemplate;
import io.monitoringascode.core.lang.GoTemplateError;
import io.monitoringascode.core.lang.PromNames;
import io.monitoringascode.core.lang.QueryProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks Loki makes beyond its grammar: those of its node constructors (regexes, the {@code regexp} and
 * {@code pattern} parsers), those of {@code validateExpr} after parsing (a selector needs a matcher that excludes the
 * empty string; {@code sort} takes no grouping), and those it makes only when a query runs (templates, line filter
 * regexes), which are warnings here.
 */
final class Checks {
  /** Loki's message when no matcher selects specific streams ({@code errAtleastOneEqualityMatcherRequired}). */
  static final String EMPTY_COMPATIBLE = "queries require at least one regexp or equality matcher that does not have an"
      + " empty-compatible value. For instance, app=~\".*\" does not meet this requirement, but app=~\".+\" will";

  /** The template functions of Loki's {@code line_format} and {@code label_format} ({@code pkg/logql/log/fmt.go}). */
  static final Set<String> TEMPLATE_FUNCTIONS = Set.of("ToLower", "ToUpper", "Replace", "Trim", "TrimLeft",
      "TrimRight", "TrimPrefix", "TrimSuffix", "TrimSpace", "regexReplaceAll", "regexReplaceAllLiteral", "count",
      "urldecode", "urlencode", "bytes", "duration", "duration_seconds", "unixEpochMillis", "unixEpochNanos",
      "toDateInZone", "unixToTime", "alignLeft", "alignRight", "__line__", "__timestamp__", "b64enc", "b64dec",
      "lower", "upper", "title", "trunc", "substr", "contains", "hasPrefix", "hasSuffix", "indent", "nindent",
      "replace", "repeat", "trim", "trimAll", "trimSuffix", "trimPrefix", "int", "float64", "add", "sub", "mul",
      "div", "mod", "addf", "subf", "mulf", "divf", "max", "min", "maxf", "minf", "ceil", "floor", "round",
      "fromJson", "date", "toDate", "now", "unixEpoch", "default");

  private static final Memo<List<GoTemplateError>> TEMPLATES =
      new Memo<>(text -> GoTemplate.check(text, TEMPLATE_FUNCTIONS, Set.of()));

  private final String input;
  private final List<QueryProblem> problems;

  Checks(String input, List<QueryProblem> problems) {
    this.input = input;
    this.problems = problems;
  }

  /** Loki's {@code validateExpr}, on a tree the grammar accepted. */
  void expr(Expr expr) {
    if (expr instanceof LogSelectorExpr log) {
      selector(log.matchers(), selectorOf(log).span());
    } else if (expr instanceof SampleExpr sample) {
      sample(sample);
    }
  }

  /** The rules {@code label_format} checks when a query runs: each label once, never {@code __error__}. */
  void labelFormats(List<LabelFmt> formats) {
    Set<String> seen = new HashSet<>();
    for (LabelFmt format : formats) {
      // Loki checks these when the query runs (NewLabelsFormatter), not while parsing.
      if (format.name().equals("__error__")) {
        problems.add(QueryProblem.warning(format.span(), "__error__ cannot be formatted"));
      } else if (!seen.add(format.name())) {
        problems.add(QueryProblem.warning(format.span(), "multiple label name '" + format.name()
            + "' not allowed in a single format operation").withHint("Set each label once per `label_format`."));
      }
    }
  }

  /** Loki's {@code validateMatchers}: at least one matcher must exclude the empty string. */
  void selector(List<Matcher> matchers, Span span) {
    for (Matcher matcher : matchers) {
      if (!matcher.matchesEmpty()) {
        return;
      }
    }
    String label = matchers.isEmpty() ? "app" : matchers.get(0).name();
    problems.add(QueryProblem.error(span, EMPTY_COMPATIBLE).withHint(matchers.isEmpty()
        ? "Add a matcher that selects specific streams, such as `{app=\"api\"}`."
        : "Add a matcher that needs a non-empty value, such as `" + label + "=~\".+\"` or `" + label
            + "=\"value\"`: every matcher here also matches streams without the label."));
  }

  /** Loki's {@code validateSampleExpr}: the selectors of a metric query, and {@code sort} without grouping. */
  void sample(SampleExpr expr) {
    if (expr instanceof BinOpExpr e) {
      sample(e.left());
      sample(e.right());
    } else if (expr instanceof VectorAggregationExpr e) {
      if ((e.operation().equals("sort") || e.operation().equals("sort_desc"))
          && e.grouping().filter(g -> !g.labels().isEmpty()).isPresent()) {
        problems.add(QueryProblem.error(e.grouping().get().span(), "sort and sort_desc doesn't allow grouping by ")
            .withHint("Remove the grouping: `" + e.operation() + "` orders by value."));
        return;
      }
      sample(e.inner());
    } else if (expr instanceof RangeAggregationExpr e) {
      selector(e.range().selector().matchers(), selectorOf(e.range().selector()).span());
    } else if (expr instanceof LabelReplaceExpr e) {
      SampleExpr inner = e.inner();
      while (!(inner instanceof RangeAggregationExpr)) {
        if (inner instanceof VectorAggregationExpr v) {
          inner = v.inner();
        } else if (inner instanceof LabelReplaceExpr l) {
          inner = l.inner();
        } else if (inner instanceof BinOpExpr b) {
          inner = b.left();
        } else {
          selector(List.of(), e.span());
          return;
        }
      }
      RangeAggregationExpr range = (RangeAggregationExpr) inner;
      selector(range.range().selector().matchers(), selectorOf(range.range().selector()).span());
    }
  }

  private static MatchersExpr selectorOf(LogSelectorExpr expr) {
    return expr instanceof PipelineExpr pipeline ? pipeline.selector() : (MatchersExpr) expr;
  }

  /** {@code log.NewRegexpParser}: a valid regex with at least one named group. */
  void regexpParser(Token value) {
    if (!regex(value.text(), value.span(), "invalid regexp parser: ", true, value.text())) {
      return;
    }
    List<String> names = Regexes.groupNames(value.text());
    if (names.isEmpty()) {
      problems.add(QueryProblem.error(value.span(), "invalid regexp parser: at least one named capture must be"
          + " supplied").withHint("Name the groups to extract: `(?P<status>\\d+)`."));
    }
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (name.isEmpty() || !isCaptureName(name, 0, name.length())) {
        problems.add(QueryProblem.error(value.span(), "invalid regexp parser: invalid extracted label name '" + name
            + "'").withHint("Name the group as a label: `" + PromNames.suggestLabelName(name) + "`."));
      } else if (!seen.add(name)) {
        problems.add(QueryProblem.error(value.span(), "invalid regexp parser: duplicate extracted label name '"
            + name + "'"));
      }
    }
  }

  /**
   * {@code pattern.New}: the pattern splits into literals and captures ({@code <name>}, {@code <_>} unnamed); it needs
   * a named capture, no two named captures alike, and no capture right after another, which Loki checks only for the
   * pairs starting at even positions of that sequence.
   */
  void patternParser(Token value) {
    String pattern = value.text();
    List<String> nodes = new ArrayList<>();
    boolean literal = false;
    int i = 0;
    while (i < pattern.length()) {
      int close = pattern.charAt(i) == '<' ? pattern.indexOf('>', i) : -1;
      if (close > i + 1 && isCaptureName(pattern, i + 1, close)) {
        nodes.add(pattern.substring(i + 1, close));
        literal = false;
        i = close + 1;
      } else {
        if (!literal) {
          nodes.add(null);
        }
        literal = true;
        i++;
      }
    }
    List<String> names = new ArrayList<>();
    for (String node : nodes) {
      if (node != null && !node.equals("_")) {
        names.add(node);
      }
    }
    String error = null;
    String hint = null;
    if (names.isEmpty()) {
      error = "at least one capture is required";
      hint = "Name what to extract between angle brackets: `<ip> - - <_>`.";
    } else {
      for (int k = 0; k + 1 < nodes.size(); k += 2) {
        if (nodes.get(k) != null && nodes.get(k + 1) != null) {
          error = "found consecutive capture: invalid expression";
          hint = "Separate the captures with literal text, such as a space.";
          break;
        }
      }
      Set<String> seen = new HashSet<>();
      for (int k = 0; error == null && k < names.size(); k++) {
        if (!seen.add(names.get(k))) {
          error = "duplicate capture name (" + names.get(k) + "): invalid expression";
          hint = "Give each capture its own name, or use `<_>` to skip a part.";
        }
      }
    }
    if (error != null) {
      problems.add(QueryProblem.error(value.span(), "invalid pattern parser: " + error).withHint(hint));
    }
  }

  private static boolean isCaptureName(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      if (!letter && (i == start || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reports a regex RE2 refuses: an error when Loki's parser compiles it, a warning when Loki compiles it only as the
   * query runs, and a warning when only Java's engine refused it. Returns whether the regex may be acceptable.
   */
  boolean regex(String regex, Span span, String prefix, boolean parsed, String compiled) {
    Optional<GoRegex.Problem> problem = Regexes.problem(regex);
    if (problem.isEmpty()) {
      return true;
    }
    String message = prefix + "error parsing regexp: " + Regexes.goMessage(compiled, problem.get().description());
    if (!problem.get().certain()) {
      problems.add(QueryProblem.warning(span, message + " (Java refuses it; Go's RE2 may accept it)"));
    } else if (parsed) {
      problems.add(QueryProblem.error(span, message));
    } else {
      problems.add(QueryProblem.warning(span, message + " (Loki accepts the query and fails it when it runs)")
          .withHint("Fix the regular expression; escape a literal `(` as `\\\\(`."));
    }
    return !problem.get().certain();
  }

  /**
   * Checks a {@code line_format} or {@code label_format} template. Loki's parser accepts any string and compiles the
   * template only when the query runs, failing it then, so a broken template is a warning here, in Go's words.
   */
  void template(Token template, String prefix) {
    for (GoTemplateError error : TEMPLATES.get(template.text())) {
      int start = rawOffset(template, error.span().start());
      int end = Math.max(start, rawOffset(template, error.span().end()));
      int line = 1;
      for (int i = 0; i < error.span().start() && i < template.text().length(); i++) {
        line += template.text().charAt(i) == '\n' ? 1 : 0;
      }
      String name = prefix.startsWith("invalid line") ? "line" : "label";
      QueryProblem problem = QueryProblem.warning(new Span(start, end), prefix + "template: " + name + ":" + line
          + ": " + error.message() + " (Loki accepts the query and fails it when it runs)");
      String hint = null;
      if (error.kind() == GoTemplateError.Kind.UNDEFINED_FUNCTION) {
        String function = template.text().substring(error.span().start(), error.span().end());
        hint = ClosestNames.closest(function, TEMPLATE_FUNCTIONS)
            .map(closest -> "Use `" + closest + "`: Loki's templates have no function `" + function + "`.")
            .orElse(null);
      } else if (error.message().startsWith("unclosed action")) {
        hint = "Close the action with `}}`.";
      }
      problems.add(hint == null ? problem : problem.withHint(hint));
    }
  }

  /** The offset in the query of a character of a string token's value, counting the escapes it was written with. */
  private int rawOffset(Token token, int valueIndex) {
    int i = token.start() + 1;
    if (input.charAt(token.start()) == '`') {
      return Math.min(i + valueIndex, token.end());
    }
    for (int decoded = 0; decoded < valueIndex && i < token.end() - 1; decoded++) {
      if (input.charAt(i) != '\\') {
        i++;
        continue;
      }
      char e = input.charAt(i + 1);
      i += switch (e) {
        case 'x' -> 4;
        case 'u' -> 6;
        case 'U' -> 10;
        default -> e >= '0' && e <= '7' ? 4 : 2;
      };
    }
    return Math.min(i, token.end());
  }
}
