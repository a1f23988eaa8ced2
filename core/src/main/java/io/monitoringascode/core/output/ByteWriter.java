package io.monitoringascode.core.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes the bytes of one staged temp file; a seam so that tests can make the Nth write fail. */
@FunctionalInterface
interface ByteWriter {
  /** Creates the file, failing with {@link java.nio.file.FileAlreadyExistsException} if it exists. */
  ByteWriter CREATE_NEW =
      (file, bytes) -> Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

  /**
   * Writes {@code bytes} to {@code file}, which must not exist yet.
   *
   * @param file the temp file to create
   * @param bytes its content
   * @throws java.nio.file.FileAlreadyExistsException if {@code file} exists
   * @throws IOException if the write fails; a partly written file may be left for the caller to delete
   */
  void write(Path file, byte[] bytes) throws IOException;
}
