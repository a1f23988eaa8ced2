package io.monitoringascode.stack.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.monitoringascode.core.document.DocumentReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelSelectorTest {
  private static LabelSelector read(String yaml) {
    return LabelSelector.read(DocumentReader.read(yaml).get(0)).orElseThrow();
  }

  @Test
  void read_missingNode_isNil() {
    assertThat(LabelSelector.read(null)).isEmpty();
    assertThat(LabelSelector.read(DocumentReader.read("x: null").get(0).get("x"))).isEmpty();
  }

  @Test
  void emptySelector_matchesEverything() {
    LabelSelector selector = read("{}");
    assertThat(selector.isEmpty()).isTrue();
    assertThat(selector.matches(Map.of())).isTrue();
    assertThat(selector).hasToString("<everything>");
  }

  @Test
  void matchLabelsAndExpressions_areAnded() {
    LabelSelector selector = read("""
        matchLabels: {release: prometheus}
        matchExpressions:
          - {key: team, operator: In, values: [a, b]}
          - {key: tier, operator: NotIn, values: [test]}
          - {key: app, operator: Exists}
          - {key: legacy, operator: DoesNotExist}
        """);
    assertThat(selector.matches(Map.of("release", "prometheus", "team", "a", "app", "x"))).isTrue();
    assertThat(selector.matches(Map.of("release", "prometheus", "team", "a", "app", "x", "tier", "test"))).isFalse();
    assertThat(selector.failedBy(Map.of("release", "other", "app", "x", "legacy", "y")))
        .containsExactly("release=prometheus", "team in (a,b)", "!legacy");
    assertThat(selector).hasToString("release=prometheus,team in (a,b),tier notin (test),app,!legacy");
  }

  @Test
  void unknownOperator_matchesNothing() {
    assertThat(read("matchExpressions: [{key: a, operator: Equals, values: [x]}]").matches(Map.of("a", "x"))).isFalse();
  }

  @Test
  void parts_cannotBeChanged() {
    LabelSelector selector = read("matchLabels: {release: prometheus}");

    assertThatThrownBy(() -> selector.matchLabels().put("team", "a"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> selector.failedBy(Map.of()).add("x")).isInstanceOf(UnsupportedOperationException.class);
  }
}
