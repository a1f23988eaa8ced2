package io.monitoringascode.alerting.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.golden.GoldenFiles;
import org.junit.jupiter.api.Test;

class AssembledConfigTest {
  @Test
  void toYaml_ofShopExample_matchesGoldenFile() {
    GoldenFiles.assertMatches("alerting/assembled-alertmanager.yaml",
        Shop.assembled(MatcherStrategy.ON_NAMESPACE).toYaml());
  }

  @Test
  void toYaml_showsSecretsAsReferencesOnly() {
    String yaml = new String(Shop.assembled(MatcherStrategy.ON_NAMESPACE).toYaml());

    assertThat(yaml).contains("api_url_file: secret:shop/slack-webhook/url")
        .contains("routing_key_file: secret:shop/pagerduty/routing-key")
        .doesNotContain("api_url:");
  }

  @Test
  void snakeCase_splitsWordsAndAcronyms() {
    assertThat(AssembledConfig.snakeCase("apiURL")).isEqualTo("api_url");
    assertThat(AssembledConfig.snakeCase("sendResolved")).isEqualTo("send_resolved");
    assertThat(AssembledConfig.snakeCase("requireTLS")).isEqualTo("require_tls");
    assertThat(AssembledConfig.snakeCase("channel")).isEqualTo("channel");
  }
}
