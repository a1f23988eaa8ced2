package io.monitoringascode.alerting.receiver;

import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.monitoringascode.core.lang.ObjectNames;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A key of a Kubernetes Secret in the AlertmanagerConfig's namespace, which the operator reads and copies into the
 * generated Alertmanager configuration. Renders to {@code {name: …, key: …}} wherever the CRD takes a
 * {@code SecretKeySelector}, such as a Slack {@code apiURL}. The secret's value never appears in the model.
 */
@Value.Immutable
@ModelStyle
public abstract class SecretRef {
  private static final Pattern SECRET_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

  /**
   * A key of a Secret.
   *
   * @param name the Secret's name, such as {@code slack-webhook}
   * @param key the key inside it, such as {@code url}
   * @return the reference
   * @throws InvalidModelException if the name or key is not valid in Kubernetes
   */
  public static SecretRef of(String name, String key) {
    return builder().name(name).key(key).build();
  }

  /**
   * Copies a fabric8 selector.
   * Reads only the fields this type models and does not look for others; {@code AlertRouting.from} checks a whole
   * AlertmanagerConfig and refuses what would be dropped.
   *
   * @param selector the selector; not kept
   * @return the reference
   * @throws InvalidModelException if the name or key is missing or invalid, or the selector is marked
   *     {@code optional: true} (a notifier whose secret may be missing would silently send nowhere)
   */
  public static SecretRef from(SecretKeySelector selector) {
    if (Boolean.TRUE.equals(selector.getOptional())) {
      throw new InvalidModelException("Secret reference `" + selector.getName() + "/" + selector.getKey()
          + "` is marked `optional: true`, which this model does not allow for notifier secrets.");
    }
    Builder builder = builder();
    Optional.ofNullable(selector.getName()).ifPresent(builder::name);
    Optional.ofNullable(selector.getKey()).ifPresent(builder::key);
    return builder.build();
  }

  /**
   * Starts a reference.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The key inside the Secret. Renders to {@code key}.
   *
   * @return the key, such as {@code url}
   */
  public abstract String key();

  /**
   * The Secret's name. Renders to {@code name}.
   *
   * @return the name, such as {@code slack-webhook}
   */
  public abstract String name();

  /**
   * Validates the name (a DNS subdomain) and the key, as Kubernetes does.
   *
   * @throws InvalidModelException naming the attribute and the value
   */
  @Value.Check
  protected void check() {
    if (!ObjectNames.isObjectName(name())) {
      throw new InvalidModelException("`name`: `" + name() + "` is not a Secret name (lower-case letters, digits,"
          + " `-` and `.`).");
    }
    if (key().length() > 253 || !SECRET_KEY.matcher(key()).matches()) {
      throw new InvalidModelException("`key`: `" + key() + "` is not a Secret key (letters, digits, `-`, `_`, `.`).");
    }
  }

  /**
   * The reference as the fabric8 model writes it.
   *
   * @return a fresh selector
   */
  public SecretKeySelector toSecretKeySelector() {
    return new SecretKeySelector(key(), name(), null);
  }

  /** Builds a {@link SecretRef}. */
  public static final class Builder extends ImmutableSecretRef.Builder {}
}
