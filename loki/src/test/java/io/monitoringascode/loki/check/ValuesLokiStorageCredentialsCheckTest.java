package io.monitoringascode.loki.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesLokiStorageCredentialsCheckTest {
  private final ValuesLokiStorageCredentialsCheck check = new ValuesLokiStorageCredentialsCheck();

  @Test
  void plaintextSecret_reportsWithoutEchoingIt() {
    List<Finding> findings = LokiCheckFixture.run(check,
        "loki:\n  storage:\n    s3:\n      secretAccessKey: wJalrXUtnFEMIexample\n");

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(RuleId.of("values/loki-storage-credentials"));
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location()).isEqualTo(Location.at("/loki/storage/s3/secretAccessKey"));
      assertThat(f.message()).isEqualTo("Key `secretAccessKey` holds an object-store credential in plain text, so it "
          + "lands in the values file, the Helm release secret and Loki's rendered configuration.");
      assertThat(f.toString()).doesNotContain("wJalrXUtnFEMIexample");
    });
  }

  @Test
  void environmentOrTemplateReference_passes() {
    assertThat(LokiCheckFixture.run(check, "loki:\n  storage:\n    s3:\n      secretAccessKey: ${S3_KEY}\n"
        + "    azure:\n      accountKey: '{{ .Values.key }}'\n")).isEmpty();
  }

  @Test
  void emptyOrNonCredentialKeys_areIgnored() {
    assertThat(LokiCheckFixture.run(check, "loki:\n  storage:\n    s3:\n      secretAccessKey: \"\"\n"
        + "      accessKeyId: AKIAEXAMPLE\n")).isEmpty();
  }
}
