package io.monitoringascode.core.lang;

import io.monitoringascode.core.finding.Span;
import io.monitoringascode.core.lang.GoTemplateToken.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A recursive-descent port of Go's {@code text/template/parse/parse.go} (Go 1.22) that checks a template instead of
 * building its tree. Like Go, it stops at the first structural error; unlike Go, it keeps going after an undefined
 * function or variable, which does not disturb the structure, so that all of them are reported at once.
 */
final class GoTemplateParser {
  /**
   * Deeper nesting than this is refused rather than risking the Java stack: each level takes several frames, and 1000
   * levels overflowed a default thread stack while the parser ran interpreted. Go's own limit is 10000; real templates
   * nest a handful of levels.
   */
  private static final int MAX_DEPTH = 100;
  private static final Set<Kind> OPERAND_START = EnumSet.of(Kind.BOOL, Kind.CHAR_CONSTANT, Kind.COMPLEX, Kind.DOT,
      Kind.FIELD, Kind.IDENTIFIER, Kind.NUMBER, Kind.NIL, Kind.RAW_STRING, Kind.STRING, Kind.VARIABLE,
      Kind.LEFT_PAREN);

  private final List<GoTemplateToken> tokens;
  private final Predicate<String> functions;
  private final List<GoTemplateError> errors = new ArrayList<>();
  private final Map<String, Boolean> definitions = new HashMap<>();
  private final Deque<Open> open = new ArrayDeque<>();
  private List<String> vars;
  private int index;
  private int rangeDepth;
  private int depth;

  private GoTemplateParser(String text, Predicate<String> functions) {
    this.functions = functions;
    this.tokens = GoTemplateLexer.lex(text, !functions.test("break"), !functions.test("continue"));
  }

  /**
   * Checks a template.
   *
   * @param text the template
   * @param functions tells whether a name is a function the template may call, Go's builtins included
   * @param variables the variables declared before the template's text, such as {@code $labels}; they are not visible
   *     inside {@code define} and {@code block} bodies, which start with only {@code $}, as in Go
   * @return the errors, in the order found
   */
  static List<GoTemplateError> check(String text, Predicate<String> functions, Set<String> variables) {
    GoTemplateParser parser = new GoTemplateParser(text, functions);
    parser.vars = new ArrayList<>();
    parser.vars.add("$");
    parser.vars.addAll(variables);
    try {
      parser.parse();
    } catch (Stop stop) {
      // The structural error is recorded; Go stops at the first one too. Names inside an unclosed action are
      // artifacts of the missing delimiter ("{{ $x is down" is not a call of "is"), so they are dropped.
      GoTemplateError last = parser.errors.get(parser.errors.size() - 1);
      parser.errors.removeIf(error -> error != last && error.kind() != GoTemplateError.Kind.SYNTAX
          && error.span().start() >= last.span().start() && error.span().end() <= last.span().end());
    }
    return List.copyOf(parser.errors);
  }

  /** What an item of a list turned out to be; only {@code {{end}}} and {@code {{else}}} end a list. */
  private enum ItemKind { OTHER, END, ELSE }

  private record Item(ItemKind kind, Span span, boolean nonEmpty) {
    String describe() {
      return kind == ItemKind.END ? "{{end}}" : "{{else}}";
    }
  }

  private record ListEnd(Item end, boolean nonEmpty) {}

  /** The node kinds that matter to Go's checks of operands and pipelines. */
  private enum NodeKind { BOOL, CHAIN, DOT, FIELD, IDENTIFIER, NIL, NUMBER, PIPE, STRING, VARIABLE }

  private record Operand(NodeKind kind, String text) {}

  /** An opened control structure, for "unexpected EOF". */
  private record Open(String keyword, Span span) {}

  /** Unwinds the parse after a structural error. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  // Token cursor. The token list always ends with EOF or ERROR, which the cursor never moves past.

  private GoTemplateToken next() {
    GoTemplateToken token = peek();
    // At the final token the index stops one past it, so that backup() lands on it again.
    index = Math.min(index + 1, tokens.size());
    return token;
  }

  private void backup() {
    index--;
  }

  private GoTemplateToken peek() {
    return tokens.get(Math.min(index, tokens.size() - 1));
  }

  private GoTemplateToken nextNonSpace() {
    GoTemplateToken token = next();
    while (token.kind() == Kind.SPACE) {
      token = next();
    }
    return token;
  }

  private GoTemplateToken peekNonSpace() {
    GoTemplateToken token = nextNonSpace();
    backup();
    return token;
  }

  // Errors.

  private Stop fail(String message, Span span) {
    errors.add(new GoTemplateError(GoTemplateError.Kind.SYNTAX, span, message));
    return new Stop();
  }

  private Stop fail(String message, GoTemplateToken at) {
    return fail(message, span(at));
  }

  private Stop unexpected(GoTemplateToken token, String context) {
    if (token.kind() == Kind.ERROR) {
      return fail(token.text(), token);
    }
    return fail("unexpected " + token.describe() + " in " + context, token);
  }

  private GoTemplateToken expect(Kind expected, String context) {
    GoTemplateToken token = nextNonSpace();
    if (token.kind() != expected) {
      throw unexpected(token, context);
    }
    return token;
  }

  private static Span span(GoTemplateToken token) {
    return new Span(token.start(), token.end());
  }

  /** The span from a left delimiter to the token just consumed. */
  private Span actionSpan(GoTemplateToken leftDelim) {
    GoTemplateToken last = tokens.get(Math.max(0, Math.min(index, tokens.size()) - 1));
    return new Span(leftDelim.start(), Math.max(leftDelim.end(), last.end()));
  }

