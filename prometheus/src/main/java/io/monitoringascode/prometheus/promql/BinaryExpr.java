package io.monitoringascode.prometheus.promql;

import io.monitoringascode.core.finding.Span;
import java.util.Optional;

/**
 * A binary operation such as {@code a / on (job) group_left b} or {@code x > bool 0}.
 *
 * @param op the operator
 * @param lhs the left operand
 * @param rhs the right operand
 * @param returnBool whether {@code bool} was written after a comparison
 * @param matching how series of two instant vectors are matched; empty when an operand is not an instant vector
 * @param span from the start of the left to the end of the right operand
 */
public record BinaryExpr(Op op, Expr lhs, Expr rhs, boolean returnBool, Optional<VectorMatching> matching, Span span)
    implements Expr {
  /** The binary operators, with Prometheus' precedence: higher binds tighter. */
  public enum Op {
    /** {@code or}. */
    OR("or", 1),
    /** {@code and}. */
    AND("and", 2),
    /** {@code unless}. */
    UNLESS("unless", 2),
    /** {@code ==}. */
    EQL("==", 3),
    /** {@code !=}. */
    NEQ("!=", 3),
    /** {@code <}. */
    LSS("<", 3),
    /** {@code <=}. */
    LTE("<=", 3),
    /** {@code >}. */
    GTR(">", 3),
    /** {@code >=}. */
    GTE(">=", 3),
    /** {@code +}. */
    ADD("+", 4),
    /** {@code -}. */
    SUB("-", 4),
    /** {@code *}. */
    MUL("*", 5),
    /** {@code /}. */
    DIV("/", 5),
    /** {@code %}. */
    MOD("%", 5),
    /** {@code atan2}. */
    ATAN2("atan2", 5),
    /** {@code ^}, right-associative. */
    POW("^", 6);

    private final String text;
    final int precedence;

    Op(String text, int precedence) {
      this.text = text;
      this.precedence = precedence;
    }

    /**
     * The operator as written.
     *
     * @return for example {@code >=} or {@code unless}
     */
    public String text() {
      return text;
    }

    /**
     * Whether this is a comparison, the only operators that take {@code bool}.
     *
     * @return true for {@code == != < <= > >=}
     */
    public boolean isComparison() {
      return precedence == 3;
    }

    /**
     * Whether this is a set operator, defined only between instant vectors.
     *
     * @return true for {@code and}, {@code or}, {@code unless}
     */
    public boolean isSetOperator() {
      return precedence <= 2;
    }
  }

  @Override
  public ValueType type() {
    return lhs.type() == ValueType.SCALAR && rhs.type() == ValueType.SCALAR ? ValueType.SCALAR : ValueType.VECTOR;
  }

  @Override
  public BinaryExpr withoutSpans() {
    return new BinaryExpr(op, lhs.withoutSpans(), rhs.withoutSpans(), returnBool, matching, NO_SPAN);
  }

  @Override
  public String toString() {
    return Printer.print(this);
  }
}
