package com.stride.base;

import com.stride.i18n.Text;

/** Someone else saved the same record after the caller loaded it; nothing was overwritten. */
public class ConcurrentEditException extends RuntimeException {

    /** @param whatKey the bundle key of the kind of record ("plan.record.plan"): the message is for the person */
    public ConcurrentEditException(String whatKey) {
        super(Text.get("base.concurrentEdit", "what", Text.get(whatKey)));
    }
}
