package com.stride.catalogue;

import static com.stride.base.db.Rows.integer;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads a {@link Dosage} from a JDBC row with the standard dosage columns (see {@link StoredDosage}),
 * for read queries that bypass JPA.
 */
public final class DosageRows {

    private DosageRows() {
    }

    public static Dosage read(ResultSet row) throws SQLException {
        return new Dosage(
                Range.ofNullable(integer(row, "sets_min"), integer(row, "sets_max")),
                Range.ofNullable(integer(row, "reps_min"), integer(row, "reps_max")),
                Range.ofNullable(integer(row, "hold_min_s"), integer(row, "hold_max_s")),
                Range.ofNullable(integer(row, "duration_min_s"), integer(row, "duration_max_s")),
                row.getBoolean("per_side"),
                Range.ofNullable(integer(row, "times_per_day_min"), integer(row, "times_per_day_max")),
                integer(row, "days_per_week"),
                StoredDosage.fromBits(integer(row, "weekdays")),
                integer(row, "rest_s"),
                row.getString("load_text"),
                row.getString("dose_note"));
    }
}
