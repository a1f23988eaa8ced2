package io.monitoringascode.core.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TimeZone;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one YAML and JSON dialect of everything this library writes: UTF-8, {@code \n}, a final newline, Kubernetes
 * objects in their fixed key order (fabric8's {@code @JsonPropertyOrder}), free maps such as labels sorted by key,
 * lists in the user's order, strings quoted wherever YAML 1.1 would read them as something else, long lines never
 * folded (PromQL stays on one line), multi-line strings as literal blocks.
 *
 * <p>Objects are first turned into a tree ({@link #toTree(Object)}); checks run on that tree and the same tree is
 * written, so a finding's pointer always matches the file.
 */
public final class Canonical {
  private static final ObjectMapper TREE_MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .defaultTimeZone(TimeZone.getTimeZone("UTC"))
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();

  private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
          .stringQuotingChecker(new Yaml11Quoting())
          // `key:` with no value is null, as kubectl and Helm read it, not the empty string.
          .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
          .loaderOptions(loaderOptions())
          .build())
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build();

  // Its own copy of the mapper: a caller reconfiguring the reader's factory cannot change how YAML is written.
  private static final ObjectReader YAML_READER = YAML.copy().readerFor(JsonNode.class);

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final DefaultPrettyPrinter JSON_PRINTER = new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private Canonical() {}

  /** SnakeYAML's reading limits: 64 MB of text instead of 3 MB, as a rules file of 10,000 rules is about 5 MB. */
  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(64 * 1024 * 1024);
    return options;
  }

  /**
   * Turns a model object (a fabric8 resource, a map, a record) into the tree that is checked and written.
   *
   * @param model the object
   * @return its tree, maps sorted by key, nulls left out
   */
  public static JsonNode toTree(Object model) {
    return TREE_MAPPER.valueToTree(model);
  }

  /**
   * Reads a tree back into a model type, such as a fabric8 {@code ServiceMonitor}.
   *
   * @param tree the tree
   * @param type the model class
   * @param <T> the model type
   * @return a fresh object
   * @throws IllegalArgumentException if the tree does not fit the type
   */
  public static <T> T fromTree(JsonNode tree, Class<T> type) {
    try {
      return TREE_MAPPER.treeToValue(tree, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot read the document as " + type.getSimpleName() + ": "
          + e.getOriginalMessage(), e);
    }
  }

  /**
   * Renders one document as YAML.
   *
   * @param tree the document
   * @return UTF-8 bytes ending in a newline, without a document start marker
   */
  public static byte[] renderYaml(JsonNode tree) {
    return renderYamlText(tree).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Renders several documents into one YAML stream, separated by {@code ---}.
   *
   * @param trees the documents, in order
   * @return UTF-8 bytes
   */
  public static byte[] renderYaml(List<JsonNode> trees) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < trees.size(); i++) {
      if (i > 0) {
        text.append("---\n");
      }
      text.append(renderYamlText(trees.get(i)));
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Renders one document as pretty JSON with two-space indentation.
   *
   * @param tree the document
   * @return UTF-8 bytes ending in a newline
   */
  public static byte[] renderJson(JsonNode tree) {
    try {
      String text = JSON.writer(JSON_PRINTER).writeValueAsString(tree);
      return (text + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree could not be written", e);
    }
  }

  /**
   * The reader of YAML (and JSON, which is YAML) in this library's dialect: a key without a value is null, as
   * kubectl reads it.
   *
   * @return an immutable reader of trees, safe to share
   */
  public static ObjectReader yamlReader() {
    return YAML_READER;
  }

  private static String renderYamlText(JsonNode tree) {
    try {
      String text = YAML.writeValueAsString(tree);
      return text.endsWith("\n") ? text : text + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A YAML tree could not be written", e);
    }
  }
}
