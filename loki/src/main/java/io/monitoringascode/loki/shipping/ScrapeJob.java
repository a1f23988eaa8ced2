package io.monitoringascode.loki.shipping;

import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of Promtail's {@code scrape_configs}: which files to read (static paths, or pods found through
 * Kubernetes discovery and relabelled into {@code __path__}) and the pipeline their lines go through.
 *
 * <pre>{@code
 * ScrapeJob.builder().jobName("generated-logs")
 *     .addStaticTarget(StaticTarget.of("/var/log/generated-logs.txt", Map.of("job", "generated-logs")))
 *     .addStages(Stage.json(Map.of("http_method", "method")), Stage.labels("http_method"))
 *     .build()
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class ScrapeJob {
  /**
   * Starts a job.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Renders to {@code job_name}; also names the job's Alloy components.
   *
   * @return the name
   */
  public abstract String jobName();

  /**
   * Renders to {@code static_configs}.
   *
   * @return the targets
   */
  public abstract List<StaticTarget> staticTargets();

  /**
   * Renders to {@code kubernetes_sd_configs[0].role}: discovery of Kubernetes objects, {@code pod} for pod logs.
   *
   * @return the role
   */
  public abstract Optional<String> kubernetesRole();

  /**
   * Renders to {@code kubernetes_sd_configs[0].namespaces.names}: the namespaces discovered; all when empty.
   *
   * @return the namespaces
   */
  public abstract List<String> kubernetesNamespaces();

  /**
   * Renders to {@code relabel_configs}.
   *
   * @return the rules, in order
   */
  public abstract List<RelabelRule> relabelRules();

  /**
   * Renders to {@code pipeline_stages}.
   *
   * @return the stages, in order
   */
  public abstract List<Stage> stages();

  @Value.Check
  void check() {
    if (jobName().isBlank()) {
      throw new InvalidModelException("ScrapeJob: job_name must not be empty.");
    }
    if (staticTargets().isEmpty() && kubernetesRole().isEmpty()) {
      throw new InvalidModelException("ScrapeJob `" + jobName()
          + "`: give static targets or a Kubernetes discovery role, or it reads nothing.");
    }
    if (!kubernetesNamespaces().isEmpty() && kubernetesRole().isEmpty()) {
      throw new InvalidModelException("ScrapeJob `" + jobName() + "`: namespaces need a Kubernetes discovery role.");
    }
  }

  /** Builds a {@link ScrapeJob}. */
  public static final class Builder extends ImmutableScrapeJob.Builder {}
}
