package io.monitoringascode.core.lang;

import io.monitoringascode.core.finding.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The alert labels an alert template prints: {@code $labels.x}, {@code .Labels.x} and {@code index $labels "x"} in its
 * actions. To stay certain, it leaves out what may be deliberate: a reference in the condition of an {@code if} or
 * {@code with}, or inside a block whose condition mentions the label's name, and {@code .Labels} wherever the dot may
 * mean something else (inside {@code with}, {@code range}, {@code define} and {@code block}). A template that reassigns
 * {@code $labels} gives none. Prometheus and Loki rules share this template language, so their template-label checks
 * both read templates through it.
 */
public final class TemplateLabels {
  private static final Pattern INDEX = Pattern.compile(
      "\\bindex\\s+(\\$labels|\\.Labels)\\s+\"([A-Za-z_][A-Za-z0-9_]*)\"");
  private static final Pattern REASSIGNED = Pattern.compile("\\$labels\\s*:?=");
  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`|'(?:[^'\\\\]|\\\\.)*'");
  private static final Pattern INDEX_PREFIX = Pattern.compile("\\bindex\\s+(\\$labels|\\.Labels)\\s+$");
  /** How an action reaches the alert's labels. */
  private static final List<String> ROOTS = List.of("$labels.", ".Labels.");
  private static final List<String> KEYWORDS = List.of("if", "else", "with", "range", "define", "block", "end");

  private TemplateLabels() {}

  /**
   * One label a template prints.
   *
   * @param label the label name
   * @param span where the reference is in the template text
   */
  public record Reference(String label, Span span) {}

  private record Block(String keyword, String condition) {}

  /**
   * The labels a template prints, in text order. A template that Go refuses gives the references it has up to its
   * first unclosed action.
   *
   * @param text the template, such as an annotation's value
   * @return the references, none for a template without any
   */
  public static List<Reference> of(String text) {
    int mention = text.indexOf("abels");
    if (mention < 0 || text.indexOf('=') >= 0 && REASSIGNED.matcher(text).find()) {
      return List.of();
    }
    List<Reference> references = new ArrayList<>(2);
    Deque<Block> blocks = new ArrayDeque<>(2);
    int from = 0;
    while (true) {
      int open = text.indexOf("{{", from);
      if (open < 0) {
        return references;
      }
      int close = actionEnd(text, open + 2);
      if (close < 0) {
        return references;
      }
      from = close + 2;
      if (mention >= 0 && mention < open) {
        mention = text.indexOf("abels", open);
      }
      if (!mayBeControl(text, open + 2)) {
        // The commonest actions, such as `{{ $value }}` and `{{ $labels.pod }}`, are read without a copy.
        if (mention >= 0 && mention < close) {
          collectInPlace(text, open + 2, close, blocks, references);
        }
        continue;
      }
      String action = text.substring(open + 2, close);
      String body = trimMarkers(action);
      String word = keyword(body);
      switch (word) {
        case "end" -> blocks.poll();
        case "if", "with", "range", "define", "block" -> blocks.push(new Block(word, body));
        case "else if", "else with" -> {
          Block block = blocks.poll();
          blocks.push(new Block(block == null ? word : block.keyword(), (block == null ? "" : block.condition())
              + body));
        }
        default -> collect(open + 2, body, blocks, references);
      }
    }
  }

  /** Whether the action starting at {@code from} may be a control action: its first word starts like a keyword. */
  private static boolean mayBeControl(String text, int from) {
    int start = skipSpace(text, from);
    return start < text.length() && (text.charAt(start) == '-' || "iewrdb".indexOf(text.charAt(start)) >= 0);
  }

  /** The control keyword an action starts with ({@code else if} as one), or an empty string. */
  private static String keyword(String body) {
    int start = skipSpace(body, 0);
    if (start == body.length() || "iewrdb".indexOf(body.charAt(start)) < 0) {
      return ""; // no keyword starts otherwise: the commonest case, a plain action
    }
    for (String keyword : KEYWORDS) {
      if (startsWithWord(body, start, keyword)) {
        if (keyword.equals("else")) {
          int next = skipSpace(body, start + 4);
          for (String chained : List.of("if", "with")) {
            if (next > start + 4 && startsWithWord(body, next, chained)) {
              return "else " + chained;
            }
          }
        }
        return keyword;
      }
    }
    return "";
  }

  private static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean startsWithWord(String text, int at, String word) {
    int end = at + word.length();
    return text.startsWith(word, at) && (end == text.length() || !isNameChar(text.charAt(end)));
  }

  private static boolean isNameChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
        || c >= 128 && Character.isLetterOrDigit(c);
  }

  /** The action with its trim markers ({@code {{- } and { -}}}) blanked, keeping offsets. */
  private static String trimMarkers(String action) {
    if (action.indexOf('-') < 0) {
      return action;
    }
    char[] chars = action.toCharArray();
    if (chars.length >= 2 && chars[0] == '-' && Character.isWhitespace(chars[1])) {
      chars[0] = ' ';
    }
    if (chars.length >= 2 && chars[chars.length - 1] == '-' && Character.isWhitespace(chars[chars.length - 2])) {
      chars[chars.length - 1] = ' ';
    }
    return new String(chars);
  }

  /**
   * Collects the references of an action that starts with neither a keyword nor a trim marker, {@code text[start,
   * end)}, read in place unless the action holds string literals or {@code index}.
   */
  private static void collectInPlace(String text, int start, int end, Deque<Block> blocks, List<Reference> out) {
    if (text.startsWith("/*", skipSpace(text, start))) {
      return;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '`' || c == '\'' || c == 'x' && text.startsWith("index", i - 4)) {
        collect(start, trimMarkers(text.substring(start, end)), blocks, out);
        return;
      }
    }
    int found = out.size();
    scanRoots(text, start, end, 0, blocks, out);
    sortNew(out, found);
  }

  private static void collect(int offset, String body, Deque<Block> blocks, List<Reference> out) {
    if (!body.contains("abels") || body.startsWith("/*", skipSpace(body, 0))) {
      return;
    }
    int found = out.size();
    boolean quoted = body.indexOf('"') >= 0 || body.indexOf('`') >= 0 || body.indexOf('\'') >= 0;
    String scanned = quoted ? blank(body) : body;
    scanRoots(scanned, 0, scanned.length(), offset, blocks, out);
    if (scanned.contains("index")) {
      Matcher index = INDEX.matcher(scanned);
      while (index.find()) {
        add(index.group(2), index.group(1).startsWith("."), offset, index.start(), index.end(), blocks, out);
      }
    }
    sortNew(out, found);
  }

  /** Adds each {@code $labels.x} and {@code .Labels.x} of {@code scanned[from, to)}, its span shifted by offset. */
  private static void scanRoots(String scanned, int from, int to, int offset, Deque<Block> blocks,
      List<Reference> out) {
    for (String root : ROOTS) {
      for (int at = scanned.indexOf(root, from); at >= 0 && at < to; at = scanned.indexOf(root, at + 1)) {
        char before = at == from ? ' ' : scanned.charAt(at - 1);
        int end = at + root.length();
        while (end < to && isNameChar(scanned.charAt(end))) {
          end++;
        }
        if (isNameChar(before) || ".$)]".indexOf(before) >= 0 || end == at + root.length()
            || Character.isDigit(scanned.charAt(at + root.length()))) {
          continue;
        }
        add(scanned.substring(at + root.length(), end), root.startsWith("."), offset, at, end, blocks, out);
      }
    }
  }

  /** Puts the references added since {@code found} in text order: each root is scanned in turn. */
  private static void sortNew(List<Reference> out, int found) {
    if (out.size() - found > 1) {
      out.subList(found, out.size()).sort(Comparator.comparingInt(reference -> reference.span().start()));
    }
  }

  private static void add(String label, boolean dotLabels, int offset, int start, int end, Deque<Block> blocks,
      List<Reference> out) {
    boolean dotChanged = false;
    for (Block block : blocks) {
      if (block.condition().contains(label) || block.keyword().equals("define") || block.keyword().equals("block")) {
        return;
      }
      dotChanged |= !block.keyword().equals("if");
    }
    if (!(dotLabels && dotChanged)) {
      out.add(new Reference(label, new Span(offset + start, offset + end)));
    }
  }

  /** The action with the contents of its string literals blanked, except the label names {@code index} takes. */
  private static String blank(String body) {
    StringBuilder out = new StringBuilder(body);
    Matcher strings = STRING.matcher(body);
    while (strings.find()) {
      boolean indexArgument = INDEX_PREFIX.matcher(body.substring(0, strings.start())).find();
      if (!indexArgument) {
        for (int i = strings.start() + 1; i < strings.end() - 1; i++) {
          out.setCharAt(i, ' ');
        }
      }
    }
    return out.toString();
  }

  /** The offset of the {@code }}} that closes the action starting at {@code from}, skipping string literals. */
  private static int actionEnd(String text, int from) {
    int i = from;
    while (i < text.length() - 1) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        int end = i + 1;
        while (end < text.length() && text.charAt(end) != c) {
          end += c != '`' && text.charAt(end) == '\\' ? 2 : 1;
        }
        i = end + 1;
      } else if (c == '}' && text.charAt(i + 1) == '}') {
        return i;
      } else {
        i++;
      }
    }
    return -1;
  }
}
