package io.monitoringascode.tools.referencegen;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Generates the closed CRD schemas that {@code core} ships, one JSON file per kind and served version, plus
 * {@code index.json}.
 *
 * <p>Reads {@code reference/prometheus-operator/v0.85.0/crds/*.yaml} from the shared directory and writes
 * {@code <group>/<version>/<Kind>.json} below the output directory, which it owns: JSON files there that a run does
 * not produce are deleted. Usage: {@code CrdSchemaGenerator <shared dir> <output dir>}.
 */
public final class CrdSchemaGenerator {
  /** The Prometheus-Operator release whose CRDs are read. */
  static final String OPERATOR_VERSION = "v0.85.0";

  /** The name of the index file in the output directory. */
  static final String INDEX = "index.json";

  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private CrdSchemaGenerator() {}

  /**
   * Regenerates the schemas.
   *
   * @param args the shared directory, then the output directory
   *     ({@code core/src/main/resources/io/monitoringascode/core/schema/crd})
   * @throws IOException when reading or writing fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("Usage: CrdSchemaGenerator <shared dir> <output dir>");
      System.exit(2);
    }
    SortedMap<String, byte[]> files = generate(SharedDir.of(Path.of(args[0])));
    Path output = Path.of(args[1]);
    write(files, output);
    long bytes = files.values().stream().mapToLong(b -> b.length).sum();
    System.out.println("Wrote " + files.size() + " files, " + bytes + " bytes, to " + output.toAbsolutePath());
  }

  /**
   * Computes every output file in memory.
   *
   * @param shared the shared directory
   * @return file contents by path relative to the output directory, with {@code /} separators, sorted
   */
  static SortedMap<String, byte[]> generate(SharedDir shared) {
    Path crds = shared.reference("prometheus-operator", OPERATOR_VERSION, "crds");
    SortedMap<String, byte[]> files = new TreeMap<>();
    SortedMap<String, ObjectNode> entries = new TreeMap<>();
    for (Path file : SharedDir.listSorted(crds, ".yaml")) {
      for (JsonNode crd : readAll(file)) {
        if (!"CustomResourceDefinition".equals(crd.path("kind").asText())) {
          continue;
        }
        JsonNode spec = crd.path("spec");
        String group = spec.path("group").asText();
        String kind = spec.path("names").path("kind").asText();
        for (JsonNode version : spec.path("versions")) {
          if (!version.path("served").asBoolean(false)) {
            continue;
          }
          String name = version.path("name").asText();
          String path = group + "/" + name + "/" + kind + ".json";
          JsonNode schema = version.path("schema").path("openAPIV3Schema");
          if (schema.isMissingNode()) {
            throw new IllegalStateException(file.getFileName() + ": version `" + name + "` has no openAPIV3Schema.");
          }
          files.put(path, CanonicalJson.toBytes(ClosedSchemas.close(schema)));
          ObjectNode entry = JsonNodeFactory.instance.objectNode();
          entry.put("apiVersion", group + "/" + name);
          entry.put("kind", kind);
          entry.put("path", path);
          entries.put(group + "/" + name + " " + kind, entry);
        }
      }
    }
    ObjectNode index = JsonNodeFactory.instance.objectNode();
    index.put("generator", "tools/reference-gen " + CrdSchemaGenerator.class.getSimpleName() + "; do not edit");
    index.put("source", "prometheus-operator " + OPERATOR_VERSION + " CRDs");
    ArrayNode schemas = index.putArray("schemas");
    entries.values().forEach(schemas::add);
    files.put(INDEX, CanonicalJson.toBytes(index));
    return files;
  }

  /**
   * Writes the files and deletes the output directory's other JSON files, which a former run left behind.
   *
   * @param files contents by relative path, as {@link #generate} returns them
   * @param output the output directory
   * @throws IOException when writing or deleting fails
   */
  static void write(SortedMap<String, byte[]> files, Path output) throws IOException {
    for (Path stale : listJson(output)) {
      if (!files.containsKey(relative(output, stale))) {
        Files.delete(stale);
      }
    }
    for (var file : files.entrySet()) {
      Path target = output.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
    }
  }

  /**
   * The JSON files below a directory, as paths relative to it with {@code /} separators, sorted.
   *
   * @param directory the directory; absent means no files
   * @return the relative paths
   * @throws IOException when listing fails
   */
  static List<String> relativeJsonPaths(Path directory) throws IOException {
    List<String> paths = new ArrayList<>();
    for (Path file : listJson(directory)) {
      paths.add(relative(directory, file));
    }
    paths.sort(null);
    return paths;
  }

  private static List<Path> listJson(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(".json"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static String relative(Path directory, Path file) {
    return directory.relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }

  private static List<JsonNode> readAll(Path file) {
    try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
      List<JsonNode> crds = new ArrayList<>();
      while (documents.hasNext()) {
        JsonNode document = documents.next();
        if (document != null && !document.isEmpty()) {
          crds.add(document);
        }
      }
      return crds;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
