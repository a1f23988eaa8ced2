package io.monitoringascode.loki.logql;

/**
 * The kinds of LogQL tokens, in the order Loki's grammar ({@code syntax.y}) declares them, so that a list of expected
 * tokens reads as Loki prints it. Each kind carries the name Loki's parser uses in its messages: the operator or
 * keyword
 * itself when Loki's lexer maps it ({@code ,}, {@code by}, {@code |=}), the grammar's upper-case name otherwise
 * ({@code STRING}, {@code RANGE}, {@code SUM}).
 */
enum TokenKind {
  BYTES("BYTES"),
  IDENTIFIER("IDENTIFIER"),
  STRING("STRING"),
  NUMBER("NUMBER"),
  PARSER_FLAG("PARSER_FLAG"),
  DURATION("DURATION"),
  RANGE("RANGE"),
  EQ("="),
  RE("=~"),
  NRE("!~"),
  NPA("!>"),
  OPEN_BRACE("{"),
  CLOSE_BRACE("}"),
  OPEN_BRACKET("["),
  CLOSE_BRACKET("]"),
  COMMA(","),
  DOT("."),
  PIPE_MATCH("|~"),
  PIPE_EXACT("|="),
  PIPE_PATTERN("|>"),
  OPEN_PARENTHESIS("("),
  CLOSE_PARENTHESIS(")"),
  BY("by"),
  WITHOUT("without"),
  COUNT_OVER_TIME("COUNT_OVER_TIME"),
  RATE("RATE"),
  RATE_COUNTER("RATE_COUNTER"),
  SUM("SUM"),
  SORT("SORT"),
  SORT_DESC("SORT_DESC"),
  AVG("AVG"),
  MAX("MAX"),
  MIN("MIN"),
  COUNT("COUNT"),
  STDDEV("STDDEV"),
  STDVAR("STDVAR"),
  BOTTOMK("BOTTOMK"),
  TOPK("TOPK"),
  APPROX_TOPK("APPROX_TOPK"),
  BYTES_OVER_TIME("BYTES_OVER_TIME"),
  BYTES_RATE("BYTES_RATE"),
  BOOL("bool"),
  JSON("json"),
  REGEXP("regexp"),
  LOGFMT("logfmt"),
  PIPE("|"),
  LINE_FMT("line_format"),
  LABEL_FMT("label_format"),
  UNWRAP("unwrap"),
  AVG_OVER_TIME("AVG_OVER_TIME"),
  SUM_OVER_TIME("SUM_OVER_TIME"),
  MIN_OVER_TIME("MIN_OVER_TIME"),
  MAX_OVER_TIME("MAX_OVER_TIME"),
  STDVAR_OVER_TIME("STDVAR_OVER_TIME"),
  STDDEV_OVER_TIME("STDDEV_OVER_TIME"),
  QUANTILE_OVER_TIME("QUANTILE_OVER_TIME"),
  BYTES_CONV("BYTES_CONV"),
  DURATION_CONV("DURATION_CONV"),
  DURATION_SECONDS_CONV("DURATION_SECONDS_CONV"),
  FIRST_OVER_TIME("FIRST_OVER_TIME"),
  LAST_OVER_TIME("LAST_OVER_TIME"),
  ABSENT_OVER_TIME("ABSENT_OVER_TIME"),
  VECTOR("VECTOR"),
  LABEL_REPLACE("label_replace"),
  UNPACK("unpack"),
  OFFSET("offset"),
  PATTERN("pattern"),
  IP("ip"),
  ON("on"),
  IGNORING("ignoring"),
  GROUP_LEFT("group_left"),
  GROUP_RIGHT("group_right"),
  DECOLORIZE("decolorize"),
  DROP("drop"),
  KEEP("keep"),
  OR("or"),
  AND("and"),
  UNLESS("unless"),
  CMP_EQ("=="),
  NEQ("!="),
  LT("<"),
  LTE("<="),
  GT(">"),
  GTE(">="),
  ADD("+"),
  SUB("-"),
  MUL("*"),
  DIV("/"),
  MOD("%"),
  POW("^"),
  EOF("$end");

  private final String display;

  TokenKind(String display) {
    this.display = display;
  }

  /** The name Loki's parser prints for this kind in a syntax error. */
  String display() {
    return display;
  }

  /** Whether this kind names a range aggregation such as {@code rate}. */
  boolean isRangeOp() {
    return Functions.rangeAggregation(this) != null;
  }

  /** Whether this kind names a vector aggregation such as {@code sum}. */
  boolean isVectorOp() {
    return Functions.vectorAggregation(this) != null;
  }
}
