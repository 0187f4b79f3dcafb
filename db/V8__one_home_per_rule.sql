-- One home for each rule. Until now the dosage rules were written out as twelve CHECK constraints
-- on each of three tables, "the current revision of a plan" and "what is due on a day" were
-- written in several queries, and features read each other's tables. From here:
--   * dosage_problem() is the one definition of a valid dosage, behind one CHECK per table;
--   * plan_items_max() is the one limit on a plan's or template's length (PlanLimits.MAX_ITEMS);
--   * each feature publishes the views and functions other features may read (see
--     docs/decisions/2026-12-01-one-home-per-rule.md for the table of owners);
--   * runner_due() is the one definition of what is due, session by session, for a runner's plan.

-- ===== catalogue: the dosage rules =====

-- A range's maximum needs its minimum, and lies above it; both within 1..upper_limit.
create function dosage_range_valid(range_min integer, range_max integer, upper_limit integer) returns boolean
    language sql immutable parallel safe
as $$
    select coalesce((range_min is null and range_max is null)
        or (range_min between 1 and upper_limit
            and (range_max is null or (range_max > range_min and range_max <= upper_limit))), false)
$$;

-- The most sessions (times) a day: a dosage's limit (DosageLimits.TIMES_PER_DAY_MAX), a session
-- log's number and the schedule's sessions all stop here.
create function sessions_per_day_max() returns integer
    language sql immutable parallel safe
as $$ select 6 $$;

-- The first rule a dosage breaks, or null when it breaks none. The Java twin is DosageRules (with
-- DosageLimits); DosageLimitsAgreementTest proves both refuse the same values. Calls are
-- schema-qualified: a restore (pg_dump) checks rows with an empty search_path.
create function dosage_problem(sets_min integer, sets_max integer, reps_min integer, reps_max integer,
                               hold_min_s integer, hold_max_s integer, duration_min_s integer,
                               duration_max_s integer, times_per_day_min integer, times_per_day_max integer,
                               days_per_week integer, weekdays integer, rest_s integer, load_text text,
                               dose_note text) returns text
    language sql immutable parallel safe
as $$
    select case
        when not public.dosage_range_valid(sets_min, sets_max, 10) then 'sets'
        when not public.dosage_range_valid(reps_min, reps_max, 100) then 'reps'
        when not public.dosage_range_valid(hold_min_s, hold_max_s, 600) then 'hold'
        when not public.dosage_range_valid(duration_min_s, duration_max_s, 3600) then 'duration'
        when not public.dosage_range_valid(times_per_day_min, times_per_day_max,
                                      public.sessions_per_day_max()) then 'times_per_day'
        when reps_min is null and hold_min_s is null and duration_min_s is null then 'something_to_do'
        when days_per_week not between 1 and 7 then 'days_per_week'
        when weekdays not between 1 and 127 then 'weekdays'
        when days_per_week is not null and weekdays is not null then 'one_schedule'
        when rest_s not between 1 and 600 then 'rest'
        when char_length(btrim(load_text)) = 0 or char_length(load_text) > 60 then 'load'
        when char_length(btrim(dose_note)) = 0 or char_length(dose_note) > 500 then 'note'
    end
$$;

-- The longest plan or template, in exercises.
create function plan_items_max() returns integer
    language sql immutable parallel safe
as $$ select 30 $$;

-- V2's search words for the vocabularies feed generated columns, which a restore recomputes with an
-- empty search_path: the same function, with its call schema-qualified.
create or replace function catalogue_terms(codes text[]) returns text
    language sql immutable parallel safe
as $$
select coalesce(string_agg(public.catalogue_term(c), ' '), '') from unnest(codes) as c
$$;

-- The same dosage columns on the three tables that hold a dosage: one CHECK each, written once here.
do $$
declare
    dosed text;
    rule text;
