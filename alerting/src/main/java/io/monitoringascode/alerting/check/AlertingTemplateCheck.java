package io.monitoringascode.alerting.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.ClosestNames;
import io.monitoringascode.core.lang.GoTemplate;
import io.monitoringascode.core.lang.GoTemplateError;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code alerting/template}: the notification texts of Slack, e-mail and PagerDuty integrations parse as Go templates
 * with Alertmanager's functions. Alertmanager parses these texts only when it sends a notification, and a text that
 * does not parse makes every notification of the integration fail; neither the API server nor the operator looks at
 * them.
 */
final class AlertingTemplateCheck implements Check<JsonNode> {
  private static final RuleInfo INFO = RuleInfo.of("alerting/template", Severity.ERROR,
      "Notification texts parse as Go templates with Alertmanager's functions.");

  /**
   * The functions Alertmanager adds to Go's ({@code DefaultFuncs} in Alertmanager's {@code template/template.go}, as of
   * 0.28). A function missing here makes Go refuse the whole text.
   */
  private static final Set<String> FUNCTIONS = Set.of("toUpper", "toLower", "title", "trimSpace", "join", "match",
      "safeHtml", "safeUrl", "urlUnescape", "reReplaceAll", "stringSlice", "date", "tz", "since",
      "humanizeDuration", "toJson");

  /** The templated fields of each integration, as paths inside one config; {@code *} stands for every list item. */
  private static final Map<String, List<String>> TEMPLATED_FIELDS = Map.of(
      "slackConfigs", List.of("callbackId", "channel", "color", "fallback", "footer", "iconEmoji", "iconURL",
          "imageURL", "pretext", "text", "thumbURL", "title", "titleLink", "username", "actions/*/name",
          "actions/*/text", "actions/*/url", "actions/*/value", "fields/*/title", "fields/*/value"),
      "emailConfigs", List.of("from", "headers/*/value", "html", "text", "to"),
      "pagerdutyConfigs", List.of("class", "client", "clientURL", "component", "description", "details/*/value",
          "group", "severity", "source"));

  private static final Map<String, String> INTEGRATION_NAMES =
      Map.of("slackConfigs", "Slack", "emailConfigs", "e-mail", "pagerdutyConfigs", "PagerDuty");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(JsonNode subject, CheckContext context, FindingSink sink) {
    JsonNode receivers = subject.path("spec").path("receivers");
    if (!receivers.isArray()) {
      return;
    }
    for (int i = 0; i < receivers.size(); i++) {
      for (Map.Entry<String, JsonNode> integration : receivers.get(i).properties()) {
        List<String> fields = TEMPLATED_FIELDS.get(integration.getKey());
        if (fields == null || !integration.getValue().isArray()) {
          continue;
        }
        for (int j = 0; j < integration.getValue().size(); j++) {
          String configPointer = JsonPointers.of("spec", "receivers", i, integration.getKey(), j);
          for (String field : fields) {
            checkPath(configPointer, integration.getValue().get(j), field.split("/"), 0,
                INTEGRATION_NAMES.get(integration.getKey()), sink);
          }
        }
      }
    }
  }

  private static void checkPath(String pointer, JsonNode node, String[] path, int depth, String integration,
      FindingSink sink) {
    if (depth == path.length) {
      if (node.isTextual()) {
        checkTemplate(pointer, node.asText(), integration, sink);
      }
    } else if (path[depth].equals("*")) {
      for (int k = 0; k < node.size() && node.isArray(); k++) {
        checkPath(JsonPointers.child(pointer, k), node.get(k), path, depth + 1, integration, sink);
      }
    } else if (node.has(path[depth])) {
      checkPath(JsonPointers.child(pointer, path[depth]), node.get(path[depth]), path, depth + 1, integration, sink);
    }
  }

  private static void checkTemplate(String pointer, String text, String integration, FindingSink sink) {
    for (GoTemplateError error : GoTemplate.check(text, FUNCTIONS, Set.of())) {
      String excerpt = text.substring(error.span().start(), error.span().end());
      String shown = excerpt.length() > 40 ? excerpt.substring(0, 39) + "…" : excerpt;
      String quoted = shown.isEmpty() ? "" : " `" + shown + "`";
      sink.at(pointer, error.span())
          .error("Template" + quoted + " does not parse (" + error.message() + "), so Alertmanager fails every"
              + " notification of this " + integration + " integration.")
          .hint(hint(error, excerpt));
    }
  }

  private static String hint(GoTemplateError error, String name) {
    switch (error.kind()) {
      case UNDEFINED_FUNCTION:
        Set<String> known = new TreeSet<>(FUNCTIONS);
        known.addAll(GoTemplate.BUILTIN_FUNCTIONS);
        return ClosestNames.closest(name, known).map(f -> "Write `" + f + "`, the closest template function.")
            .orElse("Use a function Alertmanager defines, such as `toUpper`, `title`, `join` or `reReplaceAll`.");
      case UNDEFINED_VARIABLE:
        return "Declare `" + name + "` with `{{ " + name + " := … }}` before this use, or use a field of `.`.";
      default:
        return "Fix the template so that Go's `text/template` parses it.";
    }
  }
}
