package io.monitoringascode.loki.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.monitoringascode.core.value.InvalidModelException;
import org.junit.jupiter.api.Test;

class LokiStorageTest {
  @Test
  void build_twoBackends_throws() {
    assertThatThrownBy(() -> LokiStorage.builder().s3(S3Storage.builder().build())
        .filesystem(FilesystemStorage.builder().build()).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("exactly one");
  }

  @Test
  void build_noBackend_throws() {
    assertThatThrownBy(() -> LokiStorage.builder().build()).isInstanceOf(InvalidModelException.class);
  }

  @Test
  void build_bucketsOnFilesystem_throws() {
    assertThatThrownBy(() -> LokiStorage.builder().chunksBucket("c").filesystem(FilesystemStorage.builder().build())
        .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("bucketNames");
  }

  @Test
  void type_followsBackend() {
    assertThat(LokiStorage.builder().gcs(GcsStorage.builder().build()).build().type()).isEqualTo("gcs");
    assertThat(LokiStorage.filesystem(FilesystemStorage.builder().build()).type()).isEqualTo("filesystem");
  }

  @Test
  void gcs_malformedTimeout_throwsNamingKey() {
    assertThatThrownBy(() -> GcsStorage.builder().requestTimeout("30").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("`requestTimeout`");
  }

  @Test
  void gcs_dayTimeout_throwsAsGoHasNoDays() {
    assertThatThrownBy(() -> GcsStorage.builder().requestTimeout("1d").build())
        .isInstanceOf(InvalidModelException.class);
  }

  @Test
  void gcs_goDuration_accepted() {
    assertThat(GcsStorage.builder().requestTimeout("1m30.5s").build().requestTimeout()).contains("1m30.5s");
  }

  @Test
  void secretKeyRef_fromSelector_copiesNameAndKey() {
    SecretKeySelector selector = new SecretKeySelector("access-key-id", "loki-s3", null);

    assertThat(SecretKeyRef.from(selector)).isEqualTo(SecretKeyRef.of("loki-s3", "access-key-id"));
  }

  @Test
  void secretKeyRef_optionalSelector_throws() {
    assertThatThrownBy(() -> SecretKeyRef.from(new SecretKeySelector("k", "s", true)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("optional");
  }

  @Test
  void secretKeyRef_invalidName_throws() {
    assertThatThrownBy(() -> SecretKeyRef.of("Loki_S3", "key")).isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("`name`");
  }

  @Test
  void schemaPeriod_malformedDate_throws() {
    assertThatThrownBy(() -> SchemaPeriod.builder().from("2024-4-1").store("tsdb").objectStore("s3").schema("v13")
        .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("YYYY-MM-DD");
  }

  @Test
  void lokiConfig_schemaAndTestSchema_throws() {
    assertThatThrownBy(() -> LokiConfig.builder().useTestSchema(true).addSchemaPeriod(SchemaPeriod.builder()
        .from("2024-04-01").store("tsdb").objectStore("s3").schema("v13").build()).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("useTestSchema");
  }

  @Test
  void limits_malformedRetention_throwsNamingKey() {
    assertThatThrownBy(() -> LokiLimits.builder().retentionPeriod("31 days").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("`retention_period`");
  }
}
