package io.monitoringascode.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoRegexTest {
  @ParameterizedTest
  @ValueSource(strings = {"", "critical|warning", ".*", "(?i)prod", "(?P<env>prod)-\\d+", "(?<env_name>a)",
      "[[:alpha:]]+", "a{2,3}", "\\Qa.b\\E", "[(?=]", "\\(?=x\\)", "x\\z", "a{1000}", "a{0,1000}",
      "\\x{263a}{2}", "\\Q\\e\\E", "\\12"})
  void problem_ofRe2Regex_isEmpty(String regex) {
    assertThat(GoRegex.problem(regex)).isEmpty();
  }

  /** Go's regexp/syntax accepts any escaped ASCII punctuation: "We once rejected \_, but […] allow \_." */
  @Test
  void problem_ofEscapedUnderscore_isEmpty() {
    assertThat(GoRegex.problem("team\\_a")).isEmpty();
  }

  /** Valid RE2 that Java's engine rejects: a warning's worth, never a certain problem. */
  @ParameterizedTest
  @ValueSource(strings = {"[[]", "\\p{Greek}+", "a{", "{{ .env }}", "[a[]"})
  void problem_ofRe2RegexJavaRejects_isNotCertain(String regex) {
    assertThat(GoRegex.problem(regex)).hasValueSatisfying(problem -> assertThat(problem.certain()).isFalse());
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        Arguments.of("api(-v2", "unclosed group near index 7"),
        Arguments.of("*crit", "dangling meta character '*' near index 0"),
        Arguments.of("a(?=b)", "`(?=` at index 1 (lookaround or atomic group) is not supported by Go's RE2"),
        Arguments.of("(?<!x)y", "`(?<!` at index 0 (lookaround or atomic group) is not supported by Go's RE2"),
        Arguments.of("(?>ab)", "`(?>` at index 0 (lookaround or atomic group) is not supported by Go's RE2"),
        Arguments.of("(a)\\1", "backreference `\\1` at index 3 is not supported by Go's RE2"),
        Arguments.of("a++", "possessive quantifier `++` at index 1 is not supported by Go's RE2"),
        Arguments.of("end\\Z", "escape `\\Z` at index 3 is not supported by Go's RE2"),
        Arguments.of("a{1001}", "repeat count `{1001}` at index 1 is more than Go's RE2 allows (1000)"),
        Arguments.of("x{2,99999}", "repeat count `{2,99999}` at index 1 is more than Go's RE2 allows (1000)"),
        Arguments.of("caf\\u00e9", "escape `\\u` at index 3 is not supported by Go's RE2"),
        Arguments.of("\\e", "escape `\\e` at index 0 is not supported by Go's RE2"),
        Arguments.of("[\\b]", "escape `\\b` at index 1 inside a character class is not supported by Go's RE2"),
        Arguments.of("a{2}+", "possessive quantifier `}+` at index 3 is not supported by Go's RE2"),
        Arguments.of("(a)\\8", "backreference `\\8` at index 3 is not supported by Go's RE2"));
  }

  @ParameterizedTest
  @MethodSource("rejected")
  void problem_ofUnsupportedRegex_isCertainAndExplainsIt(String regex, String problem) {
    assertThat(GoRegex.problem(regex)).hasValue(new GoRegex.Problem(problem, true));
  }
}
