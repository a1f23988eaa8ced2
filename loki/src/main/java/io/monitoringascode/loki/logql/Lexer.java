package io.monitoringascode.loki.logql;

import io.monitoringascode.core.lang.GoStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits a LogQL query into tokens as Loki's {@code lex.go} does on top of Go's {@code text/scanner}: Go strings,
 * raw strings and numbers; a number followed by units becomes a duration ({@code 5m}, {@code 1h30m}) or a byte size
 * ({@code 20MB}); {@code [...]} becomes one range token; keywords are case-insensitive; function names are functions
 * only when a {@code (} follows; {@code #} starts a comment. The lexer never throws: it stops at the first error, which
 * the parser reports when it reaches it, as Loki does.
 */
final class Lexer {
  private static final Map<String, TokenKind> KEYWORDS = Map.ofEntries(
      Map.entry("by", TokenKind.BY), Map.entry("without", TokenKind.WITHOUT), Map.entry("bool", TokenKind.BOOL),
      Map.entry("offset", TokenKind.OFFSET), Map.entry("on", TokenKind.ON), Map.entry("ignoring", TokenKind.IGNORING),
      Map.entry("group_left", TokenKind.GROUP_LEFT), Map.entry("group_right", TokenKind.GROUP_RIGHT),
      Map.entry("or", TokenKind.OR), Map.entry("and", TokenKind.AND), Map.entry("unless", TokenKind.UNLESS),
      Map.entry("json", TokenKind.JSON), Map.entry("regexp", TokenKind.REGEXP), Map.entry("logfmt", TokenKind.LOGFMT),
      Map.entry("unpack", TokenKind.UNPACK), Map.entry("pattern", TokenKind.PATTERN),
      Map.entry("label_format", TokenKind.LABEL_FMT), Map.entry("line_format", TokenKind.LINE_FMT),
      Map.entry("decolorize", TokenKind.DECOLORIZE), Map.entry("drop", TokenKind.DROP),
      Map.entry("keep", TokenKind.KEEP), Map.entry("unwrap", TokenKind.UNWRAP));

  private final String input;
  private final List<Token> tokens = new ArrayList<>();
  private int pos;
  private String error;
  private int errorOffset;

  private Lexer(String input) {
    this.input = input;
  }

  /** The tokens of a query, ending with {@link TokenKind#EOF}; a lexical error ends the list early. */
  record Lexed(List<Token> tokens, String error, int errorOffset) {}

  static Lexed lex(String input) {
    Lexer lexer = new Lexer(input);
    lexer.run();
    return new Lexed(lexer.tokens, lexer.error, lexer.errorOffset);
  }

  private void run() {
    if (input.startsWith("\uFEFF")) {
      pos = 1;
    }
    while (error == null) {
      skipSpaceAndComments();
      if (error != null) {
        break;
      }
      if (pos >= input.length()) {
        break;
      }
      next();
    }
    int end = error == null ? input.length() : errorOffset;
    tokens.add(new Token(TokenKind.EOF, end, end, ""));
  }

  private void skipSpaceAndComments() {
    while (pos < input.length()) {
      char c = input.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        pos++;
      } else if (c == '#' || (c == '/' && input.startsWith("//", pos))) {
        while (pos < input.length() && input.charAt(pos) != '\n') {
          pos++;
        }
      } else if (c == '/' && input.startsWith("/*", pos)) {
        int close = input.indexOf("*/", pos + 2);
        if (close < 0) {
          fail("comment not terminated", pos);
          return;
        }
        pos = close + 2;
      } else {
        return;
      }
    }
  }

  private void next() {
    int start = pos;
    char c = input.charAt(pos);
    if (Literals.isDigit(c) || (c == '.' && pos + 1 < input.length() && Literals.isDigit(input.charAt(pos + 1)))) {
      number(start);
    } else if (c == '"' || c == '`') {
      string(start, c);
    } else if (c == '\'') {
      character(start);
    } else if (c == '[') {
      range(start);
    } else if (c == '_' || Character.isLetter(c)) {
      identifier(start);
    } else if (c == '-' && input.startsWith("--", pos) && flag(start)) {
      return;
    } else if (c == '-' && unitsAfter(pos + 1, false) > pos + 1
        && Durations.parseLoki(input.substring(start, unitsAfter(pos + 1, false))) != null) {
      int end = unitsAfter(pos + 1, false);
      add(TokenKind.DURATION, start, end, input.substring(start, end));
    } else if (c == 0) {
      fail("invalid character NUL", start);
    } else {
      operator(start, c);
    }
  }

  private void number(int start) {
    int i = pos;
    if (input.startsWith("0x", i) || input.startsWith("0X", i)) {
      i += 2;
      while (i < input.length() && (Character.digit(input.charAt(i), 16) >= 0 || input.charAt(i) == '_')) {
        i++;
      }
    } else {
      while (i < input.length() && (Literals.isDigit(input.charAt(i)) || input.charAt(i) == '_')) {
        i++;
      }
      if (i < input.length() && input.charAt(i) == '.') {
        i++;
        while (i < input.length() && (Literals.isDigit(input.charAt(i)) || input.charAt(i) == '_')) {
          i++;
        }
      }
      if (i < input.length() && (input.charAt(i) == 'e' || input.charAt(i) == 'E')) {
        int exponent = i + 1;
        if (exponent < input.length() && (input.charAt(exponent) == '+' || input.charAt(exponent) == '-')) {
          exponent++;
        }
        int digits = exponent;
        while (digits < input.length() && Literals.isDigit(input.charAt(digits))) {
          digits++;
        }
        if (digits == exponent) {
          fail("exponent has no digits", start);
          return;
        }
        i = digits;
      }
    }
    // Loki tries the number with the characters up to the next space as a duration, then as a byte size.
    int durationEnd = unitsAfter(i, false);
    if (durationEnd > i && Durations.parseLoki(input.substring(start, durationEnd)) != null) {
      add(TokenKind.DURATION, start, durationEnd, input.substring(start, durationEnd));
      return;
    }
    int bytesEnd = unitsAfter(i, true);
    if (bytesEnd > i && Literals.parseBytes(input.substring(start, bytesEnd)) >= 0) {
      add(TokenKind.BYTES, start, bytesEnd, input.substring(start, bytesEnd));
      return;
    }
    add(TokenKind.NUMBER, start, i, input.substring(start, i));
  }

  /** The end of the run of digits, dots and unit letters from {@code i}, as {@code tryScanDuration}/{@code Bytes}. */
  private int unitsAfter(int i, boolean bytes) {
    int end = i;
    while (end < input.length()) {
      char c = input.charAt(end);
      boolean unit = bytes ? "BikKMGTP".indexOf(c) >= 0 : "numµsmhdwy".indexOf(c) >= 0;
      if (!unit && !Literals.isDigit(c) && c != '.') {
        break;
      }
      end++;
    }
    return end;
  }

  private void string(int start, char quote) {
    int i = pos + 1;
    while (true) {
      if (i >= input.length() || (quote == '"' && input.charAt(i) == '\n')) {
        fail("literal not terminated", start);
        return;
      }
      char c = input.charAt(i);
      if (c == quote) {
        break;
      }
      if (c == '\\' && quote == '"') {
        int escapeEnd = escape(i + 1, quote);
        if (escapeEnd < 0) {
          fail("invalid char escape", start);
          return;
        }
        i = escapeEnd;
      } else {
        i++;
      }
    }
    String value = GoStrings.unquote(input.substring(start, i + 1));
    if (value == null) {
      fail("invalid syntax", start);
      return;
    }
    add(TokenKind.STRING, start, i + 1, value);
  }

  /** Checks the escape after a backslash as Go's scanner does; returns the index after it, or -1. */
  private int escape(int i, char quote) {
    if (i >= input.length()) {
      return -1;
    }
    char c = input.charAt(i);
    int digits;
    int base = 16;
    switch (c) {
      case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\' -> {
        return i + 1;
      }
      case 'x' -> digits = 2;
      case 'u' -> digits = 4;
      case 'U' -> digits = 8;
      default -> {
        if (c == quote) {
          return i + 1;
        }
        if (c < '0' || c > '7') {
          return -1;
        }
        digits = 3;
        base = 8;
        i--;
      }
    }
    for (int k = 1; k <= digits; k++) {
      if (i + k >= input.length() || Character.digit(input.charAt(i + k), base) < 0) {
        return -1;
      }
    }
    return i + digits + 1;
  }

  /** A Go character literal, which Loki's lexer passes on as an identifier that no rule accepts. */
  private void character(int start) {
    int i = pos + 1;
    int count = 0;
    while (i < input.length() && input.charAt(i) != '\'' && input.charAt(i) != '\n') {
      i += input.charAt(i) == '\\' ? 2 : 1;
      count++;
    }
    if (i >= input.length() || input.charAt(i) != '\'') {
      fail("literal not terminated", start);
      return;
    }
    if (count != 1) {
      fail("invalid char literal", start);
      return;
    }
    add(TokenKind.IDENTIFIER, start, i + 1, input.substring(start, i + 1));
  }

  private void range(int start) {
    int close = input.indexOf(']', pos + 1);
    if (close < 0) {
      fail("missing closing ']' in duration", start);
      return;
    }
    String text = input.substring(pos + 1, close);
    String[] message = new String[1];
    if (Durations.parseProm(text, message) == null) {
      fail(message[0], start);
      return;
    }
    add(TokenKind.RANGE, start, close + 1, text);
  }

  private void identifier(int start) {
    int i = pos + 1;
    while (i < input.length()) {
      char c = input.charAt(i);
      if (c != '_' && !Character.isLetterOrDigit(c)) {
        break;
      }
      i++;
    }
    String text = input.substring(start, i);
    String lower = text.toLowerCase(Locale.ROOT);
    TokenKind function = Functions.FUNCTION_TOKENS.get(lower);
    TokenKind kind;
    if (function != null) {
      kind = isFunction(i) ? function : TokenKind.IDENTIFIER;
    } else {
      kind = KEYWORDS.getOrDefault(lower, TokenKind.IDENTIFIER);
    }
    add(kind, start, i, text);
  }

  /** Loki's {@code isFunction}: a {@code (} follows, or {@code by}/{@code without} and a {@code (}. */
  private boolean isFunction(int i) {
    i = skipSpace(i);
    if (i < input.length() && input.charAt(i) == '(') {
      return true;
    }
    for (String grouping : new String[] {"by", "without"}) {
      if (input.regionMatches(true, i, grouping, 0, grouping.length())) {
        int next = skipSpace(i + grouping.length());
        return next < input.length() && input.charAt(next) == '(';
      }
    }
    return false;
  }

  private int skipSpace(int i) {
    while (i < input.length() && Character.isWhitespace(input.charAt(i))) {
      i++;
    }
    return i;
  }

  private boolean flag(int start) {
    int end = pos + 2;
    while (end < input.length() && (Character.isLetter(input.charAt(end)) || input.charAt(end) == '-')) {
      end++;
    }
    String text = input.substring(start, end);
    if (!text.equals("--strict") && !text.equals("--keep-empty")) {
      return false;
    }
    add(TokenKind.PARSER_FLAG, start, end, text);
    return true;
  }

  private void operator(int start, char c) {
    char next = pos + 1 < input.length() ? input.charAt(pos + 1) : 0;
    TokenKind pair = switch (c) {
      case '!' -> next == '=' ? TokenKind.NEQ : next == '~' ? TokenKind.NRE : next == '>' ? TokenKind.NPA : null;
      case '=' -> next == '~' ? TokenKind.RE : next == '=' ? TokenKind.CMP_EQ : null;
      case '|' -> next == '=' ? TokenKind.PIPE_EXACT : next == '~' ? TokenKind.PIPE_MATCH
          : next == '>' ? TokenKind.PIPE_PATTERN : null;
      case '>' -> next == '=' ? TokenKind.GTE : null;
      case '<' -> next == '=' ? TokenKind.LTE : null;
      default -> null;
    };
    if (pair != null) {
      add(pair, start, start + 2, pair.display());
      return;
    }
    TokenKind single = switch (c) {
      case ',' -> TokenKind.COMMA;
      case '.' -> TokenKind.DOT;
      case '{' -> TokenKind.OPEN_BRACE;
      case '}' -> TokenKind.CLOSE_BRACE;
      case '=' -> TokenKind.EQ;
      case '|' -> TokenKind.PIPE;
      case '(' -> TokenKind.OPEN_PARENTHESIS;
      case ')' -> TokenKind.CLOSE_PARENTHESIS;
      case ']' -> TokenKind.CLOSE_BRACKET;
      case '+' -> TokenKind.ADD;
      case '-' -> TokenKind.SUB;
      case '*' -> TokenKind.MUL;
      case '/' -> TokenKind.DIV;
      case '%' -> TokenKind.MOD;
      case '^' -> TokenKind.POW;
      case '<' -> TokenKind.LT;
      case '>' -> TokenKind.GT;
      default -> null;
    };
    if (single != null) {
      add(single, start, start + 1, single.display());
      return;
    }
    // Loki's lexer hands any other character to the parser as an identifier.
    int end = start + Character.charCount(input.codePointAt(start));
    add(TokenKind.IDENTIFIER, start, end, input.substring(start, end));
  }

  private void add(TokenKind kind, int start, int end, String text) {
    tokens.add(new Token(kind, start, end, text));
    pos = end;
  }

  private void fail(String message, int offset) {
    error = message;
    errorOffset = offset;
  }
}
