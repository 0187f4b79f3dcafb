package com.stride.catalogue;

import com.stride.catalogue.ExerciseStep.Neighbour;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The exercise_step links (V14); callers have checked access. */
@Repository
class ExerciseStepQueries {

    // the stock code last: the statement orders by column number
    private static final String NEIGHBOUR = "x.id, x.name, x.category, x.one_side, x.clinic_id, "
            + DosageRows.columns("x") + ", x.code";

    private final JdbcClient jdbc;

    ExerciseStepQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The steps of the exercises, two statements however many. Of several easier exercises, the
     * clinic's own comes first, then by name; archived ones are left out.
     */
    Map<Long, ExerciseStep> steps(long clinicId, Collection<Long> exerciseIds) {
        Map<Long, Neighbour> harder = new HashMap<>();
        Map<Long, Neighbour> easier = new HashMap<>();
        if (exerciseIds.isEmpty()) {
            return Map.of();
        }
        jdbc.sql("""
                        select s.exercise_id as of_id, true as up, %1$s
                        from exercise_step s
                        join clinic_exercises(:clinic) x on x.id = s.harder_id
                        where s.exercise_id in (:ids) and x.archived_at is null
                        union all
                        select s.harder_id, false, %1$s
                        from exercise_step s
                        join clinic_exercises(:clinic) x on x.id = s.exercise_id
                        where s.harder_id in (:ids) and x.archived_at is null
                        order by 1, 2, 7 nulls last, 4""".formatted(NEIGHBOUR))
                .param("clinic", clinicId)
                .param("ids", exerciseIds)
                .query((row, n) -> {
                    Neighbour neighbour = new Neighbour(row.getLong("id"),
                            StockText.name(row.getString("code"), row.getString("name")),
                            Category.valueOf(row.getString("category")), row.getBoolean("one_side"),
                            row.getObject("clinic_id") == null, DosageRows.read(row, row.getString("code")));
                    (row.getBoolean("up") ? harder : easier).putIfAbsent(row.getLong("of_id"), neighbour);
                    return neighbour;
                })
                .list();
        Map<Long, ExerciseStep> steps = new HashMap<>();
        // only what the clinic can see: another clinic's exercise has no steps here, not even empty ones
        jdbc.sql("select id from clinic_exercises(:clinic) where id in (:ids)")
                .param("clinic", clinicId)
                .param("ids", exerciseIds)
                .query(Long.class)
                .list()
                .forEach(id -> steps.put(id, new ExerciseStep(id, easier.get(id), harder.get(id))));
        return steps;
    }

    /** Whether {@code to} leads up, through harder steps, to {@code from}: linking them would close a loop. */
    boolean leadsTo(long to, long from) {
        return jdbc.sql("""
                        with recursive up (id) as (
                            select cast(:to as bigint)
                            union
                            select s.harder_id from exercise_step s join up on s.exercise_id = up.id)
                        select exists (select 1 from up where id = :from)""")
                .param("to", to)
                .param("from", from)
                .query(Boolean.class)
                .single();
    }

    void link(long exerciseId, long harderId, java.time.Instant now) {
        jdbc.sql("""
                        insert into exercise_step (exercise_id, harder_id, created_at) values (:id, :harder, :now)
                        on conflict (exercise_id) do update set harder_id = excluded.harder_id,
                                                                created_at = excluded.created_at""")
                .param("id", exerciseId)
                .param("harder", harderId)
                .param("now", java.sql.Timestamp.from(now))
                .update();
    }

    void unlinkHarder(long exerciseId) {
        jdbc.sql("delete from exercise_step where exercise_id = :id").param("id", exerciseId).update();
    }

    /** Removes the clinic's own exercises' links up to {@code harderId}. */
    void unlinkEasier(long clinicId, long harderId) {
        jdbc.sql("""
                        delete from exercise_step s using exercise e
                        where s.harder_id = :harder and e.id = s.exercise_id and e.clinic_id = :clinic""")
                .param("harder", harderId)
                .param("clinic", clinicId)
                .update();
    }
}
