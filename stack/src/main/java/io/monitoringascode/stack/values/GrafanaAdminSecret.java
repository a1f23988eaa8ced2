package io.monitoringascode.stack.values;

import io.monitoringascode.core.lang.ObjectNames;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Grafana's admin user and password, read from an existing Secret. Renders to {@code grafana.admin}:
 * {@code existingSecret}, {@code userKey}, {@code passwordKey}. The chart's plaintext {@code adminPassword}
 * ({@code prom-operator} by default) is then ignored; this library offers no way to set it.
 */
@Value.Immutable
@ModelStyle
public abstract class GrafanaAdminSecret {
  /**
   * Starts an admin secret reference.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The Secret's name, in Grafana's namespace. Renders to {@code existingSecret}.
   *
   * @return the name
   */
  public abstract String existingSecret();

  /**
   * The key holding the user name. Renders to {@code userKey}; unset keeps the chart's {@code admin-user}.
   *
   * @return the key
   */
  public abstract Optional<String> userKey();

  /**
   * The key holding the password. Renders to {@code passwordKey}; unset keeps the chart's {@code admin-password}.
   *
   * @return the key
   */
  public abstract Optional<String> passwordKey();

  /** Validates the Secret's name. */
  @Value.Check
  protected void check() {
    if (!ObjectNames.isObjectName(existingSecret())) {
      throw new InvalidModelException("`existingSecret`: `" + existingSecret() + "` is not a Secret name.");
    }
  }

  TreeWriter toTree() {
    return new TreeWriter()
        .put("existingSecret", existingSecret())
        .put("userKey", userKey())
        .put("passwordKey", passwordKey());
  }

  /** Builds a {@link GrafanaAdminSecret}. */
  public static final class Builder extends ImmutableGrafanaAdminSecret.Builder {}
}
