package com.stride.log;

import com.stride.i18n.Text;

/** What the runner did of one exercise in a session. Not doing it leaves no entry. */
public enum EntryStatus {
    DONE,
    /** some of the sets, see the entry's sets done */
    PARTIAL;

    public String label() {
        return Text.get("log.entryStatus." + name());
    }
}
