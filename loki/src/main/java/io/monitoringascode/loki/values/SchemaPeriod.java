package io.monitoringascode.loki.values;

import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.value.PromDuration;
import io.monitoringascode.core.values.TreeWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.immutables.value.Value;

/**
 * One period of Loki's schema, from a date on. Renders to an item of {@code loki.schemaConfig.configs}:
 * {@code from}, {@code store}, {@code object_store}, {@code schema} and {@code index.prefix}/{@code index.period}.
 *
 * <pre>{@code
 * SchemaPeriod.builder().from("2024-04-01").store("tsdb").objectStore("s3").schema("v13").build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class SchemaPeriod {
  /**
   * Starts a schema period.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The first day of this period, as {@code YYYY-MM-DD}. Renders to {@code from} as a string (quoted, so that YAML
   * does not read it as a timestamp).
   *
   * @return the date
   */
  public abstract String from();

  /**
   * The index store, such as {@code tsdb}. Renders to {@code store}.
   *
   * @return the store
   */
  public abstract String store();

  /**
   * Where chunks and index files go, such as {@code s3}, {@code gcs}, {@code azure} or {@code filesystem}. Renders to
   * {@code object_store}.
   *
   * @return the object store
   */
  public abstract String objectStore();

  /**
   * The schema version, such as {@code v13}. Renders to {@code schema}.
   *
   * @return the version
   */
  public abstract String schema();

  /**
   * The prefix of index tables. Renders to {@code index.prefix}; defaults to {@code index_}.
   *
   * @return the prefix
   */
  @Value.Default
  public String indexPrefix() {
    return "index_";
  }

  /**
   * How long one index table covers. Renders to {@code index.period}; defaults to {@code 24h}, the only period
   * {@code tsdb} supports.
   *
   * @return the period
   */
  @Value.Default
  public String indexPeriod() {
    return "24h";
  }

  /** Validates the date and the period. */
  @Value.Check
  protected void check() {
    try {
      if (!from().matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw new DateTimeParseException("not YYYY-MM-DD", from(), 0);
      }
      LocalDate.parse(from());
    } catch (DateTimeParseException e) {
      throw new InvalidModelException("`from`: `" + from() + "` is not a date written as YYYY-MM-DD.");
    }
    PromDuration.parse("index.period", indexPeriod());
  }

  TreeWriter toTree() {
    return new TreeWriter()
        .put("from", from())
        .put("store", store())
        .put("object_store", objectStore())
        .put("schema", schema())
        .putObject("index", new TreeWriter().put("prefix", indexPrefix()).put("period", indexPeriod()));
  }

  /** Builds a {@link SchemaPeriod}. */
  public static final class Builder extends ImmutableSchemaPeriod.Builder {}
}
