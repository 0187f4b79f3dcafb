-- The pain-monitoring model drives the plan (issue 16): warning signs the runner reports, flags
-- that follow the clinical rules and say why, the easier and harder step of an exercise, and the
-- PT's decisions on progression suggestions.

-- ===== log: the pain-monitoring model's numbers, in one place for SQL =====
-- (LogLimits and Pain in Java; PainFlagsTest compares them)

-- 0-3 is safe during exercise
create function pain_safe_max() returns integer
    language sql immutable
as $$ select 3 $$;

-- above 5 is too much
create function pain_too_much_above() returns integer
    language sql immutable
as $$ select 5 $$;

-- the smallest meaningful change on the 0-10 scale: 2 points and 30 %
create function pain_change_points() returns integer
    language sql immutable
as $$ select 2 $$;

create function pain_change_percent() returns integer
    language sql immutable
as $$ select 30 $$;

-- a rise or a fall is measured against the runner's sessions of the days before
create function pain_baseline_days() returns integer
    language sql immutable
as $$ select 14 $$;

-- "most sessions done", for the improvement flag
create function pain_good_adherence_percent() returns integer
    language sql immutable
as $$ select 75 $$;

-- ===== log: warning signs =====

-- What the runner ticked in "is this something else?", when pain was high: null when not asked,
-- empty when the runner ticked none.
alter table session_log add column warning_signs text[];
alter table session_log add column warning_signs_at timestamptz;
alter table session_log add constraint session_log_warning_signs_chk
    check (warning_signs <@ array['BONE_SPOT', 'SWELLING', 'NIGHT_OR_REST', 'NUMBNESS']::text[]);
alter table session_log add constraint session_log_warning_signs_at_chk
    check ((warning_signs is null) = (warning_signs_at is null));

-- ===== log: flags =====

alter table runner_flag_seen alter column kind type varchar(16);
alter table runner_flag_seen drop constraint runner_flag_seen_kind_chk;
alter table runner_flag_seen add constraint runner_flag_seen_kind_chk check (kind in (
    'WARNING_SIGNS', 'PAIN_HIGH', 'PAIN_RISE', 'MORNING_WORSE', 'PAINFUL_EXERCISE', 'IMPROVING', 'INACTIVE'));

drop function runner_flags(bigint, date);
drop function flag_pain_rise(bigint, date);
drop function flag_pain_high(bigint, date);
drop function flag_inactive(bigint, date);

-- Every flag function returns what raised it (raised_at, so that "seen" holds until a newer one),
-- the score behind it, the day, and the numbers that say why: a recent average, what was compared
-- with, from how many scores (or, for IMPROVING, the share done), and a detail (warning signs,
-- exercise names).

-- PAIN_HIGH: the latest score above 5 (during or next morning) in the last 14 days.
create function flag_pain_high(p_runner bigint, p_today date)
    returns table (raised_at timestamptz, pain integer, on_day date, recent numeric, compared numeric,
                   samples integer, detail text)
    language sql stable
as $$
    select p.recorded_at, p.pain, p.on_day, null::numeric, null::numeric, null::integer,
           case when p.during then 'DURING' else 'MORNING' end
    from runner_recent_pain(p_runner, p_today) p
    where p.pain > pain_too_much_above()
    order by p.recorded_at desc
    limit 1
$$;

-- PAIN_RISE: a session of the last 14 days whose score during it left the safe zone and rose by a
-- meaningful change (2+ points and 30 %+) over the average of the runner's scores in the 14 days
-- before that session's day. A rolling baseline: a flare after an improvement is caught, and a
-- bad first week is not the yardstick forever. 0 to 2 is still safe and raises nothing.
create function flag_pain_rise(p_runner bigint, p_today date)
    returns table (raised_at timestamptz, pain integer, on_day date, recent numeric, compared numeric,
                   samples integer, detail text)
    language sql stable
