package io.monitoringascode.loki.logql;

/** The parsers of {@link LabelParserExpr}. */
public enum ParserType {
  /** {@code json} without parameters: every field becomes a label. */
  JSON("json"),
  /** {@code regexp "..."}: the named groups become labels. */
  REGEXP("regexp"),
  /** {@code unpack}: the labels that Promtail's {@code pack} stage embedded. */
  UNPACK("unpack"),
  /** {@code pattern "..."}: the named captures become labels. */
  PATTERN("pattern");

  private final String keyword;

  ParserType(String keyword) {
    this.keyword = keyword;
  }

  /**
   * The keyword as written in LogQL.
   *
   * @return such as {@code json}
   */
  public String keyword() {
    return keyword;
  }
}
