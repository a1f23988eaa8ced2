package io.monitoringascode.core.finding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Every finding of a run, sorted by file, document, pointer (indices as numbers), span and rule id. */
public final class Report {
  private static final Report EMPTY = new Report(List.of());

  private final List<Finding> findings;

  private Report(List<Finding> findings) {
    this.findings = findings;
  }

  /**
   * A report of the given findings, sorted.
   *
   * @param findings the findings, in any order
   * @return the report
   */
  public static Report of(Collection<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(null);
    return new Report(List.copyOf(sorted));
  }

  /**
   * A report without findings.
   *
   * @return the empty report
   */
  public static Report empty() {
    return EMPTY;
  }

  /**
   * All findings, sorted.
   *
   * @return an unmodifiable list
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The findings of one severity.
   *
   * @param severity the severity
   * @return those findings, sorted
   */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The findings that block writing.
   *
   * @return the errors, sorted
   */
  public List<Finding> errors() {
    return findings(Severity.ERROR);
  }

  /**
   * Tells whether anything blocks writing.
   *
   * @return {@code true} if there is at least one error
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * Tells whether the report is empty.
   *
   * @return {@code true} if nothing was found
   */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /**
   * This report and another one together.
   *
   * @param other more findings
   * @return a new, sorted report
   */
  public Report plus(Report other) {
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(other.findings);
    return of(all);
  }

  /**
   * Applies a transformation to every finding, dropping those mapped to {@code null}; used for severity overrides.
   *
   * @param adjust the transformation
   * @return a new, sorted report
   */
  public Report map(UnaryOperator<Finding> adjust) {
    List<Finding> adjusted = new ArrayList<>();
    for (Finding finding : findings) {
      Finding result = adjust.apply(finding);
      if (result != null) {
        adjusted.add(result);
      }
    }
    return of(adjusted);
  }

  /**
   * Throws if the report has errors.
   *
   * @return this report, when it has no errors
   * @throws ReportException listing every finding, when at least one is an error
   */
  public Report orThrow() {
    if (hasErrors()) {
      throw new ReportException(this);
    }
    return this;
  }

  /**
   * The report as text, one finding a line, followed by a count line such as {@code 2 errors, 1 warning, 0 infos}.
   *
   * @return the text, lines ending in {@code \n}
   */
  public String toText() {
    StringBuilder text = new StringBuilder();
    for (Finding finding : findings) {
      text.append(finding).append('\n');
    }
    text.append(summary()).append('\n');
    return text.toString();
  }

  /**
   * Counts by severity.
   *
   * @return for example {@code 2 errors, 1 warning, 0 infos}
   */
  public String summary() {
    return plural(errors().size(), "error") + ", " + plural(findings(Severity.WARNING).size(), "warning") + ", "
        + plural(findings(Severity.INFO).size(), "info");
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Report that && findings.equals(that.findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  @Override
  public String toString() {
    return toText();
  }
}
