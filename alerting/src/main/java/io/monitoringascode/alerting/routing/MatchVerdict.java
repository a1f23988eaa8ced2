package io.monitoringascode.alerting.routing;

/**
 * Whether a matcher or a route accepts a {@link PartialAlert}: certainly, certainly not, or it depends on label values
 * the alert does not fix.
 */
public enum MatchVerdict {
  /** Every alert the partial alert stands for is accepted. */
  MATCHES,
  /** No alert the partial alert stands for is accepted. */
  DOES_NOT_MATCH,
  /** Some may be accepted and others not. */
  UNKNOWN;

  /** Both hold. */
  MatchVerdict and(MatchVerdict other) {
    if (this == DOES_NOT_MATCH || other == DOES_NOT_MATCH) {
      return DOES_NOT_MATCH;
    }
    return this == MATCHES && other == MATCHES ? MATCHES : UNKNOWN;
  }

  /** The opposite. */
  MatchVerdict not() {
    return switch (this) {
      case MATCHES -> DOES_NOT_MATCH;
      case DOES_NOT_MATCH -> MATCHES;
      case UNKNOWN -> UNKNOWN;
    };
  }

  /** A certain verdict from a boolean. */
  static MatchVerdict of(boolean matches) {
    return matches ? MATCHES : DOES_NOT_MATCH;
  }
}
