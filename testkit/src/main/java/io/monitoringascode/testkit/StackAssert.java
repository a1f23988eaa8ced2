package io.monitoringascode.testkit;

import io.monitoringascode.stack.MonitoringStack;
import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link MonitoringStack}: its findings and the files it renders. */
public final class StackAssert extends AbstractAssert<StackAssert, MonitoringStack> {
  StackAssert(MonitoringStack actual) {
    super(actual, StackAssert.class);
  }

  /**
   * Verifies that checking the stack finds no error.
   *
   * @return this assertion
   */
  public StackAssert hasNoErrors() {
    isNotNull();
    new ReportAssert(actual.check()).hasNoErrors();
    return this;
  }

  /**
   * Verifies that every rendered file matches its golden file under {@code src/test/resources/golden/<directory>/}, and
   * that the directory holds no other file. {@code -Dgolden.update=true} writes them instead.
   *
   * @param directory the golden files' directory, relative to {@link GoldenFiles#root()}, such as {@code k8s}
   * @return this assertion
   */
  public StackAssert rendersGoldenFiles(String directory) {
    isNotNull();
    String prefix = directory.endsWith("/") ? directory : directory + "/";
    SortedMap<String, byte[]> files = actual.render();
    files.forEach((path, bytes) -> GoldenFiles.assertMatches(prefix + path, bytes));
    GoldenFiles.assertNoOrphans(prefix, files.keySet().stream().map(path -> prefix + path).toList());
    return this;
  }

  /**
   * Verifies that the stack renders a file with the given text.
   *
   * @param path the output-relative path, such as {@code kustomization.yaml}
   * @param expected the whole expected text
   * @return this assertion
   */
  public StackAssert rendersFile(String path, String expected) {
    isNotNull();
    byte[] bytes = actual.render().get(path);
    if (bytes == null) {
      failWithMessage("Expected the stack to render %s, but it renders only %s", path, actual.render().keySet());
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (!text.equals(expected)) {
      failWithMessage("%s differs:%n%s", path, io.monitoringascode.core.golden.GoldenFiles.unifiedDiff(expected, text));
    }
    return this;
  }
}
