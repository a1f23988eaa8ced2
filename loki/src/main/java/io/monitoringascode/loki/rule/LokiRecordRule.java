package io.monitoringascode.loki.rule;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A Loki ruler rule that stores its LogQL metric query's result as series under a metric name, sent to Prometheus by
 * remote write ({@code ruler.remote_write}). Attributes are declared in the order they render. {@code build()} rejects
 * an empty name or expression and a log query; the name's convention is the check {@code logql/record-name}.
 *
 * <pre>{@code
 * LokiRecordRule.builder()
 *     .record("app:log_lines:rate5m")
 *     .expr("sum by (app) (rate({app=~\".+\"}[5m]))")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract non-sealed class LokiRecordRule implements LokiRule {
  /**
   * Starts a recording rule.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The metric name of the recorded series, by convention {@code level:metric:operations}. Renders to
   * {@code record}.
   *
   * @return the name
   */
  public abstract String record();

  @Override
  public abstract String expr();

  /**
   * Labels added to the recorded series. Renders to {@code labels}; empty by default.
   *
   * @return label name to value
   */
  @Override
  public abstract Map<String, String> labels();

  /** Rejects an empty name or expression and a log query. */
  @Value.Check
  protected void check() {
    if (record().isEmpty()) {
      throw new InvalidModelException("`record`: a recording rule needs a non-empty name.");
    }
    RuleExpressions.requireMetricQuery("recording rule", record(), expr());
  }

  ObjectNode toTree() {
    return new TreeWriter().put("record", record()).put("expr", expr()).putMap("labels", labels()).node();
  }

  /** Builds a {@link LokiRecordRule}. */
  public static final class Builder extends ImmutableLokiRecordRule.Builder {}
}
