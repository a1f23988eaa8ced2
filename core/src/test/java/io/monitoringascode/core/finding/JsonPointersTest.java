package io.monitoringascode.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPointersTest {
  @Test
  void of_keysWithSlashAndTilde_escapesThem() {
    assertThat(JsonPointers.of("metadata", "labels", "app.kubernetes.io/name")).isEqualTo(
        "/metadata/labels/app.kubernetes.io~1name");
    assertThat(JsonPointers.of("a~b")).isEqualTo("/a~0b");
  }

  @Test
  void tokens_escapedPointer_unescapes() {
    assertThat(JsonPointers.tokens("/metadata/labels/app.kubernetes.io~1name/~0x"))
        .containsExactly("metadata", "labels", "app.kubernetes.io/name", "~x");
    assertThat(JsonPointers.tokens("")).isEmpty();
  }

  @Test
  void order_arrayIndices_compareAsNumbers() {
    List<String> pointers = new ArrayList<>(List.of(
        "/spec/groups/0/rules/10", "/spec/groups/0/rules/2", "/spec", "/spec/groups/0/rules/2/expr"));
    pointers.sort(JsonPointers.ORDER);
    assertThat(pointers).containsExactly(
        "/spec", "/spec/groups/0/rules/2", "/spec/groups/0/rules/2/expr", "/spec/groups/0/rules/10");
  }

  @Test
  void child_appendsTokens() {
    assertThat(JsonPointers.child("/spec/endpoints", 0, "interval")).isEqualTo("/spec/endpoints/0/interval");
  }
}
