package io.monitoringascode.prometheus.promql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tokens with their kinds, offsets and texts, as {@code lex_test.go} lists them. */
class LexerTest {
  static List<String> tokens(String input) {
    Lexer lexer = new Lexer(input);
    List<String> tokens = new ArrayList<>();
    for (Token t = lexer.next(); t.kind() != TokenKind.EOF; t = lexer.next()) {
      tokens.add(t.kind() + "@" + t.start() + ":" + t.text());
    }
    return tokens;
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("node:cpu:rate5m", List.of("METRIC_IDENTIFIER@0:node:cpu:rate5m")),
        Arguments.of("rate(x[5m])", List.of("IDENTIFIER@0:rate", "LEFT_PAREN@4:(", "IDENTIFIER@5:x",
            "LEFT_BRACKET@6:[", "DURATION@7:5m", "RIGHT_BRACKET@9:]", "RIGHT_PAREN@10:)")),
        Arguments.of("1 .5 5. 1e3 1E-3 0x1F Inf nan", List.of("NUMBER@0:1", "NUMBER@2:.5", "NUMBER@5:5.",
            "NUMBER@8:1e3", "NUMBER@12:1E-3", "NUMBER@17:0x1F", "NUMBER@22:Inf", "NUMBER@26:nan")),
        Arguments.of("x[1h30m] offset 500ms", List.of("IDENTIFIER@0:x", "LEFT_BRACKET@1:[", "DURATION@2:1h30m",
            "RIGHT_BRACKET@7:]", "OFFSET@9:offset", "DURATION@16:500ms")),
        Arguments.of("x[300]", List.of("IDENTIFIER@0:x", "LEFT_BRACKET@1:[", "NUMBER@2:300", "RIGHT_BRACKET@5:]")),
        Arguments.of("x[1d:1w] @ 1y", List.of("IDENTIFIER@0:x", "LEFT_BRACKET@1:[", "DURATION@2:1d", "COLON@4::",
            "DURATION@5:1w", "RIGHT_BRACKET@7:]", "AT@9:@", "DURATION@11:1y")),
        Arguments.of("a == b != c <= d >= e < f > g", List.of("IDENTIFIER@0:a", "EQLC@2:==", "IDENTIFIER@5:b",
            "NEQ@7:!=", "IDENTIFIER@10:c", "LTE@12:<=", "IDENTIFIER@15:d", "GTE@17:>=", "IDENTIFIER@20:e",
            "LSS@22:<", "IDENTIFIER@24:f", "GTR@26:>", "IDENTIFIER@28:g")),
        Arguments.of("sum BY (on) AND x", List.of("SUM@0:sum", "BY@4:BY", "LEFT_PAREN@7:(", "ON@8:on",
            "RIGHT_PAREN@10:)", "LAND@12:AND", "IDENTIFIER@16:x")),
        Arguments.of("x{on=\"a\",job!~'b',\"my.label\"=~`c`}", List.of("IDENTIFIER@0:x", "LEFT_BRACE@1:{",
            "IDENTIFIER@2:on", "EQL@4:=", "STRING@5:\"a\"", "COMMA@8:,", "IDENTIFIER@9:job", "NEQ_REGEX@12:!~",
            "STRING@14:'b'", "COMMA@17:,", "STRING@18:\"my.label\"", "EQL_REGEX@28:=~", "STRING@30:`c`",
            "RIGHT_BRACE@33:}")),
        Arguments.of("up # a comment\n+ 1", List.of("IDENTIFIER@0:up", "ADD@15:+", "NUMBER@17:1")),
        Arguments.of("\"\\n\\x41\\u00e9\\U0001F600\\101\"", List.of("STRING@0:\"\\n\\x41\\u00e9\\U0001F600\\101\"")),
        Arguments.of("\"a\\qb\"", List.of("ERROR@0:unknown escape sequence U+0071 'q'")),
        Arguments.of("'\\\"'", List.of("ERROR@0:unknown escape sequence U+0022 '\"'")),
        Arguments.of("\"\\ud800\"", List.of("ERROR@0:escape sequence is an invalid Unicode code point")),
        Arguments.of("`raw", List.of("ERROR@0:unterminated raw string")),
        Arguments.of("1up", List.of("ERROR@0:bad number or duration syntax: \"1\"")),
        Arguments.of("x[5mm]", List.of("IDENTIFIER@0:x", "LEFT_BRACKET@1:[",
            "ERROR@2:bad number or duration syntax: \"5mm\"")),
        Arguments.of("(x", List.of("LEFT_PAREN@0:(", "IDENTIFIER@1:x", "ERROR@2:unclosed left parenthesis")),
        Arguments.of("x)", List.of("IDENTIFIER@0:x", "ERROR@2:unexpected right parenthesis ')'")),
        Arguments.of("x[5m:1m:]", List.of("IDENTIFIER@0:x", "LEFT_BRACKET@1:[", "DURATION@2:5m", "COLON@4::",
            "DURATION@5:1m", "ERROR@7:unexpected colon ':'")),
        Arguments.of("a !> b", List.of("IDENTIFIER@0:a", "ERROR@2:unexpected character after '!': '>'")),
        Arguments.of("x{a-b}", List.of("IDENTIFIER@0:x", "LEFT_BRACE@1:{", "IDENTIFIER@2:a",
            "ERROR@3:unexpected character inside braces: '-'")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void lexer_input_givesTokens(String input, List<String> expected) {
    assertThat(tokens(input)).containsExactlyElementsOf(expected);
  }
}