as $$
    select s.pain_during_at, s.pain_during, s.session_date, null::numeric, round(b.pain, 1), b.samples, null::text
    from session_log s
    cross join lateral (
        select avg(e.pain_during) as pain, count(*)::integer as samples
        from session_log e
        where e.runner_id = p_runner and e.pain_during is not null
          and e.session_date between s.session_date - pain_baseline_days() and s.session_date - 1) b
    where s.runner_id = p_runner and s.pain_during is not null
      and s.session_date between p_today - (pain_baseline_days() - 1) and p_today
      and b.samples > 0
      and s.pain_during > pain_safe_max()
      and s.pain_during - b.pain >= pain_change_points()
      and s.pain_during * 100 >= b.pain * (100 + pain_change_percent())
    order by s.pain_during_at desc
    limit 1
$$;

-- MORNING_WORSE: a next-morning score of the last 14 days 2+ points above the score during the
-- session the evening before: the load was too high.
create function flag_morning_worse(p_runner bigint, p_today date)
    returns table (raised_at timestamptz, pain integer, on_day date, recent numeric, compared numeric,
                   samples integer, detail text)
    language sql stable
as $$
    select s.pain_morning_at, s.pain_next_morning, s.session_date, null::numeric, s.pain_during::numeric, null::integer,
           null::text
    from session_log s
    where s.runner_id = p_runner and s.session_date between p_today - (pain_baseline_days() - 1) and p_today
      and s.pain_next_morning is not null and s.pain_during is not null
      and s.pain_next_morning - s.pain_during >= pain_change_points()
    order by s.pain_morning_at desc
    limit 1
$$;

-- the few rated entries of a runner's sessions, without reading every entry of them
create index exercise_log_rated_idx on exercise_log (session_id) where effort is not null;

-- PAINFUL_EXERCISE: exercises whose last two "how did it feel" answers of the last 28 days were
-- both "painful", the latest in the last 14 days; one flag naming them all (detail: the names, one
-- per line).
create function flag_painful_exercise(p_runner bigint, p_today date)
    returns table (raised_at timestamptz, pain integer, on_day date, recent numeric, compared numeric,
                   samples integer, detail text)
    language sql stable
as $$
    with rated as (
        select d.exercise_id, d.name, l.effort, l.updated_at, s.session_date,
               row_number() over (partition by d.exercise_id
                                  order by s.session_date desc, s.session_number desc) as n
        from session_log s
        join exercise_log l on l.session_id = s.id
        join plan_item_detail d on d.id = l.plan_item_id
        -- the last four weeks: "the last two answers" of an exercise rated now and then, in a
        -- window that does not grow with the history
        where s.runner_id = p_runner and l.effort is not null
          and s.session_date between p_today - (2 * pain_baseline_days() - 1) and p_today),
    painful as (
        select r.exercise_id, max(r.name) as name, max(r.updated_at) as raised_at, max(r.session_date) as day
        from rated r
        where r.n <= 2
        group by r.exercise_id
        having count(*) = 2 and bool_and(r.effort = 'PAINFUL')
           and max(r.session_date) >= p_today - (pain_baseline_days() - 1))
    select max(p.raised_at), null::integer, max(p.day), null::numeric, null::numeric, count(*)::integer,
           string_agg(p.name, E'\n' order by p.name)
    from painful p
    having count(*) > 0
$$;

-- IMPROVING: the average score during sessions of the last 14 days is down a meaningful change
-- (2+ points and 30 %+) from the 14 days before, each from 2 scores or more, and at least 75 % of
-- what was due in the last 14 days was done: the runner may be ready for more.
create function flag_improving(p_runner bigint, p_today date, p_zone text)
    returns table (raised_at timestamptz, pain integer, on_day date, recent numeric, compared numeric,
                   samples integer, detail text)
    language sql stable
