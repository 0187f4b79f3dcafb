package com.stride.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Reordering a grid's rows by drag and drop: the dragged row moves above or below the row it is dropped on. */
public final class DragReorder {

    private DragReorder() {
    }

    /**
     * @param items   the list the grid shows, reordered in place
     * @param changed called after each move
     */
    public static <T> void enable(Grid<T> grid, List<T> items, Runnable changed) {
        AtomicReference<T> dragged = new AtomicReference<>();
        grid.setRowsDraggable(true);
        grid.addDragStartListener(e -> {
            dragged.set(e.getDraggedItems().getFirst());
            grid.setDropMode(GridDropMode.BETWEEN);
        });
        grid.addDragEndListener(e -> {
            dragged.set(null);
            grid.setDropMode(null);
        });
        grid.addDropListener(e -> e.getDropTargetItem().ifPresent(target -> {
            T moving = dragged.get();
            if (moving != null && moving != target) {
                items.remove(moving);
                items.add(items.indexOf(target) + (e.getDropLocation() == GridDropLocation.BELOW ? 1 : 0), moving);
                changed.run();
            }
        }));
    }
}
