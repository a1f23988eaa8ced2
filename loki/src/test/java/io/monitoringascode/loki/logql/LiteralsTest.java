package io.monitoringascode.loki.logql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiteralsTest {
  @ParameterizedTest
  @CsvSource({"3.14,3.14", "-1,-1", "1000000,1e+06", "123456,123456", "1234567,1.234567e+06", "0.0001,0.0001",
      "0.00001,1e-05", "1e21,1e+21", "0,0"})
  void formatShortest_number_asGoSprint(double value, String printed) {
    assertThat(Literals.formatShortest(value)).isEqualTo(printed);
  }

  @Test
  void formatShortest_specialValues_asGo() {
    assertThat(Literals.formatShortest(Double.NaN)).isEqualTo("NaN");
    assertThat(Literals.formatShortest(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
    assertThat(Literals.formatShortest(-0.0)).isEqualTo("-0");
  }

  @ParameterizedTest
  @CsvSource({"1000,1000", "0.5,0.5", "1e21,1000000000000000000000", "-2.5,-2.5"})
  void formatPlain_number_asGoFormatFloatF(double value, String printed) {
    assertThat(Literals.formatPlain(value)).isEqualTo(printed);
  }

  @ParameterizedTest
  @CsvSource({"0,0.000000", "1,1.000000", "-2.5,-2.500000", "0.1234565,0.123456"})
  void formatSixDecimals_number_asGoPercentF(double value, String printed) {
    assertThat(Literals.formatSixDecimals(value)).isEqualTo(printed);
  }

  @ParameterizedTest
  @CsvSource({"20MB,20000000,20MB", "2MB,2000000,2.0MB", "100KB,100000,100kB", "1KiB,1024,1.0kB", "512B,512,512B",
      "5B,5,5B", "1.5GB,1500000000,1.5GB", "10k,10000,10kB"})
  void bytes_sizes_parseAndPrintAsGoHumanize(String text, long bytes, String printed) {
    assertThat(Literals.parseBytes(text)).isEqualTo(bytes);
    assertThat(Literals.formatBytes(bytes)).isEqualTo(printed);
  }

  @Test
  void parseNumber_goSyntax_acceptsDecimalsOnly() {
    assertThat(Literals.parseNumber(".5")).isEqualTo(0.5);
    assertThat(Literals.parseNumber("1e3")).isEqualTo(1000.0);
    assertThat(Literals.parseNumber("1_000")).isNull();
    assertThat(Literals.parseNumber("0x1F")).isNull();
    assertThat(Literals.parseInteger("5")).isEqualTo(5);
    assertThat(Literals.parseInteger("2.5")).isNull();
  }
}
