package com.stride.base;

import com.stride.i18n.Text;

/** Someone else saved the same record after the caller loaded it; nothing was overwritten. */
public class ConcurrentEditException extends RuntimeException {

    /**
     * @param what the kind of record in the current language ("plan", "Übungsplan"), or the bundle
     *             key of its name; the message is for the person and in their language
     */
    public ConcurrentEditException(String what) {
        super(Text.get("base.concurrentEdit", "what", Text.has(what) ? Text.get(what) : what));
    }
}
