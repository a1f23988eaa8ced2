package io.monitoringascode.core.check;

/**
 * A check that can share one pass over its subject with the other checks of its {@link CheckGroup}, when
 * {@link Checks#run} runs them together.
 *
 * @param <T> what is checked
 */
public interface GroupedCheck<T> extends Check<T> {
  /**
   * The group this check runs in.
   *
   * @return the group, the same object for every member
   */
  CheckGroup<T> group();
}
