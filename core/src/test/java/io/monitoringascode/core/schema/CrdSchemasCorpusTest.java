package io.monitoringascode.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Published Prometheus-Operator objects from {@code ../shared}: the closed schemas must not cry wolf on them. None of
 * these documents has a schema mistake; should one be added that has, assert its exact findings in a test of its own.
 */
class CrdSchemasCorpusTest {
  private static final List<String> TUTORIAL_FILES =
      List.of("service-monitor.yaml", "prometheusrules.yaml", "alertmanager-config.yaml");

  private final CrdSchemas schemas = CrdSchemas.bundled();

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void validate_publishedDocument_noFindings(String name, JsonNode document) {
    List<Finding> findings =
        schemas.validate(document.path("apiVersion").asText(), document.path("kind").asText(), document);

    assertThat(findings).as(name).isEmpty();
  }

  @Test
  void documents_corpusAndTutorial_coverEveryKindTheTutorialUses() {
    assertThat(documents().map(a -> ((JsonNode) a.get()[1]).path("kind").asText()).distinct())
        .contains("ServiceMonitor", "PodMonitor", "PrometheusRule", "AlertmanagerConfig");
  }

  /** Every document of a bundled kind in the real-world corpus and the tutorial's manifests, named {@code file#index}. */
  static Stream<Arguments> documents() {
    Path shared = SharedData.require();
    Path corpus = SharedData.require("corpus", "real-world");
    Path tutorial = SharedData.require("reference", "tutorial-repo", "k8s");
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(corpus)) {
      walk.filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(".yaml") || f.getFileName().toString().endsWith(".yml"))
          .sorted()
          .forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TUTORIAL_FILES.forEach(f -> files.add(tutorial.resolve(f)));
    CrdSchemas schemas = CrdSchemas.bundled();
    List<Arguments> documents = new ArrayList<>();
    for (Path file : files) {
      List<JsonNode> parsed = read(file);
      for (int i = 0; i < parsed.size(); i++) {
        JsonNode document = parsed.get(i);
        if (schemas.knows(document.path("apiVersion").asText(), document.path("kind").asText())) {
          documents.add(Arguments.of(shared.relativize(file).toString().replace('\\', '/') + "#" + i, document));
        }
      }
    }
    return documents.stream();
  }

  private static List<JsonNode> read(Path file) {
    try {
      return DocumentReader.read(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
