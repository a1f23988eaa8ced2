package io.monitoringascode.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GrafanaVariablesTest {
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "rate(x[$__rate_interval]) => rate(x[1m])",
      "rate(x{job=\"$job\"}[$__interval]) => rate(x{job=\"job\"}[1m])",
      "rate(x{job=~\"${job:regex}\"}[5m]) => rate(x{job=~\"job\"}[5m])",
      "sum by ($label) (x) => sum by (label) (x)",
      "topk($n, x) => topk(1, x)",
      "x > $threshold => x > 1",
      "x{job=$job} => x{job=job}",
      "x offset $shift => x offset 5m",
      "x[1h:$step] => x[1h:5m]",
      "$metric{a=\"b\"} => metric{a=\"b\"}",
      "rate(x[[[interval]]]) => rate(x[5m])",
      "increase(x[$__range]) / $__range_s => increase(x[1h]) / 3600",
      "x # cost in $currency => x # cost in $currency",
      "{app=\"$app\"} | line_format \"{{ range $k, $v := .x }}$k{{ end }}\" => {app=\"app\"} | line_format \"{{ range $k, $v := .x }}k{{ end }}\"",
      "label_replace(up{job=\"$job\"}, \"host\", \"$1\", \"instance\", \"(.+)\") => label_replace(up{job=\"job\"}, \"host\", \"$1\", \"instance\", \"(.+)\")",
      "{app=\"$app\"} |= `$search` [$__auto] => {app=\"app\"} |= `search` [1m]",
  })
  void replacesEachVariableByWhatTheLanguageAcceptsThere(String query, String expected) {
    assertThat(GrafanaVariables.substitute(query).text()).isEqualTo(expected);
  }

  @Test
  void leavesAQueryWithoutVariablesAlone() {
    Substitution substitution = GrafanaVariables.substitute("sum(rate(x[5m]))");

    assertThat(substitution.changed()).isFalse();
    assertThat(substitution.text()).isEqualTo("sum(rate(x[5m]))");
    assertThat(substitution.originalOffset(7)).isEqualTo(7);
  }

  @Test
  void mapsOffsetsBackToTheUsersText() {
    String query = "rate(x[$__rate_interval]) + rat(y[5m])";
    Substitution substitution = GrafanaVariables.substitute(query);
    int ratInText = substitution.text().indexOf("rat(y");

    assertThat(substitution.originalOffset(ratInText)).isEqualTo(query.indexOf("rat(y"));
    assertThat(substitution.originalSpan(new Span(7, 9))).isEqualTo(new Span(7, 23));
    assertThat(substitution.originalOffset(substitution.text().length())).isEqualTo(query.length());
  }

  @Test
  void positionsCountLinesAndColumnsFromOne() {
    assertThat(TextPosition.of("a\nbc", 3)).isEqualTo(new TextPosition(2, 2));
    assertThat(TextPosition.of("abc", 0)).hasToString("1:1");
  }
}
