package io.monitoringascode.examples.tutorial;

import static io.monitoringascode.testkit.MonitoringAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.profile.Profile;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * The tutorial's stack renders exactly the reviewed files under {@code src/test/resources/golden/tutorial/}. Surefire
 * runs this class twice: once as configured, once more in a JVM with the {@code tr} locale and the
 * {@code Pacific/Chatham} time zone, so both runs prove the same bytes.
 */
class TutorialStackTest {
  private static final String GOLDEN = "tutorial/";

  @Test
  void check_tutorialStack_hasOnlyTheProductionProfilesAdvice() {
    // Its production gaps (the production profile's rules, Promtail's positions on an emptyDir among them) are INFO
    // under the default profile; TutorialProductionGapsTest lists them.
    assertThat(new TutorialStack().stack().check().findings())
        .allSatisfy(finding -> assertThat(Profile.PRODUCTION.overrides().ruleIds()).contains(finding.ruleId()))
        .extracting(Finding::severity).containsOnly(Severity.INFO);
  }

  @Test
  void render_tutorialStack_matchesGoldenFiles() {
    assertThat(new TutorialStack().stack()).rendersGoldenFiles(GOLDEN);
  }

  @Test
  void rules_targetDown_firesOnADownTarget() {
    assertThat(DemoAppRules.rules(TutorialStack.RELEASE).toPrometheusRule()).hasAlert("TargetDown")
        .hasLabel("severity", "warning");
  }

  @Test
  void render_twice_sameBytes() {
    SortedMap<String, byte[]> first = new TutorialStack().stack().render();
    SortedMap<String, byte[]> second = new TutorialStack().stack().render();

    assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
    for (Map.Entry<String, byte[]> file : first.entrySet()) {
      assertThat(Arrays.equals(file.getValue(), second.get(file.getKey()))).as(file.getKey()).isTrue();
    }
  }

  @Test
  void environment_reportsLocaleAndTimeZone() {
    // Makes the second surefire run visible in the test report, so nobody mistakes it for a copy of the first.
    System.out.println("Rendering under locale " + java.util.Locale.getDefault() + " and time zone "
        + TimeZone.getDefault().getID());
    assertThat(TimeZone.getDefault().getID()).isNotEmpty();
  }
}
