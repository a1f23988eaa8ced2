package io.monitoringascode.loki.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.TemplateLabels;
import io.monitoringascode.loki.logql.Expr;
import io.monitoringascode.loki.logql.Logql;
import io.monitoringascode.loki.logql.ParseResult;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code logql/template-label}: a label or annotation template of a Loki alerting rule prints {@code $labels.x}
 * although the rule's LogQL query never returns a series with the label {@code x}, so the text always shows an empty
 * value. {@code $labels} holds the labels of the series the query returned; {@code sum by (app) (...)} keeps only
 * {@code app}. Reported only where the query fixes its labels ({@link ResultLabels}) and the template prints the label
 * in an action that no condition guards ({@link TemplateLabels}, which {@code rule/template-label} reads too).
 */
final class LogqlTemplateLabelCheck implements Check<JsonNode> {
  private static final RuleInfo INFO = RuleInfo.of("logql/template-label", Severity.ERROR,
      "Loki alert templates must print only labels the alert's query can return.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(JsonNode rulesFile, CheckContext context, FindingSink sink) {
    for (LokiRuleSite site : LokiRuleSite.all(rulesFile)) {
      if (!site.isAlerting() || site.text("expr").isBlank()) {
        continue;
      }
      ParseResult parsed = Logql.parse(site.text("expr"));
      if (!parsed.valid()) {
        continue;
      }
      Expr expr = parsed.expr().orElseThrow();
      Optional<Set<String>> labels = ResultLabels.of(expr);
      if (labels.isEmpty()) {
        continue;
      }
      check(sink, site, expr, labels.get(), "labels", "Label");
      check(sink, site, expr, labels.get(), "annotations", "Annotation");
    }
  }

  private static void check(FindingSink sink, LokiRuleSite site, Expr expr, Set<String> labels, String key,
      String noun) {
    Iterator<Map.Entry<String, JsonNode>> templates = site.rule().path(key).fields();
    while (templates.hasNext()) {
      Map.Entry<String, JsonNode> template = templates.next();
      String text = template.getValue().asText("");
      for (TemplateLabels.Reference reference : TemplateLabels.of(text)) {
        if (labels.contains(reference.label())) {
          continue;
        }
        String printed = text.substring(reference.span().start(), reference.span().end());
        sink.at(site.pointer(key, template.getKey()), reference.span())
            .report(noun + " `" + template.getKey() + "` prints `" + printed + "`, but no series of `"
                + Logql.print(expr) + "` carries the label `" + reference.label() + "`, so it is always empty.")
            .hint("Keep `" + reference.label() + "` in the query (for example in `by (...)`), or remove it from the"
                + " template.");
      }
    }
  }
}
