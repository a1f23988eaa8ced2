package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;
import java.util.Optional;

/**
 * One label of {@code drop} or {@code keep}: a name ({@code level}) or a matcher ({@code level="debug"}).
 *
 * @param name the label name
 * @param matcher the matcher, when the label is given as one
 * @param span the characters of the label
 */
public record LabelRef(String name, Optional<Matcher> matcher, Span span) {
}
