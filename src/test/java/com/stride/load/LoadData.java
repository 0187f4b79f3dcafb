package com.stride.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Makes a large clinic for the load test, straight in SQL (minutes, not hours): an admin,
 * {@code therapists} PTs who share the runners between them, {@code runners} runners, each with an
 * active plan of four exercises (one twice a day, one three days a week) and {@code days} days of
 * logged sessions with three exercises ticked off each. 10,000 runners and 120 days make about
 * 1.2 million sessions and 3.6 million exercise entries. Every account's password is
 * {@link #PASSWORD}; the clinic is dropped and made again on each run.
 */
final class LoadData {

    static final String CLINIC = "Load test clinic";
    static final String PASSWORD = "load-test-password-2026";

    static String runner(int n) {
        return "load.runner." + n;
    }

    static String therapist(int n) {
        return "load.pt." + n;
    }

    static final String ADMIN = "load.admin";

    private LoadData() {
    }

    static void generate(String jdbcUrl, String user, String password, int runners, int therapists, int days)
            throws SQLException {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            db.setAutoCommit(false);
            try (Statement sql = db.createStatement()) {
                sql.execute("set session_replication_role = replica"); // no audit triggers on bulk rows
                long existing = single(sql, "select count(*) from clinic where name = '" + CLINIC + "'");
                if (existing > 0) {
                    throw new IllegalStateException("The load clinic exists already; use a fresh database");
                }
                sql.execute("insert into clinic (name, time_zone, created_at, updated_at) values ('" + CLINIC + "', '" + java.time.ZoneId.systemDefault().getId() + "', now(), now())");
                long clinic = single(sql, "select id from clinic where name = '" + CLINIC + "'");
                try (PreparedStatement users = db.prepareStatement("""
                        insert into app_user (clinic_id, username, display_name, email, role, password_hash,
                                              created_at, updated_at)
                        select ?, ? || g, ? || g, ? || g || '@load.invalid', ?, ?, now(), now()
                        from generate_series(1, ?) g""")) {
                    insertUsers(users, clinic, "load.admin", "Load admin ", "ADMIN", hash, 1);
                    insertUsers(users, clinic, "load.pt.", "Load PT ", "THERAPIST", hash, therapists);
                    insertUsers(users, clinic, "load.runner.", "Load runner ", "RUNNER", hash, runners);
                }
                sql.execute("update app_user set username = 'load.admin' where username = 'load.admin1'");
                sql.execute("""
                        insert into runner_therapist (runner_id, therapist_id, clinic_id, linked_at)
                        select r.id, t.id, r.clinic_id, now()
                        from app_user r join app_user t on t.clinic_id = r.clinic_id and t.role = 'THERAPIST'
                         and t.username = 'load.pt.' || (1 + substring(r.username from 13)::int %% %d)
                        where r.clinic_id = %d and r.role = 'RUNNER'""".formatted(therapists, clinic));
                sql.execute("""
                        insert into plan (clinic_id, runner_id, author_id, status, start_date, activated_at,
                                          created_at, updated_at)
                        select r.clinic_id, r.id, l.therapist_id, 'ACTIVE', current_date - %d, now(), now(), now()
                        from app_user r join runner_therapist l on l.runner_id = r.id
                        where r.clinic_id = %d and r.role = 'RUNNER'""".formatted(days, clinic));
                sql.execute("""
                        insert into plan_revision (plan_id, number, title, author_id, created_at)
                        select p.id, 1, 'Hip and calf strength', p.author_id, now() - interval '%d days'
                        from plan p where p.clinic_id = %d""".formatted(days + 1, clinic));
                sql.execute("""
                        insert into plan_item (revision_id, position, exercise_id, reps_min, sets_min,
                                               times_per_day_min, days_per_week)
                        select r.id, k, e.id, 10, 2, case when k = 0 then 2 end, case when k = 3 then 3 end
                        from plan_revision r join plan p on p.id = r.plan_id
                        cross join generate_series(0, 3) k
                        join lateral (select id from exercise where clinic_id is null and reps_max is not null
                                      order by id offset k limit 1) e on true
                        where p.clinic_id = %d""".formatted(clinic));
                sql.execute("""
                        insert into session_log (clinic_id, runner_id, plan_id, revision_id, session_date,
                                                 session_number, pain_during, pain_during_at, created_at, updated_at)
                        select p.clinic_id, p.runner_id, p.id, r.id, d::date, 1, (p.runner_id + (d::date - date '2000-01-01')) %% 6,
                               d, d, d
                        from plan p join plan_revision r on r.plan_id = p.id
                        cross join generate_series(current_date - %d, current_date - 1, interval '1 day') d
                        where p.clinic_id = %d""".formatted(days, clinic));
                sql.execute("""
                        insert into exercise_log (session_id, revision_id, plan_item_id, status, created_at, updated_at)
                        select s.id, s.revision_id, i.id, 'DONE', s.created_at, s.created_at
                        from session_log s join plan_item i on i.revision_id = s.revision_id and i.position < 3
                        where s.clinic_id = %d""".formatted(clinic));
                sql.execute("set session_replication_role = origin");
            }
            db.commit();
            try (Statement sql = db.createStatement()) {
                db.setAutoCommit(true);
                sql.execute("vacuum analyze");
            }
        }
    }

    private static void insertUsers(PreparedStatement users, long clinic, String username, String name, String role,
                                    String hash, int count) throws SQLException {
        users.setLong(1, clinic);
        users.setString(2, username);
        users.setString(3, name);
        users.setString(4, username);
        users.setString(5, role);
        users.setString(6, hash);
        users.setInt(7, count);
        users.executeUpdate();
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (var result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
