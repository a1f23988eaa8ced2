package io.monitoringascode.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.DocumentChecker;
import io.monitoringascode.core.check.SeverityOverrides;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.grafana.check.DashboardChecks;
import io.monitoringascode.grafana.datasource.DataSource;
import io.monitoringascode.stack.rulefile.RuleFileChecker;
import io.monitoringascode.stack.wiring.ConfigMapFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one {@code mac check} found: the report, and the files it read, which formats use to quote checked values.
 *
 * @param report every finding, severity overrides applied, sorted
 * @param files the files read, in the order they were found
 * @param checkedDocuments how many documents were of a kind the checks know, and were checked
 */
record CheckRun(Report report, List<SourceFile> files, int checkedDocuments) {
  /** Copies the file list. */
  CheckRun {
    files = List.copyOf(files);
  }

  private static final RuleFileChecker RULE_FILES = new RuleFileChecker();

  /**
   * Checks every document of the files that is of a kind the checks know, a plain Prometheus or Loki rules file
   * ({@code groups:} at the top), a Grafana dashboard's JSON, or a ConfigMap that carries dashboards (checked inside
   * their {@code data} keys); empty documents and other kinds (such as Deployments) are skipped.
   *
   * @param files the files read
   * @param checker the checks to run
   * @param context what is known beyond the documents
   * @param overrides the user's severity changes
   * @param provisioned the data sources dashboards' references resolve against: those kube-prometheus-stack values
   *     provision, or none when no values are given (then {@code dashboard/datasource} is silent)
   * @param stackChecksObjects whether {@link WiringRun#checkAll} checks the Kubernetes objects (those of
   *     {@link WiringRun#isObject}); they are then counted here but not checked, so that nothing is reported twice
   * @return the run
   */
  static CheckRun check(List<SourceFile> files, DocumentChecker checker, CheckContext context,
      SeverityOverrides overrides, List<DataSource> provisioned, boolean stackChecksObjects) {
    List<Finding> findings = new ArrayList<>();
    int checked = 0;
    for (SourceFile file : files) {
      List<JsonNode> documents = file.documents();
      for (int index = 0; index < documents.size(); index++) {
        JsonNode document = documents.get(index);
        if (document.isMissingNode()) {
          continue;
        }
        boolean checkedByStack = stackChecksObjects && WiringRun.isObject(document);
        if (checker.recognises(document)) {
          if (!checkedByStack) {
            findings.addAll(checker.check(document, file.name(), index, context, overrides).findings());
          }
          checked++;
        } else if (RULE_FILES.recognises(document)) {
          findings.addAll(RULE_FILES.check(document, file.name(), index, overrides).findings());
          checked++;
        } else if (DashboardChecks.recognises(document)) {
          findings.addAll(overrides.apply(DashboardChecks.check(document, file.name(), provisioned)).findings());
          checked++;
        } else if (!ConfigMapFiles.dashboards(document).isEmpty()) {
          if (!checkedByStack) {
            findings.addAll(overrides.apply(ConfigMapFiles.checkDashboards(document, file.name(), index, provisioned))
                .findings());
          }
          checked++;
        }
      }
    }
    return new CheckRun(Report.of(findings), files, checked);
  }

  /**
   * Checks Helm values files besides manifests: each with its chart version's key index and checks, severity overrides
   * applied. Each values file counts as one checked document.
   *
   * @param manifests the run over the manifests
   * @param values the values files read, each with its chart version
   * @param overrides the user's severity changes
   * @param stackChecksValues whether {@link WiringRun#checkAll} checks the values, each file being a release; they
   *     are then counted here but not checked
   * @return the run over both
   */
  static CheckRun withValues(CheckRun manifests, List<ValuesSource> values, SeverityOverrides overrides,
      boolean stackChecksValues) {
    Report report = manifests.report();
    List<SourceFile> files = new ArrayList<>(manifests.files());
    for (ValuesSource source : values) {
      if (!stackChecksValues) {
        report = report.plus(overrides.apply(source.option().chart().check(ValuesOption.document(source.file()),
            source.file().name())));
      }
      files.add(source.file());
    }
    return new CheckRun(report, files, manifests.checkedDocuments() + values.size());
  }

  /**
   * This run with more findings about the same files, such as those of the wiring checks.
   *
   * @param more the findings, severity overrides applied
   * @return the run with both reports
   */
  CheckRun plus(Report more) {
    return new CheckRun(report.plus(more), files, checkedDocuments);
  }

  /**
   * A values file read, with the chart version that checks it.
   *
   * @param option the chart version and the path
   * @param file the file read
   */
  record ValuesSource(ValuesOption option, SourceFile file) {}

  /**
   * Counts the documents that were skipped because no schema or check knows their kind; empty documents do not count.
   *
   * @return the count
   */
  int skippedDocuments() {
    long nonEmpty = files.stream().flatMap(f -> f.documents().stream()).filter(d -> !d.isMissingNode()).count();
    return (int) nonEmpty - checkedDocuments;
  }

  /**
   * Finds a file that was read.
   *
   * @param name the file's name, as in a finding's location
   * @return the file, or empty when no file of that name was read
   */
  Optional<SourceFile> file(String name) {
    return files.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /**
   * The value a location points at, in the document as read.
   *
   * @param location a finding's location
   * @return the value, or empty when the file was not read or the pointer leads nowhere (a key that is missing)
   */
  Optional<JsonNode> valueAt(Location location) {
    return location.file().flatMap(this::file)
        .map(f -> f.documents().get(location.document()).at(location.pointer()))
        .filter(value -> !value.isMissingNode());
  }
}
