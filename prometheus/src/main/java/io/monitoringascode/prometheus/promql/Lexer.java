package io.monitoringascode.prometheus.promql;

import io.monitoringascode.core.lang.GoStrings;
import java.util.Locale;

/**
 * Splits a PromQL expression into tokens, one at a time, with the states of Prometheus' {@code lex.go}: inside braces
 * keywords are plain label names, inside brackets only durations, numbers and one colon are allowed, and an unclosed
 * parenthesis or bracket is reported at the end of the input. The lexer never throws: a problem becomes an
 * {@link TokenKind#ERROR} token whose text is Prometheus' message, after which only {@link TokenKind#EOF} follows.
 */
final class Lexer {
  private final String input;
  private final int length;
  private int pos;
  private int parenDepth;
  private boolean braceOpen;
  private boolean bracketOpen;
  private boolean gotColon;
  private boolean done;

  Lexer(String input) {
    this.input = input;
    this.length = input.length();
  }

  /** The next token; {@link TokenKind#EOF} forever after the end or an error. */
  Token next() {
    if (done) {
      return new Token(TokenKind.EOF, length, length, "");
    }
    Token token = scan();
    if (token.kind() == TokenKind.ERROR || token.kind() == TokenKind.EOF) {
      done = true;
    }
    return token;
  }

  private Token scan() {
    while (true) {
      if (braceOpen) {
        Token token = scanInsideBraces();
        if (token != null) {
          return token;
        }
        continue;
      }
      if (pos >= length) {
        if (parenDepth != 0) {
          return error(pos, "unclosed left parenthesis");
        }
        if (bracketOpen) {
          return error(pos, "unclosed left bracket");
        }
        return new Token(TokenKind.EOF, pos, pos, "");
      }
      int start = pos;
      char c = input.charAt(pos++);
      switch (c) {
        case '#':
          skipComment();
          continue;
        case ' ', '\t', '\n', '\r':
          continue;
        case ',':
          return token(TokenKind.COMMA, start);
        case '*':
          return token(TokenKind.MUL, start);
        case '/':
          return token(TokenKind.DIV, start);
        case '%':
          return token(TokenKind.MOD, start);
        case '+':
          return token(TokenKind.ADD, start);
        case '-':
          return token(TokenKind.SUB, start);
        case '^':
          return token(TokenKind.POW, start);
        case '@':
          return token(TokenKind.AT, start);
        case '=':
          if (peek() == '=') {
            pos++;
            return token(TokenKind.EQLC, start);
          }
          if (peek() == '~') {
            return error(start, "unexpected character after '=': " + quoteRune(peek()));
          }
          return token(TokenKind.EQL, start);
        case '!':
          int after = peek();
          pos = Math.min(pos + 1, length);
          if (after != '=') {
            return error(start, "unexpected character after '!': " + quoteRune(after));
          }
          return token(TokenKind.NEQ, start);
        case '<':
          if (peek() == '=') {
            pos++;
            return token(TokenKind.LTE, start);
          }
          return token(TokenKind.LSS, start);
        case '>':
          if (peek() == '=') {
            pos++;
            return token(TokenKind.GTE, start);
          }
          return token(TokenKind.GTR, start);
        case '"', '\'':
          return scanString(start, c);
        case '`':
          return scanRawString(start);
        case '(':
          parenDepth++;
          return token(TokenKind.LEFT_PAREN, start);
        case ')':
          parenDepth--;
          if (parenDepth < 0) {
            return error(pos, "unexpected right parenthesis ')'");
          }
          return token(TokenKind.RIGHT_PAREN, start);
        case '{':
          braceOpen = true;
          return token(TokenKind.LEFT_BRACE, start);
        case '[':
          if (bracketOpen) {
            return error(start, "unexpected left bracket '['");
          }
          gotColon = false;
          bracketOpen = true;
          return token(TokenKind.LEFT_BRACKET, start);
        case ']':
          if (!bracketOpen) {
            return error(start, "unexpected right bracket ']'");
          }
          bracketOpen = false;
          return token(TokenKind.RIGHT_BRACKET, start);
        case ':':
          if (bracketOpen) {
            if (gotColon) {
              return error(start, "unexpected colon ':'");
            }
            gotColon = true;
            return token(TokenKind.COLON, start);
          }
          return scanWord(start);
        default:
          if (isDigit(c) || c == '.' && isDigit(peek())) {
            return scanNumberOrDuration(start);
          }
          if (isAlpha(c)) {
            // Inside brackets a word can only be a malformed duration; Prometheus reports it when parsing it.
            return bracketOpen ? scanBracketWord(start) : scanWord(start);
          }
          return error(start, "unexpected character: " + quoteRune(c));
      }
    }
  }

