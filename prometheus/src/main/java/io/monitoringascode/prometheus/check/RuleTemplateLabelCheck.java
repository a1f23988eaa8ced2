package io.monitoringascode.prometheus.check;

import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.TemplateLabels;
import io.monitoringascode.prometheus.labels.LabelFlow;
import io.monitoringascode.prometheus.labels.Presence;
import io.monitoringascode.prometheus.promql.BinaryExpr;
import io.monitoringascode.prometheus.promql.Call;
import io.monitoringascode.prometheus.promql.Expr;
import io.monitoringascode.prometheus.promql.Promql;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code rule/template-label}: an alert's label or annotation template prints {@code $labels.x} (or
 * {@code .Labels.x}) although the alert's expression never returns a series with the label {@code x}, so the text
 * always shows an empty value. {@code $labels} holds the labels of the series the expression returned, not the rule's
 * own {@code labels}. The labels come from {@link LabelFlow}: an error when no result series can carry the label, a
 * warning when the expression is an {@code or} and one of its branches never carries it. A label that is merely
 * unknown, such as {@code instance} of a plain selector, is never reported.
 */
final class RuleTemplateLabelCheck extends RuleCheck {
  private static final RuleInfo INFO = RuleInfo.of("rule/template-label", Severity.ERROR,
      "Alert templates must print only labels the alert's expression can return.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  RuleWalk start(FindingSink sink) {
    Flow flow = new Flow();
    return (site, expression) -> {
      if (site.isAlerting()) {
        flow.reset(expression);
        check(sink, site, flow, "labels", "Label", site.rule().getLabels());
        check(sink, site, flow, "annotations", "Annotation", site.rule().getAnnotations());
      }
    };
  }

  /**
   * An expression, and for a top-level {@code or} its branches when a label is only possible. Each printed label is
   * followed alone ({@link LabelFlow#label}): templates print a few labels, and building every label set costs more.
   */
  private static final class Flow {
    private ParsedExpression expression;
    /** The last labels followed, with their presence: the summary and the description often print the same ones. */
    private final String[] names = new String[4];
    private final Presence[] presences = new Presence[4];
    private int followed;

    /** Starts over with the expression of the next alert; one flow serves a whole walk. */
    void reset(ParsedExpression next) {
      expression = next;
      followed = 0;
    }

    /** Whether the expression parses, so that its labels can be followed. */
    boolean parses() {
      return expression.tree().isPresent();
    }

    Expr expr() {
      return expression.tree().orElseThrow();
    }

    Presence presence(String label) {
      for (int i = 0; i < Math.min(followed, names.length); i++) {
        if (names[i].equals(label)) {
          return presences[i];
        }
      }
      Presence presence = LabelFlow.label(expr(), label).presence();
      names[followed % names.length] = label;
      presences[followed++ % names.length] = presence;
      return presence;
    }

    /** The first branch of a top-level {@code or} that never carries a label. */
    Optional<Expr> branchWithout(String label) {
      if (!(Subexpressions.unwrap(expr()) instanceof BinaryExpr binary && binary.op() == BinaryExpr.Op.OR)) {
        return Optional.empty();
      }
      List<Expr> branches = new ArrayList<>();
      addBranches(binary, branches);
      for (Expr branch : branches) {
        if (LabelFlow.label(branch, label).presence() == Presence.ABSENT) {
          return Optional.of(branch);
        }
      }
      return Optional.empty();
    }

    private static void addBranches(Expr node, List<Expr> branches) {
      Expr inner = Subexpressions.unwrap(node);
      if (inner instanceof BinaryExpr binary && binary.op() == BinaryExpr.Op.OR) {
        addBranches(binary.lhs(), branches);
        addBranches(binary.rhs(), branches);
      } else {
        branches.add(inner);
      }
    }
  }

  private static void check(FindingSink sink, RuleSite site, Flow flow, String key, String noun,
      Map<String, String> templates) {
    if (templates == null) {
      return;
    }
    for (Map.Entry<String, String> entry : templates.entrySet()) {
      String text = entry.getValue() == null ? "" : entry.getValue();
      List<TemplateLabels.Reference> references = TemplateLabels.of(text);
      if (references.isEmpty() || !flow.parses()) {
        continue;
      }
      for (TemplateLabels.Reference reference : references) {
        String label = reference.label();
        Presence presence = flow.presence(label);
        if (presence == Presence.ABSENT) {
          sink.at(site.pointer(key, entry.getKey()), reference.span())
              .error(where(noun, entry.getKey(), text, reference) + ", but no series of `" + Promql.print(flow.expr())
                  + "` carries the label `" + label + "`, so it is always empty.")
              .hint(hint(flow.expr(), label));
        } else if (presence == Presence.POSSIBLE) {
          flow.branchWithout(label).ifPresent(branch -> sink.at(site.pointer(key, entry.getKey()), reference.span())
              .warning(where(noun, entry.getKey(), text, reference) + ", which is empty whenever the alert comes"
                  + " from `" + Promql.print(branch) + "`: that branch of `or` never carries the label `" + label
                  + "`.")
              .hint("Give that branch the label too (for example with `label_replace`), or guard the text with `{{ if "
                  + text.substring(reference.span().start(), reference.span().end()) + " }}`."));
        }
      }
    }
  }

  /** The start of a message: which template prints what. */
  private static String where(String noun, String name, String text, TemplateLabels.Reference reference) {
    return noun + " `" + name + "` prints `" + text.substring(reference.span().start(), reference.span().end()) + "`";
  }

  private static String hint(Expr expr, String label) {
    if (Subexpressions.unwrap(expr) instanceof Call call && call.function().name().startsWith("absent")) {
      return "`absent()` returns only the labels its selector matches with `=`: match `" + label + "` with `=` in"
          + " the selector, or write the value into the text.";
    }
    return "Keep `" + label + "` in the expression (for example in `by (...)`), or remove it from the template.";
  }
}
