package io.monitoringascode.prometheus.promql;

import java.util.Locale;

/**
 * Go's string quoting as PromQL uses it: {@code strconv.Quote} for printing, and the escapes of Go string literals
 * (which PromQL's lexer checks) for reading.
 */
final class GoStrings {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private GoStrings() {}

  /** The text in double quotes with Go's escapes, as {@code strconv.Quote} writes it. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case 7 -> out.append("\\a");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case 11 -> out.append("\\v");
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        default -> appendOther(out, c);
      }
    }
    return out.append('"').toString();
  }

  private static void appendOther(StringBuilder out, int c) {
    if (c >= 0x20 && c < 0x7f) {
      out.append((char) c);
    } else if (c < 0x80) {
      out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 15]);
    } else if (isPrintable(c)) {
      out.appendCodePoint(c);
    } else if (c < 0x10000) {
      out.append(String.format(Locale.ROOT, "\\u%04x", c));
    } else {
      out.append(String.format(Locale.ROOT, "\\U%08x", c));
    }
  }

  private static boolean isPrintable(int c) {
    int type = Character.getType(c);
    return Character.isDefined(c) && type != Character.CONTROL && type != Character.FORMAT
        && type != Character.SURROGATE && type != Character.PRIVATE_USE && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR && (type != Character.SPACE_SEPARATOR || c == ' ');
  }

  /**
   * The value of a string token whose escapes the lexer has already checked.
   *
   * @param token the token text with its quotes
   */
  static String unquote(String token) {
    char quote = token.charAt(0);
    if (quote == '`' || token.indexOf('\\') < 0) {
      return token.substring(1, token.length() - 1);
    }
    StringBuilder out = new StringBuilder(token.length());
    int end = token.length() - 1;
    for (int i = 1; i < end; i++) {
      char c = token.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = token.charAt(++i);
      switch (e) {
        case 'a' -> out.append((char) 7);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'v' -> out.append((char) 11);
        case 'x' -> {
          out.appendCodePoint(Integer.parseInt(token, i + 1, i + 3, 16));
          i += 2;
        }
        case 'u' -> {
          out.appendCodePoint(Integer.parseInt(token, i + 1, i + 5, 16));
          i += 4;
        }
        case 'U' -> {
          out.appendCodePoint(Integer.parseInt(token, i + 1, i + 9, 16));
          i += 8;
        }
        default -> {
          if (e >= '0' && e <= '7') {
            out.appendCodePoint(Integer.parseInt(token, i, i + 3, 8));
            i += 2;
          } else {
            out.append(e);
          }
        }
      }
    }
    return out.toString();
  }
}
