package io.monitoringascode.loki.logql;

import io.monitoringascode.core.lang.GoStrings;
import java.util.List;

/**
 * Prints a tree in the canonical form of Loki's {@code Expr.String()} methods ({@code ast.go} and the label filters of
 * {@code pkg/logql/log}): one space around pipes, binary operations in parentheses, strings quoted as Go quotes them,
 * label filters joined as {@code ( a , b )}.
 */
final class Printer {
  private final StringBuilder out = new StringBuilder(64);

  private Printer() {}

  static String print(Expr expr) {
    Printer printer = new Printer();
    printer.expr(expr);
    return printer.out.toString();
  }

  private void expr(Expr expr) {
    if (expr instanceof MatchersExpr e) {
      selector(e);
    } else if (expr instanceof PipelineExpr e) {
      selector(e.selector());
      out.append(' ');
      for (int i = 0; i < e.stages().size(); i++) {
        if (i > 0) {
          out.append(' ');
        }
        stage(e.stages().get(i));
      }
    } else if (expr instanceof RangeAggregationExpr e) {
      out.append(e.operation()).append('(');
      e.parameter().ifPresent(p -> out.append(Literals.formatPlain(p)).append(','));
      range(e.range());
      out.append(')');
      e.grouping().ifPresent(this::grouping);
    } else if (expr instanceof VectorAggregationExpr e) {
      out.append(e.operation());
      // Loki omits a grouping that keeps no label (`by ()`, or none), and prints `without ()`.
      e.grouping().filter(g -> g.without() || !g.labels().isEmpty()).ifPresent(this::grouping);
      out.append('(');
      e.parameter().ifPresent(p -> out.append(p).append(','));
      expr(e.inner());
      out.append(')');
    } else if (expr instanceof BinOpExpr e) {
      out.append('(');
      expr(e.left());
      out.append(' ').append(e.operator());
      modifier(e.modifier());
      out.append(' ');
      expr(e.right());
      out.append(')');
    } else if (expr instanceof LiteralExpr e) {
      out.append(Literals.formatShortest(e.value()));
    } else if (expr instanceof VectorExpr e) {
      out.append("vector(").append(Literals.formatSixDecimals(e.value())).append(')');
    } else if (expr instanceof LabelReplaceExpr e) {
      out.append("label_replace(");
      expr(e.inner());
      out.append(',').append(GoStrings.quote(e.destination())).append(',').append(GoStrings.quote(e.replacement()))
          .append(',').append(GoStrings.quote(e.source())).append(',').append(GoStrings.quote(e.regex())).append(')');
    }
  }

  private void selector(MatchersExpr selector) {
    out.append('{');
    List<Matcher> matchers = selector.matchers();
    for (int i = 0; i < matchers.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      matcher(matchers.get(i));
    }
    out.append('}');
  }

  private void matcher(Matcher matcher) {
    out.append(matcher.name()).append(matcher.type().operator()).append(GoStrings.quote(matcher.value()));
  }

  private void stage(StageExpr stage) {
    if (stage instanceof LineFilterExpr e) {
      out.append(e.type().operator()).append(' ');
      for (int i = 0; i < e.values().size(); i++) {
        if (i > 0) {
          out.append(" or ");
        }
        LineFilterValue value = e.values().get(i);
        if (value.ip()) {
          out.append("ip(").append(GoStrings.quote(value.match())).append(')');
        } else {
          out.append(GoStrings.quote(value.match()));
        }
      }
    } else if (stage instanceof LabelParserExpr e) {
      out.append("| ").append(e.parser().keyword());
      if (!e.param().isEmpty()) {
        out.append(' ').append(GoStrings.quote(e.param()));
      } else if (e.parser() == ParserType.REGEXP || e.parser() == ParserType.PATTERN) {
        out.append(" \"\"");
      }
    } else if (stage instanceof LogfmtParserExpr e) {
      out.append("| logfmt");
      if (e.strict()) {
        out.append(" --strict");
      }
      if (e.keepEmpty()) {
        out.append(" --keep-empty");
      }
    } else if (stage instanceof JsonExpressionParser e) {
      out.append("| json ");
      extractions(e.extractions());
    } else if (stage instanceof LogfmtExpressionParser e) {
      out.append("| logfmt ");
      if (e.strict()) {
        out.append("--strict ");
      }
      if (e.keepEmpty()) {
        out.append("--keep-empty ");
      }
      extractions(e.extractions());
    } else if (stage instanceof LabelFilterExpr e) {
      out.append("| ");
      labelFilter(e.filter());
    } else if (stage instanceof LineFmtExpr e) {
      out.append("| line_format ").append(GoStrings.quote(e.template()));
    } else if (stage instanceof LabelFmtExpr e) {
      out.append("| label_format ");
      for (int i = 0; i < e.formats().size(); i++) {
        LabelFmt format = e.formats().get(i);
        if (i > 0) {
          out.append(',');
        }
        out.append(format.name()).append('=').append(format.rename() ? format.value() : GoStrings.quote(format.value()));
      }
    } else if (stage instanceof DecolorizeExpr) {
      out.append("| decolorize");
    } else if (stage instanceof DropLabelsExpr e) {
      out.append("| drop ");
      labelRefs(e.labels());
    } else if (stage instanceof KeepLabelsExpr e) {
      out.append("| keep ");
      labelRefs(e.labels());
    }
  }

