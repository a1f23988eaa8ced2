package io.monitoringascode.loki.values;

import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Azure Blob Storage ({@code loki.storage.type: azure}). Renders to {@code loki.storage.azure}. The account key comes
 * only from a Secret, rendered as {@code ${LOKI_AZURE_ACCOUNT_KEY}} (see {@link LokiValues}); or use a managed
 * identity or a federated token instead of a key.
 */
@Value.Immutable
@ModelStyle
public abstract class AzureStorage {
  static final String ACCOUNT_KEY_VARIABLE = "LOKI_AZURE_ACCOUNT_KEY";

  /**
   * Starts an Azure storage.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The storage account. Renders to {@code accountName}.
   *
   * @return the account name
   */
  public abstract Optional<String> accountName();

  /**
   * The account key, from a Secret. Renders to {@code accountKey: ${LOKI_AZURE_ACCOUNT_KEY}}.
   *
   * @return the reference
   */
  public abstract Optional<SecretKeyRef> accountKey();

  /**
   * Authenticates with the pod's managed identity. Renders to {@code useManagedIdentity}; the chart's default is
   * {@code false}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> useManagedIdentity();

  /**
   * Authenticates with a federated token (Azure Workload Identity). Renders to {@code useFederatedToken}; the chart's
   * default is {@code false}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> useFederatedToken();

  /**
   * The client id of a user-assigned identity. Renders to {@code userAssignedId}; unset by default.
   *
   * @return the id
   */
  public abstract Optional<String> userAssignedId();

  /**
   * The endpoint suffix for sovereign clouds. Renders to {@code endpointSuffix}; unset uses the public cloud.
   *
   * @return the suffix, such as {@code blob.core.chinacloudapi.cn}
   */
  public abstract Optional<String> endpointSuffix();

  TreeWriter toTree() {
    return new TreeWriter()
        .put("accountName", accountName())
        .put("accountKey", accountKey().map(ref -> "${" + ACCOUNT_KEY_VARIABLE + "}"))
        .put("useManagedIdentity", useManagedIdentity())
        .put("useFederatedToken", useFederatedToken())
        .put("userAssignedId", userAssignedId())
        .put("endpointSuffix", endpointSuffix());
  }

  /** Builds an {@link AzureStorage}. */
  public static final class Builder extends ImmutableAzureStorage.Builder {}
}
