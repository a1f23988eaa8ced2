package io.monitoringascode.grafana.internal;

/** A JSON value whose shape the model does not describe; the reader keeps it as it is. Not API. */
public final class Unmodelled extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the signal.
   *
   * @param what the member or shape concerned
   */
  public Unmodelled(String what) {
    super(what, null, false, false);
  }
}
