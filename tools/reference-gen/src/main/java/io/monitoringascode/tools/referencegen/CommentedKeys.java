package io.monitoringascode.tools.referencegen;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the keys a {@code values.yaml} documents in comments, such as {@code # pathType: ImplementationSpecific} below
 * an {@code ingress:} map. Charts comment out optional keys that their templates read when set, so such a key is not
 * unknown. Only a comment with a single {@code # } directly before the key, at the indentation of the map's other
 * keys (or deeper), counts; indented lines of a commented-out example are its content, and prose ({@code ## ...})
 * is never a key, nor is a capitalised word ({@code # Note: ...}). Keys inside lists and block scalars are skipped.
 */
final class CommentedKeys {
  private static final Pattern COMMENTED = Pattern.compile("^( *)# ([a-z_][A-Za-z0-9_.-]*):( .*)?$");
  private static final Pattern KEY = Pattern.compile("^( *)(\"[^\"]+\"|'[^']+'|[^\\s#'\"-][^:#]*?):( +(.*))?$");
  private static final Pattern ITEM = Pattern.compile("^( *)- ");

  private CommentedKeys() {}

  /**
   * The JSON pointers of keys documented in comments.
   *
   * @param text the {@code values.yaml} text
   * @param prefix the pointer under which the file's values sit ({@code ""}, or {@code /grafana} for a subchart)
   * @return the pointers, sorted
   */
  static SortedSet<String> of(String text, String prefix) {
    SortedSet<String> keys = new TreeSet<>();
    Deque<Frame> frames = new ArrayDeque<>();
    frames.push(new Frame(-1, prefix));
    int blockScalarIndent = -1;
    for (String line : text.split("\n", -1)) {
      if (line.isBlank()) {
        continue;
      }
      int indent = indent(line);
      if (blockScalarIndent >= 0) {
        if (indent > blockScalarIndent) {
          continue;
        }
        blockScalarIndent = -1;
      }
      Matcher commented = COMMENTED.matcher(line);
      if (commented.matches()) {
        Frame parent = parentOf(frames, commented.group(1).length());
        if (parent.pointer() != null) {
          keys.add(ValuesKeyIndex.pointer(parent.pointer(), commented.group(2)));
        }
        continue;
      }
      if (line.trim().startsWith("#")) {
        continue;
      }
      Matcher item = ITEM.matcher(line);
      if (item.find()) {
        pop(frames, indent);
        frames.push(new Frame(indent, null));
        continue;
      }
      Matcher key = KEY.matcher(line);
      if (!key.matches()) {
        continue;
      }
      pop(frames, indent);
      Frame parent = frames.peek();
      String name = unquote(key.group(2).trim());
      String pointer = parent.pointer() == null ? null : ValuesKeyIndex.pointer(parent.pointer(), name);
      String value = key.group(4) == null ? "" : key.group(4).trim();
      if (value.startsWith("|") || value.startsWith(">")) {
        blockScalarIndent = indent;
      } else if (value.isEmpty() || value.startsWith("#") || value.equals("{}")) {
        frames.push(new Frame(indent, pointer));
      }
    }
    return keys;
  }

  private static Frame parentOf(Deque<Frame> frames, int column) {
    for (Frame frame : frames) {
      if (frame.indent() < column) {
        return frame;
      }
    }
    return frames.getLast();
  }

  private static void pop(Deque<Frame> frames, int indent) {
    while (frames.peek().indent() >= indent) {
      frames.pop();
    }
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static String unquote(String key) {
    return (key.startsWith("\"") || key.startsWith("'")) ? key.substring(1, key.length() - 1) : key;
  }

  /** An open map: the indentation of its key line, and its pointer ({@code null} inside a list). */
  private record Frame(int indent, String pointer) {}
}
