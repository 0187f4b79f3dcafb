package com.stride.catalogue;

import static com.stride.base.db.Rows.integer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The standard dosage columns (see {@link StoredDosage}) for read queries that bypass JPA: the one
 * list of them, and the one way to read them back.
 */
public final class DosageRows {

    private static final List<String> COLUMNS = List.of("sets_min", "sets_max", "reps_min", "reps_max",
            "hold_min_s", "hold_max_s", "duration_min_s", "duration_max_s", "sides", "times_per_day_min",
            "times_per_day_max", "days_per_week", "weekdays", "rest_s", "load_text", "dose_note", "phase_labels",
            "phase_min_s", "phase_max_s");

    private DosageRows() {
    }

    /** The dosage columns of a table or view alias, for a select list: "e.sets_min, e.sets_max, ...". */
    public static String columns(String alias) {
        return COLUMNS.stream().map(column -> alias + "." + column).collect(Collectors.joining(", "));
    }

    /** The dosage of a row whose exercise has this stock code: its stock phase labels in the reader's language. */
    public static Dosage read(ResultSet row, @Nullable String stockCode) throws SQLException {
        return StockText.dosage(stockCode, read(row));
    }

    public static Dosage read(ResultSet row) throws SQLException {
        return new Dosage(
                Range.ofNullable(integer(row, "sets_min"), integer(row, "sets_max")),
                Range.ofNullable(integer(row, "reps_min"), integer(row, "reps_max")),
                Range.ofNullable(integer(row, "hold_min_s"), integer(row, "hold_max_s")),
                Range.ofNullable(integer(row, "duration_min_s"), integer(row, "duration_max_s")),
                Sides.valueOf(row.getString("sides")),
                Range.ofNullable(integer(row, "times_per_day_min"), integer(row, "times_per_day_max")),
                integer(row, "days_per_week"),
                StoredDosage.fromBits(integer(row, "weekdays")),
                integer(row, "rest_s"),
                row.getString("load_text"),
                row.getString("dose_note"),
                StoredDosage.phases(list(row, "phase_labels", String[].class), list(row, "phase_min_s", Integer[].class),
                        list(row, "phase_max_s", Integer[].class)));
    }

    private static <T> List<T> list(ResultSet row, String column, Class<T[]> type) throws SQLException {
        java.sql.Array array = row.getArray(column);
        return array == null ? List.of() : java.util.Arrays.asList(type.cast(array.getArray()));
    }

    /**
     * The pictures of the exercise in a row with exercise_card's {@code image_updated_at},
     * {@code image_count} and {@code illustration}, and the exercise's id in {@code exercise_id}.
     */
    public static @Nullable ExercisePicture picture(ResultSet row) throws SQLException {
        return picture(row, "exercise_id");
    }

    static @Nullable ExercisePicture picture(ResultSet row, String idColumn) throws SQLException {
        Timestamp imageAt = row.getTimestamp("image_updated_at");
        return ExerciseImages.picture(row.getLong(idColumn), imageAt == null ? null : imageAt.getTime(),
                row.getInt("image_count"), row.getString("illustration"));
    }
}
