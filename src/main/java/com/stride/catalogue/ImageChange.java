package com.stride.catalogue;

/** What a save does to an exercise's image: keep it, remove it, or replace it with new bytes. */
public sealed interface ImageChange {

    ImageChange KEEP = new Keep();
    ImageChange REMOVE = new Remove();

    static ImageChange replace(byte[] bytes) {
        return new Replace(bytes);
    }

    record Keep() implements ImageChange {
    }

    record Remove() implements ImageChange {
    }

    record Replace(byte[] bytes) implements ImageChange {
    }
}
