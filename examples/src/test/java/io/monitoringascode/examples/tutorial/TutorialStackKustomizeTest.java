package io.monitoringascode.examples.tutorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kubectl kustomize} takes the written tree as a whole, so {@code kubectl apply -k} would too. */
class TutorialStackKustomizeTest {
  @TempDir Path out;

  @Test
  void kustomize_writtenTree_buildsEveryObject() throws IOException, InterruptedException {
    Path kubectl = Path.of("/usr/bin/kubectl");
    Assumptions.assumeTrue(Files.isExecutable(kubectl),
        "kubectl is not installed at /usr/bin/kubectl; skipping the kustomize check of the output tree");
    new TutorialStack().stack().writeTo(out);

    Process process = new ProcessBuilder(kubectl.toString(), "kustomize", out.toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains(
        "kind: Deployment", "kind: Service\n", "kind: ServiceMonitor", "kind: PrometheusRule", "kind: AlertmanagerConfig",
        "name: prometheus-demo-app-svc-monitor", "name: prometheus-demo-app-rules",
        "name: prometheus-demo-app-alert-config");
  }
}
