package io.monitoringascode.loki.shipping;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Promtail's {@code match} stage, Alloy's {@code stage.match}: runs nested stages on, or drops, the lines whose labels
 * match a LogQL stream selector (optionally followed by line filters).
 *
 * @param selector renders to {@code selector}: such as <code>{app="api"} |= "error"</code>
 * @param action renders to {@code action} when it is {@code drop}; {@code keep} runs the nested stages
 * @param pipelineName renders to {@code pipeline_name}
 * @param dropCounterReason renders to {@code drop_counter_reason}
 * @param stages renders to {@code stages} (Promtail) or nested blocks (Alloy); none when dropping
 */
public record MatchStage(String selector, Action action, Optional<String> pipelineName,
    Optional<String> dropCounterReason, List<Stage> stages) implements Stage {

  /** What happens to matching lines. */
  public enum Action {
    /** Run the nested stages (Promtail's default). */
    KEEP,
    /** Drop the lines. */
    DROP;

    /**
     * The value Promtail and Alloy read.
     *
     * @return {@code keep} or {@code drop}
     */
    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Requires a selector; a dropping match takes no stages, a keeping one needs some. */
  public MatchStage {
    selector = Stages.nonEmpty(selector, "match: selector");
    action = java.util.Objects.requireNonNull(action, "match: action");
    pipelineName = Stages.nonNull(pipelineName, "match: pipeline_name");
    dropCounterReason = Stages.nonNull(dropCounterReason, "match: drop_counter_reason");
    stages = List.copyOf(stages);
    // Promtail refuses both at start: nested stages with `action: drop`, and a keeping match without stages.
    if (action == Action.DROP && !stages.isEmpty()) {
      throw Stages.invalid("match `" + selector + "`: a dropping match takes no stages.");
    }
    if (action == Action.KEEP && stages.isEmpty()) {
      throw Stages.invalid("match `" + selector + "`: give nested stages, or drop the lines with `MatchStage.drop`.");
    }
  }

  /**
   * A match stage that drops the lines its selector matches.
   *
   * @param selector the LogQL selector
   * @return the stage
   */
  public static MatchStage drop(String selector) {
    return new MatchStage(selector, Action.DROP, Optional.empty(), Optional.empty(), List.of());
  }

  /**
   * This stage with a pipeline name (a label of Promtail's pipeline-duration histogram).
   *
   * @param name the name
   * @return a copy
   */
  public MatchStage withPipelineName(String name) {
    return new MatchStage(selector, action, Optional.of(name), dropCounterReason, stages);
  }

  /**
   * This stage with the reason its dropped lines are counted under.
   *
   * @param reason the reason
   * @return a copy
   */
  public MatchStage withDropCounterReason(String reason) {
    return new MatchStage(selector, action, pipelineName, Optional.of(reason), stages);
  }

  @Override
  public String key() {
    return "match";
  }
}
