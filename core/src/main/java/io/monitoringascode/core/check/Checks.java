package io.monitoringascode.core.check;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Running a list of checks over one subject, the members of each {@link CheckGroup} in one pass. */
public final class Checks {
  private Checks() {}

  /**
   * Runs checks over a subject. The {@link GroupedCheck}s of one group run together, in one pass; every other check
   * runs on its own ({@link Check#run}). A check that throws does not stop the others.
   *
   * @param checks the checks, in report order
   * @param subject the object to check
   * @param context what is known beyond the object
   * @param <T> what is checked
   * @return the findings, check by check in the order of {@code checks}
   */
  public static <T> List<Finding> run(List<? extends Check<T>> checks, T subject, CheckContext context) {
    Map<CheckGroup<T>, List<GroupedCheck<T>>> groups = new IdentityHashMap<>();
    for (Check<T> check : checks) {
      if (check instanceof GroupedCheck<T> member) {
        groups.computeIfAbsent(member.group(), group -> new ArrayList<>()).add(member);
      }
    }
    Map<Check<T>, List<Finding>> grouped = new IdentityHashMap<>();
    groups.forEach((group, members) -> {
      List<List<Finding>> found = group.run(members, subject, context);
      for (int m = 0; m < members.size(); m++) {
        grouped.put(members.get(m), found.get(m));
      }
    });
    List<Finding> findings = new ArrayList<>();
    for (Check<T> check : checks) {
      findings.addAll(grouped.containsKey(check) ? grouped.get(check) : check.run(subject, context));
    }
    return findings;
  }

  /**
   * The finding that stands for a check that failed with an internal error, at the rule's default severity, so that
   * the rule's severity override also applies.
   *
   * @param rule the check's rule
   * @param bug what it threw
   * @return one finding
   */
  public static List<Finding> failure(RuleInfo rule, RuntimeException bug) {
    return List.of(new Finding(rule.id(), rule.defaultSeverity(), Location.at(""),
        "Check `" + rule.id() + "` failed with an internal error: " + bug + ".",
        Optional.of("Report this as a bug with the input attached; turn the rule off with `" + rule.id()
            + "=off` meanwhile.")));
  }
}
