package io.monitoringascode.core.check;

import io.monitoringascode.core.finding.Finding;
import java.util.List;

/**
 * Enforces one rule on one kind of subject and reports what it finds through a {@link FindingSink}. A check never
 * throws on bad input: a value it cannot read is either reported or left to the check whose rule covers it.
 *
 * @param <T> what is checked, usually a fabric8 model object such as a {@code PrometheusRule}
 */
public interface Check<T> {

  /**
   * The rule this check enforces.
   *
   * @return its id, default severity and summary
   */
  RuleInfo info();

  /**
   * Checks a subject.
   *
   * @param subject the object to check; never modified
   * @param context what is known beyond the object, such as the Helm release that selects it
   * @param sink where findings go; pointers are relative to the subject's document
   */
  void check(T subject, CheckContext context, FindingSink sink);

  /**
   * Runs this check and collects its findings. A check that throws does not stop the run: its failure becomes one
   * finding of the check's own rule, at its default severity, so that the rule's severity override also applies.
   *
   * @param subject the object to check
   * @param context what is known beyond the object
   * @return the findings, in the order reported
   */
  default List<Finding> run(T subject, CheckContext context) {
    FindingSink sink = new FindingSink(info());
    try {
      check(subject, context, sink);
      return sink.findings();
    } catch (RuntimeException bug) {
      return Checks.failure(info(), bug);
    }
  }
}
