package io.monitoringascode.prometheus.check;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.Rule;
import io.fabric8.openshift.api.model.monitoring.v1.RuleGroup;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.CheckGroup;
import io.monitoringascode.core.check.Checks;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.GroupedCheck;
import io.monitoringascode.core.finding.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * One walk over a PrometheusRule for many {@link RuleCheck}s: each rule is handed to every check's {@link RuleWalk},
 * with its expression parsed once, before the next rule is read. A check whose walk throws loses only its own
 * findings.
 */
final class RuleWalks implements CheckGroup<PrometheusRule> {
  /** The group of every {@link RuleCheck}. */
  static final RuleWalks GROUP = new RuleWalks();

  private RuleWalks() {}

  /** One check in a walk: its findings, or what it threw. */
  private static final class Walked {
    private final RuleCheck check;
    private final FindingSink sink;
    private RuleWalk walk;
    private RuntimeException failure;

    Walked(RuleCheck check) {
      this.check = check;
      this.sink = new FindingSink(check.info());
    }
  }

  @Override
  public List<List<Finding>> run(List<? extends GroupedCheck<PrometheusRule>> checks, PrometheusRule subject,
      CheckContext context) {
    List<RuleCheck> members = new ArrayList<>();
    for (GroupedCheck<PrometheusRule> check : checks) {
      if (!(check instanceof RuleCheck member)) {
        throw new IllegalArgumentException(check.info().id() + " is not a rule check.");
      }
      members.add(member);
    }
    List<List<Finding>> findings = new ArrayList<>();
    for (Walked walked : walk(subject, members)) {
      findings.add(walked.failure == null ? walked.sink.findings() : Checks.failure(walked.check.info(),
          walked.failure));
    }
    return findings;
  }

  /** Walks the subject for one check and adds its findings to a sink; rethrows what its walk threw. */
  static void walkAlone(PrometheusRule subject, RuleCheck check, FindingSink sink) {
    Walked walked = walk(subject, List.of(check)).get(0);
    if (walked.failure != null) {
      throw walked.failure;
    }
    sink.addAll(walked.sink);
  }

  private static List<Walked> walk(PrometheusRule subject, List<RuleCheck> checks) {
    List<Walked> walked = new ArrayList<>();
    for (RuleCheck check : checks) {
      Walked entry = new Walked(check);
      walked.add(entry);
      guarded(entry, () -> entry.walk = check.start(entry.sink));
    }
    List<RuleGroup> groups = RuleSite.groups(subject);
    for (int g = 0; g < groups.size(); g++) {
      RuleGroup group = groups.get(g);
      if (group == null) {
        continue;
      }
      int groupIndex = g;
      for (Walked entry : walked) {
        guarded(entry, () -> entry.walk.group(groupIndex, group));
      }
      List<Rule> rules = group.getRules() == null ? List.of() : group.getRules();
      for (int r = 0; r < rules.size(); r++) {
        if (rules.get(r) != null) {
          RuleSite site = new RuleSite(g, group, r, rules.get(r));
          // Parsed on the first check that reads it, inside that check's guard.
          ParsedExpression expression = new ParsedExpression(site.expr());
          for (Walked entry : walked) {
            guarded(entry, () -> entry.walk.rule(site, expression));
          }
        }
      }
    }
    return walked;
  }

  /** Runs one step of a check's walk unless the walk has failed, and records a failure. */
  private static void guarded(Walked entry, Runnable step) {
    if (entry.failure == null) {
      try {
        step.run();
      } catch (RuntimeException bug) {
        entry.failure = bug;
      }
    }
  }
}
