package io.monitoringascode.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.profile.Profile;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class FailOnTest {
  private static Report only(Severity severity) {
    return Report.of(List.of(new Finding(RuleId.of("rule/for"), severity, Location.at("/a"), "A.", Optional.empty())));
  }

  @Test
  void parse_anyCase_orFailsNamingTheValues() throws Exception {
    assertThat(FailOn.parse("Warning")).isEqualTo(FailOn.WARNING);
    assertThat(FailOn.parse("error")).hasToString("error");
    assertThatThrownBy(() -> FailOn.parse("info")).isInstanceOf(MojoExecutionException.class)
        .hasMessage("failOn `info` is not one of error, warning.");
  }

  @Test
  void fails_errorsAlways_warningsOnlyAtWarning_infosNever() {
    assertThat(FailOn.ERROR.fails(only(Severity.ERROR))).isTrue();
    assertThat(FailOn.ERROR.fails(only(Severity.WARNING))).isFalse();
    assertThat(FailOn.WARNING.fails(only(Severity.WARNING))).isTrue();
    assertThat(FailOn.WARNING.fails(only(Severity.INFO))).isFalse();
  }

  @Test
  void profiles_generate_defaultKeepsTheStacksOwn_othersAreTheLibrarysProfiles() throws Exception {
    assertThat(Profiles.of("default")).isEmpty();
    assertThat(Profiles.of("production")).contains(Profile.PRODUCTION);
    assertThat(Profiles.of("dev")).contains(Profile.DEV);
    assertThatThrownBy(() -> Profiles.of("strict")).isInstanceOf(MojoExecutionException.class)
        .hasMessage("profile `strict` is unknown; the profiles are `default` (the stack's own), `dev` and "
            + "`production`.");
  }
}
