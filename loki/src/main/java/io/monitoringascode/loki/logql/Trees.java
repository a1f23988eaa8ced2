package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;

/** Structural comparison of syntax trees that ignores spans, so that a query and its printed form compare equal. */
final class Trees {
  private Trees() {}

  static boolean equalIgnoringSpans(Object left, Object right) {
    if (left == right) {
      return true;
    }
    if (left == null || right == null || left.getClass() != right.getClass()) {
      return false;
    }
    if (left instanceof List<?> a) {
      List<?> b = (List<?>) right;
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!equalIgnoringSpans(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (left instanceof Optional<?> a) {
      Optional<?> b = (Optional<?>) right;
      return a.isPresent() == b.isPresent() && (a.isEmpty() || equalIgnoringSpans(a.get(), b.get()));
    }
    if (!left.getClass().isRecord() || left instanceof Span) {
      return left.equals(right);
    }
    for (RecordComponent component : left.getClass().getRecordComponents()) {
      if (component.getType() == Span.class) {
        continue;
      }
      try {
        if (!equalIgnoringSpans(component.getAccessor().invoke(left), component.getAccessor().invoke(right))) {
          return false;
        }
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("Cannot read " + component, e);
      }
    }
    return true;
  }
}
