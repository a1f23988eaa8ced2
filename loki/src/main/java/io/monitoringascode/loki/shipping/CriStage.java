package io.monitoringascode.loki.shipping;

import java.util.Set;

/**
 * Promtail's {@code cri} stage, Alloy's {@code stage.cri}: reads the container runtime's log format
 * ({@code <time> <stream> <flags> <content>}), as found under {@code /var/log/pods}. It extracts {@code time},
 * {@code stream}, {@code flags} and {@code content}, sets the line's time, replaces the line with its content and adds
 * the {@code stream} label ({@code stdout} or {@code stderr}).
 */
public record CriStage() implements Stage {
  /** The fields the stage extracts. */
  public static final Set<String> EXTRACTED = Set.of("time", "stream", "flags", "content");
  /** The label the stage adds. */
  public static final String STREAM_LABEL = "stream";

  @Override
  public String key() {
    return "cri";
  }
}
