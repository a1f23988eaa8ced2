package io.monitoringascode.prometheus.promql;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The kinds of PromQL tokens, named as in Prometheus' {@code lex.go}. */
enum TokenKind {
  EOF(Category.OTHER, ""),
  ERROR(Category.OTHER, ""),
  IDENTIFIER(Category.OTHER, ""),
  METRIC_IDENTIFIER(Category.OTHER, ""),
  NUMBER(Category.OTHER, ""),
  DURATION(Category.OTHER, ""),
  STRING(Category.OTHER, ""),
  LEFT_PAREN(Category.OTHER, "("),
  RIGHT_PAREN(Category.OTHER, ")"),
  LEFT_BRACE(Category.OTHER, "{"),
  RIGHT_BRACE(Category.OTHER, "}"),
  LEFT_BRACKET(Category.OTHER, "["),
  RIGHT_BRACKET(Category.OTHER, "]"),
  COMMA(Category.OTHER, ","),
  EQL(Category.OTHER, "="),
  COLON(Category.OTHER, ":"),

  ADD(Category.OPERATOR, "+"),
  SUB(Category.OPERATOR, "-"),
  MUL(Category.OPERATOR, "*"),
  DIV(Category.OPERATOR, "/"),
  MOD(Category.OPERATOR, "%"),
  POW(Category.OPERATOR, "^"),
  EQLC(Category.OPERATOR, "=="),
  NEQ(Category.OPERATOR, "!="),
  LSS(Category.OPERATOR, "<"),
  LTE(Category.OPERATOR, "<="),
  GTR(Category.OPERATOR, ">"),
  GTE(Category.OPERATOR, ">="),
  EQL_REGEX(Category.OPERATOR, "=~"),
  NEQ_REGEX(Category.OPERATOR, "!~"),
  AT(Category.OPERATOR, "@"),
  LAND(Category.OPERATOR, "and"),
  LOR(Category.OPERATOR, "or"),
  LUNLESS(Category.OPERATOR, "unless"),
  ATAN2(Category.OPERATOR, "atan2"),

  SUM(Category.AGGREGATOR, "sum"),
  AVG(Category.AGGREGATOR, "avg"),
  COUNT(Category.AGGREGATOR, "count"),
  MIN(Category.AGGREGATOR, "min"),
  MAX(Category.AGGREGATOR, "max"),
  GROUP(Category.AGGREGATOR, "group"),
  STDDEV(Category.AGGREGATOR, "stddev"),
  STDVAR(Category.AGGREGATOR, "stdvar"),
  TOPK(Category.AGGREGATOR, "topk"),
  BOTTOMK(Category.AGGREGATOR, "bottomk"),
  COUNT_VALUES(Category.AGGREGATOR, "count_values"),
  QUANTILE(Category.AGGREGATOR, "quantile"),
  LIMITK(Category.AGGREGATOR, "limitk"),
  LIMIT_RATIO(Category.AGGREGATOR, "limit_ratio"),

  OFFSET(Category.KEYWORD, "offset"),
  BY(Category.KEYWORD, "by"),
  WITHOUT(Category.KEYWORD, "without"),
  ON(Category.KEYWORD, "on"),
  IGNORING(Category.KEYWORD, "ignoring"),
  GROUP_LEFT(Category.KEYWORD, "group_left"),
  GROUP_RIGHT(Category.KEYWORD, "group_right"),
  BOOL(Category.KEYWORD, "bool"),
  START(Category.OTHER, "start"),
  END(Category.OTHER, "end");

  /** How a token is described in an error message. */
  enum Category { OTHER, OPERATOR, AGGREGATOR, KEYWORD }

  private static final Map<String, TokenKind> WORDS = new HashMap<>();

  static {
    for (TokenKind kind : values()) {
      if (kind.text.length() > 0 && Character.isLetter(kind.text.charAt(0))) {
        WORDS.put(kind.text, kind);
      }
    }
  }

  final Category category;
  final String text;

  TokenKind(Category category, String text) {
    this.category = category;
    this.text = text;
  }

  /** The keyword, operator or aggregator a word is, ignoring case; {@code null} for other words. */
  static TokenKind word(String word) {
    TokenKind kind = WORDS.get(word);
    return kind != null || isLowerCase(word) ? kind : WORDS.get(word.toLowerCase(Locale.ROOT));
  }

  private static boolean isLowerCase(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return false;
      }
    }
    return true;
  }

  boolean isAggregator() {
    return category == Category.AGGREGATOR;
  }
}
