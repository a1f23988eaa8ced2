package io.monitoringascode.grafana.panel;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.grafana.internal.ObjectReading;
import io.monitoringascode.grafana.internal.ObjectWriting;
import io.monitoringascode.grafana.internal.Unmodelled;

/**
 * A panel's place on Grafana's grid of 24 columns; rows are 30 pixels high. Renders to {@code gridPos}.
 *
 * @param x the first column, 0 to 23
 * @param y the first row
 * @param w the width in columns
 * @param h the height in rows
 */
public record GridPos(int x, int y, int w, int h) {
  /** The number of columns of Grafana's grid. */
  public static final int COLUMNS = 24;

  /**
   * Reads a {@code gridPos} object that has exactly {@code h}, {@code w}, {@code x} and {@code y}.
   *
   * @param json the object
   * @return the position
   * @throws Unmodelled on any other shape
   */
  public static GridPos fromJson(JsonNode json) {
    ObjectReading reading = ObjectReading.of(json);
    GridPos pos = new GridPos(reading.integer("x").orElseThrow(() -> new Unmodelled("x")),
        reading.integer("y").orElseThrow(() -> new Unmodelled("y")),
        reading.integer("w").orElseThrow(() -> new Unmodelled("w")),
        reading.integer("h").orElseThrow(() -> new Unmodelled("h")));
    if (!reading.rest().isEmpty()) {
      throw new Unmodelled("gridPos");
    }
    return pos;
  }

  /**
   * The JSON form.
   *
   * @return {@code {"h":…, "w":…, "x":…, "y":…}}
   */
  public JsonNode toJson() {
    return ObjectWriting.object().put("h", h).put("w", w).put("x", x).put("y", y).done();
  }

  /**
   * Tells whether two positions share a cell.
   *
   * @param other another position
   * @return true if they overlap
   */
  public boolean overlaps(GridPos other) {
    return x < other.x + other.w && other.x < x + w && y < other.y + other.h && other.y < y + h;
  }
}
