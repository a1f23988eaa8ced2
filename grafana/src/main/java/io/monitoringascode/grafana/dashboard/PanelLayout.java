package io.monitoringascode.grafana.dashboard;

import io.monitoringascode.grafana.panel.GridPos;
import io.monitoringascode.grafana.panel.Panel;
import io.monitoringascode.grafana.panel.Target;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Places panels on Grafana's 24-column grid, numbers them and names their targets ({@link Layout#AUTOMATIC}). The
 * result depends only on the panels' order and sizes, so ids and positions are the same on every run.
 */
final class PanelLayout {
  private int nextId;
  private int x;
  private int y;
  private int lineBottom;

  private PanelLayout(int firstId) {
    this.nextId = firstId;
  }

  static List<Panel> apply(List<Panel> panels) {
    PanelLayout layout = new PanelLayout(maxId(panels) + 1);
    return layout.place(panels);
  }

  private static int maxId(List<Panel> panels) {
    int max = 0;
    for (Panel panel : panels) {
      max = Math.max(max, panel.id().orElse(0));
      max = Math.max(max, maxId(panel.panels()));
    }
    return max;
  }

  private List<Panel> place(List<Panel> panels) {
    List<Panel> placed = new ArrayList<>(panels.size());
    for (Panel panel : panels) {
      GridPos pos = panel.gridPos().orElseGet(() -> next(panel));
      advancePast(pos, panel.type().equals(Panel.ROW));
      Panel laidOut = panel.withGridPos(pos)
          .withId(panel.id().orElseGet(() -> nextId++))
          .withTargets(named(panel.targets()));
      if (!panel.panels().isEmpty()) {
        // A collapsed row keeps its panels where they appear once it is expanded: below the row.
        int rowX = x;
        int rowY = y;
        int rowBottom = lineBottom;
        laidOut = laidOut.withPanels(place(panel.panels()));
        x = rowX;
        y = rowY;
        lineBottom = rowBottom;
      }
      placed.add(laidOut);
    }
    return placed;
  }

  private GridPos next(Panel panel) {
    if (panel.type().equals(Panel.ROW) || x + panel.width() > GridPos.COLUMNS) {
      newLine();
    }
    return new GridPos(x, y, panel.width(), panel.height());
  }

  private void newLine() {
    if (x > 0) {
      y = lineBottom;
      x = 0;
    }
  }

  private void advancePast(GridPos pos, boolean row) {
    x = pos.x() + pos.w();
    y = pos.y();
    lineBottom = Math.max(lineBottom, pos.y() + pos.h());
    if (row || x >= GridPos.COLUMNS) {
      x = 0;
      y = lineBottom;
    }
  }

  private static List<Target> named(List<Target> targets) {
    Set<String> taken = new HashSet<>();
    targets.forEach(target -> target.refId().ifPresent(taken::add));
    List<Target> named = new ArrayList<>(targets.size());
    char letter = 'A';
    for (Target target : targets) {
      if (target.refId().isPresent()) {
        named.add(target);
        continue;
      }
      while (taken.contains(String.valueOf(letter))) {
        letter++;
      }
      taken.add(String.valueOf(letter));
      named.add(target.withRefId(String.valueOf(letter)));
    }
    return named;
  }
}
