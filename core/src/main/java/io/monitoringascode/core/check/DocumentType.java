package io.monitoringascode.core.check;

import java.util.List;

/**
 * A kind of Kubernetes document the library understands: its {@code apiVersion} and {@code kind}, the fabric8 model
 * class it is read into, and the checks that run on it.
 *
 * @param apiVersion such as {@code monitoring.coreos.com/v1}
 * @param kind such as {@code ServiceMonitor}
 * @param modelType the fabric8 class the document is read into for the checks
 * @param checks the checks, in report order
 * @param <T> the model type
 */
public record DocumentType<T>(String apiVersion, String kind, Class<T> modelType, List<Check<T>> checks) {
  /** Copies the check list. */
  public DocumentType {
    checks = List.copyOf(checks);
  }

  /**
   * Tells whether a document is of this type.
   *
   * @param documentApiVersion the document's {@code apiVersion}
   * @param documentKind the document's {@code kind}
   * @return {@code true} if both match
   */
  public boolean matches(String documentApiVersion, String documentKind) {
    return apiVersion.equals(documentApiVersion) && kind.equals(documentKind);
  }
}
