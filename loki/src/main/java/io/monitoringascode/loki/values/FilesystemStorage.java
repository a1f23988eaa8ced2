package io.monitoringascode.loki.values;

import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Chunks and rules on the pod's own volume ({@code loki.storage.type: filesystem}), which only
 * {@link DeploymentMode#SINGLE_BINARY} supports. Renders to {@code loki.storage.filesystem}.
 */
@Value.Immutable
@ModelStyle
public abstract class FilesystemStorage {
  /**
   * Starts a filesystem storage.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Where chunks are written. Renders to {@code chunks_directory}; unset keeps the chart's {@code /var/loki/chunks}.
   *
   * @return the directory
   */
  public abstract Optional<String> chunksDirectory();

  /**
   * Where the ruler reads rules. Renders to {@code rules_directory}; unset keeps the chart's {@code /var/loki/rules}.
   *
   * @return the directory
   */
  public abstract Optional<String> rulesDirectory();

  TreeWriter toTree() {
    return new TreeWriter().put("chunks_directory", chunksDirectory()).put("rules_directory", rulesDirectory());
  }

  /** Builds a {@link FilesystemStorage}. */
  public static final class Builder extends ImmutableFilesystemStorage.Builder {}
}
