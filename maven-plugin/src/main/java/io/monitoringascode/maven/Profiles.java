package io.monitoringascode.maven;

import org.apache.maven.plugin.MojoExecutionException;

/** The values of the {@code profile} parameter: named sets of rule severities. Only {@code default} exists yet. */
final class Profiles {
  /** Every rule at its own severity. */
  static final String DEFAULT = "default";

  private Profiles() {}

  /**
   * Checks the parameter.
   *
   * @param profile the configured profile
   * @throws MojoExecutionException if it is not a known profile
   */
  static void requireKnown(String profile) throws MojoExecutionException {
    if (!DEFAULT.equals(profile)) {
      throw new MojoExecutionException("profile `" + profile + "` is unknown; the only profile is `" + DEFAULT + "`.");
    }
  }
}
