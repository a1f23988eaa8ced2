package io.monitoringascode.alerting.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.Matcher;
import io.monitoringascode.core.value.InvalidModelException;
import org.junit.jupiter.api.Test;

class LabelMatcherTest {
  @Test
  void build_withDashedName_suggestsLabelName() {
    assertThatThrownBy(() -> LabelMatcher.equal("team-name", "ops"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`name`: `team-name` is not a Prometheus label name; write `team_name`.");
  }

  @Test
  void build_withBrokenRegex_namesMatcherAndProblem() {
    assertThatThrownBy(() -> LabelMatcher.regex("job", "api(-v2"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`value` of matcher `job`: regex `api(-v2` is not valid RE2: unclosed group near index 7.");
  }

  @Test
  void build_withRepeatCountOverRe2Limit_fails() {
    assertThatThrownBy(() -> LabelMatcher.regex("instance", "[0-9]{1001}"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`value` of matcher `instance`: regex `[0-9]{1001}` is not valid RE2: repeat count `{1001}` at"
            + " index 5 is more than Go's RE2 allows (1000).");
  }

  @Test
  void build_withRe2RegexThatJavaRejects_passes() {
    assertThat(LabelMatcher.regex("region", "\\p{Greek}+|[[]").value()).isEqualTo("\\p{Greek}+|[[]");
  }

  @Test
  void build_withRegexCharactersInEqualityMatcher_passes() {
    assertThat(LabelMatcher.equal("job", "api(-v2").toString()).isEqualTo("job=\"api(-v2\"");
  }

  @Test
  void from_withUnknownMatchType_fails() {
    Matcher matcher = new Matcher("==", "severity", null, "critical");

    assertThatThrownBy(() -> LabelMatcher.from(matcher))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`matchType`: `==` is not one of `=`, `!=`, `=~`, `!~`.");
  }

  @Test
  void toMatcher_alwaysWritesMatchTypeAndNeverRegex() {
    Matcher matcher = LabelMatcher.notRegex("env", "dev|test").toMatcher();

    assertThat(matcher.getMatchType()).isEqualTo("!~");
    assertThat(matcher.getRegex()).isNull();
  }
}
