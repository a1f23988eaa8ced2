package io.monitoringascode.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PromDurationTest {
  static Stream<Arguments> valid() {
    return Stream.of(
        Arguments.of("0", 0L),
        Arguments.of("30s", 30_000L),
        Arguments.of("1h30m", 5_400_000L),
        Arguments.of("1y", 31_536_000_000L),
        Arguments.of("2w3d", 1_468_800_000L),
        Arguments.of("1m30s500ms", 90_500L),
        Arguments.of("0s", 0L));
  }

  @ParameterizedTest
  @MethodSource("valid")
  void parse_validDuration_returnsMillis(String text, long millis) {
    assertThat(PromDuration.parse(text).millis()).isEqualTo(millis);
    assertThat(PromDuration.parse(text).text()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"30", "5 minutes", "", "1.5h", "30m1h", "1h 30m", "-1s", "30S", "1d1d", "99999999999999999999y", "293y", "106752d"})
  void isValid_invalidDuration_isFalse(String text) {
    assertThat(PromDuration.isValid(text)).isFalse();
  }

  @Test
  void parse_bareNumber_failsNamingAttributeAndFix() {
    assertThatThrownBy(() -> PromDuration.parse("interval", "30"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`interval`: Duration `30` is not a Prometheus duration: a bare number has no unit;"
            + " write `30s`.");
  }

  @Test
  void parse_words_failsWithSyntaxHint() {
    assertThatThrownBy(() -> PromDuration.parse("for", "5 minutes"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("`for`: Duration `5 minutes` is not a Prometheus duration; write it as `30s`");
  }

  @Test
  void constructor_millisDisagreeWithText_fails() {
    assertThatThrownBy(() -> new PromDuration("30s", 5))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Duration `30s` is 30000 ms, not 5 ms.");
  }

  @Test
  void diagnose_outOfRange_saysSo() {
    assertThat(PromDuration.isValid("292y")).isTrue();
    assertThat(PromDuration.diagnose("300y"))
        .isEqualTo("Duration `300y` is not a Prometheus duration: it is longer than Prometheus' limit of 292 years");
  }

  @Test
  void isValid_null_isFalse() {
    assertThat(PromDuration.isValid(null)).isFalse();
  }
}
