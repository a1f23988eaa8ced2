package io.monitoringascode.maven;

import io.monitoringascode.cli.ReportFiles;
import io.monitoringascode.core.check.SeverityOverrides;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.output.WriteResult;
import io.monitoringascode.stack.MonitoringStack;
import io.monitoringascode.stack.StackSource;
import io.monitoringascode.stack.profile.Profile;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/**
 * Generates the project's monitoring stack: creates its {@link StackSource} from the compiled classes and the runtime
 * class path, checks the stack, writes a JSON and a SARIF report, and writes the output tree unless a finding fails
 * the build. Goal {@code generate}, bound to {@code process-classes}, the first phase in which the project's classes
 * exist; its parameters are described in {@code META-INF/maven/plugin.xml}.
 */
public class GenerateMojo extends AbstractMojo {
  /** The class that assembles the stack; by default the one {@code ServiceLoader} finds. */
  private String stackClass;

  /** The output tree's root. Only files this plugin wrote before are ever replaced or deleted. */
  private File outputDirectory;

  /** Where {@code monitoring-as-code.json} and {@code monitoring-as-code.sarif} go. */
  private File reportDirectory;

  /** The lowest severity that fails the build: {@code error} or {@code warning}. */
  private String failOn;

  /** Severity changes, as the CLI's {@code --severity}: {@code rule/id=warning,other/id=off}. */
  private String severityOverrides;

  /** The rule profile: {@code default} (the stack's own), {@code dev} or {@code production}. */
  private String profile;

  /** Skips the goal. */
  private boolean skip;

  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipped (mac.skip).");
      return;
    }
    Optional<Profile> chosen = Profiles.of(profile);
    FailOn level = FailOn.parse(failOn);
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(projectClassPath(), getClass().getClassLoader())) {
      // Jackson and fabric8 look classes up through the context loader.
      thread.setContextClassLoader(loader);
      MonitoringStack built = build(source(loader));
      MonitoringStack stack = overridden(chosen.map(built::withProfile).orElse(built));
      Report report = stack.check();
      writeReports(report);
      logFindings(report);
      if (level.fails(report)) {
        throw new MojoFailureException(report.summary() + " (failOn " + level + "); nothing was written to "
            + outputDirectory + ". Reports: " + reportDirectory.toPath().resolve("monitoring-as-code.sarif"));
      }
      WriteResult result = stack.writeTo(outputDirectory.toPath());
      getLog().info("Wrote " + outputDirectory + ": " + result.written().size() + " written, "
          + result.unchanged().size() + " unchanged, " + result.deleted().size() + " deleted.");
    } catch (IOException e) {
      throw new MojoExecutionException("Could not load the stack: " + e.getMessage(), e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** Runs the user's code; what it throws (an invalid model, a missing name) fails the build with its message. */
  private static MonitoringStack build(StackSource source) throws MojoFailureException {
    try {
      return source.stack();
    } catch (RuntimeException e) {
      throw new MojoFailureException(source.getClass().getName() + ".stack() failed: " + e.getMessage(), e);
    }
  }

  private MonitoringStack overridden(MonitoringStack stack) throws MojoExecutionException {
    if (severityOverrides == null || severityOverrides.isBlank()) {
      return stack;
    }
    try {
      return stack.withSeverityOverrides(SeverityOverrides.parse(severityOverrides));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("severityOverrides: " + e.getMessage(), e);
    }
  }

  private URL[] projectClassPath() throws MojoExecutionException {
    try {
      List<URL> urls = new ArrayList<>();
      for (String element : project.getRuntimeClasspathElements()) {
        urls.add(new File(element).toURI().toURL());
      }
      return urls.toArray(URL[]::new);
    } catch (DependencyResolutionRequiredException | MalformedURLException e) {
      throw new MojoExecutionException("Could not read the project's runtime class path: " + e.getMessage(), e);
    }
  }

  private StackSource source(ClassLoader loader) throws MojoExecutionException {
    if (stackClass != null && !stackClass.isBlank()) {
      try {
        Class<?> type = Class.forName(stackClass.strip(), true, loader);
        if (!StackSource.class.isAssignableFrom(type)) {
          throw new MojoExecutionException("stackClass " + stackClass + " does not implement "
              + StackSource.class.getName() + ".");
        }
        return (StackSource) type.getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new MojoExecutionException("Could not create stackClass " + stackClass + " (is it compiled, public,"
            + " with a public no-argument constructor?): " + e, e);
      }
    }
    List<StackSource> found = new ArrayList<>();
    ServiceLoader.load(StackSource.class, loader).forEach(found::add);
    if (found.size() != 1) {
      throw new MojoExecutionException("Found " + found.size() + " stack sources; name one in <stackClass>, or list"
          + " exactly one in META-INF/services/" + StackSource.class.getName() + ".");
    }
    return found.get(0);
  }

  private void writeReports(Report report) throws MojoExecutionException {
    Path directory = reportDirectory.toPath();
    try {
      Files.createDirectories(directory);
      Files.writeString(directory.resolve("monitoring-as-code.json"), ReportFiles.json(report), StandardCharsets.UTF_8);
      Files.writeString(directory.resolve("monitoring-as-code.sarif"), ReportFiles.sarif(report),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("Could not write the reports into " + directory + ": " + e.getMessage(), e);
    }
  }

  /** One line per finding, {@code file:pointer: severity [rule] message Hint: hint}, at the finding's log level. */
  private void logFindings(Report report) {
    String prefix = project.getBasedir().toPath().relativize(outputDirectory.toPath().toAbsolutePath()) + "/";
    for (Finding finding : report.findings()) {
      String line = (finding.location().file().isPresent() ? prefix : "") + finding;
      if (finding.severity() == Severity.ERROR) {
        getLog().error(line);
      } else if (finding.severity() == Severity.WARNING) {
        getLog().warn(line);
      } else {
        getLog().info(line);
      }
    }
  }
}
