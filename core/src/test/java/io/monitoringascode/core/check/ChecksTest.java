package io.monitoringascode.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {
  /** A group that records each pass it makes and reports one finding per member. */
  private static final class CountingGroup implements CheckGroup<String> {
    private final List<List<String>> passes = new ArrayList<>();

    @Override
    public List<List<Finding>> run(List<? extends GroupedCheck<String>> checks, String subject,
        CheckContext context) {
      passes.add(checks.stream().map(check -> check.info().id().toString()).toList());
      return checks.stream().map(check -> check.run(subject, context)).toList();
    }
  }

  private record Member(String id, CountingGroup counting) implements GroupedCheck<String> {
    @Override
    public RuleInfo info() {
      return RuleInfo.of(id, Severity.WARNING, "A member.");
    }

    @Override
    public CheckGroup<String> group() {
      return counting;
    }

    @Override
    public void check(String subject, CheckContext context, FindingSink sink) {
      sink.at("/" + id.replace('/', '-')).report(subject);
    }
  }

  private record Alone(String id) implements Check<String> {
    @Override
    public RuleInfo info() {
      return RuleInfo.of(id, Severity.INFO, "Alone.");
    }

    @Override
    public void check(String subject, CheckContext context, FindingSink sink) {
      throw new IllegalStateException("broken on purpose");
    }
  }

  @Test
  void run_membersOfOneGroup_runInOnePass_andFindingsKeepTheListsOrder() {
    CountingGroup group = new CountingGroup();
    List<Check<String>> checks = List.of(new Member("a/one", group), new Alone("b/alone"), new Member("a/two", group));

    List<Finding> findings = Checks.run(checks, "subject", CheckContext.none());

    assertThat(group.passes).containsExactly(List.of("a/one", "a/two"));
    assertThat(findings).extracting(finding -> finding.ruleId().toString())
        .containsExactly("a/one", "b/alone", "a/two");
    assertThat(findings.get(1).message()).contains("internal error", "broken on purpose");
  }
}
