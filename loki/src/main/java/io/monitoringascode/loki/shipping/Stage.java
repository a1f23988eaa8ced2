package io.monitoringascode.loki.shipping;

import java.util.List;
import java.util.Map;

/**
 * One stage of a log-shipping pipeline: Promtail's {@code pipeline_stages} entries, Alloy's {@code stage.*} blocks of
 * {@code loki.process}. Stages run in order on each line and share a map of extracted fields, which starts with the
 * line's labels; parsing stages ({@code json}, {@code logfmt}, {@code regex}) add to it, action stages read from it.
 *
 * <pre>{@code
 * List.of(Stage.json(Map.of("http_method", "method", "http_status", "status")),
 *     Stage.labels("http_method", "http_status"))
 * }</pre>
 */
public sealed interface Stage permits CriStage, JsonStage, LogfmtStage, RegexStage, LabelsStage, TimestampStage, OutputStage,
    DropStage, MatchStage, StaticLabelsStage, LabelDropStage {

  /**
   * The stage's key in Promtail's YAML, such as {@code json}; Alloy's block is {@code stage.<alloy name>}.
   *
   * @return the Promtail key
   */
  String key();

  /**
   * A {@code cri} stage, for lines read from the container runtime's files under {@code /var/log/pods}.
   *
   * @return the stage
   */
  static CriStage cri() {
    return new CriStage();
  }

  /**
   * A {@code json} stage extracting fields with JMESPath expressions.
   *
   * @param expressions extracted field name to JMESPath expression; an empty expression reads the field of that name
   * @return the stage
   */
  static JsonStage json(Map<String, String> expressions) {
    return new JsonStage(expressions, java.util.Optional.empty());
  }

  /**
   * A {@code logfmt} stage.
   *
   * @param mapping extracted field name to logfmt key; an empty key reads the key of that name
   * @return the stage
   */
  static LogfmtStage logfmt(Map<String, String> mapping) {
    return new LogfmtStage(mapping, java.util.Optional.empty());
  }

  /**
   * A {@code regex} stage; each named group ({@code (?P<name>…)}) becomes an extracted field.
   *
   * @param expression an RE2 expression
   * @return the stage
   */
  static RegexStage regex(String expression) {
    return new RegexStage(expression, java.util.Optional.empty());
  }

  /**
   * A {@code labels} stage turning extracted fields of the same name into labels.
   *
   * @param names label names, each read from the extracted field of the same name
   * @return the stage
   */
  static LabelsStage labels(String... names) {
    Map<String, String> values = new java.util.LinkedHashMap<>();
    for (String name : names) {
      values.put(name, "");
    }
    return new LabelsStage(values);
  }

  /**
   * A {@code timestamp} stage.
   *
   * @param source the extracted field holding the time
   * @param format a Go reference layout or a named format such as {@code RFC3339}
   * @return the stage
   */
  static TimestampStage timestamp(String source, String format) {
    return new TimestampStage(source, format, List.of(), java.util.Optional.empty(), java.util.Optional.empty());
  }

  /**
   * An {@code output} stage replacing the line with an extracted field.
   *
   * @param source the extracted field
   * @return the stage
   */
  static OutputStage output(String source) {
    return new OutputStage(source);
  }

  /**
   * A {@code match} stage running nested stages on the lines its selector matches.
   *
   * @param selector a LogQL stream selector, optionally followed by line filters
   * @param stages the nested stages
   * @return the stage
   */
  static MatchStage match(String selector, Stage... stages) {
    return new MatchStage(selector, MatchStage.Action.KEEP, java.util.Optional.empty(), java.util.Optional.empty(),
        List.of(stages));
  }

  /**
   * A {@code static_labels} stage.
   *
   * @param values label name to value
   * @return the stage
   */
  static StaticLabelsStage staticLabels(Map<String, String> values) {
    return new StaticLabelsStage(values);
  }

  /**
   * A {@code labeldrop} stage.
   *
   * @param names the labels to drop
   * @return the stage
   */
  static LabelDropStage labelDrop(String... names) {
    return new LabelDropStage(List.of(names));
  }
}
