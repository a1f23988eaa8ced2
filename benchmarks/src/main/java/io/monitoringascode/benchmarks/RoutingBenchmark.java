package io.monitoringascode.benchmarks;

import io.monitoringascode.alerting.route.LabelMatcher;
import io.monitoringascode.alerting.route.MuteInterval;
import io.monitoringascode.alerting.route.RouteNode;
import io.monitoringascode.alerting.route.TimeOfDayRange;
import io.monitoringascode.alerting.route.TimeWindow;
import io.monitoringascode.alerting.routing.Alert;
import io.monitoringascode.alerting.routing.Router;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Routing throughput of the {@code alerting.routing} engine on one thread: 100,000 alerts through a tree of 500 routes
 * (50 team routes on the root, each with 9 children that match on severity, service regexes and environments, some
 * with {@code continue}). Each operation is one routing decision, so the score is decisions per second; the target is
 * 1,000,000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RoutingBenchmark {
  private static final int ALERTS = 100_000;
  private static final int TEAMS = 50;
  private static final String[] SEVERITIES = {"critical", "warning", "info", "none"};
  private static final String[] SERVICES = {"api", "web", "mysql", "postgres", "redis", "kafka", "billing"};
  private static final ZonedDateTime SUNDAY_3AM = ZonedDateTime.parse("2026-11-29T03:00:00Z");

  private Router router;
  private List<Alert> alerts;

  /** Builds the tree and the alerts once, with a fixed seed. */
  @Setup
  public void setUp() {
    router = Router.of(tree(), List.of(), List.of(MuteInterval.builder().name("night")
        .addTimeInterval(TimeWindow.builder().addTime(TimeOfDayRange.of("00:00", "06:00")).build())
        .build()));
    Random random = new Random(42);
    alerts = new ArrayList<>(ALERTS);
    for (int i = 0; i < ALERTS; i++) {
      alerts.add(Alert.of(
          "alertname", "Alert" + random.nextInt(200),
          "namespace", "ns-" + random.nextInt(100),
          "team", "team-" + random.nextInt(TEAMS + 5),
          "severity", SEVERITIES[random.nextInt(SEVERITIES.length)],
          "service", SERVICES[random.nextInt(SERVICES.length)],
          "env", random.nextBoolean() ? "prod" : "dev"));
    }
    if (routes(tree()) != 500) {
      throw new IllegalStateException("The tree must hold 500 routes, not " + routes(tree()));
    }
  }

  /**
   * The receivers of each alert, whatever the time.
   *
   * @param sink keeps the results alive
   */
  @Benchmark
  @OperationsPerInvocation(ALERTS)
  public void route(Blackhole sink) {
    for (Alert alert : alerts) {
      sink.consume(router.route(alert));
    }
  }

  /**
   * The receivers of each alert at 03:00 on a Sunday, with mute time intervals evaluated.
   *
   * @param sink keeps the results alive
   */
  @Benchmark
  @OperationsPerInvocation(ALERTS)
  public void routeAtTime(Blackhole sink) {
    for (Alert alert : alerts) {
      sink.consume(router.receiversAt(alert, SUNDAY_3AM));
    }
  }

  private static RouteNode tree() {
    RouteNode.Builder root = RouteNode.builder().receiver("default").addGroupBy("namespace");
    for (int team = 0; team < TEAMS; team++) {
      String receiver = "team-" + team;
      root.addRoute(RouteNode.builder()
          .receiver(receiver)
          .addMatcher(LabelMatcher.equal("team", receiver))
          .continueMatching(team % 10 == 0)
          .addRoute(child(receiver + "-pager", LabelMatcher.equal("severity", "critical"), true))
          .addRoute(child(receiver + "-db", LabelMatcher.regex("service", "mysql|postgres|redis"), false))
          .addRoute(child(receiver + "-queue", LabelMatcher.regex("service", "kafka|rabbit.*"), false))
          .addRoute(child(receiver + "-dev", LabelMatcher.equal("env", "dev"), false))
          .addRoute(child(receiver + "-billing", LabelMatcher.equal("service", "billing"), false))
          .addRoute(child(receiver + "-info", LabelMatcher.notRegex("severity", "critical|warning"), false))
          .addRoute(child(receiver + "-alerts", LabelMatcher.regex("alertname", "Alert1[0-9]+"), false))
          .addRoute(child(receiver + "-ns", LabelMatcher.notEqual("namespace", "ns-0"), false))
          .addRoute(RouteNode.builder().receiver(receiver + "-night").addMuteTimeInterval("night").build())
          .build());
    }
    return root.build();
  }

  private static RouteNode child(String receiver, LabelMatcher matcher, boolean continueMatching) {
    return RouteNode.builder().receiver(receiver).addMatcher(matcher).continueMatching(continueMatching).build();
  }

  private static int routes(RouteNode node) {
    return node.routes().stream().mapToInt(child -> 1 + routes(child)).sum();
  }
}
