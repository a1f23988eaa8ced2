package io.monitoringascode.core.values;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.finding.RuleId;
import java.util.ArrayList;
import java.util.List;

/** The structural checks every chart's values get, and the run of a chart's checks on a values tree. */
public final class ValuesChecks {
  private static final List<Check<ChartValues>> STRUCTURAL = List.of(
      new ValuesUnknownKeyCheck(),
      new ValuesTypeCheck(),
      new ValuesRenamedKeyCheck());

  private ValuesChecks() {}

  /**
   * The checks every chart's values get, in the order they run; CRD-typed subtrees are validated besides.
   *
   * @return {@code values/unknown-key}, {@code values/type}, {@code values/renamed-key}
   */
  public static List<Check<ChartValues>> structural() {
    return STRUCTURAL;
  }

  /**
   * Checks a values tree against a chart version.
   *
   * @param chart the chart version
   * @param values the values
   * @param file the file name to put in the findings' locations
   * @return every finding, sorted
   */
  public static Report check(ValuesChart chart, JsonNode values, String file) {
    ChartValues subject = new ChartValues(chart.index(), values);
    List<Finding> findings = new ArrayList<>();
    for (Check<ChartValues> check : STRUCTURAL) {
      findings.addAll(check.run(subject, CheckContext.none()));
    }
    findings.addAll(CrdSpecFindings.of(subject));
    for (Check<ChartValues> check : chart.checks()) {
      findings.addAll(check.run(subject, CheckContext.none()));
    }
    List<Finding> located = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      located.add(finding.withLocation(finding.location().inFile(file, 0)));
    }
    return Report.of(located);
  }

  /**
   * The rule ids of the structural checks.
   *
   * @return their ids
   */
  public static List<RuleId> ruleIds() {
    return STRUCTURAL.stream().map(c -> c.info().id()).toList();
  }
}
