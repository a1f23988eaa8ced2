package io.monitoringascode.grafana.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldConfigTest {
  @Test
  void toJson_everyAttribute_rendersUnderDefaultsAndOverrides() {
    FieldConfig config = FieldConfig.builder().unit("bytes").decimals(1).min(0).max(1.5)
        .thresholds(Thresholds.absolute(ThresholdStep.base("green"), ThresholdStep.from("red", 80)))
        .addMappings(ValueMapping.value("0", "Down", "red"))
        .customSetting("fillOpacity", 10)
        .addOverrides(FieldOverride.byName("errors", Map.of("unit", TextNode.valueOf("short"))))
        .build();

    assertThat(config.toJson().toString()).isEqualTo("{\"defaults\":{\"custom\":{\"fillOpacity\":10},\"decimals\":1,"
        + "\"mappings\":[{\"options\":{\"0\":{\"color\":\"red\",\"index\":0,\"text\":\"Down\"}},\"type\":\"value\"}],"
        + "\"max\":1.5,\"min\":0,\"thresholds\":{\"mode\":\"absolute\",\"steps\":[{\"color\":\"green\",\"value\":null},"
        + "{\"color\":\"red\",\"value\":80}]},\"unit\":\"bytes\"},\"overrides\":[{\"matcher\":{\"id\":\"byName\","
        + "\"options\":\"errors\"},\"properties\":[{\"id\":\"unit\",\"value\":\"short\"}]}]}");
  }

  @Test
  void fromJson_renderedConfig_readsBackEqual() {
    FieldConfig config = FieldConfig.builder().unit("s")
        .thresholds(Thresholds.absolute(ThresholdStep.base("green"), ThresholdStep.from("red", 0.5)))
        .addOverrides(FieldOverride.byName("p95", Map.of("color", TextNode.valueOf("red"))))
        .build();

    assertThat(FieldConfig.fromJson(config.toJson())).isEqualTo(config);
  }
}
