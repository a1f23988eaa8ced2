package io.monitoringascode.prometheus.promql;

import io.monitoringascode.core.lang.GoStrings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes an expression in the canonical form of Prometheus' {@code printer.go} ({@code Node.String()}): sorted
 * matchers, normalised durations and numbers, one space around binary operators. Parsing the output gives the same
 * tree, spans aside.
 */
final class Printer {
  private static final long[] UNIT_MILLIS = {365L * 24 * 3600 * 1000, 7L * 24 * 3600 * 1000, 24L * 3600 * 1000,
      3600L * 1000, 60L * 1000, 1000L, 1L};
  private static final String[] UNITS = {"y", "w", "d", "h", "m", "s", "ms"};

  private Printer() {}

  static String print(Expr expr) {
    StringBuilder out = new StringBuilder(64);
    write(expr, out);
    return out.toString();
  }

  private static void write(Expr expr, StringBuilder out) {
    if (expr instanceof NumberLiteral n) {
      if (n.duration()) {
        long millis = Math.round(n.value() * 1000);
        out.append(millis < 0 ? "-" + formatDuration(-millis) : formatDuration(millis));
      } else {
        out.append(formatNumber(n.value()));
      }
    } else if (expr instanceof StringLiteral s) {
      out.append(GoStrings.quote(s.value()));
    } else if (expr instanceof ParenExpr p) {
      out.append('(');
      write(p.expr(), out);
      out.append(')');
    } else if (expr instanceof UnaryExpr u) {
      out.append(u.negative() ? '-' : '+');
      write(u.expr(), out);
    } else if (expr instanceof VectorSelector v) {
      writeSelector(v, out);
      writeModifiers(v.at(), v.offsetMillis(), out);
    } else if (expr instanceof MatrixSelector m) {
      writeSelector(m.selector(), out);
      out.append('[').append(formatDuration(m.rangeMillis())).append(']');
      writeModifiers(m.selector().at(), m.selector().offsetMillis(), out);
    } else if (expr instanceof SubqueryExpr s) {
      write(s.expr(), out);
      out.append('[').append(formatDuration(s.rangeMillis())).append(':');
      if (s.stepMillis() != 0) {
        out.append(formatDuration(s.stepMillis()));
      }
      out.append(']');
      writeModifiers(s.at(), s.offsetMillis(), out);
    } else if (expr instanceof Call c) {
      out.append(c.function().name()).append('(');
      writeArgs(c.args(), out);
      out.append(')');
    } else if (expr instanceof AggregateExpr a) {
      writeAggregate(a, out);
    } else if (expr instanceof BinaryExpr b) {
      writeBinary(b, out);
    }
  }

  private static void writeArgs(List<Expr> args, StringBuilder out) {
    for (int i = 0; i < args.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      write(args.get(i), out);
    }
  }

  private static void writeSelector(VectorSelector v, StringBuilder out) {
    out.append(v.name());
    List<String> matchers = new ArrayList<>(v.matchers().size());
    for (LabelMatcher m : v.matchers()) {
      matchers.add(m.toString());
    }
    if (!matchers.isEmpty()) {
      // Go sorts the matchers' printed forms with sort.Strings, a byte-wise order.
      matchers.sort(null);
      out.append('{').append(String.join(",", matchers)).append('}');
    }
  }

  private static void writeModifiers(Optional<AtModifier> at, long offsetMillis, StringBuilder out) {
    at.ifPresent(a -> {
      switch (a.kind()) {
        case START -> out.append(" @ start()");
        case END -> out.append(" @ end()");
        default -> out.append(" @ ").append(String.format(Locale.ROOT, "%.3f", a.millis() / 1000.0));
      }
    });
    if (offsetMillis > 0) {
      out.append(" offset ").append(formatDuration(offsetMillis));
    } else if (offsetMillis < 0) {
      out.append(" offset -").append(formatDuration(-offsetMillis));
    }
  }

  private static void writeAggregate(AggregateExpr a, StringBuilder out) {
    out.append(a.op().text());
    if (a.without()) {
      out.append(" without (");
      writeLabels(a.grouping(), out);
      out.append(") ");
    } else if (!a.grouping().isEmpty()) {
      out.append(" by (");
      writeLabels(a.grouping(), out);
      out.append(") ");
    }
    out.append('(');
    if (a.param().isPresent()) {
      write(a.param().get(), out);
      out.append(", ");
    }
    write(a.expr(), out);
    out.append(')');
  }

  private static void writeBinary(BinaryExpr b, StringBuilder out) {
    write(b.lhs(), out);
    out.append(' ').append(b.op().text());
    if (b.returnBool()) {
      out.append(" bool");
    }
    if (b.matching().isPresent()) {
      VectorMatching vm = b.matching().get();
      boolean grouped = vm.cardinality() == VectorMatching.Cardinality.MANY_TO_ONE
          || vm.cardinality() == VectorMatching.Cardinality.ONE_TO_MANY;
      if (!vm.labels().isEmpty() || vm.on() || grouped) {
        out.append(vm.on() ? " on (" : " ignoring (");
        writeLabels(vm.labels(), out);
        out.append(')');
      }
      if (grouped) {
        out.append(vm.cardinality() == VectorMatching.Cardinality.MANY_TO_ONE ? " group_left (" : " group_right (");
        writeLabels(vm.include(), out);
        out.append(')');
      }
    }
    out.append(' ');
    write(b.rhs(), out);
  }

  private static void writeLabels(List<String> labels, StringBuilder out) {
    for (int i = 0; i < labels.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(labelName(labels.get(i)));
    }
  }

  /** A label name as written in a selector or grouping: bare when it is a classic name, else quoted. */
  static String labelName(String name) {
    if (name.isEmpty() || Lexer.isDigit(name.charAt(0))) {
      return GoStrings.quote(name);
    }
    for (int i = 0; i < name.length(); i++) {
      if (!Lexer.isAlphaNumeric(name.charAt(i))) {
        return GoStrings.quote(name);
      }
    }
    return name;
  }

  /** A number as Go's {@code strconv.FormatFloat(v, 'f', -1, 64)} writes it. */
  static String formatNumber(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    if (value == 0) {
      return 1 / value < 0 ? "-0" : "0";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }

  /**
   * A duration as Prometheus' {@code model.Duration.String()} writes it: largest units first, years and weeks only
   * when they divide the duration exactly.
   */
  static String formatDuration(long millis) {
    if (millis == 0) {
      return "0s";
    }
    StringBuilder out = new StringBuilder();
    long rest = millis;
    for (int i = 0; i < UNITS.length; i++) {
      long unit = UNIT_MILLIS[i];
      if (i < 2 && rest % unit != 0) {
        continue;
      }
      long count = rest / unit;
      if (count > 0) {
        out.append(count).append(UNITS[i]);
        rest -= count * unit;
      }
    }
    return out.toString();
  }
}
