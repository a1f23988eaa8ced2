package io.monitoringascode.prometheus.rule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.prometheus.promql.Promql;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The PromQL corpus against the real parser: every entry that Debian's promtool can judge (those without a
 * {@code promtool: skip} note) goes into one rules file as a recording rule, and our verdict (accepted or refused)
 * must equal promtool's on every one.
 */
class PromtoolCorpusTest {
  private static final String CORPUS = "/io/monitoringascode/prometheus/promql/corpus/";
  /** promtool's line for an expression it refuses: {@code group "corpus", rule 12, "corpus:r12": could not parse}. */
  private static final Pattern REFUSED = Pattern.compile("rule (\\d+), \"[^\"]*\": could not parse expression");

  private record Entry(String source, String expr) {}

  @Test
  void ourVerdictEqualsPromtoolsOnEveryEntryItCanJudge() throws Exception {
    Promtool promtool = Promtool.require();
    List<Entry> entries = checkableEntries();
    ObjectNode file = JsonNodeFactory.instance.objectNode();
    ArrayNode rules = file.putArray("groups").addObject().put("name", "corpus").putArray("rules");
    for (int i = 0; i < entries.size(); i++) {
      rules.addObject().put("record", "corpus:r" + i).put("expr", entries.get(i).expr());
    }
    Promtool.Result result = promtool.checkRules(new String(Canonical.renderYaml(file), StandardCharsets.UTF_8));
    boolean[] refused = new boolean[entries.size()];
    Matcher matcher = REFUSED.matcher(result.output());
    while (matcher.find()) {
      refused[Integer.parseInt(matcher.group(1)) - 1] = true;
    }

    Map<String, String> disagreements = new TreeMap<>();
    for (int i = 0; i < entries.size(); i++) {
      boolean ours = Promql.parse(entries.get(i).expr()).valid();
      if (ours == refused[i]) {
        disagreements.put(entries.get(i).source(), entries.get(i).expr() + " (promtool "
            + (refused[i] ? "refuses" : "accepts") + ", we " + (ours ? "accept" : "refuse") + ")");
      }
    }
    assertThat(entries).hasSizeGreaterThan(400);
    assertThat(disagreements).as("entries where our verdict differs from promtool's").isEmpty();
  }

  private static List<Entry> checkableEntries() throws IOException, URISyntaxException {
    URL directory = PromtoolCorpusTest.class.getResource(CORPUS);
    assertThat(directory).as("corpus directory on the test classpath").isNotNull();
    List<Entry> entries = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(directory.toURI()))) {
      for (Path path : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        JsonNode list;
        try (InputStream in = Files.newInputStream(path)) {
          list = Canonical.yamlReader().readTree(in);
        }
        for (int i = 0; i < list.size(); i++) {
          JsonNode entry = list.get(i);
          if (!entry.has("promtool")) {
            entries.add(new Entry(path.getFileName() + "#" + i, entry.path("expr").asText()));
          }
        }
      }
    }
    return entries;
  }
}
