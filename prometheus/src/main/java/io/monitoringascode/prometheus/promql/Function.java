package io.monitoringascode.prometheus.promql;

import java.util.List;
import java.util.Optional;

/**
 * A PromQL function: one row of {@link Functions}, as Prometheus' {@code functions.go} describes it.
 *
 * @param name the name as called
 * @param argTypes the type of each argument; with {@code variadic} other than 0 the last one is optional
 * @param variadic 0 for a fixed argument list; n &gt; 0 when the last argument may be repeated up to n times in all
 *     (so it may be left out); -1 when it may be repeated without limit
 * @param returnType the type of the result
 * @param experimental whether Prometheus accepts it only with {@code --enable-feature=promql-experimental-functions}
 * @param replacedBy for a function Prometheus 3 removed, the function that replaces it
 */
public record Function(String name, List<ValueType> argTypes, int variadic, ValueType returnType,
    boolean experimental, Optional<String> replacedBy) {
  /** Copies the argument types. */
  public Function {
    argTypes = List.copyOf(argTypes);
  }

  /**
   * Whether Prometheus 3 no longer has this function.
   *
   * @return true for a removed function such as {@code holt_winters}
   */
  public boolean removed() {
    return replacedBy.isPresent();
  }

  /**
   * The fewest arguments a call needs.
   *
   * @return the number of argument types, less one when the last is optional
   */
  public int minArgs() {
    return variadic == 0 ? argTypes.size() : argTypes.size() - 1;
  }

  /**
   * The most arguments a call may have.
   *
   * @return the bound, or {@link Integer#MAX_VALUE} without one
   */
  public int maxArgs() {
    return variadic == 0 ? argTypes.size() : variadic < 0 ? Integer.MAX_VALUE : argTypes.size() - 1 + variadic;
  }
}
