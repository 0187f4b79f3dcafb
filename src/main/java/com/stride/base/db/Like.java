package com.stride.base.db;

import java.util.Locale;

/** LIKE patterns from what a user typed: wildcards in it are matched literally (use with escape '\'). */
public final class Like {

    private Like() {
    }

    /** "%text%", lower-cased and escaped; "%%" (everything) for null or blank text. */
    public static String containing(String text) {
        String escaped = (text == null ? "" : text.strip()).toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
