package io.monitoringascode.loki.values;

import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * Where Loki keeps chunks, indexes and rules. Renders to {@code loki.storage}: {@code type} follows from the one
 * backend that is set ({@code filesystem}, {@code s3}, {@code gcs} or {@code azure}). Object stores need
 * {@code bucketNames}; credentials are only ever references to a Secret (see {@link S3Storage}, {@link AzureStorage}).
 *
 * <pre>{@code
 * LokiStorage.builder()
 *     .chunksBucket("logs-chunks").rulerBucket("logs-ruler")
 *     .s3(S3Storage.builder().region("eu-west-1")
 *         .accessKeyId(SecretKeyRef.of("loki-s3", "access-key-id"))
 *         .secretAccessKey(SecretKeyRef.of("loki-s3", "secret-access-key")).build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class LokiStorage {
  /**
   * Starts a storage.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Filesystem storage.
   *
   * @param filesystem the directories
   * @return the storage
   */
  public static LokiStorage filesystem(FilesystemStorage filesystem) {
    return builder().filesystem(filesystem).build();
  }

  /**
   * The bucket for chunks. Renders to {@code bucketNames.chunks}, which the chart documents (in a comment) and reads
   * for object stores.
   *
   * @return the bucket
   */
  public abstract Optional<String> chunksBucket();

  /**
   * The bucket for the ruler. Renders to {@code bucketNames.ruler}.
   *
   * @return the bucket
   */
  public abstract Optional<String> rulerBucket();

  /**
   * The bucket for the admin API (Grafana Enterprise Logs only). Renders to {@code bucketNames.admin}.
   *
   * @return the bucket
   */
  public abstract Optional<String> adminBucket();

  /**
   * S3 storage. Renders to {@code type: s3} and {@code s3}.
   *
   * @return the S3 settings
   */
  public abstract Optional<S3Storage> s3();

  /**
   * GCS storage. Renders to {@code type: gcs} and {@code gcs}.
   *
   * @return the GCS settings
   */
  public abstract Optional<GcsStorage> gcs();

  /**
   * Azure Blob storage. Renders to {@code type: azure} and {@code azure}.
   *
   * @return the Azure settings
   */
  public abstract Optional<AzureStorage> azure();

  /**
   * Filesystem storage. Renders to {@code type: filesystem} and {@code filesystem}.
   *
   * @return the directories
   */
  public abstract Optional<FilesystemStorage> filesystem();

  /**
   * The storage type the chart reads, from the backend that is set.
   *
   * @return {@code filesystem}, {@code s3}, {@code gcs} or {@code azure}
   */
  @Value.Derived
  public String type() {
    return s3().isPresent() ? "s3" : gcs().isPresent() ? "gcs" : azure().isPresent() ? "azure" : "filesystem";
  }

  /** Requires exactly one backend, and buckets for object stores only. */
  @Value.Check
  protected void check() {
    long backends = Stream.of(s3(), gcs(), azure(), filesystem()).filter(Optional::isPresent).count();
    if (backends != 1) {
      throw new InvalidModelException("`loki.storage`: set exactly one of `filesystem`, `s3`, `gcs` and `azure`, not "
          + backends + ".");
    }
    boolean buckets = chunksBucket().isPresent() || rulerBucket().isPresent() || adminBucket().isPresent();
    if (filesystem().isPresent() && buckets) {
      throw new InvalidModelException("`loki.storage.bucketNames`: filesystem storage has no buckets.");
    }
  }

  /** The Secret keys this storage reads, by the environment variable that carries each, in render order. */
  Map<String, SecretKeyRef> credentials() {
    Map<String, SecretKeyRef> credentials = new LinkedHashMap<>();
    s3().flatMap(S3Storage::accessKeyId).ifPresent(ref -> credentials.put(S3Storage.ACCESS_KEY_ID_VARIABLE, ref));
    s3().flatMap(S3Storage::secretAccessKey)
        .ifPresent(ref -> credentials.put(S3Storage.SECRET_ACCESS_KEY_VARIABLE, ref));
    azure().flatMap(AzureStorage::accountKey).ifPresent(ref -> credentials.put(AzureStorage.ACCOUNT_KEY_VARIABLE, ref));
    return credentials;
  }

  TreeWriter toTree() {
    TreeWriter bucketNames = new TreeWriter()
        .put("chunks", chunksBucket()).put("ruler", rulerBucket()).put("admin", adminBucket());
    return new TreeWriter()
        .putObject("bucketNames", bucketNames)
        .put("type", type())
        .putObject("s3", s3().map(S3Storage::toTree).orElseGet(TreeWriter::new))
        .putObject("gcs", gcs().map(GcsStorage::toTree).orElseGet(TreeWriter::new))
        .putObject("azure", azure().map(AzureStorage::toTree).orElseGet(TreeWriter::new))
        .putObject("filesystem", filesystem().map(FilesystemStorage::toTree).orElseGet(TreeWriter::new));
  }

  /** Builds a {@link LokiStorage}. */
  public static final class Builder extends ImmutableLokiStorage.Builder {}
}
