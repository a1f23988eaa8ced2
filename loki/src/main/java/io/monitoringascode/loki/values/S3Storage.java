package io.monitoringascode.loki.values;

import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Amazon S3 or an S3-compatible store ({@code loki.storage.type: s3}). Renders to {@code loki.storage.s3}. The keys
 * come only from a Secret: {@link LokiValues} renders them as {@code ${LOKI_S3_ACCESS_KEY_ID}} and
 * {@code ${LOKI_S3_SECRET_ACCESS_KEY}}, adds the two environment variables from the Secret, and turns on
 * {@code -config.expand-env=true}. Without keys, Loki uses the pod's identity (IRSA, instance profile).
 */
@Value.Immutable
@ModelStyle
public abstract class S3Storage {
  static final String ACCESS_KEY_ID_VARIABLE = "LOKI_S3_ACCESS_KEY_ID";
  static final String SECRET_ACCESS_KEY_VARIABLE = "LOKI_S3_SECRET_ACCESS_KEY";

  /**
   * Starts an S3 storage.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The S3 endpoint, for S3-compatible stores such as MinIO. Renders to {@code endpoint}; unset uses AWS.
   *
   * @return the endpoint
   */
  public abstract Optional<String> endpoint();

  /**
   * The AWS region. Renders to {@code region}; unset by default.
   *
   * @return the region, such as {@code eu-west-1}
   */
  public abstract Optional<String> region();

  /**
   * The access key id, from a Secret. Renders to {@code accessKeyId: ${LOKI_S3_ACCESS_KEY_ID}}.
   *
   * @return the reference
   */
  public abstract Optional<SecretKeyRef> accessKeyId();

  /**
   * The secret access key, from a Secret. Renders to {@code secretAccessKey: ${LOKI_S3_SECRET_ACCESS_KEY}}.
   *
   * @return the reference
   */
  public abstract Optional<SecretKeyRef> secretAccessKey();

  /**
   * Path-style addressing, which most S3-compatible stores need. Renders to {@code s3ForcePathStyle}; the chart's
   * default is {@code false}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> s3ForcePathStyle();

  /**
   * Plain HTTP to the endpoint. Renders to {@code insecure}; the chart's default is {@code false}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> insecure();

  TreeWriter toTree() {
    return new TreeWriter()
        .put("endpoint", endpoint())
        .put("region", region())
        .put("accessKeyId", accessKeyId().map(ref -> "${" + ACCESS_KEY_ID_VARIABLE + "}"))
        .put("secretAccessKey", secretAccessKey().map(ref -> "${" + SECRET_ACCESS_KEY_VARIABLE + "}"))
        .put("s3ForcePathStyle", s3ForcePathStyle())
        .put("insecure", insecure());
  }

  /** Builds an {@link S3Storage}. */
  public static final class Builder extends ImmutableS3Storage.Builder {}
}
