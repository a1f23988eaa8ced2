package io.monitoringascode.stack.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.document.DocumentReader;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateTruthTest {
  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of("true", true), Arguments.of("false", false),
        Arguments.of("1", true), Arguments.of("0", false), Arguments.of("0.0", false),
        Arguments.of("\"no\"", true), Arguments.of("\"\"", false),
        Arguments.of("null", false),
        Arguments.of("{a: 1}", true), Arguments.of("{}", false),
        Arguments.of("[x]", true), Arguments.of("[]", false));
  }

  @ParameterizedTest
  @MethodSource("values")
  void isTrue_value_goTemplateTruth(String yaml, boolean expected) {
    JsonNode value = DocumentReader.read("key: " + yaml).get(0).path("key");

    assertThat(TemplateTruth.isTrue(value, !expected)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void isTrue_missingKey_takesChartDefault(boolean chartDefault) {
    JsonNode missing = DocumentReader.read("other: 1").get(0).path("key");

    assertThat(TemplateTruth.isTrue(missing, chartDefault)).isEqualTo(chartDefault);
  }
}
