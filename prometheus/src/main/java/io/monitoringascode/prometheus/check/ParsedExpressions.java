package io.monitoringascode.prometheus.check;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.Rule;
import io.fabric8.openshift.api.model.monitoring.v1.RuleGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rules of the PrometheusRule being checked, each with its {@link ParsedExpression}, shared by every check that
 * reads an expression ({@code promql/syntax} parses first, the checks built on the tree and on label flow reuse the
 * parse and its calls and comparisons), so that each expression is parsed and walked once per object. Rules are kept
 * by position, not by text: hashing every expression costs more than parsing the rare duplicate twice. Only the object
 * most recently asked about is remembered, by identity, and only while it holds the same rule objects in the same
 * places; an expression changed in place is parsed again. The results are immutable, so sharing them across threads is
 * safe.
 */
final class ParsedExpressions {
  private static final AtomicReference<ParsedExpressions> LAST = new AtomicReference<>();

  private final PrometheusRule subject;
  private final List<RuleSite> sites;
  private final ParsedExpression[] parsed;
  /** The groups and rules of {@link #sites}, in document order, compared with the object's on every use. */
  private final Object[] snapshot;

  private ParsedExpressions(PrometheusRule subject) {
    this.subject = subject;
    this.sites = List.copyOf(RuleSite.all(subject));
    this.parsed = new ParsedExpression[sites.size()];
    List<Object> objects = new ArrayList<>();
    forEachObject(subject, objects::add);
    this.snapshot = objects.toArray();
  }

  /**
   * The rules of a PrometheusRule with their expressions.
   *
   * @param subject the object being checked
   * @return its rules, remembered while the same object is checked
   */
  static ParsedExpressions of(PrometheusRule subject) {
    ParsedExpressions last = LAST.get();
    if (last == null || last.subject != subject || !last.isCurrent()) {
      last = new ParsedExpressions(subject);
      LAST.set(last);
    }
    return last;
  }

  /** Whether the object still holds the remembered groups and rules, in the same places. */
  private boolean isCurrent() {
    int[] index = {0};
    boolean[] same = {true};
    forEachObject(subject, object -> {
      same[0] &= index[0] < snapshot.length && snapshot[index[0]] == object;
      index[0]++;
    });
    return same[0] && index[0] == snapshot.length;
  }

  /** Each group that has rules, followed by its rules, in document order, skipping null entries. */
  private static void forEachObject(PrometheusRule subject, Consumer<Object> action) {
    for (RuleGroup group : RuleSite.groups(subject)) {
      if (group == null || group.getRules() == null) {
        continue;
      }
      action.accept(group);
      for (Rule rule : group.getRules()) {
        if (rule != null) {
          action.accept(rule);
        }
      }
    }
  }

  /** Every rule of the object, in document order, as {@link RuleSite#all} gives them. */
  List<RuleSite> sites() {
    return sites;
  }

  /**
   * The parsed expression of one of {@link #sites()}, parsed on first use.
   *
   * @param site a rule of this object
   * @return its expression, parsed
   */
  ParsedExpression of(RuleSite site) {
    String text = site.expr();
    boolean mine = site.index() < parsed.length && sites.get(site.index()) == site;
    ParsedExpression known = mine ? parsed[site.index()] : null;
    if (known != null && known.text().equals(text)) {
      return known;
    }
    // A race parses twice at worst: the slot then holds one of two equal, immutable results.
    known = new ParsedExpression(text);
    if (mine) {
      parsed[site.index()] = known;
    }
    return known;
  }
}
