package io.monitoringascode.loki.logql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LexerTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("{app=\"x\"}", "OPEN_BRACE@0 IDENTIFIER(app)@1 EQ@4 STRING(x)@5 CLOSE_BRACE@8 EOF@9"),
        Arguments.of("|= != |~ !~ |> !>", "PIPE_EXACT@0 NEQ@3 PIPE_MATCH@6 NRE@9 PIPE_PATTERN@12 NPA@15 EOF@17"),
        Arguments.of("`a\\d` \"b\\\"c\"", "STRING(a\\d)@0 STRING(b\"c)@6 EOF@12"),
        Arguments.of("[1h30m] 5m 500ms 1.5s", "RANGE(1h30m)@0 DURATION(5m)@8 DURATION(500ms)@11 DURATION(1.5s)@17 EOF@21"),
        Arguments.of("20MB 1KiB 5 .5 1e3", "BYTES(20MB)@0 BYTES(1KiB)@5 NUMBER(5)@10 NUMBER(.5)@12 NUMBER(1e3)@15 EOF@18"),
        Arguments.of("rate(x) rate SUM by (a)", "RATE@0 OPEN_PARENTHESIS@4 IDENTIFIER(x)@5 CLOSE_PARENTHESIS@6"
            + " IDENTIFIER(rate)@8 SUM@13 BY@17 OPEN_PARENTHESIS@20 IDENTIFIER(a)@21 CLOSE_PARENTHESIS@22 EOF@23"),
        Arguments.of("sum by (a) (x)", "SUM@0 BY@4 OPEN_PARENTHESIS@7 IDENTIFIER(a)@8 CLOSE_PARENTHESIS@9"
            + " OPEN_PARENTHESIS@11 IDENTIFIER(x)@12 CLOSE_PARENTHESIS@13 EOF@14"),
        Arguments.of("| logfmt --strict --keep-empty", "PIPE@0 LOGFMT@2 PARSER_FLAG(--strict)@9"
            + " PARSER_FLAG(--keep-empty)@18 EOF@30"),
        Arguments.of("a # comment\n> -5m", "IDENTIFIER(a)@0 GT@12 DURATION(-5m)@14 EOF@17"),
        Arguments.of("JSON Unwrap bytes(x) bytes", "JSON@0 UNWRAP@5 BYTES_CONV@12 OPEN_PARENTHESIS@17 IDENTIFIER(x)@18"
            + " CLOSE_PARENTHESIS@19 IDENTIFIER(bytes)@21 EOF@26"),
        Arguments.of("== >= <= ! @", "CMP_EQ@0 GTE@3 LTE@6 IDENTIFIER(!)@9 IDENTIFIER(@)@11 EOF@12"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void lex_query_givesLokiTokens(String query, String expected) {
    Lexer.Lexed lexed = Lexer.lex(query);
    assertThat(lexed.error()).isNull();
    assertThat(render(lexed.tokens())).isEqualTo(expected);
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of("{a=\"x", "literal not terminated", 3),
        Arguments.of("{a=\"\\q\"}", "invalid char escape", 3),
        Arguments.of("x[5x]", "not a valid duration string: \"5x\"", 1),
        Arguments.of("x[5m", "missing closing ']' in duration", 1),
        Arguments.of("x[]", "empty duration string", 1),
        Arguments.of("{a='xy'}", "invalid char literal", 3));
  }

  @ParameterizedTest
  @MethodSource("errors")
  void lex_badToken_stopsWithLokiError(String query, String message, int offset) {
    Lexer.Lexed lexed = Lexer.lex(query);
    assertThat(lexed.error()).isEqualTo(message);
    assertThat(lexed.errorOffset()).isEqualTo(offset);
    assertThat(lexed.tokens().get(lexed.tokens().size() - 1).kind()).isEqualTo(TokenKind.EOF);
  }

  @Test
  void lex_singleQuotedCharacter_isAnIdentifierNoRuleTakes() {
    assertThat(render(Lexer.lex("{a='x'}").tokens())).isEqualTo(
        "OPEN_BRACE@0 IDENTIFIER(a)@1 EQ@2 IDENTIFIER('x')@3 CLOSE_BRACE@6 EOF@7");
  }

  private static String render(List<Token> tokens) {
    StringBuilder out = new StringBuilder();
    for (Token token : tokens) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(token.kind());
      boolean valued = switch (token.kind()) {
        case IDENTIFIER, STRING, NUMBER, DURATION, BYTES, RANGE, PARSER_FLAG -> true;
        default -> false;
      };
      if (valued) {
        out.append('(').append(token.text()).append(')');
      }
      out.append('@').append(token.start());
    }
    return out.toString();
  }
}
