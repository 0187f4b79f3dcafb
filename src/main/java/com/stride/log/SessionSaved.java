package com.stride.log;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What saving a session's pain and note did. A refused field keeps its stored value while the other
 * is saved, so a refused note never costs the runner the pain score typed beside it.
 *
 * @param sessionId the session's id; null when there was nothing to store
 * @param version   the session's version now; null when there was nothing to store
 * @param refused a message for each field that was not saved, by field name ("pain", "note")
 */
public record SessionSaved(@Nullable Long sessionId, @Nullable Long version, Map<String, String> refused) {

    public SessionSaved {
        refused = Map.copyOf(refused);
    }

    public boolean complete() {
        return refused.isEmpty();
    }
}
