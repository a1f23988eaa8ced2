package io.monitoringascode.core.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.core.schema.CrdSchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs everything that applies to one Kubernetes document: closed CRD schema validation, then every check registered
 * for its {@code apiVersion} and {@code kind}. Documents of kinds it does not know pass without findings.
 */
public final class DocumentChecker {
  /** Reported, instead of a crash, when a check throws on a document. */
  public static final RuleId CHECK_FAILED = RuleId.of("check/internal-error");

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
    String apiVersion = document.path("apiVersion").asText("");
    String kind = document.path("kind").asText("");
    List<Finding> findings = new ArrayList<>();
    if (schemas.knows(apiVersion, kind)) {
      findings.addAll(schemas.validate(apiVersion, kind, document));
    }
    for (DocumentType<?> type : types) {
      if (type.matches(apiVersion, kind)) {
        findings.addAll(runChecks(type, document, context));
      }
    }
    List<Finding> located = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      located.add(finding.withLocation(finding.location().inFile(file, index)));
    }
    return Report.of(located);
  }

  private static <T> List<Finding> runChecks(DocumentType<T> type, JsonNode document, CheckContext context) {
    T model;
    try {
      model = Canonical.fromTree(document, type.modelType());
    } catch (IllegalArgumentException unreadable) {
      // The schema validation has reported why the document does not fit its kind; semantic checks need the model.
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (Check<T> check : type.checks()) {
      FindingSink sink = new FindingSink(check.info());
      try {
        check.check(model, context, sink);
        findings.addAll(sink.findings());
      } catch (RuntimeException bug) {
        findings.add(new Finding(CHECK_FAILED, Severity.ERROR, Location.at(""),
            "Check `" + check.info().id() + "` failed on this document: " + bug + ".",
            Optional.of("Report this as a bug with the document attached; turn the rule off with `"
                + check.info().id() + "=off` meanwhile.")));
      }
    }
    return findings;
  }
}
