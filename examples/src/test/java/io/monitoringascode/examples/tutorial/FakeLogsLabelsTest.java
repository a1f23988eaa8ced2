package io.monitoringascode.examples.tutorial;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.grafana.dashboard.Dashboard;
import io.monitoringascode.grafana.dashboard.Variable;
import io.monitoringascode.grafana.panel.Panel;
import io.monitoringascode.grafana.panel.Target;
import io.monitoringascode.loki.check.ShippingChecks;
import io.monitoringascode.loki.logql.Grouping;
import io.monitoringascode.loki.logql.Logql;
import io.monitoringascode.loki.logql.Matcher;
import io.monitoringascode.loki.logql.ParseResult;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The fake-logs dashboard queries only labels that lines reach Loki with: those the generator's Promtail pipeline
 * produces ({@code PromtailConfig.labelsProduced()}), plus what Loki adds itself:
 * <ul>
 *   <li>{@code service_name}: Loki 3 derives it at ingestion from the first of its {@code discover_service_name} labels
 *       the stream carries ({@code service}, {@code app}, … {@code job}); here {@code job}, so
 *       {@code service_name="generated-logs"};</li>
 *   <li>{@code __error__}: the label a parser stage sets on the lines it cannot parse, which {@code __error__=""}
 *       filters out.</li>
 * </ul>
 */
class FakeLogsLabelsTest {
  private static final Set<String> ADDED_BY_LOKI = Set.of("service_name", "__error__");
  private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((?:[^,]*,\\s*)?([A-Za-z_][A-Za-z0-9_]*)\\)");

  @Test
  void fakeLogsDashboard_queriesOnlyLabelsThePipelineProduces() {
    SortedSet<String> available = new TreeSet<>(FakeLogs.generator().promtailConfig().labelsProduced());
    available.addAll(ADDED_BY_LOKI);

    SortedSet<String> used = labelsUsed(FakeLogsDashboard.dashboard());

    assertThat(used).containsExactly("__error__", "http_method", "http_status", "service_name");
    assertThat(available).containsAll(used);
  }

  @Test
  void labelsUsed_labelTheGeneratorDoesNotProduce_isCaught() {
    Dashboard wrong = Dashboard.builder().uid("x").title("x").addPanels(Panel.logs("x")
        .addTarget(Target.loki("{service_name=\"$service\"} | status_code=\"500\"")).build()).build();
    SortedSet<String> available = new TreeSet<>(FakeLogs.generator().promtailConfig().labelsProduced());
    available.addAll(ADDED_BY_LOKI);
    SortedSet<String> unknown = labelsUsed(wrong);
    unknown.removeAll(available);
    assertThat(unknown).containsExactly("status_code");
  }

  @Test
  void fakeLogsShipper_checksClean_butForTheTutorialsEmptyDirPositions() {
    assertThat(ShippingChecks.check(FakeLogs.generator().shipper()))
        .extracting(finding -> finding.ruleId().value()).containsExactly("logs/positions-volume");
  }

  /** Label names in stream selectors, label filters and groupings of every Loki target, and in label_values(). */
  private static SortedSet<String> labelsUsed(Dashboard dashboard) {
    SortedSet<String> used = new TreeSet<>();
    List<Panel> panels = new ArrayList<>(dashboard.panels());
    for (int i = 0; i < panels.size(); i++) {
      panels.addAll(panels.get(i).panels());
      for (Target target : panels.get(i).targets()) {
        target.expr().ifPresent(expr -> {
          ParseResult result = Logql.parseDashboardQuery(expr);
          assertThat(result.valid()).as(expr).isTrue();
          collect(result.expr().orElseThrow(), used);
        });
      }
    }
    for (Variable variable : dashboard.variables()) {
      variable.query().map(LABEL_VALUES::matcher).filter(java.util.regex.Matcher::find)
          .ifPresent(found -> used.add(found.group(1)));
    }
    return used;
  }

  /** Walks the syntax tree's records: matchers name labels, groupings list them. */
  private static void collect(Object node, SortedSet<String> used) {
    if (node instanceof Matcher matcher) {
      used.add(matcher.name());
    } else if (node instanceof Grouping grouping) {
      used.addAll(grouping.labels());
    } else if (node instanceof List<?> list) {
      list.forEach(item -> collect(item, used));
    } else if (node instanceof Optional<?> optional) {
      optional.ifPresent(item -> collect(item, used));
    } else if (node != null && node.getClass().isRecord()) {
      for (RecordComponent component : node.getClass().getRecordComponents()) {
        try {
          collect(component.getAccessor().invoke(node), used);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }
}
