package io.monitoringascode.core.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.monitoringascode.core.lang.TemplateLabels.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateLabelsTest {
  @Test
  void templateLabels_readsEveryReferenceForm() {
    assertThat(TemplateLabels.of("{{ $labels.a }} {{ .Labels.b }} {{- index $labels \"c\" -}} {{ \"$labels.d\" }}"
        + " {{/* $labels.e */}} {{ $externalLabels.f }} {{ range .Alerts }}{{ .Labels.g }}{{ end }}"))
        .extracting(Reference::label).containsExactly("a", "b", "c");
  }

  @Test
  void templateLabels_spansAndOrder_followTheText() {
    String text = "Pod {{ .Labels.b | or $labels.a }} in {{ $labels.ns }} ({{ $labels.c | printf \"%s\" }})";

    assertThat(TemplateLabels.of(text)).extracting(Reference::label, reference -> text.substring(
            reference.span().start(), reference.span().end()))
        .containsExactly(tuple("b", ".Labels.b"), tuple("a", "$labels.a"), tuple("ns", "$labels.ns"),
            tuple("c", "$labels.c"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{{ $labels := .Labels }}{{ $labels.x }}", "{{ define \"t\" }}{{ .Labels.x }}{{ end }}"})
  void templateLabels_reassignedOrDefined_givesNone(String text) {
    assertThat(TemplateLabels.of(text)).isEmpty();
  }
}
