package io.monitoringascode.core.lang;

/**
 * One token of a Go template, as Go's {@code text/template/parse} lexer emits it ({@code item} in {@code lex.go}).
 *
 * @param kind what the token is
 * @param start offset of its first character in the template text
 * @param end offset after its last character
 * @param text its text; for an {@link Kind#ERROR} token, the error message
 */
record GoTemplateToken(Kind kind, int start, int end, String text) {
  /** The token kinds of {@code lex.go}, keywords last. */
  enum Kind {
    ERROR,
    BOOL,
    CHAR,
    CHAR_CONSTANT,
    COMPLEX,
    ASSIGN,
    DECLARE,
    EOF,
    FIELD,
    IDENTIFIER,
    LEFT_DELIM,
    LEFT_PAREN,
    NUMBER,
    PIPE,
    RAW_STRING,
    RIGHT_DELIM,
    RIGHT_PAREN,
    SPACE,
    STRING,
    TEXT,
    VARIABLE,
    // Keywords, in Go's order; printed as <keyword>.
    BLOCK,
    BREAK,
    CONTINUE,
    DOT,
    DEFINE,
    ELSE,
    END,
    IF,
    NIL,
    RANGE,
    TEMPLATE,
    WITH;

    boolean isKeyword() {
      return ordinal() >= BLOCK.ordinal();
    }
  }

  /**
   * The token as Go prints it in "unexpected ..." messages ({@code item.String()}): {@code EOF}, the error text,
   * {@code <end>} for keywords, and otherwise the quoted text, cut after ten characters.
   */
  String describe() {
    if (kind == Kind.EOF) {
      return "EOF";
    }
    if (kind == Kind.ERROR) {
      return text;
    }
    if (kind.isKeyword()) {
      return "<" + text + ">";
    }
    if (text.codePointCount(0, text.length()) > 10) {
      return GoTemplateLiterals.quote(text.substring(0, text.offsetByCodePoints(0, 10))) + "...";
    }
    return GoTemplateLiterals.quote(text);
  }
}