  // Grammar, following parse.go.

  private void parse() {
    while (peek().kind() != Kind.EOF) {
      if (peek().kind() == Kind.LEFT_DELIM) {
        int mark = index;
        GoTemplateToken delim = next();
        if (nextNonSpace().kind() == Kind.DEFINE) {
          parseDefinition(delim);
          continue;
        }
        index = mark;
      }
      Item item = textOrAction();
      if (item.kind() != ItemKind.OTHER) {
        throw fail("unexpected " + item.describe(), item.span());
      }
    }
  }

  private void parseDefinition(GoTemplateToken leftDelim) {
    String context = "define clause";
    GoTemplateToken name = nextNonSpace();
    if (name.kind() != Kind.STRING && name.kind() != Kind.RAW_STRING) {
      throw unexpected(name, context);
    }
    checkString(name);
    expect(Kind.RIGHT_DELIM, context);
    ListEnd body = nested(new Open("define", actionSpan(leftDelim)), this::itemList);
    if (body.end().kind() != ItemKind.END) {
      throw fail("unexpected " + body.end().describe() + " in " + context, body.end().span());
    }
    define(name, body.nonEmpty());
  }

  /** Parses a define or block body as Go does: a fresh tree, with only {@code $} declared and no enclosing range. */
  private ListEnd nested(Open opened, java.util.function.Supplier<ListEnd> body) {
    List<String> outerVars = vars;
    int outerRangeDepth = rangeDepth;
    vars = new ArrayList<>(List.of("$"));
    rangeDepth = 0;
    open.push(opened);
    try {
      return body.get();
    } finally {
      open.pop();
      vars = outerVars;
      rangeDepth = outerRangeDepth;
    }
  }

  private void define(GoTemplateToken name, boolean nonEmpty) {
    String key = name.text().substring(1, name.text().length() - 1);
    Boolean existing = definitions.get(key);
    if (existing == null || !existing) {
      definitions.put(key, nonEmpty);
    } else if (nonEmpty) {
      throw fail("multiple definition of template " + GoTemplateLiterals.quote(key), name);
    }
  }

  private ListEnd itemList() {
    boolean nonEmpty = false;
    while (peekNonSpace().kind() != Kind.EOF) {
      Item item = textOrAction();
      if (item.kind() != ItemKind.OTHER) {
        return new ListEnd(item, nonEmpty);
      }
      nonEmpty |= item.nonEmpty();
    }
    Open innermost = open.peek();
    throw fail("unexpected EOF: missing {{end}} for {{" + innermost.keyword() + "}}", innermost.span());
  }

  private Item textOrAction() {
    GoTemplateToken token = nextNonSpace();
    if (token.kind() == Kind.TEXT) {
      return new Item(ItemKind.OTHER, span(token), !token.text().isBlank());
    }
    if (token.kind() == Kind.LEFT_DELIM) {
      if (++depth > MAX_DEPTH) {
        throw fail("max expression depth exceeded", token);
      }
      try {
        return action(token);
      } finally {
        depth--;
      }
    }
    throw unexpected(token, "input");
  }

  private Item action(GoTemplateToken leftDelim) {
    GoTemplateToken token = nextNonSpace();
    switch (token.kind()) {
      case BLOCK:
        return blockControl(leftDelim);
      case BREAK:
      case CONTINUE:
        return loopControl(leftDelim, token);
      case ELSE:
        return elseControl(leftDelim);
      case END:
        expect(Kind.RIGHT_DELIM, "end");
        return new Item(ItemKind.END, actionSpan(leftDelim), true);
      case IF:
      case RANGE:
      case WITH:
        return control(leftDelim, token.text());
      case TEMPLATE:
        return templateControl(leftDelim);
      default:
        backup();
        // Variables declared here persist until the enclosing {{end}}.
        pipeline("command", Kind.RIGHT_DELIM);
        return new Item(ItemKind.OTHER, actionSpan(leftDelim), true);
    }
  }

