package io.monitoringascode.cli;

import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.SeverityOverrides;
import io.monitoringascode.grafana.datasource.DataSource;
import io.monitoringascode.stack.StackChecks;
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.profile.Profile;
import io.monitoringascode.stack.values.KubePrometheusStackChart;
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
            + " directory.",
        "Helm values files given with --values are checked against the chart version's key index: keys the chart"
            + " does not read where they stand, values of the wrong type, renamed keys, and the chart's own rules."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:No error found (warnings allowed, unless --fail-on warning).",
        "1:Errors found, or warnings with --fail-on warning.",
        "2:Could not run: a path is missing or unreadable, a file is not YAML or JSON, or an option is wrong (such"
            + " as --values naming a chart version without a key index)."})
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

  @Option(names = "--release", paramLabel = "NAME",
      description = "The kube-prometheus-stack Helm release that must pick the objects up: checks that they carry"
          + " `release: NAME`. Without it, the selection is unknown and not checked.")
  private Optional<String> release = Optional.empty();

  @Option(names = "--namespace", paramLabel = "NAME",
      description = "The namespace the Helm releases of --values are installed into, and the namespace of manifests"
          + " that set none (as `kubectl apply -n NAME`). With it, the wiring checks also look at the releases: which"
          + " objects their Prometheus and Alertmanager select, where alerts are routed, what Grafana loads.")
  private Optional<String> namespace = Optional.empty();

  @Option(names = "--loki-release", paramLabel = "NAME", defaultValue = "loki",
      description = "The grafana/loki Helm release of a loki values file (default: ${DEFAULT-VALUE}).")
  private String lokiRelease;

  @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "dev",
      description = "The rule profile: dev (the production-readiness rules are advice) or production (they are"
          + " warnings). --severity applies on top (default: ${DEFAULT-VALUE}).")
  private String profile;

  @Option(names = "--severity", paramLabel = "RULE=LEVEL[,RULE=LEVEL...]",
      description = "Changes the severity of rules: error, warning, info or off. Repeatable.")
  private List<String> severities = new ArrayList<>();

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
      description = "Lowest severity that fails the run: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private FailOn failOn;

  @Option(names = "--values", paramLabel = "CHART@VERSION=FILE",
      description = "A Helm values file to check against a pinned chart version's key index and checks, such as"
          + " kube-prometheus-stack@77.11.1=values.yaml or loki@6.41.1=loki.yaml. Repeatable. A kube-prometheus-stack"
          + " file whose ServiceMonitor, PodMonitor and rule selectors set the same matchLabels also sets the labels"
          + " objects must carry, and the data sources it provisions resolve dashboards' references.")
  private List<String> values = new ArrayList<>();

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files, or directories to walk.")
  private List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() {
    List<ValuesOption> valuesOptions = valuesOptions();
    if (paths.isEmpty() && valuesOptions.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Missing required parameter: 'PATH' (or --values)");
    }
    SeverityOverrides overrides = severityOverrides();
    CheckContext context = release.map(CheckContext::forRelease).orElse(CheckContext.none());
    CheckRun run;
    try {
      List<CheckRun.ValuesSource> valuesFiles = readValues(valuesOptions);
      List<DataSource> provisioned = List.of();
      for (CheckRun.ValuesSource source : valuesFiles) {
        if (source.option().chart().name().equals(KubePrometheusStackChart.NAME)) {
          context = ValuesOption.selection(context, ValuesOption.document(source.file()));
          provisioned = ValuesOption.dataSources(ValuesOption.document(source.file()));
        }
      }
      List<SourceFile> manifests = paths.isEmpty() ? List.of() : SourceFile.readAll(ManifestFiles.find(paths));
      List<WiringRun.Release> releases = releases(valuesFiles);
      WiringRun stack = WiringRun.of(manifests, releases, namespace);
      // With the kube-prometheus-stack release known (--release and --namespace), every manifest object, values file
      // and ConfigMap goes through the stack's own pipeline, as MonitoringStack.check() runs it; CheckRun checks only
      // what the stack cannot hold (plain rules files, dashboards' JSON, documents without a name) and counts the rest.
      boolean stackChecks = stack.knowsKubePrometheusStack();
      if (stackChecks) {
        provisioned = stack.provisioned();
      }
      // The release's values decide selection then, and documents are not told the release name, as in the stack.
      run = CheckRun.withValues(CheckRun.check(manifests, StackChecks.documentChecker(),
          stackChecks ? CheckContext.none() : context, overrides, provisioned, stackChecks), valuesFiles, overrides,
          stackChecks);
      run = run.plus(stackChecks ? stack.checkAll(context, overrides) : stack.checkWiring(context, overrides));
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

  private List<ValuesOption> valuesOptions() {
    List<ValuesOption> options = new ArrayList<>();
    for (String argument : values) {
      try {
        options.add(ValuesOption.parse(argument));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "Invalid value for option '--values': " + e.getMessage(), e,
            spec.findOption("--values"), argument);
      }
    }
    return options;
  }

  /** The Helm releases of the values files, when the namespace they are installed into is known. */
  private List<WiringRun.Release> releases(List<CheckRun.ValuesSource> valuesFiles) {
    List<WiringRun.Release> releases = new ArrayList<>();
    for (CheckRun.ValuesSource source : valuesFiles) {
      boolean kubePrometheusStack = source.option().chart().name().equals(KubePrometheusStackChart.NAME);
      Optional<String> name = kubePrometheusStack ? release : Optional.of(lokiRelease);
      if (name.isPresent() && namespace.isPresent()) {
        releases.add(new WiringRun.Release(new ChartRelease(name.get(), namespace.get(), source.option().chart(),
            ValuesOption.document(source.file())), source.file().name()));
      }
    }
    return releases;
  }

  private static List<CheckRun.ValuesSource> readValues(List<ValuesOption> options) {
    List<CheckRun.ValuesSource> sources = new ArrayList<>();
    for (ValuesOption option : options) {
      List<SourceFile> read = SourceFile.readAll(ManifestFiles.find(List.of(option.file())));
      read.forEach(file -> sources.add(new CheckRun.ValuesSource(option, file)));
    }
    return sources;
  }

  /** The profile's severities, with the user's {@code --severity} changes on top. */
  private SeverityOverrides severityOverrides() {
    Profile chosen;
    try {
      chosen = Profile.parse(profile);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--profile': " + e.getMessage(), e,
          spec.findOption("--profile"), profile);
    }
    try {
      SeverityOverrides overrides = SeverityOverrides.parse(String.join(",", severities));
      StackChecks.requireKnown(overrides);
      return chosen.overrides().plus(overrides);
    } catch (IllegalArgumentException e) {
      // Reported like any other bad option: the message, the usage, exit code 2.
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--severity': " + e.getMessage(), e,
          spec.findOption("--severity"), String.join(",", severities));
    }
  }
}
