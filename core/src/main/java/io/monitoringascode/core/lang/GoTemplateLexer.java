package io.monitoringascode.core.lang;

import io.monitoringascode.core.lang.GoTemplateToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits a Go template into tokens the way Go's {@code text/template/parse/lex.go} does (Go 1.22): text between
 * actions, the {@code {{ }}} delimiters with their trim markers, and the words, literals and punctuation inside actions.
 * Comments are dropped. The lexer never throws: the first lexical error becomes an {@link Kind#ERROR} token carrying
 * Go's message, after which nothing more is produced.
 */
final class GoTemplateLexer {
  private static final String LEFT_DELIM = "{{";
  private static final String RIGHT_DELIM = "}}";
  private static final String LEFT_COMMENT = "/*";
  private static final String RIGHT_COMMENT = "*/";
  private static final int EOF = -1;
  private static final Map<String, Kind> KEYWORDS = Map.ofEntries(
      Map.entry(".", Kind.DOT),
      Map.entry("block", Kind.BLOCK),
      Map.entry("break", Kind.BREAK),
      Map.entry("continue", Kind.CONTINUE),
      Map.entry("define", Kind.DEFINE),
      Map.entry("else", Kind.ELSE),
      Map.entry("end", Kind.END),
      Map.entry("if", Kind.IF),
      Map.entry("range", Kind.RANGE),
      Map.entry("nil", Kind.NIL),
      Map.entry("template", Kind.TEMPLATE),
      Map.entry("with", Kind.WITH));

  private final String input;
  private final boolean breakIsKeyword;
  private final boolean continueIsKeyword;
  private final List<GoTemplateToken> tokens = new ArrayList<>();
  private int start;
  private int pos;
  private int width;
  private int actionStart;
  private int parenDepth;

  private GoTemplateLexer(String input, boolean breakIsKeyword, boolean continueIsKeyword) {
    this.input = input;
    this.breakIsKeyword = breakIsKeyword;
    this.continueIsKeyword = continueIsKeyword;
  }

  /**
   * Lexes a whole template.
   *
   * @param input the template text
   * @param breakIsKeyword false when a function named {@code break} exists, which then wins, as in Go
   * @param continueIsKeyword false when a function named {@code continue} exists
   * @return the tokens, ending with {@link Kind#EOF} or {@link Kind#ERROR}
   */
  static List<GoTemplateToken> lex(String input, boolean breakIsKeyword, boolean continueIsKeyword) {
    GoTemplateLexer lexer = new GoTemplateLexer(input, breakIsKeyword, continueIsKeyword);
    lexer.run();
    return lexer.tokens;
  }

  private void run() {
    State state = this::lexText;
    while (state != null) {
      state = state.next();
    }
  }

  private interface State {
    State next();
  }

  private int next() {
    if (pos >= input.length()) {
      width = 0;
      return EOF;
    }
    int r = input.codePointAt(pos);
    width = Character.charCount(r);
    pos += width;
    return r;
  }

  private int peek() {
    int r = next();
    backup();
    return r;
  }

  private void backup() {
    pos -= width;
  }

  private void emit(Kind kind) {
    tokens.add(new GoTemplateToken(kind, start, pos, input.substring(start, pos)));
    start = pos;
  }

  private void ignore() {
    start = pos;
  }

  private State error(String message) {
    return error(message, start, pos);
  }

  private State error(String message, int from, int to) {
    tokens.add(new GoTemplateToken(Kind.ERROR, from, Math.max(from, to), message));
    return null;
  }

  private boolean accept(String valid) {
    int r = next();
    if (r != EOF && valid.indexOf(r) >= 0) {
      return true;
    }
    backup();
    return false;
  }

  private void acceptRun(String valid) {
    int r = next();
    while (r != EOF && valid.indexOf(r) >= 0) {
      r = next();
    }
    backup();
  }

  private State lexText() {
    width = 0;
    int x = input.indexOf(LEFT_DELIM, pos);
    if (x < 0) {
      pos = input.length();
      if (pos > start) {
        emit(Kind.TEXT);
      }
      emit(Kind.EOF);
      return null;
    }
    pos = x;
    int trimLength = 0;
    if (hasLeftTrimMarker(x + LEFT_DELIM.length())) {
      trimLength = rightTrimLength(input.substring(start, pos));
    }
    pos -= trimLength;
    if (pos > start) {
      emit(Kind.TEXT);
    }
    pos += trimLength;
    ignore();
    return this::lexLeftDelim;
  }

  private State lexLeftDelim() {
    actionStart = pos;
    pos += LEFT_DELIM.length();
    boolean trimSpace = hasLeftTrimMarker(pos);
    int afterMarker = trimSpace ? 2 : 0;
    if (input.startsWith(LEFT_COMMENT, pos + afterMarker)) {
      pos += afterMarker;
      ignore();
      return this::lexComment;
    }
    emit(Kind.LEFT_DELIM);
    pos += afterMarker;
    ignore();
    parenDepth = 0;
    return this::lexInsideAction;
  }

  private State lexComment() {
    pos += LEFT_COMMENT.length();
    int x = input.indexOf(RIGHT_COMMENT, pos);
    if (x < 0) {
      return error("unclosed comment", actionStart, input.length());
    }
    pos = x + RIGHT_COMMENT.length();
    int delim = rightDelimAt(pos);
    if (delim < 0) {
      return error("comment ends before closing delimiter", actionStart, pos);
    }
    boolean trimSpace = delim > 0;
    pos += delim + RIGHT_DELIM.length();
    if (trimSpace) {
      pos += leftTrimLength(pos);
    }
    ignore();
    return this::lexText;
  }

  private State lexRightDelim() {
    boolean trimSpace = hasRightTrimMarker(pos);
    if (trimSpace) {
      pos += 2;
      ignore();
    }
    pos += RIGHT_DELIM.length();
    emit(Kind.RIGHT_DELIM);
    if (trimSpace) {
      pos += leftTrimLength(pos);
      ignore();
    }
    return this::lexText;
  }

  private State lexInsideAction() {
    if (rightDelimAt(pos) >= 0) {
      if (parenDepth == 0) {
        return this::lexRightDelim;
      }
      return error("unclosed left paren", actionStart, pos);
    }
    int r = next();
    if (r == EOF) {
      return error("unclosed action", actionStart, input.length());
    }
    if (isSpace(r)) {
      backup();
      return this::lexSpace;
    }
    switch (r) {
      case '=':
        emit(Kind.ASSIGN);
        return this::lexInsideAction;
      case ':':
        if (next() != '=') {
          return error("expected :=");
        }
        emit(Kind.DECLARE);
        return this::lexInsideAction;
      case '|':
        emit(Kind.PIPE);
        return this::lexInsideAction;
      case '"':
        return this::lexQuote;
      case '`':
        return this::lexRawQuote;
      case '$':
        return this::lexVariable;
      case '\'':
        return this::lexChar;
      case '(':
        parenDepth++;
        emit(Kind.LEFT_PAREN);
        return this::lexInsideAction;
      case ')':
        parenDepth--;
        if (parenDepth < 0) {
          return error("unexpected right paren");
        }
        emit(Kind.RIGHT_PAREN);
        return this::lexInsideAction;
      default:
        break;
    }
    if (r == '.') {
      // A dot starts a field unless a digit follows, as in ".5".
      if (pos < input.length()) {
        char c = input.charAt(pos);
        if (c < '0' || c > '9') {
          return this::lexField;
        }
      }
      backup();
      return this::lexNumber;
    }
    if (r == '+' || r == '-' || (r >= '0' && r <= '9')) {
      backup();
      return this::lexNumber;
    }
    if (isAlphaNumeric(r)) {
      backup();
      return this::lexIdentifier;
    }
    if (r <= 0x7F && r >= 0x20 && r != 0x7F) {
      emit(Kind.CHAR);
      return this::lexInsideAction;
    }
    return error("unrecognized character in action: " + describeRune(r));
  }

  private State lexSpace() {
    int numSpaces = 0;
    while (isSpace(peek())) {
      next();
      numSpaces++;
    }
    // A space followed by "-}}" is a trim marker, not a separator.
    if (hasRightTrimMarker(pos - 1) && input.startsWith(RIGHT_DELIM, pos + 1)) {
      pos--;
      if (numSpaces == 1) {
        return this::lexRightDelim;
      }
    }
    emit(Kind.SPACE);
    return this::lexInsideAction;
  }

  private State lexIdentifier() {
    int r = next();
    while (isAlphaNumeric(r)) {
      r = next();
    }
    backup();
    if (!atTerminator()) {
      return error("bad character " + describeRune(peek()));
    }
    String word = input.substring(start, pos);
    Kind keyword = KEYWORDS.get(word);
    if (keyword != null && (keyword != Kind.BREAK || breakIsKeyword)
        && (keyword != Kind.CONTINUE || continueIsKeyword)) {
      emit(keyword);
    } else if (word.equals("true") || word.equals("false")) {
      emit(Kind.BOOL);
    } else {
      emit(Kind.IDENTIFIER);
    }
    return this::lexInsideAction;
  }

  private State lexField() {
    return lexFieldOrVariable(Kind.FIELD);
  }

  private State lexVariable() {
    if (atTerminator()) {
      emit(Kind.VARIABLE);
      return this::lexInsideAction;
    }
    return lexFieldOrVariable(Kind.VARIABLE);
  }

  private State lexFieldOrVariable(Kind kind) {
    if (atTerminator()) {
      emit(kind == Kind.VARIABLE ? Kind.VARIABLE : Kind.DOT);
      return this::lexInsideAction;
    }
    int r = next();
    while (isAlphaNumeric(r)) {
      r = next();
    }
    backup();
    if (!atTerminator()) {
      return error("bad character " + describeRune(peek()));
    }
    emit(kind);
    return this::lexInsideAction;
  }

  private boolean atTerminator() {
    int r = peek();
    if (r == EOF || isSpace(r)) {
      return true;
    }
    switch (r) {
      case '.':
      case ',':
      case '|':
      case ':':
      case ')':
      case '(':
        return true;
      default:
        return input.startsWith(RIGHT_DELIM, pos);
    }
  }

  private State lexChar() {
    while (true) {
      int r = next();
      if (r == '\\') {
        r = next();
        if (r != EOF && r != '\n') {
          continue;
        }
      }
      if (r == EOF || r == '\n') {
        return error("unterminated character constant");
      }
      if (r == '\'') {
        break;
      }
    }
    emit(Kind.CHAR_CONSTANT);
    return this::lexInsideAction;
  }

  private State lexNumber() {
    if (!scanNumber()) {
      return error("bad number syntax: " + GoTemplateLiterals.quote(input.substring(start, pos)));
    }
    int sign = peek();
    if (sign == '+' || sign == '-') {
      // Complex: 1+2i. No spaces, must end in 'i'.
      if (!scanNumber() || input.charAt(pos - 1) != 'i') {
        return error("bad number syntax: " + GoTemplateLiterals.quote(input.substring(start, pos)));
      }
      emit(Kind.COMPLEX);
    } else {
      emit(Kind.NUMBER);
    }
    return this::lexInsideAction;
  }

  private boolean scanNumber() {
    accept("+-");
    String digits = "0123456789_";
    if (accept("0")) {
      // A leading 0 does not mean octal in floats.
      if (accept("xX")) {
        digits = "0123456789abcdefABCDEF_";
      } else if (accept("oO")) {
        digits = "01234567_";
      } else if (accept("bB")) {
        digits = "01_";
      }
    }
    acceptRun(digits);
    if (accept(".")) {
      acceptRun(digits);
    }
    if (digits.length() == 10 + 1 && accept("eE")) {
      accept("+-");
      acceptRun("0123456789_");
    }
    if (digits.length() == 16 + 6 + 1 && accept("pP")) {
      accept("+-");
      acceptRun("0123456789_");
    }
    accept("i");
    if (isAlphaNumeric(peek())) {
      next();
      return false;
    }
    return true;
  }

  private State lexQuote() {
    while (true) {
      int r = next();
      if (r == '\\') {
        r = next();
        if (r != EOF && r != '\n') {
          continue;
        }
      }
      if (r == EOF || r == '\n') {
        return error("unterminated quoted string");
      }
      if (r == '"') {
        break;
      }
    }
    emit(Kind.STRING);
    return this::lexInsideAction;
  }

  private State lexRawQuote() {
    while (true) {
      int r = next();
      if (r == EOF) {
        return error("unterminated raw quoted string");
      }
      if (r == '`') {
        break;
      }
    }
    emit(Kind.RAW_STRING);
    return this::lexInsideAction;
  }

  /** The length of the trim marker before a right delimiter at {@code at}: 0 for "}}", 2 for " -}}", -1 if none. */
  private int rightDelimAt(int at) {
    if (input.startsWith(RIGHT_DELIM, at)) {
      return 0;
    }
    if (hasRightTrimMarker(at) && input.startsWith(RIGHT_DELIM, at + 2)) {
      return 2;
    }
    return -1;
  }

  private boolean hasLeftTrimMarker(int at) {
    return at + 1 < input.length() && input.charAt(at) == '-' && isSpace(input.charAt(at + 1));
  }

  private boolean hasRightTrimMarker(int at) {
    return at >= 0 && at + 1 < input.length() && isSpace(input.charAt(at)) && input.charAt(at + 1) == '-';
  }

  private int leftTrimLength(int at) {
    int end = at;
    while (end < input.length() && isSpace(input.charAt(end))) {
      end++;
    }
    return end - at;
  }

  private static int rightTrimLength(String text) {
    int end = text.length();
    while (end > 0 && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.length() - end;
  }

  private static boolean isSpace(int r) {
    return r == ' ' || r == '\t' || r == '\r' || r == '\n';
  }

  private static boolean isAlphaNumeric(int r) {
    return r == '_' || (r != EOF && (Character.isLetter(r) || Character.isDigit(r)));
  }

  /** A rune as Go's {@code %#U} prints it: {@code U+0023 '#'}. */
  private static String describeRune(int r) {
    String code = String.format(java.util.Locale.ROOT, "U+%04X", r);
    boolean printable = !Character.isISOControl(r) && (r == ' ' || !Character.isWhitespace(r));
    return printable ? code + " '" + new String(Character.toChars(r)) + "'" : code;
  }
}
