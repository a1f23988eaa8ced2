package io.monitoringascode.tools.referencegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ClosedSchemasTest {
  private static final YAMLMapper YAML = new YAMLMapper();

  @Test
  void close_objectWithProperties_injectsAdditionalPropertiesFalse() throws IOException {
    JsonNode closed = ClosedSchemas.close(yaml("""
        type: object
        description: A thing.
        properties:
          spec:
            type: object
            description: Its spec.
            properties:
              interval: {type: string, pattern: '^[0-9]+s$', default: 30s}
        """));

    assertThat(closed.toString()).isEqualTo("{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\","
        + "\"type\":\"object\",\"properties\":{\"spec\":{\"type\":\"object\",\"properties\":{\"interval\":"
        + "{\"type\":\"string\",\"pattern\":\"^[0-9]+s$\"}},\"additionalProperties\":false}},"
        + "\"additionalProperties\":false}");
  }

  @Test
  void close_mapOrPreservedObject_staysOpen() throws IOException {
    JsonNode closed = ClosedSchemas.close(yaml("""
        type: object
        properties:
          labels: {type: object, additionalProperties: {type: string}}
          raw:
            type: object
            x-kubernetes-preserve-unknown-fields: true
            properties:
              known: {type: string}
          routes:
            type: array
            items: {x-kubernetes-preserve-unknown-fields: true}
        """));

    assertThat(closed.at("/properties/labels").toString())
        .isEqualTo("{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}}");
    assertThat(closed.at("/properties/raw").has("additionalProperties")).isFalse();
    assertThat(closed.at("/properties/routes/items").toString()).isEqualTo("{}");
  }

  @Test
  void close_intOrString_becomesTypeUnionWithoutAnyOf() throws IOException {
    JsonNode closed = ClosedSchemas.close(yaml("""
        type: object
        properties:
          port:
            anyOf: [{type: integer}, {type: string}]
            x-kubernetes-int-or-string: true
        """));

    assertThat(closed.at("/properties/port").toString()).isEqualTo("{\"type\":[\"integer\",\"string\"]}");
  }

  @Test
  void close_formatsAndListTypes_keepsOnlyWhatNetworkntAssertsLikeKubernetes() throws IOException {
    JsonNode closed = ClosedSchemas.close(yaml("""
        type: object
        properties:
          replicas: {type: integer, format: int32, minimum: 0}
          since: {type: string, format: date-time}
          names: {type: array, items: {type: string}, x-kubernetes-list-type: set}
          optional: {type: string, nullable: true, enum: [a, b]}
        """));

    assertThat(closed.at("/properties/replicas").toString()).isEqualTo("{\"type\":\"integer\",\"minimum\":0}");
    assertThat(closed.at("/properties/since").toString()).isEqualTo("{\"type\":\"string\",\"format\":\"date-time\"}");
    assertThat(closed.at("/properties/names").toString())
        .isEqualTo("{\"type\":\"array\",\"uniqueItems\":true,\"items\":{\"type\":\"string\"}}");
    assertThat(closed.at("/properties/optional").toString())
        .isEqualTo("{\"type\":[\"string\",\"null\"],\"enum\":[\"a\",\"b\",null]}");
  }

  @Test
  void close_metadata_typesLabelsAndClosesOverObjectMeta() throws IOException {
    JsonNode closed = ClosedSchemas.close(yaml("""
        type: object
        properties:
          metadata: {type: object}
        """));

    assertThat(closed.at("/properties/metadata/additionalProperties").asBoolean(true)).isFalse();
    assertThat(closed.at("/properties/metadata/properties/resourceVersion").isObject()).isTrue();
    assertThat(closed.at("/properties/metadata/properties/labels/additionalProperties/type").asText())
        .isEqualTo("string");
  }

  @Test
  void close_unknownKeyword_failsNamingIt() throws IOException {
    JsonNode schema = yaml("""
        type: object
        properties:
          spec: {type: object, x-kubernetes-new-thing: true}
        """);

    assertThatThrownBy(() -> ClosedSchemas.close(schema))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("`x-kubernetes-new-thing` at `/properties/spec`");
  }

  private static JsonNode yaml(String text) throws IOException {
    return YAML.readTree(text);
  }
}
