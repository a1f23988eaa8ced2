package io.monitoringascode.loki.shipping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Promtail's {@code regex} stage, Alloy's {@code stage.regex}: each named capture group becomes an extracted field.
 *
 * @param expression renders to {@code expression}: an RE2 expression with named groups ({@code (?P<name>…)})
 * @param source renders to {@code source}: the extracted field to match instead of the line
 */
public record RegexStage(String expression, Optional<String> source) implements Stage {
  private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?P?<([A-Za-z_][A-Za-z0-9_]*)>");

  /** Requires an expression. */
  public RegexStage {
    expression = Stages.nonEmpty(expression, "regex: expression");
    source = Stages.nonNull(source, "regex: source");
  }

  /**
   * This stage matching an extracted field instead of the line.
   *
   * @param field the extracted field
   * @return a copy
   */
  public RegexStage withSource(String field) {
    return new RegexStage(expression, Optional.of(field));
  }

  /**
   * The names of the expression's capture groups: the fields this stage extracts.
   *
   * @return the names, in order of appearance
   */
  public List<String> groupNames() {
    List<String> names = new ArrayList<>();
    Matcher matcher = NAMED_GROUP.matcher(expression);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  @Override
  public String key() {
    return "regex";
  }
}
