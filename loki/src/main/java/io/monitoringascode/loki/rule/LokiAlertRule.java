package io.monitoringascode.loki.rule;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.value.PromDuration;
import io.monitoringascode.core.values.TreeWriter;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Loki ruler rule that fires an alert while its LogQL metric query returns series; the ruler sends it to the
 * Alertmanager of {@code ruler.alertmanager_url}. Attributes are declared in the order they render. {@code build()}
 * rejects an empty name or expression, a log query (the ruler evaluates only metric queries) and a malformed
 * {@code for}, naming the attribute; the expression's syntax and the labels its templates print are checks.
 *
 * <pre>{@code
 * LokiAlertRule.builder()
 *     .alert("HighServerErrorLogRate")
 *     .expr("sum by (http_method) (rate({app=\"fake-logs\"} | json | http_status=~\"5..\" [5m])) > 1")
 *     .forDuration("5m")
 *     .putLabel("severity", "warning")
 *     .putAnnotation("summary", "{{ $labels.http_method }} requests fail")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract non-sealed class LokiAlertRule implements LokiRule {
  /**
   * Starts an alerting rule.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The alert's name; every alert it fires carries it as the {@code alertname} label. Renders to {@code alert}.
   *
   * @return the name
   */
  public abstract String alert();

  @Override
  public abstract String expr();

  /**
   * How long the expression must return a series before the alert fires. Renders to {@code for}; absent means at
   * once.
   *
   * @return the duration, such as {@code 5m}
   */
  public abstract Optional<String> forDuration();

  /**
   * Labels of the fired alerts, such as {@code severity: warning}; values may be Go templates. Renders to
   * {@code labels}; empty by default.
   *
   * @return label name to value
   */
  @Override
  public abstract Map<String, String> labels();

  /**
   * Annotations of the fired alerts, Go templates such as {@code {{ $labels.http_method }} requests fail}; {@code
   * $labels} holds the labels of the series the expression returned. Renders to {@code annotations}; empty by default.
   *
   * @return annotation name to template
   */
  public abstract Map<String, String> annotations();

  /** Rejects an empty name or expression, a log query and a malformed {@code for}. */
  @Value.Check
  protected void check() {
    if (alert().isEmpty()) {
      throw new InvalidModelException("`alert`: an alerting rule needs a non-empty name.");
    }
    RuleExpressions.requireMetricQuery("alerting rule", alert(), expr());
    forDuration().ifPresent(text -> PromDuration.parse("for", text));
  }

  ObjectNode toTree() {
    return new TreeWriter()
        .put("alert", alert())
        .put("expr", expr())
        .put("for", forDuration())
        .putMap("labels", labels())
        .putMap("annotations", annotations())
        .node();
  }

  /** Builds a {@link LokiAlertRule}. */
  public static final class Builder extends ImmutableLokiAlertRule.Builder {}
}
