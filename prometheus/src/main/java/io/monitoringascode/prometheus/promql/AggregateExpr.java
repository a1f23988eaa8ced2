package io.monitoringascode.prometheus.promql;

import io.monitoringascode.core.finding.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An aggregation such as {@code sum by (job) (rate(x[5m]))} or {@code topk(5, x)}.
 *
 * @param op the aggregation operator
 * @param param the parameter of {@code topk}, {@code quantile}, {@code count_values}…
 * @param expr the aggregated expression
 * @param grouping the labels of {@code by} or {@code without}
 * @param without true for {@code without}, false for {@code by} or no grouping
 * @param span from the operator to the end of the aggregation
 */
public record AggregateExpr(Op op, Optional<Expr> param, Expr expr, List<String> grouping, boolean without, Span span)
    implements Expr {
  /** Copies the grouping labels. */
  public AggregateExpr {
    grouping = List.copyOf(grouping);
  }

  /** The aggregation operators of Prometheus 3.5. */
  public enum Op {
    /** {@code sum}. */
    SUM,
    /** {@code avg}. */
    AVG,
    /** {@code count}. */
    COUNT,
    /** {@code min}. */
    MIN,
    /** {@code max}. */
    MAX,
    /** {@code group}. */
    GROUP,
    /** {@code stddev}. */
    STDDEV,
    /** {@code stdvar}. */
    STDVAR,
    /** {@code topk}, with a scalar parameter. */
    TOPK,
    /** {@code bottomk}, with a scalar parameter. */
    BOTTOMK,
    /** {@code count_values}, with a string parameter. */
    COUNT_VALUES,
    /** {@code quantile}, with a scalar parameter. */
    QUANTILE,
    /** {@code limitk}, experimental, with a scalar parameter. */
    LIMITK,
    /** {@code limit_ratio}, experimental, with a scalar parameter. */
    LIMIT_RATIO;

    /**
     * The operator as written.
     *
     * @return for example {@code count_values}
     */
    public String text() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the operator takes a parameter before the aggregated expression.
     *
     * @return true for {@code topk}, {@code bottomk}, {@code count_values}, {@code quantile}, {@code limitk} and
     *     {@code limit_ratio}
     */
    public boolean takesParameter() {
      return ordinal() >= TOPK.ordinal();
    }

    /**
     * Whether Prometheus 3.5 accepts the operator only with {@code --enable-feature=promql-experimental-functions}.
     *
     * @return true for {@code limitk} and {@code limit_ratio}
     */
    public boolean experimental() {
      return this == LIMITK || this == LIMIT_RATIO;
    }
  }

  @Override
  public ValueType type() {
    return ValueType.VECTOR;
  }

  @Override
  public AggregateExpr withoutSpans() {
    return new AggregateExpr(op, param.map(Expr::withoutSpans), expr.withoutSpans(), grouping, without, NO_SPAN);
  }

  @Override
  public String toString() {
    return Printer.print(this);
  }
}
