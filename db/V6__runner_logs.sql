-- What runners did: one row per session they did (a plan done twice a day has sessions 1 and 2),
-- with their pain and note, and one row per exercise they did in it. Logs point at the plan revision
-- they were done against; revisions of assigned plans never change (V4), so logs survive plan edits.

-- the keys the composite foreign keys below need: a plan belongs to one runner, a revision to one
-- plan, an item to one revision
alter table plan add constraint plan_id_runner_uq unique (id, runner_id);
alter table plan_revision add constraint plan_revision_id_plan_uq unique (id, plan_id);
alter table plan_item add constraint plan_item_id_revision_uq unique (id, revision_id);

create table session_log (
    id                     bigint generated always as identity primary key,
    clinic_id              bigint        not null references clinic (id),
    runner_id              bigint        not null,
    plan_id                bigint        not null,
    revision_id            bigint        not null,
    session_date           date          not null,
    session_number         integer       not null,
    pain_during            integer,
    pain_next_morning      integer,
    next_morning_declined  boolean       not null default false,
    note                   varchar(1000),
    -- when each pain score last changed: flags compare them with when a PT last looked
    pain_during_at         timestamptz,
    pain_morning_at        timestamptz,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    version                bigint        not null default 0,
    constraint session_log_runner_clinic_fk foreign key (runner_id, clinic_id) references app_user (id, clinic_id),
    constraint session_log_plan_runner_fk foreign key (plan_id, runner_id) references plan (id, runner_id),
    constraint session_log_revision_plan_fk foreign key (revision_id, plan_id) references plan_revision (id, plan_id),
    constraint session_log_number_chk check (session_number between 1 and 6),
    constraint session_log_pain_during_chk check (pain_during between 0 and 10),
    constraint session_log_pain_next_morning_chk check (pain_next_morning between 0 and 10),
    constraint session_log_note_chk check (note is null or char_length(btrim(note)) between 1 and 1000),
    constraint session_log_pain_during_at_chk check (pain_during is null or pain_during_at is not null),
    constraint session_log_pain_morning_at_chk check (pain_next_morning is null or pain_morning_at is not null),
    -- the same session saved twice (double tap, two tabs) is one row
    constraint session_log_session_uq unique (plan_id, session_date, session_number),
    constraint session_log_id_revision_uq unique (id, revision_id)
);
create index session_log_runner_date_idx on session_log (runner_id, session_date desc);

create table exercise_log (
    id            bigint generated always as identity primary key,
    session_id    bigint      not null,
    revision_id   bigint      not null,
    plan_item_id  bigint      not null,
    status        varchar(8)  not null,
    sets_done     integer,
    effort        varchar(8),
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       bigint      not null default 0,
    constraint exercise_log_session_fk foreign key (session_id, revision_id) references session_log (id, revision_id),
    constraint exercise_log_item_fk foreign key (plan_item_id, revision_id) references plan_item (id, revision_id),
    constraint exercise_log_status_chk check (status in ('DONE', 'PARTIAL')),
    constraint exercise_log_sets_chk check ((status = 'DONE' and sets_done is null)
        or (status = 'PARTIAL' and sets_done between 1 and 9)),
    constraint exercise_log_effort_chk check (effort is null or effort in ('EASY', 'RIGHT', 'HARD', 'PAINFUL')),
    -- one entry per exercise per session: a per-side exercise is one entry, a repeated save is one row
    constraint exercise_log_item_uq unique (session_id, plan_item_id)
);
create index exercise_log_item_idx on exercise_log (plan_item_id);

-- A PT marking a flag as seen hides it until something newer raises it again.
create table runner_flag_seen (
    runner_id     bigint       not null references app_user (id),
    kind          varchar(12)  not null,
    seen_through  timestamptz  not null,
    seen_by       bigint       not null references app_user (id),
    seen_at       timestamptz  not null,
    constraint runner_flag_seen_pk primary key (runner_id, kind),
    constraint runner_flag_seen_kind_chk check (kind in ('PAIN_HIGH', 'PAIN_RISE', 'INACTIVE'))
);

-- The weekdays an item is due (bit 0 = Monday): its named weekdays, or for "n days a week" a fixed
-- spread (3 -> Mon, Wed, Fri), or every day. The one place this rule lives.
create function item_weekdays(days_per_week integer, weekdays integer) returns integer
    language sql immutable
as $$
    select case
        when weekdays is not null then weekdays
        when days_per_week is null or days_per_week >= 7 then 127
        else (array[1, 9, 21, 27, 31, 63])[days_per_week]
    end
$$;

-- The revision of a plan in force on a day: the newest one created by that day (in the clinic's
-- time zone), or the first one for days before any existed.
create function plan_revision_on(p_plan bigint, p_day date, p_zone text) returns bigint
    language sql stable
