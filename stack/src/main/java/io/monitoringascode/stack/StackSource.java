package io.monitoringascode.stack;

/**
 * Where a build finds a project's stack: the Maven plugin's {@code generate} goal creates the class named in its
 * {@code <stackClass>} parameter, or the one listed in {@code META-INF/services/io.monitoringascode.stack.StackSource},
 * with its public no-argument constructor, and writes the stack it returns.
 *
 * <pre>{@code
 * public final class ShopStack implements StackSource {
 *   public MonitoringStack stack() {
 *     return MonitoringStack.builder().release("prometheus").namespace("shop").add(...).build();
 *   }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface StackSource {
  /**
   * Assembles the stack.
   *
   * @return the stack to check and write
   */
  MonitoringStack stack();
}
