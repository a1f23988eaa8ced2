package io.monitoringascode.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.QueryProblem;
import io.monitoringascode.loki.logql.Logql;
import io.monitoringascode.prometheus.promql.Promql;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Our side of {@code tools/differential}: reads JSON lines {@code {"id", "expr"}} on standard input and writes
 * {@code {"id", "valid", "error"}} for each, where {@code valid} means no error (warnings allowed) and {@code error} is
 * the first error as {@code line:column: message}. Expressions from dashboards (ids starting with {@code dashboard:},
 * and the corpora's {@code grafana.yaml}) are parsed as dashboard queries, Grafana variables substituted.
 */
public final class QueryVerdicts {
  private QueryVerdicts() {}

  /**
   * Runs the parser of one language over standard input.
   *
   * @param args {@code promql} or {@code logql}
   * @throws IOException when standard input cannot be read
   */
  public static void main(String[] args) throws IOException {
    boolean promql = switch (args.length == 1 ? args[0] : "") {
      case "promql" -> true;
      case "logql" -> false;
      default -> throw new IllegalArgumentException("usage: QueryVerdicts promql|logql");
    };
    ObjectMapper json = new ObjectMapper();
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode input = json.readTree(line);
        String id = input.path("id").asText();
        String expr = input.path("expr").asText();
        boolean dashboard = id.startsWith("dashboard:") || id.contains("grafana.yaml");
        List<QueryProblem> problems = promql
            ? (dashboard ? Promql.parseDashboardQuery(expr) : Promql.parse(expr)).problems()
            : (dashboard ? Logql.parseDashboardQuery(expr) : Logql.parse(expr)).problems();
        Optional<QueryProblem> error = problems.stream().filter(p -> p.severity() == Severity.ERROR).findFirst();
        ObjectNode verdict = json.createObjectNode().put("id", id).put("valid", error.isEmpty());
        error.ifPresent(e -> verdict.put("error", e.position(expr) + ": " + e.message()));
        out.println(json.writeValueAsString(verdict));
      }
    }
    out.flush();
  }
}
