package io.monitoringascode.maven;

import io.monitoringascode.cli.Main;
import io.monitoringascode.stack.profile.Profile;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Lints manifests that exist already, as {@code mac check} does: every document of a kind the checks know, and plain
 * Prometheus and Loki rules files. Logs one line per finding, writes a JSON and a SARIF report, and fails the build on
 * a finding at or above {@code failOn}. Goal {@code check}, bound to {@code verify}; its parameters are described in
 * {@code META-INF/maven/plugin.xml}.
 */
public class CheckMojo extends AbstractMojo {
  /** Files, or directories to walk; by default {@code k8s} in the project's directory. */
  private List<File> paths;

  /** The project's directory. */
  private File basedir;

  /** The kube-prometheus-stack release whose selection label monitors and rules must carry, as {@code --release}. */
  private String release;

  /** Where {@code monitoring-as-code-check.json} and {@code monitoring-as-code-check.sarif} go. */
  private File reportDirectory;

  /** The lowest severity that fails the build: {@code error} or {@code warning}. */
  private String failOn;

  /** Severity changes, as the CLI's {@code --severity}: {@code rule/id=warning,other/id=off}. */
  private String severityOverrides;

  /** The rule profile: {@code default} or {@code dev} (production rules are advice), or {@code production}. */
  private String profile;

  /** Skips the goal. */
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipped (mac.skip).");
      return;
    }
    Optional<Profile> chosen = Profiles.of(profile);
    FailOn level = FailOn.parse(failOn);
    Run text = run("text", chosen);
    for (String line : text.output().split("\n")) {
      if (line.contains(": error [")) {
        getLog().error(line);
      } else if (line.contains(": warning [")) {
        getLog().warn(line);
      } else if (!line.isBlank()) {
        getLog().info(line);
      }
    }
    write("monitoring-as-code-check.json", run("json", chosen).output());
    write("monitoring-as-code-check.sarif", run("sarif", chosen).output());
    if (text.exitCode() == 1) {
      throw new MojoFailureException("monitoring-as-code check failed (failOn " + level + "); see the findings above.");
    }
  }

  /** What one {@code mac check} printed, and its exit code: 0 passed, 1 failed. */
  private record Run(String output, int exitCode) {}

  /** Runs {@code mac check} with one format; the exit code is the same for every format. */
  private Run run(String format, Optional<Profile> chosen) throws MojoExecutionException {
    List<String> args = new ArrayList<>(List.of("check", "--format", format, "--fail-on", failOn.strip()));
    chosen.ifPresent(p -> args.add("--profile=" + p.name().toLowerCase(Locale.ROOT)));
    if (release != null && !release.isBlank()) {
      args.add("--release=" + release);
    }
    if (severityOverrides != null && !severityOverrides.isBlank()) {
      args.add("--severity=" + severityOverrides);
    }
    List<File> files = paths == null || paths.isEmpty() ? List.of(new File(basedir, "k8s")) : paths;
    for (File path : files) {
      args.add(path.getPath());
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    if (exitCode != 0 && exitCode != 1) {
      throw new MojoExecutionException("monitoring-as-code check could not run:\n" + err + out);
    }
    return new Run(out.toString(), exitCode);
  }

  private void write(String name, String content) throws MojoExecutionException {
    Path directory = reportDirectory.toPath();
    try {
      Files.createDirectories(directory);
      Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("Could not write " + directory.resolve(name) + ": " + e.getMessage(), e);
    }
  }
}
