package io.monitoringascode.examples.mistakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.monitoringascode.core.finding.ReportException;
import io.monitoringascode.testkit.GoldenFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TutorialMistakesTest {
  @TempDir Path out;

  @Test
  void check_tutorialMistakes_reportMatchesGoldenFile() {
    GoldenFiles.assertMatches("mistakes/report.txt",
        TutorialMistakes.stack().check().toText().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void check_tutorialMistakes_everyMistakeFoundAtOnce() {
    assertThat(TutorialMistakes.stack().check().errors())
        .extracting(f -> f.ruleId().value())
        .contains("wiring/selection-label", "monitor/duration", "alerting/undefined-receiver", "secret/inline-secret",
            "wiring/alert-not-delivered");
  }

  @Test
  void writeTo_tutorialMistakes_writesNothing() {
    assertThatThrownBy(() -> TutorialMistakes.stack().writeTo(out)).isInstanceOf(ReportException.class);

    assertThat(out).isEmptyDirectory();
  }
}