as $$
    select r.id from plan_revision r
    where r.plan_id = p_plan
    order by case when (r.created_at at time zone p_zone)::date <= p_day then r.number else -r.number end desc
    limit 1
$$;

-- Every exercise due on every day of a plan between two dates, from the revision in force that day,
-- with how many sessions of it are due (the lower bound of "times a day"). An ended plan stops on
-- the day it ended; a draft is never due.
create function plan_due(p_plan bigint, p_from date, p_to date, p_zone text)
    returns table (day date, plan_item_id bigint, exercise_id bigint, sessions integer, sets_target integer)
    language sql stable
as $$
    select d.day, i.id, i.exercise_id, coalesce(i.times_per_day_min, 1), i.sets_min
    from plan p
    cross join lateral (
        select g::date as day
        from generate_series(greatest(p.start_date, p_from)::timestamp,
                             least(p_to, p.end_date, (p.ended_at at time zone p_zone)::date)::timestamp,
                             interval '1 day') g
    ) d
    join plan_item i on i.revision_id = plan_revision_on(p.id, d.day, p_zone)
    where p.id = p_plan
      and p.status <> 'DRAFT'
      and item_weekdays(i.days_per_week, i.weekdays) & (1 << (extract(isodow from d.day)::integer - 1)) <> 0
$$;

-- How much of an exercise an entry stands for: done is 1, partly done is the share of its sets.
create function log_share(status varchar, sets_done integer, sets_target integer) returns numeric
    language sql immutable
as $$
    select case when status = 'DONE' then 1::numeric
                else least(1::numeric, sets_done::numeric / greatest(coalesce(sets_target, 2), 1)) end
$$;

-- What was done of each exercise of a plan on each day between two dates, in shares (see log_share).
create function plan_done(p_plan bigint, p_from date, p_to date)
    returns table (day date, exercise_id bigint, done numeric)
    language sql stable
as $$
    select s.session_date, i.exercise_id, sum(log_share(l.status, l.sets_done, i.sets_min))
    from session_log s
    join exercise_log l on l.session_id = s.id
    join plan_item i on i.id = l.plan_item_id
    where s.plan_id = p_plan and s.session_date between p_from and p_to
    group by s.session_date, i.exercise_id
$$;

-- The flags a PT should see for a runner on a day, after what the PT has marked seen:
--   PAIN_HIGH  pain above 5 (during or next morning) in the last 14 days
--   PAIN_RISE  pain during 2+ points above the average of the runner's first 7 days with a pain score
--   INACTIVE   an active plan, started 7+ days ago and not past its end, and nothing logged for 7 days
-- raised_at is when the score behind the flag was recorded, so only a newer event raises it again
-- after "seen".
create function runner_flags(p_runner bigint, p_today date)
    returns table (kind varchar, raised_at timestamptz, pain integer, on_day date)
    language sql stable
as $$
    with scores as (
        select s.session_date, s.pain_during as pain, s.pain_during_at as pain_at, true as during
        from session_log s
        where s.runner_id = p_runner and s.session_date > p_today - 14 and s.session_date <= p_today
          and s.pain_during is not null
        union all
        select s.session_date, s.pain_next_morning, s.pain_morning_at, false
        from session_log s
        where s.runner_id = p_runner and s.session_date > p_today - 14 and s.session_date <= p_today
          and s.pain_next_morning is not null
    ),
    baseline as (
        select avg(s.pain_during) as pain, min(f.first_day) as first_day
        from (select min(session_date) as first_day from session_log
              where runner_id = p_runner and pain_during is not null) f
        join session_log s on s.runner_id = p_runner and s.session_date < f.first_day + 7
        where s.pain_during is not null
    ),
    raised as (
        (select 'PAIN_HIGH'::varchar as kind, s.pain_at as raised_at, s.pain, s.session_date as on_day
         from scores s
         where s.pain > 5
         order by s.pain_at desc limit 1)
        union all
        (select 'PAIN_RISE', s.pain_at, s.pain, s.session_date
         from scores s cross join baseline b
         where s.during and s.session_date >= b.first_day + 7 and s.pain >= b.pain + 2
         order by s.pain_at desc limit 1)
        union all
        (select 'INACTIVE', (a.last_day + 7)::timestamp at time zone 'UTC', null::integer, a.last_day
         from (
             select coalesce(greatest(p.start_date, (select max(s.session_date) from session_log s
                                                     where s.runner_id = p_runner and s.session_date <= p_today)),
                             p.start_date) as last_day
             from plan p
             where p.runner_id = p_runner and p.status = 'ACTIVE'
               and (p.end_date is null or p.end_date >= p_today)
         ) a
         where a.last_day <= p_today - 7)
    )
    select r.kind, r.raised_at, r.pain, r.on_day
    from raised r
    left join runner_flag_seen seen on seen.runner_id = p_runner and seen.kind = r.kind
    where seen.seen_through is null or r.raised_at > seen.seen_through
$$;
