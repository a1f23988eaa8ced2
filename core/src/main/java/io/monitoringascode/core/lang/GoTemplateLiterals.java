package io.monitoringascode.core.lang;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Go's literal syntax as a template's parser checks it: numbers ({@code strconv.ParseInt}, {@code ParseUint},
 * {@code ParseFloat} with base prefixes and digit separators), character constants and interpreted strings
 * ({@code strconv.UnquoteChar}), and Go's {@code %q} quoting for messages.
 */
final class GoTemplateLiterals {
  private static final Pattern DECIMAL_FLOAT =
      Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
  private static final Pattern HEX_FLOAT =
      Pattern.compile("[+-]?0[xX](?:[0-9a-fA-F]+\\.?[0-9a-fA-F]*|\\.[0-9a-fA-F]+)[pP][+-]?[0-9]+");
  private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
  private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private GoTemplateLiterals() {}

  /** Quotes text as Go's {@code %q} does for the characters a template can hold. */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    text.codePoints().forEach(c -> {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        case '\r' -> quoted.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7F) {
            quoted.append(String.format(java.util.Locale.ROOT, "\\x%02x", c));
          } else {
            quoted.appendCodePoint(c);
          }
        }
      }
    });
    return quoted.append('"').toString();
  }

  /**
   * Checks a number token as {@code parse.Tree.newNumber} does.
   *
   * @return Go's error message, or empty when the number is valid
   */
  static Optional<String> checkNumber(String text) {
    if (text.endsWith("i") && parsesAsFloat(text.substring(0, text.length() - 1))) {
      return Optional.empty();
    }
    if (parsesAsInteger(text)) {
      return Optional.empty();
    }
    if (parsesAsFloat(text)) {
      // A float that looks like an integer is an integer too large to fit in 64 bits.
      return text.chars().anyMatch(c -> ".eEpP".indexOf(c) >= 0)
          ? Optional.empty() : Optional.of("integer overflow: " + quote(text));
    }
    return Optional.of("illegal number syntax: " + quote(text));
  }

  /**
   * Checks a complex constant such as {@code 1+2i}.
   *
   * @return the error message, or empty when valid
   */
  static Optional<String> checkComplex(String text) {
    for (int i = text.length() - 2; i > 0; i--) {
      char c = text.charAt(i);
      char before = Character.toLowerCase(text.charAt(i - 1));
      if ((c == '+' || c == '-') && before != 'e' && before != 'p') {
        String real = text.substring(0, i);
        String imaginary = text.substring(i, text.length() - 1);
        return parsesAsFloat(real) && parsesAsFloat(imaginary)
            ? Optional.empty() : Optional.of("illegal number syntax: " + quote(text));
      }
    }
    return Optional.of("illegal number syntax: " + quote(text));
  }

  /**
   * Checks a character constant such as {@code 'a'} or {@code '\n'}.
   *
   * @return the error message, or empty when valid
   */
  static Optional<String> checkCharConstant(String text) {
    int end = unquoteChar(text, 1, '\'');
    if (end < 0 || end != text.length() - 1) {
      return Optional.of("malformed character constant: " + text);
    }
    return Optional.empty();
  }

  /**
   * Checks an interpreted string literal, quotes included, as {@code strconv.Unquote} does.
   *
   * @return the error message, or empty when valid
   */
  static Optional<String> checkString(String text) {
    int at = 1;
    int end = text.length() - 1;
    while (at < end) {
      at = unquoteChar(text, at, '"');
      if (at < 0 || at > end) {
        return Optional.of("invalid syntax in string " + text);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads one possibly escaped character as {@code strconv.UnquoteChar}.
   *
   * @return the offset after it, or -1 when it is malformed
   */
  private static int unquoteChar(String s, int at, char quote) {
    if (at >= s.length()) {
      return -1;
    }
    char c = s.charAt(at);
    if (c == quote) {
      return -1;
    }
    if (c != '\\') {
      return at + Character.charCount(s.codePointAt(at));
    }
    if (at + 1 >= s.length()) {
      return -1;
    }
    char kind = s.charAt(at + 1);
    int rest = at + 2;
    switch (kind) {
      case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\':
        return rest;
      case '\'', '"':
        return kind == quote ? rest : -1;
      case 'x':
        return hexDigits(s, rest, 2) ? rest + 2 : -1;
      case 'u', 'U': {
        int n = kind == 'u' ? 4 : 8;
        if (!hexDigits(s, rest, n)) {
          return -1;
        }
        long value = Long.parseLong(s.substring(rest, rest + n), 16);
        boolean validRune = value <= Character.MAX_CODE_POINT && (value < 0xD800 || value > 0xDFFF);
        return validRune ? rest + n : -1;
      }
      case '0', '1', '2', '3', '4', '5', '6', '7': {
        if (at + 4 > s.length()) {
          return -1;
        }
        String digits = s.substring(at + 1, at + 4);
        if (!digits.chars().allMatch(d -> d >= '0' && d <= '7') || Integer.parseInt(digits, 8) > 255) {
          return -1;
        }
        return at + 4;
      }
      default:
        return -1;
    }
  }

  private static boolean hexDigits(String s, int at, int n) {
    if (at + n > s.length()) {
      return false;
    }
    for (int i = at; i < at + n; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean parsesAsInteger(String text) {
    if (!underscoresOk(text)) {
      return false;
    }
    String s = text.replace("_", "");
    boolean negative = s.startsWith("-");
    if (s.startsWith("-") || s.startsWith("+")) {
      s = s.substring(1);
    }
    int radix = 10;
    if (s.length() >= 2 && s.charAt(0) == '0') {
      char prefix = Character.toLowerCase(s.charAt(1));
      if (prefix == 'x' || prefix == 'o' || prefix == 'b') {
        radix = prefix == 'x' ? 16 : prefix == 'o' ? 8 : 2;
        s = s.substring(2);
      } else {
        radix = 8;
        s = s.substring(1);
      }
    }
    if (s.isEmpty() || s.startsWith("-") || s.startsWith("+")) {
      return false;
    }
    BigInteger value;
    try {
      value = new BigInteger(s, radix);
    } catch (NumberFormatException e) {
      return false;
    }
    if (negative) {
      value = value.negate();
    }
    boolean fitsUnsigned = !text.startsWith("-") && !text.startsWith("+") && value.compareTo(UINT64_MAX) <= 0;
    boolean fitsSigned = value.compareTo(INT64_MIN) >= 0 && value.compareTo(INT64_MAX) <= 0;
    return fitsUnsigned || fitsSigned;
  }

  private static boolean parsesAsFloat(String text) {
    if (!underscoresOk(text)) {
      return false;
    }
    String s = text.replace("_", "");
    if (!DECIMAL_FLOAT.matcher(s).matches() && !HEX_FLOAT.matcher(s).matches()) {
      return false;
    }
    try {
      return !Double.isInfinite(Double.parseDouble(s));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Underscores may only separate digits, or a base prefix from a digit (Go's {@code underscoreOK}). */
  private static boolean underscoresOk(String text) {
    String s = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
    char saw = '^';
    int i = 0;
    boolean hex = false;
    if (s.length() >= 2 && s.charAt(0) == '0' && "boxBOX".indexOf(s.charAt(1)) >= 0) {
      i = 2;
      saw = '0';
      hex = Character.toLowerCase(s.charAt(1)) == 'x';
    }
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '0' && c <= '9') || (hex && Character.digit(c, 16) >= 0)) {
        saw = '0';
        continue;
      }
      if (c == '_') {
        if (saw != '0') {
          return false;
        }
        saw = '_';
        continue;
      }
      if (saw == '_') {
        return false;
      }
      saw = '!';
    }
    return saw != '_';
  }
}
