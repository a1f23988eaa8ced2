package io.monitoringascode.core.check;

import io.monitoringascode.core.finding.Finding;
import java.util.List;

/**
 * A way to run several checks of one subject in a single pass, such as one walk over the rules of a PrometheusRule
 * for every rule check, instead of one pass per check. {@link Checks#run} hands a group the members of a check list
 * that name it ({@link GroupedCheck#group()}); a member run on its own behaves the same, only slower.
 *
 * @param <T> what is checked
 */
public interface CheckGroup<T> {
  /**
   * Runs some checks of this group over a subject in one pass. A check that throws loses only its own findings, which
   * become {@link Checks#failure} findings.
   *
   * @param checks checks whose {@link GroupedCheck#group()} is this group
   * @param subject the object to check; never modified
   * @param context what is known beyond the object
   * @return each check's findings, in the order of {@code checks}
   */
  List<List<Finding>> run(List<? extends GroupedCheck<T>> checks, T subject, CheckContext context);
}
