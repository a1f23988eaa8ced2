package io.monitoringascode.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the benchmarks write their output trees: the directory named by the system property {@code mac.bench.dir},
 * else {@code /dev/shm} when it is a writable directory (a tmpfs, so that the figures measure this library and not
 * the machine's disk), else {@code java.io.tmpdir}.
 */
final class OutputRoot {
  /** The system property that names the output root. */
  static final String PROPERTY = "mac.bench.dir";

  private static final Path SHM = Path.of("/dev/shm");

  private OutputRoot() {}

  /** The output root. */
  static Path get() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isEmpty()) {
      return Path.of(configured);
    }
    if (Files.isDirectory(SHM) && Files.isWritable(SHM)) {
      return SHM;
    }
    return Path.of(System.getProperty("java.io.tmpdir"));
  }
}
