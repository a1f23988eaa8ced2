package io.monitoringascode.core.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.core.schema.CrdSchemas;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs everything that applies to one Kubernetes document: closed CRD schema validation, then every check registered
 * for its {@code apiVersion} and {@code kind}. Documents of kinds it does not know pass without findings.
 */
public final class DocumentChecker {

  private static final RuleId SCHEMA_TYPE = RuleId.of("schema/type");
  private static final Set<RuleId> EXPLAINED_BY_CHECKS = Set.of(SCHEMA_TYPE, RuleId.of("schema/pattern"));

  private final List<DocumentType<?>> types;
  private final CrdSchemas schemas;

  /**
   * Creates a checker.
   *
   * @param types the document types and their checks, for example {@code PrometheusChecks.types()}
   * @param schemas the schemas to validate against, usually {@link CrdSchemas#bundled()}
   */
  public DocumentChecker(List<DocumentType<?>> types, CrdSchemas schemas) {
    this.types = List.copyOf(types);
    this.schemas = schemas;
  }

  /**
   * Tells whether a document is of a kind this checker knows.
   *
   * @param document the document
   * @return {@code true} if a schema or a check applies to it
   */
  public boolean recognises(JsonNode document) {
    String apiVersion = document.path("apiVersion").asText("");
    String kind = document.path("kind").asText("");
    return schemas.knows(apiVersion, kind) || types.stream().anyMatch(t -> t.matches(apiVersion, kind));
  }

  /**
   * Checks one document.
   *
   * @param document the document as written (or as it will be written)
   * @param file the file the document is in, for the findings' locations
   * @param index the 0-based document index inside that file
   * @param context what is known beyond the document
   * @return every finding, located in {@code file}
   */
  public Report check(JsonNode document, String file, int index, CheckContext context) {
    return check(document, file, index, context, SeverityOverrides.none());
  }

  /**
   * Checks one document, with the user's severity overrides applied.
   *
   * @param document the document as written (or as it will be written)
   * @param file the file the document is in, for the findings' locations
   * @param index the 0-based document index inside that file
   * @param context what is known beyond the document
   * @param overrides the user's severity changes
   * @return every finding, located in {@code file}, overrides applied
   */
  public Report check(JsonNode document, String file, int index, CheckContext context, SeverityOverrides overrides) {
    String apiVersion = document.path("apiVersion").asText("");
    String kind = document.path("kind").asText("");
    List<Finding> schemaFindings = schemas.knows(apiVersion, kind)
        ? schemas.validate(apiVersion, kind, document) : List.of();
    List<Finding> checkFindings = new ArrayList<>();
    for (DocumentType<?> type : types) {
      if (type.matches(apiVersion, kind)) {
        // Checks over the raw tree see the document as written; checks over a model see it without ill-typed values.
        JsonNode subject = JsonNode.class.isAssignableFrom(type.modelType())
            ? document : readable(document, schemaFindings);
        checkFindings.addAll(runChecks(type, subject, context));
      }
    }
    Report schemaReport = overrides.apply(Report.of(schemaFindings));
    Report checkReport = overrides.apply(Report.of(checkFindings));
    // A check that explains a value (`interval` is `30`: write `30s`) says more than the schema's pattern or type
    // finding at the same pointer, so that one is left out rather than reporting one mistake twice; but only where
    // the check's finding, after the user's overrides, is at least as severe.
    Map<String, Severity> explained = new HashMap<>();
    for (Finding finding : checkReport.findings()) {
      explained.merge(finding.location().pointer(), finding.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    List<Finding> located = new ArrayList<>();
    for (Finding finding : schemaReport.findings()) {
      Severity covering = explained.get(finding.location().pointer());
      boolean covered = EXPLAINED_BY_CHECKS.contains(finding.ruleId()) && covering != null
          && covering.compareTo(finding.severity()) <= 0;
      if (!covered) {
        located.add(finding.withLocation(finding.location().inFile(file, index)));
      }
    }
    for (Finding finding : checkReport.findings()) {
      located.add(finding.withLocation(finding.location().inFile(file, index)));
    }
    return Report.of(located);
  }

  /**
   * The document with every value that has the wrong type neutralised, so that it can be read into its model and
   * the checks still report everything else (a route to an undefined receiver beside a Slack URL written in plaintext).
   */
  private static JsonNode readable(JsonNode document, List<Finding> schemaFindings) {
    JsonNode copy = null;
    for (Finding finding : schemaFindings) {
      if (!finding.ruleId().equals(SCHEMA_TYPE)) {
        continue;
      }
      List<String> tokens = JsonPointers.tokens(finding.location().pointer());
      if (tokens.isEmpty()) {
        continue;
      }
      copy = copy == null ? document.deepCopy() : copy;
      JsonNode parent = copy;
      for (String token : tokens.subList(0, tokens.size() - 1)) {
        parent = parent.isArray() ? parent.path(Integer.parseInt(token)) : parent.path(token);
      }
      String last = tokens.get(tokens.size() - 1);
      if (parent instanceof ObjectNode object) {
        JsonNode value = object.get(last);
        // A number or boolean where a string belongs reads as its text, as Jackson would coerce it, so that a check
        // does not also report the value as missing.
        if (value != null && value.isValueNode() && !value.isTextual() && !value.isNull()) {
          object.put(last, value.asText());
        } else {
          object.remove(last);
        }
      } else if (parent instanceof ArrayNode array && last.chars().allMatch(Character::isDigit)) {
        // Null keeps the other elements' indices, so the checks' pointers stay right; they skip null elements.
        int position = Integer.parseInt(last);
        if (position < array.size()) {
          array.set(position, NullNode.getInstance());
        }
      }
    }
    return copy == null ? document : copy;
  }

  private static <T> List<Finding> runChecks(DocumentType<T> type, JsonNode document, CheckContext context) {
    T model;
    try {
      model = Canonical.fromTree(document, type.modelType());
    } catch (IllegalArgumentException unreadable) {
      // The schema validation has reported why the document does not fit its kind; semantic checks need the model.
      return List.of();
    }
    return Checks.run(type.checks(), model, context);
  }
}