begin
    foreach dosed in array array['exercise', 'plan_item', 'plan_template_item'] loop
        foreach rule in array array['sets', 'reps', 'hold', 'duration', 'times_per_day', 'something_to_do',
                                    'days', 'weekdays', 'one_schedule', 'rest', 'load', 'dose_note'] loop
            execute format('alter table %I drop constraint %I', dosed, dosed || '_' || rule || '_chk');
        end loop;
        execute format('alter table %I add constraint %I check (dosage_problem(sets_min, sets_max, reps_min,'
            || ' reps_max, hold_min_s, hold_max_s, duration_min_s, duration_max_s, times_per_day_min,'
            || ' times_per_day_max, days_per_week, weekdays, rest_s, load_text, dose_note) is null)',
            dosed, dosed || '_dosage_chk');
    end loop;
    alter table session_log drop constraint session_log_number_chk;
    alter table session_log add constraint session_log_number_chk
        check (session_number between 1 and sessions_per_day_max());
    foreach dosed in array array['plan_item', 'plan_template_item'] loop
        execute format('alter table %I drop constraint %I', dosed, dosed || '_position_chk');
        execute format('alter table %I add constraint %I check (position >= 0 and position < plan_items_max())',
            dosed, dosed || '_position_chk');
    end loop;
end
$$;

-- ===== published views: what a feature lets other features read =====

-- account: the people of the clinics, without credentials, and which PTs follow which runners
create view person as
select id, clinic_id, role, username, display_name, email, active
from app_user;

create view therapist_runner as
select therapist_id, runner_id, clinic_id
from runner_therapist;

-- clinic: a clinic's name
create view clinic_info as
select id, name
from clinic;

-- catalogue: what a plan shows of an exercise
create view exercise_card as
select e.id, e.clinic_id, e.name, e.category, e.one_side, e.archived_at is not null as archived, e.steps, e.tips,
       i.updated_at as image_updated_at
from exercise e
left join exercise_image i on i.exercise_id = e.id;

-- catalogue (inside the feature): the exercises a clinic may see and use, its own and the stock ones
create function clinic_exercises(p_clinic bigint) returns setof exercise
    language sql stable
as $$
    select * from exercise where clinic_id is null or clinic_id = p_clinic
$$;

-- plan: the current revision of every plan, its newest one (a lateral lookup, so that a join
-- reads one index entry per plan rather than every revision)
create view plan_current_revision as
select p.id as plan_id, p.clinic_id, r.id as revision_id, r.number, r.title, r.goal, r.author_id, r.created_at
from plan p
cross join lateral (
    select v.id, v.number, v.title, v.goal, v.author_id, v.created_at
    from plan_revision v
    where v.plan_id = p.id
    order by v.number desc
    limit 1) r;

-- plan: each runner's assigned plan, if any
create view active_plan as
select p.id as plan_id, p.clinic_id, p.runner_id, p.author_id, p.start_date, p.end_date, c.title
from plan p
join plan_current_revision c on c.plan_id = p.id
where p.status = 'ACTIVE';

-- plan: an item of a revision with its dosage and what the runner sees of its exercise
create view plan_item_detail as
select i.id, i.revision_id, i.position, i.exercise_id, c.name, c.category, c.one_side, c.archived, c.steps,
       c.tips, c.image_updated_at,
       i.sets_min, i.sets_max, i.reps_min, i.reps_max, i.hold_min_s, i.hold_max_s, i.duration_min_s,
       i.duration_max_s, i.per_side, i.times_per_day_min, i.times_per_day_max, i.days_per_week, i.weekdays,
       i.rest_s, i.load_text, i.dose_note
from plan_item i
join exercise_card c on c.id = i.exercise_id;

-- plan: the exercises of plans assigned to a runner (drafts are not theirs to see yet)
create view assigned_exercise as
select p.runner_id, i.exercise_id
from plan p
join plan_revision r on r.plan_id = p.id
join plan_item i on i.revision_id = r.id
where p.status <> 'DRAFT';

-- ===== plan: the schedule =====

