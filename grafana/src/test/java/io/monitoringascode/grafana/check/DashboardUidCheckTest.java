package io.monitoringascode.grafana.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DashboardUidCheckTest {
  private final DashboardUidCheck check = new DashboardUidCheck();

  @Test
  void uid_tooLong_reportsError() {
    String uid = "a".repeat(41);
    assertThat(CheckCases.lines(check, "{\"uid\": \"" + uid + "\"}")).containsExactly(
        "error [dashboard/uid] /uid: Uid `" + uid + "` has 41 characters, more than Grafana's 40, so Grafana refuses"
            + " to provision the dashboard. | Shorten `uid` to at most 40 characters.");
  }

  @Test
  void uid_withSpace_reportsError() {
    assertThat(CheckCases.lines(check, "{\"uid\": \"demo app\"}")).containsExactly(
        "error [dashboard/uid] /uid: Uid `demo app` has characters other than letters, digits, `-` and `_`, so"
            + " Grafana refuses to provision the dashboard. | Use only `A-Z`, `a-z`, `0-9`, `-` and `_` in `uid`.");
  }

  @Test
  void uid_fortyAllowedCharacters_passes() {
    assertThat(CheckCases.lines(check, "{\"uid\": \"" + "A-_9".repeat(10) + "\"}")).isEmpty();
  }

  @Test
  void uid_absent_isIgnored() {
    assertThat(CheckCases.lines(check, "{\"title\": \"no uid\"}")).isEmpty();
  }
}