  private void extractions(List<LabelExtraction> extractions) {
    for (int i = 0; i < extractions.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(extractions.get(i).label()).append('=').append(GoStrings.quote(extractions.get(i).expression()));
    }
  }

  private void labelRefs(List<LabelRef> labels) {
    for (int i = 0; i < labels.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      LabelRef label = labels.get(i);
      if (label.matcher().isPresent()) {
        matcher(label.matcher().get());
      } else {
        out.append(label.name());
      }
    }
  }

  private void labelFilter(LabelFilter filter) {
    if (filter instanceof StringLabelFilter f) {
      matcher(f.matcher());
    } else if (filter instanceof NumericLabelFilter f) {
      out.append(f.name()).append(f.type().operator()).append(Literals.formatPlain(f.value()));
    } else if (filter instanceof DurationLabelFilter f) {
      out.append(f.name()).append(f.type().operator()).append(Durations.formatGo(f.value()));
    } else if (filter instanceof BytesLabelFilter f) {
      out.append(f.name()).append(f.type().operator()).append(Literals.formatBytes(f.bytes()));
    } else if (filter instanceof IpLabelFilter f) {
      out.append(f.name()).append(f.negated() ? "!=" : "=").append("ip(").append(GoStrings.quote(f.pattern()))
          .append(')');
    } else if (filter instanceof BinaryLabelFilter f) {
      out.append("( ");
      labelFilter(f.left());
      out.append(f.and() ? " , " : " or ");
      labelFilter(f.right());
      out.append(" )");
    }
  }

  private void range(LogRange range) {
    expr(range.selector());
    range.unwrap().ifPresent(unwrap -> {
      out.append(" | unwrap ");
      if (unwrap.conversion().isPresent()) {
        out.append(unwrap.conversion().get()).append('(').append(unwrap.label()).append(')');
      } else {
        out.append(unwrap.label());
      }
      for (LabelFilter filter : unwrap.postFilters()) {
        out.append(" | ");
        labelFilter(filter);
      }
    });
    out.append('[').append(Durations.formatProm(range.range())).append(']');
    if (!range.offset().isZero()) {
      out.append(" offset ").append(Durations.formatGo(range.offset()));
    }
  }

  private void grouping(Grouping grouping) {
    out.append(grouping.without() ? " without (" : " by (").append(String.join(",", grouping.labels())).append(')');
  }

  private void modifier(BinOpModifier modifier) {
    if (modifier.returnBool()) {
      out.append(" bool");
    }
    if (modifier.on() || !modifier.matchingLabels().isEmpty()) {
      String group = switch (modifier.cardinality()) {
        case MANY_TO_ONE -> "group_left";
        case ONE_TO_MANY -> "group_right";
        case ONE_TO_ONE -> "";
      };
      if (!modifier.include().isEmpty()) {
        group = group + " (" + String.join(",", modifier.include()) + ")";
      }
      // Loki writes "%s %s (%s) %s", so a matching without a group ends in a space.
      out.append(modifier.on() ? " on (" : " ignoring (").append(String.join(",", modifier.matchingLabels()))
          .append(") ").append(group);
    }
  }
}
