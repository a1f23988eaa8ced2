package io.monitoringascode.stack.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.core.value.InvalidModelException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusSpecValuesTest {
  private static String yaml(PrometheusSpecValues values) {
    return new String(Canonical.renderYaml(values.toTree().node()), StandardCharsets.UTF_8);
  }

  @Test
  void toTree_productionSettings_rendersCrdKeys() {
    PrometheusSpecValues values = PrometheusSpecValues.builder()
        .retention("15d")
        .retentionSize("45GiB")
        .replicas(2)
        .putExternalLabel("cluster", "prod")
        .serviceMonitorSelectorNilUsesHelmValues(false)
        .resources(new ResourceRequirementsBuilder().addToRequests("memory", new Quantity("2Gi")).build())
        .storageVolumeClaim(new PersistentVolumeClaimSpecBuilder().withStorageClassName("gp3")
            .withAccessModes("ReadWriteOnce").withNewResources().addToRequests("storage", new Quantity("50Gi"))
            .endResources().build())
        .build();

    assertThat(yaml(values)).isEqualTo("""
        externalLabels:
          cluster: prod
        serviceMonitorSelectorNilUsesHelmValues: false
        retention: 15d
        retentionSize: 45GiB
        replicas: 2
        resources:
          requests:
            memory: 2Gi
        storageSpec:
          volumeClaimTemplate:
            spec:
              accessModes:
                - ReadWriteOnce
              resources:
                requests:
                  storage: 50Gi
              storageClassName: gp3
        """);
  }

  @Test
  void selector_callerChangesItsObject_valueUnchanged() {
    LabelSelector selector = new LabelSelectorBuilder().addToMatchLabels("release", "prometheus").build();
    PrometheusSpecValues values = PrometheusSpecValues.builder().serviceMonitorSelector(selector).build();

    selector.getMatchLabels().put("team", "payments");
    values.serviceMonitorSelector().orElseThrow().getMatchLabels().put("other", "x");

    assertThat(values.serviceMonitorSelector().orElseThrow().getMatchLabels())
        .containsExactly(Map.entry("release", "prometheus"));
  }

  @Test
  void storageSpec_readBack_freshFabric8Object() {
    PrometheusSpecValues values = PrometheusSpecValues.builder()
        .storageVolumeClaim(new PersistentVolumeClaimSpecBuilder().withStorageClassName("gp3").build())
        .build();

    assertThat(values.storageSpec().orElseThrow().getVolumeClaimTemplate().getSpec().getStorageClassName())
        .isEqualTo("gp3");
    assertThat(values.storageSpec().orElseThrow()).isNotSameAs(values.storageSpec().orElseThrow());
  }

  @Test
  void equals_sameSelectorContent_equal() {
    PrometheusSpecValues one = PrometheusSpecValues.builder()
        .ruleSelector(new LabelSelectorBuilder().addToMatchLabels("a", "b").build()).build();
    PrometheusSpecValues two = PrometheusSpecValues.builder()
        .ruleSelector(new LabelSelectorBuilder().addToMatchLabels("a", "b").build()).build();

    assertThat(one).isEqualTo(two);
  }

  @Test
  void build_malformedRetention_throwsNamingKey() {
    assertThatThrownBy(() -> PrometheusSpecValues.builder().retention("15 days").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("`retention`");
  }

  @Test
  void build_malformedRetentionSize_throws() {
    assertThatThrownBy(() -> PrometheusSpecValues.builder().retentionSize("45G").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("`retentionSize`");
  }

  @Test
  void build_malformedScrapeInterval_throws() {
    assertThatThrownBy(() -> PrometheusSpecValues.builder().scrapeInterval("30").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("`scrapeInterval`");
  }
}
