package io.monitoringascode.loki.logql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {
  @ParameterizedTest
  @CsvSource({"5m,5m", "90s,1m30s", "60m,1h", "24h,1d", "7d,1w", "14d,2w", "1y,1y", "90d,90d", "1500ms,1s500ms",
      "0,0s"})
  void prom_range_parsesAndPrintsAsPrometheus(String text, String printed) {
    assertThat(Durations.formatProm(Durations.parseProm(text, new String[1]))).isEqualTo(printed);
  }

  @Test
  void parseProm_invalid_givesPrometheusMessage() {
    String[] error = new String[1];
    assertThat(Durations.parseProm("1.5m", error)).isNull();
    assertThat(error[0]).isEqualTo("not a valid duration string: \"1.5m\"");
    assertThat(Durations.parseProm("5m1h", error)).isNull();
    assertThat(Durations.parseProm("", error)).isNull();
    assertThat(error[0]).isEqualTo("empty duration string");
  }

  @ParameterizedTest
  @CsvSource({"5m,5m0s", "1h,1h0m0s", "90s,1m30s", "250ms,250ms", "1.5s,1.5s", "100us,100µs", "1d,24h0m0s",
      "-5m,-5m0s", "10ns,10ns"})
  void go_duration_parsesAsLokiAndPrintsAsGo(String text, String printed) {
    assertThat(Durations.formatGo(Durations.parseLoki(text))).isEqualTo(printed);
  }

  @Test
  void parseGo_invalid_isNull() {
    assertThat(Durations.parseGo("5x")).isNull();
    assertThat(Durations.parseGo("-")).isNull();
    assertThat(Durations.parseGo("1..5s")).isNull();
    assertThat(Durations.parseGo("0")).isEqualTo(Duration.ZERO);
  }
}