-- The days a plan runs between two dates, each with the revision in force that day: the newest
-- one created by that day (in the clinic's time zone), or the first one for days before any
-- existed. An ended plan stops on the day it ended; a draft never runs.
create function plan_days(p_plan bigint, p_from date, p_to date, p_zone text)
    returns table (day date, revision_id bigint)
    language sql stable
as $$
    with revisions as (
        select r.id, r.number, (r.created_at at time zone p_zone)::date as from_day
        from plan_revision r
        where r.plan_id = p_plan)
    select g::date, coalesce(
        (select v.id from revisions v where v.from_day <= g::date order by v.number desc limit 1),
        (select v.id from revisions v order by v.number limit 1))
    -- the series runs over the asked dates (constants, so the planner knows how many days), the
    -- plan's own dates filter it
    from generate_series(p_from::timestamp, p_to::timestamp, interval '1 day') g
    join plan p on p.id = p_plan and p.status <> 'DRAFT'
    where g::date >= p.start_date and g::date <= least(p_to, p.end_date, (p.ended_at at time zone p_zone)::date)
$$;

-- Whether a weekday mask (item_weekdays, V6: bit 0 = Monday) holds the day.
create function weekday_in(mask integer, p_day date) returns boolean
    language sql immutable parallel safe
as $$
    select mask & (1 << (extract(isodow from p_day)::integer - 1)) <> 0
$$;

-- The sessions of every revision of a plan: an item is in sessions 1 to its "times a day" (the
-- lower bound of a range: 2-3 times a day is two sessions), on the weekdays of its mask.
create function plan_sessions(p_plan bigint)
    returns table (revision_id bigint, session_number integer, plan_item_id bigint, exercise_id bigint,
                   item_position integer, sets_target integer, weekdays integer)
    language sql stable
as $$
    select i.revision_id, k.n, i.id, i.exercise_id, i.position, i.sets_min,
           item_weekdays(i.days_per_week, i.weekdays)
    from plan_revision r
    join plan_item i on i.revision_id = r.id
    -- a constant series, so the planner knows how many sessions there can be
    join generate_series(1, sessions_per_day_max()) as k (n) on k.n <= coalesce(i.times_per_day_min, 1)
    where r.plan_id = p_plan
$$;

-- ===== log: what is due, and what was done =====

-- What is due for a runner's plan between two dates, one row per exercise per session per day. A
-- session the runner has started keeps the revision it was started with; the others follow the
-- revision in force that day. Today, History, adherence, the streak, "skipped most" and the demo
-- data all read this; nothing else decides what is due.
create function runner_due(p_plan bigint, p_from date, p_to date, p_zone text)
    returns table (day date, session_number integer, revision_id bigint, plan_item_id bigint,
                   exercise_id bigint, item_position integer, sets_target integer)
    language sql stable
as $$
    -- the plan's own sessions first (a few rows), so that nothing scans other plans' items
    with days as (
        select d.day, d.revision_id from plan_days(p_plan, p_from, p_to, p_zone) d),
    sessions as (
        select s.* from plan_sessions(p_plan) s),
    started as (
        select s.session_date, s.session_number, s.revision_id
        from session_log s
        where s.plan_id = p_plan and s.session_date between p_from and p_to)
    select d.day, s.session_number, s.revision_id, s.plan_item_id, s.exercise_id, s.item_position, s.sets_target
    from days d
    join sessions s on s.revision_id = d.revision_id and weekday_in(s.weekdays, d.day)
    where not exists (select 1 from started t where t.session_date = d.day and t.session_number = s.session_number)
    union all
    select t.session_date, s.session_number, s.revision_id, s.plan_item_id, s.exercise_id, s.item_position,
           s.sets_target
    from started t
    join days d on d.day = t.session_date
    join sessions s on s.revision_id = t.revision_id and s.session_number = t.session_number
                   and weekday_in(s.weekdays, t.session_date)
$$;

-- When a runner last logged anything.
create function runner_last_logged_at(p_runner bigint) returns timestamptz
    language sql stable
as $$
    select s.updated_at from session_log s
    where s.runner_id = p_runner
    order by s.session_date desc, s.session_number desc
    limit 1
$$;

-- The flags of V6, one function per rule, now reading the active plan through the plan feature's
-- view. Each returns when the event behind it was recorded (raised_at), so that "seen" holds until
-- a newer one.

-- The runner's pain scores of the last 14 days, during and the next morning, each with when it was recorded.
create function runner_recent_pain(p_runner bigint, p_today date)
    returns table (on_day date, pain integer, recorded_at timestamptz, during boolean)
    language sql stable
as $$
    select s.session_date, s.pain_during, s.pain_during_at, true
    from session_log s
    where s.runner_id = p_runner and s.session_date between p_today - 13 and p_today and s.pain_during is not null
    union all
    select s.session_date, s.pain_next_morning, s.pain_morning_at, false
    from session_log s
    where s.runner_id = p_runner and s.session_date between p_today - 13 and p_today
      and s.pain_next_morning is not null
$$;

-- PAIN_HIGH: the latest score above 5 (during or next morning) in the last 14 days.
create function flag_pain_high(p_runner bigint, p_today date)
    returns table (raised_at timestamptz, pain integer, on_day date)
    language sql stable
as $$
    select p.recorded_at, p.pain, p.on_day
    from runner_recent_pain(p_runner, p_today) p
    where p.pain > 5
    order by p.recorded_at desc
    limit 1
$$;

-- PAIN_RISE: the latest score during a session 2+ points above the average of the runner's first
-- 7 days with a pain score.
create function flag_pain_rise(p_runner bigint, p_today date)
    returns table (raised_at timestamptz, pain integer, on_day date)
    language sql stable
as $$
    with first_week as (
        select min(s.session_date) as first_day from session_log s
        where s.runner_id = p_runner and s.pain_during is not null),
    baseline as (
        select avg(s.pain_during) as pain, f.first_day
        from first_week f
        join session_log s on s.runner_id = p_runner and s.session_date < f.first_day + 7
        where s.pain_during is not null
        group by f.first_day)
    select p.recorded_at, p.pain, p.on_day
    from runner_recent_pain(p_runner, p_today) p
    cross join baseline b
    where p.during and p.on_day >= b.first_day + 7 and p.pain >= b.pain + 2
    order by p.recorded_at desc
    limit 1
$$;

-- INACTIVE: an active plan, started 7+ days ago and not past its end, and nothing logged for 7 days.
create function flag_inactive(p_runner bigint, p_today date)
    returns table (raised_at timestamptz, pain integer, on_day date)
    language sql stable
as $$
    select (last.day + 7)::timestamp at time zone 'UTC', null::integer, last.day
    from active_plan a
    cross join lateral (
        select greatest(a.start_date, max(s.session_date)) as day
        from session_log s
        where s.runner_id = p_runner and s.session_date <= p_today) logged
    cross join lateral (select coalesce(logged.day, a.start_date) as day) last
    where a.runner_id = p_runner and (a.end_date is null or a.end_date >= p_today)
      and last.day <= p_today - 7
$$;

-- The flags a PT should see for a runner on a day, after what the PT has marked seen.
create or replace function runner_flags(p_runner bigint, p_today date)
    returns table (kind varchar, raised_at timestamptz, pain integer, on_day date)
    language sql stable
as $$
    select r.kind, r.raised_at, r.pain, r.on_day
    from (
        select 'PAIN_HIGH'::varchar as kind, f.* from flag_pain_high(p_runner, p_today) f
        union all
        select 'PAIN_RISE', f.* from flag_pain_rise(p_runner, p_today) f
        union all
        select 'INACTIVE', f.* from flag_inactive(p_runner, p_today) f) r
    left join runner_flag_seen seen on seen.runner_id = p_runner and seen.kind = r.kind
    where seen.seen_through is null or r.raised_at > seen.seen_through
$$;

-- Replaced by plan_days, plan_sessions and runner_due: no second definition stays behind.
drop function plan_due(bigint, date, date, text);
drop function plan_done(bigint, date, date);
drop function plan_revision_on(bigint, date, text);