  /** The next token inside {@code {…}}, or {@code null} after skipping a space or comment. */
  private Token scanInsideBraces() {
    if (pos >= length) {
      return error(pos, "unexpected end of input inside braces");
    }
    int start = pos;
    char c = input.charAt(pos++);
    switch (c) {
      case '#':
        skipComment();
        return null;
      case ' ', '\t', '\n', '\r':
        return null;
      case ',':
        return token(TokenKind.COMMA, start);
      case '"', '\'':
        return scanString(start, c);
      case '`':
        return scanRawString(start);
      case '=':
        if (peek() == '~') {
          pos++;
          return token(TokenKind.EQL_REGEX, start);
        }
        return token(TokenKind.EQL, start);
      case '!':
        int after = peek();
        pos = Math.min(pos + 1, length);
        if (after == '~') {
          return token(TokenKind.NEQ_REGEX, start);
        }
        if (after == '=') {
          return token(TokenKind.NEQ, start);
        }
        return error(start, "unexpected character after '!' inside braces: " + quoteRune(after));
      case '{':
        return error(start, "unexpected left brace '{'");
      case '}':
        braceOpen = false;
        return token(TokenKind.RIGHT_BRACE, start);
      default:
        if (isAlpha(c)) {
          while (pos < length && isAlphaNumeric(input.charAt(pos))) {
            pos++;
          }
          return new Token(TokenKind.IDENTIFIER, start, pos, input.substring(start, pos));
        }
        return error(start, "unexpected character inside braces: " + quoteRune(c));
    }
  }

  private void skipComment() {
    while (pos < length && input.charAt(pos) != '\n' && input.charAt(pos) != '\r') {
      pos++;
    }
  }

  private Token scanWord(int start) {
    boolean colon = input.charAt(start) == ':';
    while (pos < length) {
      char c = input.charAt(pos);
      if (c == ':') {
        colon = true;
      } else if (!isAlphaNumeric(c)) {
        break;
      }
      pos++;
    }
    String word = input.substring(start, pos);
    TokenKind keyword = TokenKind.word(word);
    if (keyword != null) {
      return new Token(keyword, start, pos, word);
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.equals("inf") || lower.equals("nan")) {
      return new Token(TokenKind.NUMBER, start, pos, word);
    }
    return new Token(colon ? TokenKind.METRIC_IDENTIFIER : TokenKind.IDENTIFIER, start, pos, word);
  }

  private Token scanBracketWord(int start) {
    while (pos < length && isAlphaNumeric(input.charAt(pos))) {
      pos++;
    }
    return new Token(TokenKind.DURATION, start, pos, input.substring(start, pos));
  }

  private Token scanNumberOrDuration(int start) {
    pos = start;
    if (scanNumber()) {
      return new Token(TokenKind.NUMBER, start, pos, input.substring(start, pos));
    }
    if (scanRemainingDuration()) {
      return new Token(TokenKind.DURATION, start, pos, input.substring(start, pos));
    }
    return error(start, "bad number or duration syntax: " + GoStrings.quote(input.substring(start, pos)));
  }

  /** Prometheus' {@code scanNumber}: digits (hex after {@code 0x}), an optional fraction and exponent. */
  private boolean scanNumber() {
    boolean hex = false;
    if (accept('0') && (accept('x') || accept('X'))) {
      hex = true;
    }
    acceptDigits(hex);
    if (accept('.')) {
      acceptDigits(hex);
    }
    if (accept('e') || accept('E')) {
      if (!accept('+')) {
        accept('-');
      }
      acceptDigits(false);
    }
    return pos >= length || !isAlphaNumeric(input.charAt(pos));
  }

