package io.monitoringascode.prometheus.promql;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The PromQL corpus on the test classpath: every entry of every {@code corpus/*.yaml}. */
final class Corpus {
  private static final String DIRECTORY = "io/monitoringascode/prometheus/promql/corpus/";

  /**
   * One corpus entry.
   *
   * @param file the file name
   * @param index the entry's index in the file
   * @param fields the entry as read
   */
  record Entry(String file, int index, Map<String, Object> fields) {
    String expr() {
      return (String) fields.get("expr");
    }

    boolean valid() {
      return !fields.containsKey("error");
    }

    String field(String name) {
      Object value = fields.get(name);
      return value == null ? null : value.toString();
    }

    int errorLine() {
      return ((Number) ((Map<?, ?>) fields.get("error")).get("line")).intValue();
    }

    int errorColumn() {
      return ((Number) ((Map<?, ?>) fields.get("error")).get("column")).intValue();
    }

    String id() {
      return file + "#" + index;
    }
  }

  private Corpus() {}

  static List<Entry> entries() {
    URL directory = Corpus.class.getClassLoader().getResource(DIRECTORY);
    if (directory == null) {
      return List.of();
    }
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    List<Entry> entries = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(directory.toURI()))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        List<Map<String, Object>> list;
        try (InputStream in = Files.newInputStream(file)) {
          list = yaml.readValue(in, new TypeReference<List<Map<String, Object>>>() {});
        }
        if (list == null) {
          continue;
        }
        for (int i = 0; i < list.size(); i++) {
          entries.add(new Entry(file.getFileName().toString(), i, list.get(i)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return entries;
  }
}
