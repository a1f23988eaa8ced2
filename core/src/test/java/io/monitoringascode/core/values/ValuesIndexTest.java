package io.monitoringascode.core.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValuesIndexTest {
  private final ValuesIndex index = TestCharts.INDEX;

  @Test
  void load_testIndex_readsChartAndVersion() {
    assertThat(index.chart()).isEqualTo("test-chart");
    assertThat(index.version()).isEqualTo("1.0.0");
    assertThat(index.size()).isEqualTo(29);
  }

  @Test
  void key_knownPointer_hasTypeDefaultAndFlags() {
    assertThat(index.key("/grafana/replicas")).contains(new ValuesKey("/grafana/replicas", List.of("integer"),
        Optional.of(IntNode.valueOf(1)), false, false, Optional.empty(), false));
    assertThat(index.key("/grafana/podLabels").get().open()).isTrue();
    assertThat(index.key("/grafana/additionalDataSources").get().tpl()).isTrue();
    assertThat(index.key("/prometheus/prometheusSpec").get().crd()).contains("monitoring.coreos.com/v1/Prometheus");
    assertThat(index.key("/prometheus/prometheusSpec/retention").get().crdField()).isTrue();
  }

  @Test
  void key_schemaTypeList_splitsTypes_andAnyHasNone() {
    assertThat(index.key("/grafana/extraConfig").get().types()).containsExactly("object", "null");
    assertThat(index.key("/extraObjects").get().types()).isEmpty();
  }

  @Test
  void key_unknownPointer_isEmpty() {
    assertThat(index.key("/grafana/nope")).isEmpty();
  }

  @Test
  void childNames_parent_listsDirectChildrenOnly() {
    assertThat(index.childNames("/grafana/service")).containsExactly("port");
    assertThat(index.childNames("")).containsExactlyInAnyOrder("alertmanager", "grafana", "prometheus",
        "nodeSelector", "extraObjects");
  }

  @Test
  void pointersNamed_nameInSeveralPlaces_listsEach() {
    assertThat(index.pointersNamed("image")).containsExactlyInAnyOrder("/alertmanager/alertmanagerSpec/image",
        "/grafana/image");
    assertThat(index.pointersNamed("nothing")).isEmpty();
  }

  @Test
  void renamed_deprecatedKey_namesReplacement() {
    assertThat(index.renamed("/grafana/serviceAccount/autoMount").get().to())
        .isEqualTo("/grafana/serviceAccount/automountServiceAccountToken");
    assertThat(index.renamed("/grafana/replicas")).isEmpty();
  }

  @Test
  void load_missingResource_failsNamingIt() {
    assertThatThrownBy(() -> ValuesIndex.load(ValuesIndexTest.class, "absent.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("absent.json");
  }
}
