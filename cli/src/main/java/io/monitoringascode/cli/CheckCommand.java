package io.monitoringascode.cli;

import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.SeverityOverrides;
import io.monitoringascode.stack.StackChecks;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mac check}: reads existing manifests, validates each document against the closed CRD schemas, runs every check
 * of the library on it, and reports the findings.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    exitCodeOnExecutionException = CheckCommand.NOT_RUN,
    description = {
        "Checks Kubernetes manifests (YAML, multi-document YAML or JSON): closed CRD schema validation, then every"
            + " check of monitoring-as-code for the document's apiVersion and kind. Other kinds pass unchecked.",
        "Directories are walked recursively for *.yaml, *.yml and *.json files, sorted, skipping hidden"
            + " directories. Findings name files as given on the command line, joined with the path below a walked"
            + " directory."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:No error found (warnings allowed, unless --fail-on warning).",
        "1:Errors found, or warnings with --fail-on warning.",
        "2:Could not run: a path is missing or unreadable, a file is not YAML or JSON, or an option is wrong."})
final class CheckCommand implements Callable<Integer> {
  /** Exit code when nothing fails the run. */
  static final int PASSED = 0;
  /** Exit code when findings fail the run. */
  static final int FAILED = 1;
  /** Exit code when the inputs or the options could not be used. */
  static final int NOT_RUN = 2;

  @Spec
  private CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private OutputFormat format;

  // TODO(issue 5): take `--values CHART@VERSION=FILE` (the user's kube-prometheus-stack values), so that the labels
  //  objects must carry come from the chart's selectors (CheckContext.selectorLabels) instead of `release: NAME`.
  @Option(names = "--release", paramLabel = "NAME",
      description = "The kube-prometheus-stack Helm release that must pick the objects up: checks that they carry"
          + " `release: NAME`. Without it, the selection is unknown and not checked.")
  private Optional<String> release = Optional.empty();

  @Option(names = "--severity", paramLabel = "RULE=LEVEL[,RULE=LEVEL...]",
      description = "Changes the severity of rules: error, warning, info or off. Repeatable.")
  private List<String> severities = new ArrayList<>();

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
      description = "Lowest severity that fails the run: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private FailOn failOn;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, or directories to walk.")
  private List<Path> paths;

  @Override
  public Integer call() {
    SeverityOverrides overrides = severityOverrides();
    CheckContext context = release.map(CheckContext::forRelease).orElse(CheckContext.none());
    CheckRun run;
    try {
      run = CheckRun.check(SourceFile.readAll(ManifestFiles.find(paths)), StackChecks.documentChecker(), context,
          overrides);
    } catch (InputException e) {
      PrintWriter err = spec.commandLine().getErr();
      for (String problem : e.problems()) {
        err.print("mac check: " + problem + "\n");
      }
      err.flush();
      return NOT_RUN;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.create().render(run));
    out.flush();
    return failOn.fails(run.report()) ? FAILED : PASSED;
  }

  private SeverityOverrides severityOverrides() {
    try {
      SeverityOverrides overrides = SeverityOverrides.parse(String.join(",", severities));
      StackChecks.requireKnown(overrides);
      return overrides;
    } catch (IllegalArgumentException e) {
      // Reported like any other bad option: the message, the usage, exit code 2.
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--severity': " + e.getMessage(), e,
          spec.findOption("--severity"), String.join(",", severities));
    }
  }
}
