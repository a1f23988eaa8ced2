package io.monitoringascode.core.finding;

/**
 * A range of characters inside a string value, such as the part of a PromQL expression a finding is about.
 *
 * @param start offset of the first character, from 0
 * @param end offset after the last character
 */
public record Span(int start, int end) implements Comparable<Span> {
  /** Validates the range. */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("Invalid span " + start + ".." + end + ".");
    }
  }

  @Override
  public int compareTo(Span other) {
    return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
  }
}
