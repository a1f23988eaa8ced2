package io.monitoringascode.maven;

import io.monitoringascode.stack.profile.Profile;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The values of the {@code profile} parameter: {@code default} keeps the profile the stack was built with;
 * {@code dev} and {@code production} choose a {@link Profile}: {@code generate} checks the stack under it, and
 * {@code check} passes it to the command line's {@code --profile} ({@code default} is the command line's {@code dev}).
 */
final class Profiles {
  /** The stack's own profile. */
  static final String DEFAULT = "default";

  private Profiles() {}

  /**
   * Reads the parameter of {@code generate}.
   *
   * @param profile the configured profile
   * @return the profile to check the stack under, or empty to keep the stack's own
   * @throws MojoExecutionException if it is not a known profile
   */
  static Optional<Profile> of(String profile) throws MojoExecutionException {
    if (DEFAULT.equals(profile.strip())) {
      return Optional.empty();
    }
    try {
      return Optional.of(Profile.parse(profile));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("profile `" + profile + "` is unknown; the profiles are `default` (the "
          + "stack's own), `dev` and `production`.", e);
    }
  }
}
