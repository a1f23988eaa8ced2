package io.monitoringascode.stack.profile;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.SeverityOverrides;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.wiring.StackView;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A named set of rule severities, chosen on the stack builder ({@code profile(Profile.PRODUCTION)}) and applied beneath
 * the user's own {@link SeverityOverrides}, so a team can still raise one rule to an error or turn it off.
 */
public enum Profile {
  /** Every rule at its default severity: the {@code production/*} rules are advice ({@code INFO}). The default. */
  DEV,
  /**
   * The {@code production/*} rules are warnings, which a build can fail on ({@code failOn warning}), as is
   * {@code logs/positions-volume}: a shipper that forgets its positions with its pod sends lines twice.
   */
  PRODUCTION;

  /** Rules outside {@code production/*} that are advice by default and production-readiness rules all the same. */
  private static final List<String> PRODUCTION_ADVICE = List.of("logs/positions-volume");

  /**
   * The severity overrides this profile stands for.
   *
   * @return none for {@link #DEV}; every {@code production/*} rule and {@code logs/positions-volume} at
   *     {@code WARNING} for {@link #PRODUCTION}
   */
  public SeverityOverrides overrides() {
    SeverityOverrides overrides = SeverityOverrides.none();
    if (this == PRODUCTION) {
      for (Check<StackView> check : ProductionChecks.all()) {
        overrides = overrides.with(check.info().id().value(), Severity.WARNING);
      }
      for (String id : PRODUCTION_ADVICE) {
        overrides = overrides.with(id, Severity.WARNING);
      }
    }
    return overrides;
  }

  /**
   * Reads a profile's name, as the CLI and the Maven plugin take it.
   *
   * @param name {@code dev} or {@code production}, case ignored
   * @return the profile
   * @throws IllegalArgumentException naming the profiles, if the name is none of them
   */
  public static Profile parse(String name) {
    for (Profile profile : values()) {
      if (profile.name().equalsIgnoreCase(name.strip())) {
        return profile;
      }
    }
    throw new IllegalArgumentException("Profile `" + name + "` is unknown; the profiles are "
        + Arrays.stream(values()).map(p -> "`" + p.name().toLowerCase(Locale.ROOT) + "`")
            .collect(Collectors.joining(", ")) + ".");
  }
}