  private Item loopControl(GoTemplateToken leftDelim, GoTemplateToken keyword) {
    String name = "{{" + keyword.text() + "}}";
    GoTemplateToken token = nextNonSpace();
    if (token.kind() != Kind.RIGHT_DELIM) {
      throw unexpected(token, name);
    }
    if (rangeDepth == 0) {
      throw fail(name + " outside {{range}}", actionSpan(leftDelim));
    }
    return new Item(ItemKind.OTHER, actionSpan(leftDelim), true);
  }

  private Item control(GoTemplateToken leftDelim, String context) {
    int outerVars = vars.size();
    pipeline(context, Kind.RIGHT_DELIM);
    open.push(new Open(context, actionSpan(leftDelim)));
    try {
      if (context.equals("range")) {
        rangeDepth++;
      }
      ListEnd body = itemList();
      if (context.equals("range")) {
        rangeDepth--;
      }
      if (body.end().kind() == ItemKind.ELSE) {
        Kind chained = peek().kind();
        // {{else if x}} and {{else with x}} open a nested if or with that shares the outer {{end}}.
        if (context.equals("if") && chained == Kind.IF || context.equals("with") && chained == Kind.WITH) {
          GoTemplateToken keyword = next();
          control(leftDelimOf(body.end()), keyword.text());
        } else {
          ListEnd elseBody = itemList();
          if (elseBody.end().kind() != ItemKind.END) {
            throw fail("expected end; found " + elseBody.end().describe(), elseBody.end().span());
          }
        }
      }
      return new Item(ItemKind.OTHER, actionSpan(leftDelim), true);
    } finally {
      open.pop();
      vars.subList(outerVars, vars.size()).clear();
    }
  }

  /** The left delimiter that opened an {@code {{else}}}, for the span of an {@code {{else if}}}. */
  private GoTemplateToken leftDelimOf(Item elseItem) {
    return new GoTemplateToken(Kind.LEFT_DELIM, elseItem.span().start(), elseItem.span().start() + 2, "{{");
  }

  private Item elseControl(GoTemplateToken leftDelim) {
    GoTemplateToken peek = peekNonSpace();
    if (peek.kind() == Kind.IF || peek.kind() == Kind.WITH) {
      // "{{else if ...": the if is left pending for the enclosing control.
      return new Item(ItemKind.ELSE, new Span(leftDelim.start(), peek.start()), true);
    }
    expect(Kind.RIGHT_DELIM, "else");
    return new Item(ItemKind.ELSE, actionSpan(leftDelim), true);
  }

  private Item blockControl(GoTemplateToken leftDelim) {
    String context = "block clause";
    GoTemplateToken name = nextNonSpace();
    templateName(name, context);
    pipeline(context, Kind.RIGHT_DELIM);
    ListEnd body = nested(new Open("block", actionSpan(leftDelim)), this::itemList);
    if (body.end().kind() != ItemKind.END) {
      throw fail("unexpected " + body.end().describe() + " in " + context, body.end().span());
    }
    define(name, body.nonEmpty());
    return new Item(ItemKind.OTHER, actionSpan(leftDelim), true);
  }

  private Item templateControl(GoTemplateToken leftDelim) {
    String context = "template clause";
    templateName(nextNonSpace(), context);
    if (nextNonSpace().kind() != Kind.RIGHT_DELIM) {
      backup();
      pipeline(context, Kind.RIGHT_DELIM);
    }
    return new Item(ItemKind.OTHER, actionSpan(leftDelim), true);
  }

  private void templateName(GoTemplateToken token, String context) {
    if (token.kind() != Kind.STRING && token.kind() != Kind.RAW_STRING) {
      throw unexpected(token, context);
    }
    checkString(token);
  }

  private void pipeline(String context, Kind end) {
    int declarations = 0;
    while (peekNonSpace().kind() == Kind.VARIABLE) {
      int mark = index;
      GoTemplateToken variable = next();
      GoTemplateToken following = peekNonSpace();
      if (following.kind() == Kind.ASSIGN || following.kind() == Kind.DECLARE) {
        nextNonSpace();
        vars.add(variable.text());
        break;
      }
      if (following.kind() == Kind.CHAR && following.text().equals(",")) {
        nextNonSpace();
        vars.add(variable.text());
        declarations++;
        if (context.equals("range") && declarations < 2) {
          Kind second = peekNonSpace().kind();
          if (second == Kind.VARIABLE || second == Kind.RIGHT_DELIM || second == Kind.RIGHT_PAREN) {
            continue;
          }
          throw fail("range can only initialize variables", peekNonSpace());
        }
        throw fail("too many declarations in " + context, variable);
      }
      index = mark;
      break;
    }
    List<NodeKind> commands = new ArrayList<>();
    while (true) {
      GoTemplateToken token = nextNonSpace();
      if (token.kind() == end) {
        checkPipeline(commands, context, token);
        return;
      }
      if (!OPERAND_START.contains(token.kind())) {
        throw unexpected(token, context);
      }
      backup();
      commands.add(command());
    }
  }

