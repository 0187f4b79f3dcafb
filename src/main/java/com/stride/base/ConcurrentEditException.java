package com.stride.base;

/** Someone else saved the same record after the caller loaded it; nothing was overwritten. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what) {
        super("Someone else saved changes to this " + what + " while you were editing. "
                + "Nothing was saved: reload to see their version, then make your changes again.");
    }
}
