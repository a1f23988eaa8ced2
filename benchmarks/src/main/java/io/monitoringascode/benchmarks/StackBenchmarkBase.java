package io.monitoringascode.benchmarks;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.output.OutputTree;
import io.monitoringascode.core.output.WriteResult;
import io.monitoringascode.stack.MonitoringStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Build, check, render and write of a stack of {@code count} PrometheusRules (ten rules each) and {@code count}
 * ServiceMonitors ({@link StackContent}), next to a baseline in the same run: the same objects built with plain
 * fabric8 builders and written with a default Jackson {@link YAMLMapper}, unchecked. See {@code benchmarks/README.md}
 * for the commands and the results. The concrete classes set the object count and the iterations: {@link
 * StackBenchmark} for 1,000 and {@link StackScalingBenchmark} for 10,000.
 *
 * <p>Every benchmark returns what it computed, so that JMH consumes it and the JIT cannot drop the work.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public abstract class StackBenchmarkBase {
  /** The baseline's writer: a plain mapper with Jackson's default settings, shared as a user would share it. */
  private static final YAMLMapper PLAIN_YAML = new YAMLMapper();

  /**
   * How many PrometheusRules, and as many ServiceMonitors: the {@code count} parameter of the concrete class.
   *
   * @return the count
   */
  protected abstract int count();

  private MonitoringStack stack;
  private SortedMap<String, byte[]> rendered;
  private Path steadyDir;
  private Path baselineDir;

  /**
   * Prepares what the running benchmark needs, and only that, so that the suite stays short: the built stack, checked
   * once to have no findings (the benchmarks measure the success path); its rendered files; the tree that the
   * steady-state benchmarks then find unchanged; the baseline's previous files.
   *
   * @param params the running benchmark
   * @throws IOException if a temp directory cannot be created or written
   */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) throws IOException {
    String benchmark = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    if (benchmark.startsWith("ours_")) {
      stack = StackContent.ourStack(count());
      Report report = stack.check();
      if (!report.isEmpty()) {
        throw new IllegalStateException("The benchmark stack must have no findings:\n" + report.toText());
      }
    }
    if (benchmark.startsWith("ours_write")) {
      rendered = stack.render();
    }
    if (benchmark.equals("ours_buildCheckRenderWrite") || benchmark.equals("ours_writeUnchanged")) {
      steadyDir = Files.createTempDirectory(OutputRoot.get(), "mac-bench-steady-");
      stack.writeTo(steadyDir);
    }
    if (benchmark.equals("baseline_fabric8JacksonWrite_overwrite")) {
      baselineDir = Files.createTempDirectory(OutputRoot.get(), "mac-bench-baseline-");
      writePlain(StackContent.fabric8(count()), baselineDir);
    }
  }

  /**
   * Deletes the steady-state tree.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    deleteRecursively(steadyDir);
    deleteRecursively(baselineDir);
  }

  /** An empty output directory for each invocation, deleted after it outside the measured time. */
  @State(Scope.Thread)
  public static class FreshDir {
    private Path parent;
    private Path dir;
    private int invocation;

    /**
     * Creates the parent of the per-invocation directories.
     *
     * @throws IOException if it cannot be created
     */
    @Setup(Level.Trial)
    public void createParent() throws IOException {
      parent = Files.createTempDirectory(OutputRoot.get(), "mac-bench-fresh-");
    }

    /**
     * Creates an empty directory for the next invocation.
     *
     * @throws IOException if it cannot be created
     */
    @Setup(Level.Invocation)
    public void createDir() throws IOException {
      dir = Files.createDirectory(parent.resolve("run-" + invocation++));
    }

    /**
     * Deletes what the invocation wrote.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown(Level.Invocation)
    public void deleteDir() throws IOException {
      deleteRecursively(dir);
    }

    /**
     * Deletes the parent.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void deleteParent() throws IOException {
      deleteRecursively(parent);
    }

    Path dir() {
      return dir;
    }
  }

  // ---------------------------------------------------------------- end to end

  /**
   * The user's build in the incremental case: our builders, the stack, then {@code writeTo} (check, render, write)
   * into the tree the previous invocation wrote, so every file is read and compared and none is rewritten.
   *
   * @return what was written
   */
  @Benchmark
  public WriteResult ours_buildCheckRenderWrite() {
    return StackContent.ourStack(count()).writeTo(steadyDir);
  }

  /**
   * The same into an empty directory, so every file is written, as in the baseline.
   *
   * @param fresh the empty directory
   * @return what was written
   */
  @Benchmark
  public WriteResult ours_buildCheckRenderWrite_freshDir(FreshDir fresh) {
    return StackContent.ourStack(count()).writeTo(fresh.dir());
  }

  /**
   * The baseline: the same objects built with plain fabric8 builders and written with a default Jackson
   * {@link YAMLMapper}, one file per object into an empty directory, unchecked.
   *
   * @param fresh the empty directory
   * @return the objects written
   * @throws IOException if a file cannot be written
   */
  @Benchmark
  public List<HasMetadata> baseline_fabric8JacksonWrite(FreshDir fresh) throws IOException {
    return writePlain(StackContent.fabric8(count()), fresh.dir());
  }

  /**
   * The baseline as a user runs it again and again: every file of the previous invocation is overwritten, whether
   * its bytes changed or not. Compare with {@link #ours_buildCheckRenderWrite()}.
   *
   * @return the objects written
   * @throws IOException if a file cannot be written
   */
  @Benchmark
  public List<HasMetadata> baseline_fabric8JacksonWrite_overwrite() throws IOException {
    return writePlain(StackContent.fabric8(count()), baselineDir);
  }

  private static List<HasMetadata> writePlain(List<HasMetadata> objects, Path dir) throws IOException {
    for (HasMetadata object : objects) {
      String file = object.getKind().toLowerCase(Locale.ROOT) + "-" + object.getMetadata().getName() + ".yaml";
      PLAIN_YAML.writeValue(dir.resolve(file).toFile(), object);
    }
    return objects;
  }

  // ---------------------------------------------------------------- break-downs

  /**
   * Our builders and the stack's construction, which copies every object through its tree.
   *
   * @return the stack
   */
  @Benchmark
  public MonitoringStack ours_build() {
    return StackContent.ourStack(count());
  }

  /**
   * The baseline's building alone: plain fabric8 builders.
   *
   * @return the objects
   */
  @Benchmark
  public List<HasMetadata> baseline_fabric8Build() {
    return StackContent.fabric8(count());
  }

  /**
   * {@code check()} of a built stack: objects to trees, closed CRD schemas, every check.
   *
   * @return the report
   */
  @Benchmark
  public Report ours_check() {
    return stack.check();
  }

  /**
   * {@code render()} of a built stack; it includes the whole {@code check()}, since nothing renders unchecked.
   *
   * @return the files
   */
  @Benchmark
  public SortedMap<String, byte[]> ours_render() {
    return stack.render();
  }

  /**
   * Writing rendered files into the tree that already holds them: every file is read and compared, none rewritten.
   *
   * @return what was written
   */
  @Benchmark
  public WriteResult ours_writeUnchanged() {
    return OutputTree.at(steadyDir).write(rendered);
  }

  /**
   * Writing rendered files into an empty directory: every file is staged and moved into place.
   *
   * @param fresh the empty directory
   * @return what was written
   */
  @Benchmark
  public WriteResult ours_writeFreshDir(FreshDir fresh) {
    return OutputTree.at(fresh.dir()).write(rendered);
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }
}