  /** The unit part of a duration after its first number: {@code acceptRemainingDuration} in {@code lex.go}. */
  private boolean scanRemainingDuration() {
    if (!acceptAny("smhdwy")) {
      return false;
    }
    accept('s');
    while (pos < length && isDigit(input.charAt(pos))) {
      acceptDigits(false);
      if (!acceptAny("smhdw")) {
        return false;
      }
      accept('s');
    }
    if (pos < length && isAlphaNumeric(input.charAt(pos))) {
      pos++;
      return false;
    }
    return true;
  }

  private Token scanString(int start, char quote) {
    while (true) {
      if (pos >= length) {
        return error(start, "unterminated quoted string");
      }
      char c = input.charAt(pos++);
      if (c == '\\') {
        String problem = escapeProblem(quote);
        if (problem != null) {
          return error(start, problem);
        }
      } else if (c == '\n') {
        return error(start, "unterminated quoted string");
      } else if (c == quote) {
        return new Token(TokenKind.STRING, start, pos, input.substring(start, pos));
      }
    }
  }

  /** Checks one escape sequence after its backslash, as Go's scanner does; the message, or null when valid. */
  private String escapeProblem(char quote) {
    if (pos >= length) {
      return "escape sequence not terminated";
    }
    char c = input.charAt(pos++);
    int digits;
    int base;
    int max;
    switch (c) {
      case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\':
        return null;
      case '0', '1', '2', '3', '4', '5', '6', '7':
        pos--;
        digits = 3;
        base = 8;
        max = 255;
        break;
      case 'x':
        digits = 2;
        base = 16;
        max = 255;
        break;
      case 'u':
        digits = 4;
        base = 16;
        max = Character.MAX_CODE_POINT;
        break;
      case 'U':
        digits = 8;
        base = 16;
        max = Character.MAX_CODE_POINT;
        break;
      default:
        if (c == quote) {
          return null;
        }
        return "unknown escape sequence " + unicodeName(input.codePointAt(pos - 1));
    }
    long value = 0;
    for (int i = 0; i < digits; i++) {
      if (pos >= length) {
        return "escape sequence not terminated";
      }
      char d = input.charAt(pos);
      int digit = Character.digit(d, base);
      if (digit < 0 || d > 'f') {
        return "illegal character " + unicodeName(input.codePointAt(pos)) + " in escape sequence";
      }
      value = value * base + digit;
      pos++;
    }
    if (value > max || value >= 0xD800 && value < 0xE000) {
      return "escape sequence is an invalid Unicode code point";
    }
    return null;
  }

  private Token scanRawString(int start) {
    int close = input.indexOf('`', pos);
    if (close < 0) {
      pos = length;
      return error(start, "unterminated raw string");
    }
    pos = close + 1;
    return new Token(TokenKind.STRING, start, pos, input.substring(start, pos));
  }

  private Token token(TokenKind kind, int start) {
    return new Token(kind, start, pos, kind.text);
  }

  private Token error(int at, String message) {
    return new Token(TokenKind.ERROR, at, Math.max(at, Math.min(pos, length)), message);
  }

  private int peek() {
    return pos < length ? input.charAt(pos) : -1;
  }

  private boolean accept(char c) {
    if (pos < length && input.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private boolean acceptAny(String chars) {
    if (pos < length && chars.indexOf(input.charAt(pos)) >= 0) {
      pos++;
      return true;
    }
    return false;
  }

  private void acceptDigits(boolean hex) {
    while (pos < length && (isDigit(input.charAt(pos)) || hex && Character.digit(input.charAt(pos), 16) >= 0
        && input.charAt(pos) < 'g')) {
      pos++;
    }
  }

  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAlpha(int c) {
    return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  static boolean isAlphaNumeric(int c) {
    return isAlpha(c) || isDigit(c);
  }

  /** A character as Go's {@code %q} prints a rune, the end of input as the replacement character. */
  private static String quoteRune(int c) {
    if (c < 0) {
      return "'\uFFFD'";
    }
    if (c == '\'') {
      return "'\\''";
    }
    String quoted = GoStrings.quote(new String(Character.toChars(c)));
    return "'" + quoted.substring(1, quoted.length() - 1).replace("\\\"", "\"") + "'";
  }

  /** A character as Go's {@code %#U} prints it: {@code U+0071 'q'}. */
  private static String unicodeName(int c) {
    return String.format(Locale.ROOT, "U+%04X '%s'", c, new String(Character.toChars(c)));
  }
}