as $$
    with recent as (
        select avg(s.pain_during) as pain, count(*) as scores, max(s.pain_during_at) as raised_at,
               max(s.session_date) as day
        from session_log s
        where s.runner_id = p_runner and s.pain_during is not null
          and s.session_date between p_today - (pain_baseline_days() - 1) and p_today),
    before as (
        select avg(s.pain_during) as pain, count(*) as scores
        from session_log s
        where s.runner_id = p_runner and s.pain_during is not null
          and s.session_date between p_today - (2 * pain_baseline_days() - 1) and p_today - pain_baseline_days()),
    falling as (
        select r.* , b.pain as before_pain
        from recent r cross join before b
        where r.scores >= 2 and b.scores >= 2
          and b.pain - r.pain >= pain_change_points()
          and r.pain * 100 <= b.pain * (100 - pain_change_percent()))
    -- adherence only for a runner whose pain fell: it walks what was due
    select f.raised_at, null::integer, f.day, round(f.pain, 1), round(f.before_pain, 1), a.percent, null::text
    from falling f
    join active_plan p on p.runner_id = p_runner
    cross join lateral (
        select (100 * coalesce(sum(case when l.status is null then 0
                                    else log_share(l.status, l.sets_done, d.sets_target) end), 0)
                / nullif(count(*), 0))::integer as percent
        from runner_due(p.plan_id, p_today - (pain_baseline_days() - 1), p_today, p_zone) d
        left join session_log s on s.plan_id = p.plan_id and s.session_date = d.day
                               and s.session_number = d.session_number
        left join exercise_log l on l.session_id = s.id and l.plan_item_id = d.plan_item_id) a
    where a.percent >= pain_good_adherence_percent()
$$;

-- WARNING_SIGNS: the latest session of the last 14 days where the runner ticked a warning sign
-- (detail: the signs, comma-separated). Urgent: the runner was told to contact the clinic.
create function flag_warning_signs(p_runner bigint, p_today date)
    returns table (raised_at timestamptz, pain integer, on_day date, recent numeric, compared numeric,
                   samples integer, detail text)
    language sql stable
as $$
    select s.warning_signs_at, greatest(s.pain_during, s.pain_next_morning), s.session_date, null::numeric,
           null::numeric, null::integer, array_to_string(s.warning_signs, ',')
    from session_log s
    where s.runner_id = p_runner and s.session_date between p_today - (pain_baseline_days() - 1) and p_today
      and cardinality(s.warning_signs) > 0
    order by s.warning_signs_at desc
    limit 1
$$;

-- INACTIVE: an active plan, started 7+ days ago and not past its end, and nothing logged for 7 days.
create function flag_inactive(p_runner bigint, p_today date)
    returns table (raised_at timestamptz, pain integer, on_day date, recent numeric, compared numeric,
                   samples integer, detail text)
    language sql stable
as $$
    select (last.day + 7)::timestamp at time zone 'UTC', null::integer, last.day, null::numeric, null::numeric,
           null::integer, null::text
    from active_plan a
    cross join lateral (
        select greatest(a.start_date, max(s.session_date)) as day
        from session_log s
        where s.runner_id = p_runner and s.session_date <= p_today) logged
    cross join lateral (select coalesce(logged.day, a.start_date) as day) last
    where a.runner_id = p_runner and (a.end_date is null or a.end_date >= p_today)
      and last.day <= p_today - 7
$$;

