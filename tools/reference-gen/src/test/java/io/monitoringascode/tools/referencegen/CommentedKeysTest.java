package io.monitoringascode.tools.referencegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentedKeysTest {
  @Test
  void of_commentedKeyAtMapIndentation_isFound() {
    assertThat(CommentedKeys.of("""
        alertmanager:
          ingress:
            enabled: false
            ## For Kubernetes >= 1.18 you should specify the pathType
            # pathType: ImplementationSpecific
          # extraSecret:
          #   name: x
        """, "")).containsExactly("/alertmanager/extraSecret", "/alertmanager/ingress/pathType");
  }

  @Test
  void of_proseListsAndBlockScalars_areNotKeys() {
    assertThat(CommentedKeys.of("""
        rules:
          # Note: prose, capitalised
          - name: a
            # inside: a list item
        config: |
          # not: a key of config
        """, "/grafana")).isEmpty();
  }

  @Test
  void of_prefix_isPrepended() {
    assertThat(CommentedKeys.of("service:\n  # port: 80\n", "/grafana")).containsExactly("/grafana/service/port");
  }
}
