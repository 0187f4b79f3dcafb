package com.stride.catalogue;

import java.util.List;

/**
 * What a save does to an exercise's pictures: keep them as they are, or set the new list in order,
 * where each picture is either one it has now (by its current position) or new bytes.
 */
public sealed interface ImageChange {

    ImageChange KEEP = new Keep();
    ImageChange REMOVE = new Pictures(List.of());

    /** The one new picture that replaces all others. */
    static ImageChange replace(byte[] bytes) {
        return new Pictures(List.of(new Added(bytes)));
    }

    record Keep() implements ImageChange {
    }

    /** The pictures after the save, in order. */
    record Pictures(List<Slot> slots) implements ImageChange {

        public Pictures {
            slots = List.copyOf(slots);
        }
    }

    /** One place in the new order. */
    sealed interface Slot {
    }

    /** A picture the exercise has now, at this (1-based) position. */
    record Kept(int position) implements Slot {
    }

    record Added(byte[] bytes) implements Slot {
    }
}
