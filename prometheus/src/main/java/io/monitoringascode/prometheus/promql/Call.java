package io.monitoringascode.prometheus.promql;

import io.monitoringascode.core.finding.Span;
import java.util.List;

/**
 * A function call such as {@code rate(x[5m])}.
 *
 * @param function the function called, from {@link Functions}
 * @param args the arguments
 * @param span from the name to the closing parenthesis
 */
public record Call(Function function, List<Expr> args, Span span) implements Expr {
  /** Copies the arguments. */
  public Call {
    args = List.copyOf(args);
  }

  @Override
  public ValueType type() {
    return function.returnType();
  }

  @Override
  public Call withoutSpans() {
    return new Call(function, args.stream().map(Expr::withoutSpans).toList(), NO_SPAN);
  }

  @Override
  public String toString() {
    return Printer.print(this);
  }
}
