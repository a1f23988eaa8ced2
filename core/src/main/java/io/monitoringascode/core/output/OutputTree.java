package io.monitoringascode.core.output;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes rendered files into an output directory such as {@code k8s/}, which users may share with files of their own.
 *
 * <p>The tree records the files it owns in a manifest, {@value #MANIFEST_NAME}, at its root: a comment line, then the
 * owned output-relative paths, sorted, one per line, each ending in {@code \n}. Each {@link #write}:
 *
 * <ol>
 *   <li>checks every path and refuses the whole set with an {@link OutputPathException} before anything on disk
 *       changes;
 *   <li>compares each file with the bytes on disk and stages only the changed ones, as temp files beside their
 *       targets;
 *   <li>once all are staged, extends the manifest to claim any new paths, then moves the files into place, each with
 *       an atomic rename;
 *   <li>deletes files that it owned before and that are no longer in the set, and directories left empty by that;
 *   <li>replaces the manifest, again through a temp file.
 * </ol>
 *
 * <p>A file the manifest does not list is the user's: it is never deleted, and a path that would overwrite it is
 * refused. Unchanged files are not rewritten, so their modification times stay as they were. Two writers must not use
 * the same root at the same time.
 */
public final class OutputTree {
  /** The name of the manifest at the root of the tree that lists the files the tree owns. */
  public static final String MANIFEST_NAME = ".monitoring-as-code-owned";

  private static final String MANIFEST_HEADER =
      "# Files in this directory that monitoring-as-code owns and may rewrite or delete. Generated: do not edit.";

  private final Path root;
  private final ByteWriter writer;

  OutputTree(Path root, ByteWriter writer) {
    this.root = root.toAbsolutePath().normalize();
    this.writer = writer;
  }

  /**
   * Creates an output tree rooted at a directory.
   *
   * @param root the output directory; it need not exist yet, and is created by the first {@link #write}
   * @return the output tree
   */
  public static OutputTree at(Path root) {
    return new OutputTree(Objects.requireNonNull(root, "root"), ByteWriter.CREATE_NEW);
  }

  /**
   * Makes the tree hold exactly {@code files} among the files it owns: writes new and changed files, leaves unchanged
   * ones alone, and deletes files it owned before that {@code files} no longer contains.
   *
   * @param files every file the generator owns now, by output-relative path with {@code /} separators; the map's own
   *     order does not matter
   * @return the paths written, left unchanged and deleted
   * @throws OutputPathException if a path is malformed, leads outside the tree, is both a file and a directory of
   *     another path, or names an existing file the tree does not own; nothing on disk has changed then
   * @throws UncheckedIOException if reading or writing fails; if it fails while staging, the previous tree and
   *     manifest are intact; if it fails later, each file is either old or new, and the manifest claims both sets
   */
  public WriteResult write(Map<String, byte[]> files) {
    NavigableMap<String, byte[]> wanted = checkPaths(files);
    try {
      return writeChecked(wanted);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the output tree `" + root + "`: " + e, e);
    }
  }

  /**
   * Reads which files the tree owns from its manifest.
   *
   * @return the owned output-relative paths, sorted; empty if there is no manifest yet
   * @throws OutputPathException if the manifest lists a malformed path
   * @throws UncheckedIOException if the manifest cannot be read
   */
  public SortedSet<String> ownedFiles() {
    try {
      return Collections.unmodifiableSortedSet(readManifest());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the manifest of the output tree `" + root + "`: " + e, e);
    }
  }

  private WriteResult writeChecked(NavigableMap<String, byte[]> wanted) throws IOException {
    Path realRoot = realRoot();
    SortedSet<String> owned = readManifest();
    SortedMap<String, byte[]> changed = new TreeMap<>();
    List<String> unchanged = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : wanted.entrySet()) {
      String path = file.getKey();
      Path target = root.resolve(path);
      if (!checkTarget(path, target, realRoot)) {
        changed.put(path, file.getValue());
      } else if (!owned.contains(path)) {
        throw refused(path, "is a file that monitoring-as-code does not own (`" + MANIFEST_NAME
            + "` does not list it), so it is not overwritten; delete or rename it");
      } else if (sameBytes(target, file.getValue())) {
        unchanged.add(path);
      } else {
        changed.put(path, file.getValue());
      }
    }
    List<String> stale = new ArrayList<>();
    for (String path : owned) {
      if (!wanted.containsKey(path)) {
        // A manifest entry must not become a way to delete a file outside the tree.
        checkInside(path, root.resolve(path), realRoot);
        stale.add(path);
      }
    }

    replaceAll(changed, owned, wanted.navigableKeySet());
    List<String> deleted = new ArrayList<>();
    for (String path : stale) {
      if (deleteOwned(root.resolve(path))) {
        deleted.add(path);
      }
    }
    replaceManifest(wanted.navigableKeySet());
    return new WriteResult(new ArrayList<>(changed.keySet()), unchanged, deleted);
  }

  /** Stages every changed file, then moves them all into place; on failure deletes what it staged and rethrows. */
  private void replaceAll(SortedMap<String, byte[]> changed, SortedSet<String> owned, SortedSet<String> wanted)
      throws IOException {
    Set<Path> targets = new TreeSet<>();
    wanted.forEach(path -> targets.add(root.resolve(path)));
    Staging staging = new Staging(targets);
    try {
      for (Map.Entry<String, byte[]> file : changed.entrySet()) {
        staging.stage(root.resolve(file.getKey()), file.getValue());
      }
      if (!owned.containsAll(wanted)) {
        // Claim new paths before they appear: after a crash between here and the final manifest, the next run must
        // find them owned, not refuse them as the user's.
        SortedSet<String> claimed = new TreeSet<>(owned);
        claimed.addAll(wanted);
        replaceManifest(claimed);
      }
      staging.moveAll();
    } catch (IOException | RuntimeException e) {
      staging.abort(e);
      throw e;
    }
  }

  private void replaceManifest(SortedSet<String> paths) throws IOException {
    StringBuilder text = new StringBuilder(MANIFEST_HEADER).append('\n');
    paths.forEach(path -> text.append(path).append('\n'));
    byte[] bytes = text.toString().getBytes(UTF_8);
    Path manifest = root.resolve(MANIFEST_NAME);
    if (Files.isRegularFile(manifest) && sameBytes(manifest, bytes)) {
      return;
    }
    Staging staging = new Staging(Set.of());
    try {
      staging.stage(manifest, bytes);
      staging.moveAll();
    } catch (IOException | RuntimeException e) {
      staging.abort(e);
      throw e;
    }
  }

  private SortedSet<String> readManifest() throws IOException {
    Path manifest = root.resolve(MANIFEST_NAME);
    SortedSet<String> owned = new TreeSet<>();
    if (!Files.exists(manifest)) {
      return owned;
    }
    String[] lines = new String(Files.readAllBytes(manifest), UTF_8).split("\n", -1);
    // The first line is the header; any later line is a path, even one starting with `#`.
    for (int i = lines[0].startsWith("#") ? 1 : 0; i < lines.length; i++) {
      // Git may check the manifest out with CRLF line endings.
      String path = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (path.isEmpty()) {
        continue;
      }
      Optional<String> problem = problem(path);
      if (problem.isPresent()) {
        throw new OutputPathException(path, "The manifest `" + manifest + "` lists output path `" + display(path)
            + "`, which " + problem.get() + "; remove that line.");
      }
      owned.add(path);
    }
    return owned;
  }

  /** Sorts the files by path and refuses the first malformed path, or a path that is a directory of another. */
  private NavigableMap<String, byte[]> checkPaths(Map<String, byte[]> files) {
    // Natural order whatever the caller's map uses: staging, results, errors and the manifest are deterministic.
    NavigableMap<String, byte[]> sorted = new TreeMap<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      String path = Objects.requireNonNull(file.getKey(), "An output path is null.");
      sorted.put(path, Objects.requireNonNull(file.getValue(), () -> "Output path `" + path + "` has null bytes."));
    }
    for (String path : sorted.keySet()) {
      Optional<String> problem = problem(path);
      if (problem.isPresent()) {
        throw refused(path, problem.get());
      }
      if (path.equals(MANIFEST_NAME)) {
        throw refused(path, "is the name of the manifest that lists the files monitoring-as-code owns");
      }
      // Paths below `a/` sort together, starting at `a/`, so the first one at or after it is enough to look at.
      String below = sorted.ceilingKey(path + "/");
      if (below != null && below.startsWith(path + "/")) {
        throw refused(path, "is a file, but `" + display(below) + "` needs it to be a directory");
      }
    }
    return sorted;
  }

  /** Says what is wrong with an output-relative path on its own, without looking at the disk. */
  private Optional<String> problem(String path) {
    if (path.isEmpty()) {
      return Optional.of("is empty");
    }
    if (path.indexOf('\0') >= 0) {
      return Optional.of("contains a NUL character");
    }
    if (path.indexOf('\\') >= 0) {
      return Optional.of("contains a backslash; separate segments with `/`");
    }
    if (path.startsWith("/")) {
      return Optional.of("is absolute; give it relative to the output tree");
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty()) {
        return Optional.of("has an empty segment");
      }
      if (segment.equals(".") || segment.equals("..")) {
        return Optional.of("has a `" + segment + "` segment");
      }
    }
    try {
      // Catches what only some file systems treat as rooted, such as `C:x` on Windows.
      if (root.getFileSystem().getPath(path).getRoot() != null) {
        return Optional.of("is absolute; give it relative to the output tree");
      }
    } catch (InvalidPathException e) {
      return Optional.of("is not a valid path on this file system (" + e.getReason() + ")");
    }
    return Optional.empty();
  }

  private Path realRoot() throws IOException {
    if (!Files.exists(root)) {
      return root; // nothing below it exists either, so no path can lead through a link
    }
    if (!Files.isDirectory(root)) {
      throw new NotDirectoryException(root.toString());
    }
    return root.toRealPath();
  }

  /**
   * Returns whether {@code target} exists as a regular file; refuses it if it leads outside the tree or an existing
   * file or directory is in its way.
   */
  private boolean checkTarget(String path, Path target, Path realRoot) throws IOException {
    Optional<Path> existing = checkInside(path, target, realRoot);
    if (existing.isEmpty()) {
      return false;
    }
    if (!existing.get().equals(target)) {
      if (Files.isDirectory(existing.get())) {
        return false;
      }
      String file = root.relativize(existing.get()).toString().replace('\\', '/');
      throw refused(path, "needs `" + file + "` to be a directory, but it is a file");
    }
    if (Files.isRegularFile(target)) {
      return true;
    }
    throw refused(path, Files.isDirectory(target) ? "is an existing directory" : "is not a regular file");
  }

  /**
   * Returns the deepest part of {@code target} below the root that exists, after refusing it if its real path, with
   * every symbolic link on the way resolved, lies outside the real root.
   */
  private Optional<Path> checkInside(String path, Path target, Path realRoot) throws IOException {
    for (Path part = target; !part.equals(root); part = part.getParent()) {
      if (Files.exists(part, LinkOption.NOFOLLOW_LINKS)) {
        Path real;
        try {
          real = part.toRealPath();
        } catch (NoSuchFileException e) {
          throw refused(path, "leads through a broken symbolic link");
        }
        if (!real.startsWith(realRoot)) {
          throw refused(path, "leads outside the output tree through a symbolic link");
        }
        return Optional.of(part);
      }
    }
    return Optional.empty();
  }

  /** Deletes an owned file and the directories that become empty, up to but excluding the root. */
  private boolean deleteOwned(Path target) throws IOException {
    // Only a regular file: if the user replaced ours with a directory or a link, it is theirs now.
    if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    Files.delete(target);
    for (Path dir = target.getParent(); !dir.equals(root); dir = dir.getParent()) {
      if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || !isEmpty(dir)) {
        break;
      }
      Files.delete(dir);
    }
    return true;
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    }
  }

  // Reading and comparing costs a fraction of a rewrite, and keeps modification times for tools that watch them.
  private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
    return Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
  }

  private static OutputPathException refused(String path, String reason) {
    return new OutputPathException(path, "Output path `" + display(path) + "` " + reason + ".");
  }

  private static String display(String path) {
    return path.replace("\0", "\\0");
  }

  /** Temp files written beside their targets, and the directories created for them, until they are moved in. */
  private final class Staging {
    private final Set<Path> reserved;
    private final Map<Path, Path> temps = new LinkedHashMap<>();
    private final List<Path> createdDirectories = new ArrayList<>();

    /** Creates a staging area whose temp files never take one of the {@code reserved} target paths. */
    Staging(Set<Path> reserved) {
      this.reserved = reserved;
    }

    void stage(Path target, byte[] bytes) throws IOException {
      createDirectories(target.getParent());
      // Same directory as the target, so that moving it into place is a rename, which is atomic.
      String prefix = "." + target.getFileName() + ".tmp-";
      for (int n = 0; ; n++) {
        Path temp = target.resolveSibling(prefix + n);
        if (reserved.contains(temp)) {
          continue;
        }
        try {
          writer.write(temp, bytes);
        } catch (FileAlreadyExistsException e) {
          continue; // a leftover of a crashed run or a user's file: not ours to overwrite
        } catch (IOException e) {
          temps.put(target, temp); // a partial write may have left the file behind for abort() to delete
          throw e;
        }
        temps.put(target, temp);
        return;
      }
    }

    void moveAll() throws IOException {
      for (Iterator<Map.Entry<Path, Path>> it = temps.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<Path, Path> staged = it.next();
        Files.move(staged.getValue(), staged.getKey(), StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
        it.remove();
      }
      createdDirectories.clear();
    }

    /** Deletes the temp files not moved yet and the directories created that are still empty. */
    void abort(Exception failure) {
      for (Path temp : temps.values()) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          failure.addSuppressed(e);
        }
      }
      for (int i = createdDirectories.size() - 1; i >= 0; i--) {
        try {
          Files.deleteIfExists(createdDirectories.get(i));
        } catch (DirectoryNotEmptyException e) {
          // a file was moved in before the failure; the directory now holds it
        } catch (IOException e) {
          failure.addSuppressed(e);
        }
      }
    }

    private void createDirectories(Path dir) throws IOException {
      if (Files.isDirectory(dir)) {
        return;
      }
      createDirectories(dir.getParent());
      Files.createDirectory(dir);
      createdDirectories.add(dir);
    }
  }
}
