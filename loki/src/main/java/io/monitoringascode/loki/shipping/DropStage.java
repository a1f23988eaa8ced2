package io.monitoringascode.loki.shipping;

import java.util.List;
import java.util.Optional;

/**
 * Promtail's {@code drop} stage, Alloy's {@code stage.drop}: drops the lines that meet every condition given.
 *
 * <pre>{@code
 * DropStage.builder().expression(".*debug.*").longerThan("1KB").build()
 * }</pre>
 *
 * @param source renders to {@code source}: the extracted field (or comma-separated fields) to test instead of the line
 * @param separator renders to {@code separator}: joins the values of several sources ({@code ;} by default)
 * @param expression renders to {@code expression}: an RE2 expression the line or source must match
 * @param value renders to {@code value}: the exact value the source must have
 * @param olderThan renders to {@code older_than}: a duration such as {@code 24h}
 * @param longerThan renders to {@code longer_than}: a size such as {@code 8KB}
 * @param dropCounterReason renders to {@code drop_counter_reason}: the {@code reason} label of the dropped-lines counter
 */
public record DropStage(Optional<String> source, Optional<String> separator, Optional<String> expression,
    Optional<String> value, Optional<String> olderThan, Optional<String> longerThan,
    Optional<String> dropCounterReason) implements Stage {
  /** Requires at least one condition, and a source for {@code value}. */
  public DropStage {
    List.of(source, separator, expression, value, olderThan, longerThan, dropCounterReason)
        .forEach(attribute -> Stages.nonNull(attribute, "drop"));
    if (expression.isEmpty() && value.isEmpty() && olderThan.isEmpty() && longerThan.isEmpty()
        && source.isEmpty()) {
      throw Stages.invalid("drop: give at least one of source, expression, value, older_than or longer_than.");
    }
    if (value.isPresent() && source.isEmpty()) {
      // Promtail refuses `value` without `source` at start.
      throw Stages.invalid("drop: `value` needs a `source`.");
    }
    if (value.isPresent() && expression.isPresent()) {
      throw Stages.invalid("drop: give `value` or `expression`, not both.");
    }
  }

  /**
   * Starts a drop stage.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The extracted fields this stage reads.
   *
   * @return the names in {@link #source()}, split at commas
   */
  public List<String> sourceFields() {
    return source.map(names -> List.of(names.split(",", -1))).orElse(List.of()).stream().map(String::trim).toList();
  }

  @Override
  public String key() {
    return "drop";
  }

  /** Builds a {@link DropStage}; every attribute is optional, but one condition is needed. */
  public static final class Builder {
    private String source;
    private String separator;
    private String expression;
    private String value;
    private String olderThan;
    private String longerThan;
    private String dropCounterReason;

    private Builder() {}

    /**
     * Sets {@link DropStage#source()}.
     *
     * @param fields an extracted field, or several separated by commas
     * @return this builder
     */
    public Builder source(String fields) {
      this.source = fields;
      return this;
    }

    /**
     * Sets {@link DropStage#separator()}.
     *
     * @param text the separator
     * @return this builder
     */
    public Builder separator(String text) {
      this.separator = text;
      return this;
    }

    /**
     * Sets {@link DropStage#expression()}.
     *
     * @param regex an RE2 expression
     * @return this builder
     */
    public Builder expression(String regex) {
      this.expression = regex;
      return this;
    }

    /**
     * Sets {@link DropStage#value()}.
     *
     * @param exact the value
     * @return this builder
     */
    public Builder value(String exact) {
      this.value = exact;
      return this;
    }

    /**
     * Sets {@link DropStage#olderThan()}.
     *
     * @param duration such as {@code 24h}
     * @return this builder
     */
    public Builder olderThan(String duration) {
      this.olderThan = duration;
      return this;
    }

    /**
     * Sets {@link DropStage#longerThan()}.
     *
     * @param size such as {@code 8KB}
     * @return this builder
     */
    public Builder longerThan(String size) {
      this.longerThan = size;
      return this;
    }

    /**
     * Sets {@link DropStage#dropCounterReason()}.
     *
     * @param reason the counter's reason label
     * @return this builder
     */
    public Builder dropCounterReason(String reason) {
      this.dropCounterReason = reason;
      return this;
    }

    /**
     * Builds the stage.
     *
     * @return the stage
     * @throws io.monitoringascode.core.value.InvalidModelException without a condition
     */
    public DropStage build() {
      return new DropStage(Optional.ofNullable(source), Optional.ofNullable(separator), Optional.ofNullable(expression),
          Optional.ofNullable(value), Optional.ofNullable(olderThan), Optional.ofNullable(longerThan),
          Optional.ofNullable(dropCounterReason));
    }
  }
}
