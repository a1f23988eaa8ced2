package io.monitoringascode.tools.referencegen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one JSON form of generated files: UTF-8, two-space indentation, {@code \n} line ends whatever the platform,
 * a final newline, and keys in the order of the tree given (generators build their trees in a fixed order).
 */
final class CanonicalJson {
  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

  private static final ObjectWriter WRITER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build()
      .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator(""))
          .withObjectIndenter(INDENTER)
          .withArrayIndenter(INDENTER));

  private CanonicalJson() {}

  /**
   * Writes a tree as canonical JSON.
   *
   * @param tree the tree
   * @return its bytes
   */
  static byte[] toBytes(JsonNode tree) {
    try {
      return (WRITER.writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
