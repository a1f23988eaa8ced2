package io.monitoringascode.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GoStringsTest {
  static Stream<Arguments> quotes() {
    return Stream.of(
        Arguments.of("plain", "\"plain\""),
        Arguments.of("a\"b\\c", "\"a\\\"b\\\\c\""),
        Arguments.of("\t\n\r\u0007\u000b\u0001\u007f", "\"\\t\\n\\r\\a\\v\\x01\\x7f\""),
        Arguments.of("é😀", "\"é😀\""),
        Arguments.of("\u00a0\u200b", "\"\\u00a0\\u200b\""));
  }

  @ParameterizedTest
  @MethodSource("quotes")
  void quote_text_asGoStrconvQuote(String text, String quoted) {
    assertThat(GoStrings.quote(text)).isEqualTo(quoted);
  }

  @Test
  void unquote_goEscapes_decodes() {
    assertThat(GoStrings.unquote("\"a\\tb\\x41\\u00e9\\101\\\"\"")).isEqualTo("a\tbAéA\"");
    assertThat(GoStrings.unquote("`a\\d`")).isEqualTo("a\\d");
    assertThat(GoStrings.unquote("\"\\400\"")).isNull();
    assertThat(GoStrings.unquote("\"\\uD800\"")).isNull();
    assertThat(GoStrings.unquote("'it\\'s'")).isEqualTo("it's");
    assertThat(GoStrings.unquote("\"it\\'s\"")).isNull();
  }
}