-- The flags a PT should see for a runner on a day (in the clinic's time zone), after what the PT
-- has marked seen, most urgent first.
create function runner_flags(p_runner bigint, p_today date, p_zone text)
    returns table (kind varchar, raised_at timestamptz, pain integer, on_day date, recent numeric,
                   compared numeric, samples integer, detail text)
    language sql stable
as $$
    select r.kind, r.raised_at, r.pain, r.on_day, r.recent, r.compared, r.samples, r.detail
    from (
        select 1 as urgency, 'WARNING_SIGNS'::varchar as kind, f.* from flag_warning_signs(p_runner, p_today) f
        union all
        select 2, 'PAIN_HIGH', f.* from flag_pain_high(p_runner, p_today) f
        union all
        select 3, 'PAIN_RISE', f.* from flag_pain_rise(p_runner, p_today) f
        union all
        select 4, 'MORNING_WORSE', f.* from flag_morning_worse(p_runner, p_today) f
        union all
        select 5, 'PAINFUL_EXERCISE', f.* from flag_painful_exercise(p_runner, p_today) f
        union all
        select 6, 'IMPROVING', f.* from flag_improving(p_runner, p_today, p_zone) f
        union all
        select 7, 'INACTIVE', f.* from flag_inactive(p_runner, p_today) f) r
    left join runner_flag_seen seen on seen.runner_id = p_runner and seen.kind = r.kind
    where seen.seen_through is null or r.raised_at > seen.seen_through
    order by r.urgency
$$;

-- ===== log: what was done of each exercise, for progression =====

-- Each exercise due in each session of a plan between two dates, with the share of it done, the
-- session's pain during and next morning, and the runner's "how did it feel". Published for the
-- plan feature's progression rule, which reads a fixed window whatever the length of the history.
create function plan_exercise_log(p_plan bigint, p_from date, p_to date, p_zone text)
    returns table (day date, session_number integer, revision_id bigint, exercise_id bigint, started boolean,
                   done numeric, pain_during integer, pain_next_morning integer, effort varchar,
                   logged_at timestamptz)
    language sql stable
as $$
    select d.day, d.session_number, d.revision_id, d.exercise_id, s.id is not null,
           case when l.status is null then 0 else log_share(l.status, l.sets_done, d.sets_target) end,
           case when l.status is not null then s.pain_during end,
           case when l.status is not null then s.pain_next_morning end,
           l.effort, l.updated_at
    from runner_due(p_plan, p_from, p_to, p_zone) d
    left join session_log s on s.plan_id = p_plan and s.session_date = d.day and s.session_number = d.session_number
    left join exercise_log l on l.session_id = s.id and l.plan_item_id = d.plan_item_id
$$;

-- ===== catalogue: the easier and harder steps of an exercise =====

-- An exercise's next step up (progression); walking the links back gives the step down
-- (regression). A stock exercise links only to stock ones; a clinic's exercise to stock ones or its
-- own clinic's. Several exercises may lead to the same harder one.
create table exercise_step (
    exercise_id  bigint      not null references exercise (id),
    harder_id    bigint      not null references exercise (id),
    created_at   timestamptz not null,
    constraint exercise_step_pk primary key (exercise_id),
    constraint exercise_step_not_itself_chk check (harder_id <> exercise_id)
);
create index exercise_step_harder_idx on exercise_step (harder_id);

create function exercise_step_visible() returns trigger
    language plpgsql
as $$
declare
    own bigint;
    other bigint;
begin
    select clinic_id into own from exercise where id = new.exercise_id;
    select clinic_id into other from exercise where id = new.harder_id;
    -- a missing clinic never matches another clinic: stock links to stock only
    if other is not null and (own is null or own <> other) then
        raise exception 'exercise % cannot step up to exercise % of another clinic', new.exercise_id, new.harder_id
            using errcode = 'check_violation';
    end if;
    return new;
end
$$;

create trigger exercise_step_visible_trg before insert or update on exercise_step
    for each row execute function exercise_step_visible();

insert into exercise_step (exercise_id, harder_id, created_at)
select easier.id, harder.id, now()
from (values ('glute-bridge', 'glute-bridge-march'),
             ('glute-bridge-march', 'glute-bridge-single-leg-extension'),
             ('side-plank', 'side-plank-clam')) as link (easier, harder)
join exercise easier on easier.code = link.easier and easier.clinic_id is null
join exercise harder on harder.code = link.harder and harder.clinic_id is null;

-- ===== plan: what the PT decided about a progression suggestion =====

-- A suggestion is computed from the logs; the PT accepts it (a new revision), edits it first, or
-- dismisses it. A dismissed one stays hidden until a session after the dismissal brings new evidence.
create table plan_suggestion_decision (
    id           bigint generated always as identity primary key,
    plan_id      bigint      not null references plan (id),
    exercise_id  bigint      not null references exercise (id),
    direction    varchar(12) not null,
    decision     varchar(12) not null,
    revision     integer,
    decided_by   bigint      not null references app_user (id),
    decided_at   timestamptz not null,
    constraint plan_suggestion_direction_chk check (direction in ('PROGRESS', 'EASE_OFF')),
    constraint plan_suggestion_decision_chk check (decision in ('ACCEPTED', 'EDITED', 'DISMISSED')),
    constraint plan_suggestion_revision_chk check ((decision = 'DISMISSED') = (revision is null))
);
create index plan_suggestion_decision_plan_idx on plan_suggestion_decision (plan_id, exercise_id, decided_at);
