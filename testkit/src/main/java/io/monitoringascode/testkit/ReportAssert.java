package io.monitoringascode.testkit;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.finding.Severity;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link Report}; failures list every finding, one a line, as {@code mac check} prints them. */
public final class ReportAssert extends AbstractAssert<ReportAssert, Report> {
  ReportAssert(Report actual) {
    super(actual, ReportAssert.class);
  }

  /**
   * Verifies that no finding is an error.
   *
   * @return this assertion
   */
  public ReportAssert hasNoErrors() {
    isNotNull();
    if (actual.hasErrors()) {
      failWithMessage("Expected no errors, but found %s:%n%s", actual.summary(), lines(actual.findings()));
    }
    return this;
  }

  /**
   * Verifies that no finding is an error or a warning.
   *
   * @return this assertion
   */
  public ReportAssert hasNoErrorsOrWarnings() {
    hasNoErrors();
    if (!actual.findings(Severity.WARNING).isEmpty()) {
      failWithMessage("Expected no warnings, but found %s:%n%s", actual.summary(), lines(actual.findings()));
    }
    return this;
  }

  /**
   * Verifies that the report has no finding at all.
   *
   * @return this assertion
   */
  public ReportAssert isEmpty() {
    isNotNull();
    if (!actual.isEmpty()) {
      failWithMessage("Expected no findings, but found %s:%n%s", actual.summary(), lines(actual.findings()));
    }
    return this;
  }

  /**
   * Verifies that a rule reported at least one finding, for tests that prove a check fires.
   *
   * @param ruleId the rule id, such as {@code wiring/selection-label}
   * @return this assertion
   */
  public ReportAssert hasFinding(String ruleId) {
    isNotNull();
    if (actual.findings().stream().noneMatch(finding -> finding.ruleId().value().equals(ruleId))) {
      failWithMessage("Expected a finding of rule %s, but found %s:%n%s", ruleId, actual.summary(),
          lines(actual.findings()));
    }
    return this;
  }

  private static String lines(List<Finding> findings) {
    StringBuilder text = new StringBuilder();
    for (Finding finding : findings) {
      text.append("  ").append(finding).append('\n');
    }
    return text.toString();
  }
}
