package io.monitoringascode.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClosestNamesTest {
  private static final List<String> SLACK = List.of("apiURL", "channel", "iconURL", "imageURL", "text", "title");
  private static final List<String> ENDPOINT = List.of("interval", "path", "port", "scheme", "scrapeTimeout");

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("apiUrl", SLACK, Optional.of("apiURL")),
        Arguments.of("chanel", SLACK, Optional.of("channel")),
        Arguments.of("intervall", ENDPOINT, Optional.of("interval")),
        Arguments.of("prot", ENDPOINT, Optional.of("port")),
        Arguments.of("scrapeTimout", ENDPOINT, Optional.of("scrapeTimeout")),
        Arguments.of("timeout", ENDPOINT, Optional.empty()),
        Arguments.of("x", ENDPOINT, Optional.empty()),
        // A candidate just beyond the limit, met first, is not taken; ties go to the alphabetically first.
        Arguments.of("rat", List.of("rxyz", "rate"), Optional.of("rate")),
        Arguments.of("rat", List.of("rot", "bat"), Optional.of("bat")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void closest_misspeltName_findsIntendedOrNothing(String name, List<String> allowed, Optional<String> expected) {
    assertThat(ClosestNames.closest(name, allowed)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("distances")
  void distance_pairs_countEditsIgnoringCase(String left, String right, int expected) {
    assertThat(ClosestNames.distance(left, right)).isEqualTo(expected);
  }

  static Stream<Arguments> distances() {
    return Stream.of(
        Arguments.of("apiUrl", "apiURL", 0),
        Arguments.of("prot", "port", 1),
        Arguments.of("interval", "intervall", 1),
        Arguments.of("", "spec", 4),
        Arguments.of("kitten", "sitting", 3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ranked_anyName_keepsEveryAllowedNameNearestFirst(String name, List<String> allowed, Optional<String> closest) {
    List<String> ranked = ClosestNames.ranked(name, allowed);

    assertThat(ranked).containsExactlyInAnyOrderElementsOf(allowed);
    closest.ifPresent(c -> assertThat(ranked.get(0)).isEqualTo(c));
  }
}