  private void checkPipeline(List<NodeKind> commands, String context, GoTemplateToken end) {
    if (commands.isEmpty()) {
      throw fail("missing value for " + context, end);
    }
    // Only the first command of a pipeline may start with a non-executable operand.
    for (int i = 1; i < commands.size(); i++) {
      switch (commands.get(i)) {
        case BOOL, DOT, NIL, NUMBER, STRING -> throw fail("non executable command in pipeline stage " + (i + 1), end);
        default -> {
          // Functions, fields, variables, chains and parenthesized pipelines can take the piped value.
        }
      }
    }
  }

  /**
   * Parses {@code operand (space operand)*} and returns the kind of its first operand; {@link #pipeline} calls it only
   * where an operand starts.
   */
  private NodeKind command() {
    NodeKind first = operand().orElseThrow().kind();
    while (true) {
      GoTemplateToken token = next();
      if (token.kind() == Kind.SPACE) {
        peekNonSpace();
        operand();
        continue;
      }
      if (token.kind() == Kind.RIGHT_DELIM || token.kind() == Kind.RIGHT_PAREN) {
        backup();
      } else if (token.kind() != Kind.PIPE) {
        throw unexpected(token, "operand");
      }
      return first;
    }
  }

  private Optional<Operand> operand() {
    Optional<Operand> term = term();
    if (term.isEmpty() || peek().kind() != Kind.FIELD) {
      return term;
    }
    GoTemplateToken field = peek();
    while (peek().kind() == Kind.FIELD) {
      next();
    }
    switch (term.get().kind()) {
      case FIELD:
      case VARIABLE:
        return term;
      case BOOL:
      case STRING:
      case NUMBER:
      case NIL:
      case DOT:
        throw fail("unexpected . after term " + GoTemplateLiterals.quote(term.get().text()), field);
      default:
        return Optional.of(new Operand(NodeKind.CHAIN, term.get().text()));
    }
  }

  private Optional<Operand> term() {
    GoTemplateToken token = nextNonSpace();
    switch (token.kind()) {
      case IDENTIFIER:
        if (!functions.test(token.text())) {
          errors.add(new GoTemplateError(GoTemplateError.Kind.UNDEFINED_FUNCTION, span(token),
              "function " + GoTemplateLiterals.quote(token.text()) + " not defined"));
        }
        return operand(NodeKind.IDENTIFIER, token);
      case DOT:
        return operand(NodeKind.DOT, token);
      case NIL:
        return operand(NodeKind.NIL, token);
      case VARIABLE:
        if (!vars.contains(token.text())) {
          errors.add(new GoTemplateError(GoTemplateError.Kind.UNDEFINED_VARIABLE, span(token),
              "undefined variable " + GoTemplateLiterals.quote(token.text())));
        }
        return operand(NodeKind.VARIABLE, token);
      case FIELD:
        return operand(NodeKind.FIELD, token);
      case BOOL:
        return operand(NodeKind.BOOL, token);
      case CHAR_CONSTANT:
        return literal(token, GoTemplateLiterals.checkCharConstant(token.text()));
      case COMPLEX:
        return literal(token, GoTemplateLiterals.checkComplex(token.text()));
      case NUMBER:
        return literal(token, GoTemplateLiterals.checkNumber(token.text()));
      case LEFT_PAREN:
        if (++depth > MAX_DEPTH) {
          throw fail("max expression depth exceeded", token);
        }
        try {
          pipeline("parenthesized pipeline", Kind.RIGHT_PAREN);
        } finally {
          depth--;
        }
        return operand(NodeKind.PIPE, token);
      case STRING:
      case RAW_STRING:
        checkString(token);
        return operand(NodeKind.STRING, token);
      default:
        backup();
        return Optional.empty();
    }
  }

  private static Optional<Operand> operand(NodeKind kind, GoTemplateToken token) {
    return Optional.of(new Operand(kind, token.text()));
  }

  private Optional<Operand> literal(GoTemplateToken token, Optional<String> error) {
    if (error.isPresent()) {
      throw fail(error.get(), token);
    }
    return operand(NodeKind.NUMBER, token);
  }

  private void checkString(GoTemplateToken token) {
    if (token.kind() == Kind.STRING) {
      Optional<String> error = GoTemplateLiterals.checkString(token.text());
      if (error.isPresent()) {
        throw fail(error.get(), token);
      }
    }
  }
}
