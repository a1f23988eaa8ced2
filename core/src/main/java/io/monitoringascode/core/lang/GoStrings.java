package io.monitoringascode.core.lang;

/**
 * Go's string literals as PromQL and LogQL read and print them: {@code strconv.Quote} for printing, and the escapes of
 * Go string literals (Prometheus' {@code strutil.Unquote}) for reading.
 */
public final class GoStrings {
  private GoStrings() {}

  /**
   * Quotes text as Go's {@code strconv.Quote} does.
   *
   * @param text the text
   * @return the text in double quotes, with Go's escapes
   */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    out.append('"');
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case 7 -> out.append("\\a");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case 11 -> out.append("\\v");
        default -> {
          if (c >= 0x20 && c < 0x7f) {
            out.append((char) c);
          } else if (c < 0x20 || c == 0x7f) {
            out.append("\\x").append(hex(c, 2));
          } else if (printable(c)) {
            out.appendCodePoint(c);
          } else if (c < 0x10000) {
            out.append("\\u").append(hex(c, 4));
          } else {
            out.append("\\U").append(hex(c, 8));
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Go's {@code unicode.IsPrint} for a non-ASCII code point: letters, marks, numbers, punctuation and symbols. */
  private static boolean printable(int c) {
    switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.SURROGATE, Character.PRIVATE_USE,
          Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> {
        return false;
      }
      default -> {
        return true;
      }
    }
  }

  private static String hex(int value, int digits) {
    String hex = Integer.toHexString(value);
    return "0".repeat(Math.max(0, digits - hex.length())) + hex;
  }

  /**
   * Unquotes a string token as Prometheus' {@code strutil.Unquote} does.
   *
   * @param literal the token with its quotes: double or single quotes with Go escapes, or backticks
   * @return the value, or null when an escape is invalid
   */
  public static String unquote(String literal) {
    char quote = literal.charAt(0);
    String body = literal.substring(1, literal.length() - 1);
    if (quote == '`' || body.indexOf('\\') < 0) {
      return body;
    }
    StringBuilder out = new StringBuilder(body.length());
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i++);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (i >= body.length()) {
        return null;
      }
      char e = body.charAt(i++);
      switch (e) {
        case 'a' -> out.append((char) 7);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'v' -> out.append((char) 11);
        case '\\' -> out.append('\\');
        case '"', '\'' -> {
          // Each quote is escaped only inside its own kind of string, as in Go.
          if (e != quote) {
            return null;
          }
          out.append(e);
        }
        case 'x', 'u', 'U' -> {
          int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          if (i + digits > body.length()) {
            return null;
          }
          int value = 0;
          for (int k = 0; k < digits; k++) {
            int d = Character.digit(body.charAt(i + k), 16);
            if (d < 0) {
              return null;
            }
            value = value * 16 + d;
          }
          i += digits;
          if (e == 'x') {
            // Go appends the byte; the queries we read are text, so a byte above 0x7f stands for its Latin-1 character.
            out.append((char) value);
          } else if (value > Character.MAX_CODE_POINT || (value >= 0xD800 && value <= 0xDFFF)) {
            return null;
          } else {
            out.appendCodePoint(value);
          }
        }
        default -> {
          if (e < '0' || e > '7' || i + 2 > body.length()) {
            return null;
          }
          int value = e - '0';
          for (int k = 0; k < 2; k++) {
            char d = body.charAt(i + k);
            if (d < '0' || d > '7') {
              return null;
            }
            value = value * 8 + d - '0';
          }
          if (value > 255) {
            return null;
          }
          i += 2;
          out.append((char) value);
        }
      }
    }
    return out.toString();
  }
}
