package io.monitoringascode.alerting.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MatcherRegexTest {
  @ParameterizedTest
  @ValueSource(strings = {"", "critical|warning", ".*", "(?i)prod", "(?P<env>prod)-\\d+", "(?<env_name>a)",
      "[[:alpha:]]+", "a{2,3}", "\\Qa.b\\E", "[(?=]", "\\(?=x\\)", "x\\z"})
  void problem_ofRe2Regex_isEmpty(String regex) {
    assertThat(MatcherRegex.problem(regex)).isEmpty();
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
        Arguments.of("end\\Z", "escape `\\Z` at index 3 is not supported by Go's RE2"));
  }

  @ParameterizedTest
  @MethodSource("rejected")
  void problem_ofUnsupportedRegex_explainsIt(String regex, String problem) {
    assertThat(MatcherRegex.problem(regex)).hasValue(problem);
  }
}
