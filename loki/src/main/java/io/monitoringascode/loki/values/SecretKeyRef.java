package io.monitoringascode.loki.values;

import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.monitoringascode.core.lang.ObjectNames;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A key of a Kubernetes Secret in the Loki release's namespace. Renders to {@code valueFrom.secretKeyRef} of an
 * environment variable; the secret's value never appears in the values file.
 */
@Value.Immutable
@ModelStyle
public abstract class SecretKeyRef {
  private static final Pattern SECRET_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

  /**
   * A key of a Secret.
   *
   * @param name the Secret's name, such as {@code loki-s3}
   * @param key the key inside it, such as {@code access-key-id}
   * @return the reference
   * @throws InvalidModelException if the name or key is not valid in Kubernetes
   */
  public static SecretKeyRef of(String name, String key) {
    return ImmutableSecretKeyRef.builder().name(name).key(key).build();
  }

  /**
   * Copies a fabric8 selector.
   *
   * @param selector the selector; not kept
   * @return the reference
   * @throws InvalidModelException if the name or key is missing or invalid, or the selector is {@code optional}
   *     (storage whose credentials may be missing fails at runtime, not at install)
   */
  public static SecretKeyRef from(SecretKeySelector selector) {
    if (Boolean.TRUE.equals(selector.getOptional())) {
      throw new InvalidModelException("Secret reference `" + selector.getName() + "/" + selector.getKey()
          + "` is marked `optional: true`, which storage credentials do not allow.");
    }
    if (selector.getName() == null || selector.getKey() == null) {
      throw new InvalidModelException("A Secret reference needs both `name` and `key`.");
    }
    return of(selector.getName(), selector.getKey());
  }

  /**
   * The Secret's name. Renders to {@code secretKeyRef.name}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The key inside the Secret. Renders to {@code secretKeyRef.key}.
   *
   * @return the key
   */
  public abstract String key();

  /** Validates the name (a DNS subdomain) and the key, as Kubernetes does. */
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

  /** The environment variable that reads this key: {@code {name: <variable>, valueFrom: {secretKeyRef: ...}}}. */
  TreeWriter toEnvVar(String variable) {
    TreeWriter secretKeyRef = new TreeWriter().put("name", name()).put("key", key());
    return new TreeWriter().put("name", variable)
        .putObject("valueFrom", new TreeWriter().putObject("secretKeyRef", secretKeyRef));
  }
}
