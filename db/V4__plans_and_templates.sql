-- Plans: a runner's prescription, authored by a PT of the same clinic. The content of a plan
-- (title, goal, items with dosages) lives in revisions: editing an active plan adds a revision, so
-- whatever a runner logged against an earlier one stays attached to it, unchanged.

create table plan (
    id                  bigint generated always as identity primary key,
    clinic_id           bigint      not null references clinic (id),
    runner_id           bigint      not null references app_user (id),
    author_id           bigint      not null references app_user (id),
    status              varchar(10) not null,
    start_date          date        not null,
    end_date            date,
    activated_at        timestamptz,
    ended_at            timestamptz,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint      not null default 0,
    constraint plan_status_chk check (status in ('DRAFT', 'ACTIVE', 'ENDED')),
    constraint plan_dates_chk check (end_date is null or end_date >= start_date),
    constraint plan_active_chk check (status = 'DRAFT' or activated_at is not null),
    constraint plan_ended_chk check ((status = 'ENDED') = (ended_at is not null))
);
-- at most one active plan per runner
create unique index plan_one_active_per_runner_uq on plan (runner_id) where status = 'ACTIVE';

-- the runner and the author of a plan belong to the plan's clinic
alter table app_user add constraint app_user_id_clinic_uq unique (id, clinic_id);
alter table plan add constraint plan_runner_clinic_fk foreign key (runner_id, clinic_id)
    references app_user (id, clinic_id);
alter table plan add constraint plan_author_clinic_fk foreign key (author_id, clinic_id)
    references app_user (id, clinic_id);
create index plan_runner_idx on plan (runner_id);
create index plan_clinic_idx on plan (clinic_id);

create table plan_revision (
    id          bigint generated always as identity primary key,
    plan_id     bigint        not null references plan (id),
    number      integer       not null,
    title       varchar(120)  not null,
    goal        varchar(2000),
    author_id   bigint        not null references app_user (id),
    created_at  timestamptz   not null,
    constraint plan_revision_number_chk check (number >= 1),
    constraint plan_revision_title_chk check (char_length(btrim(title)) between 1 and 120),
    constraint plan_revision_goal_chk check (goal is null or char_length(btrim(goal)) > 0),
    constraint plan_revision_number_uq unique (plan_id, number)
);

create table plan_item (
    id                 bigint generated always as identity primary key,
    revision_id        bigint  not null references plan_revision (id),
    position           integer not null,
    exercise_id        bigint  not null references exercise (id),
    sets_min           integer,
    sets_max           integer,
    reps_min           integer,
    reps_max           integer,
    hold_min_s         integer,
    hold_max_s         integer,
    duration_min_s     integer,
    duration_max_s     integer,
    per_side           boolean not null default false,
    times_per_day_min  integer,
    times_per_day_max  integer,
    days_per_week      integer,
    weekdays           integer,
    rest_s             integer,
    load_text          varchar(60),
    dose_note          varchar(500),
    constraint plan_item_position_chk check (position between 0 and 49),
    constraint plan_item_position_uq unique (revision_id, position) deferrable initially deferred,
    -- the dosage rules, as for an exercise's default dosage (V2)
    constraint plan_item_sets_chk check ((sets_min is null and sets_max is null)
        or (sets_min is not null and sets_min between 1 and 10 and (sets_max is null or (sets_max > sets_min and sets_max <= 10)))),
    constraint plan_item_reps_chk check ((reps_min is null and reps_max is null)
        or (reps_min is not null and reps_min between 1 and 100 and (reps_max is null or (reps_max > reps_min and reps_max <= 100)))),
    constraint plan_item_hold_chk check ((hold_min_s is null and hold_max_s is null)
        or (hold_min_s is not null and hold_min_s between 1 and 600 and (hold_max_s is null or (hold_max_s > hold_min_s and hold_max_s <= 600)))),
    constraint plan_item_duration_chk check ((duration_min_s is null and duration_max_s is null)
        or (duration_min_s is not null and duration_min_s between 1 and 3600 and (duration_max_s is null
            or (duration_max_s > duration_min_s and duration_max_s <= 3600)))),
    constraint plan_item_times_per_day_chk check ((times_per_day_min is null and times_per_day_max is null)
        or (times_per_day_min is not null and times_per_day_min between 1 and 6 and (times_per_day_max is null
            or (times_per_day_max > times_per_day_min and times_per_day_max <= 6)))),
    constraint plan_item_something_to_do_chk check (
        reps_min is not null or hold_min_s is not null or duration_min_s is not null),
    constraint plan_item_days_chk check (days_per_week is null or days_per_week between 1 and 7),
    constraint plan_item_weekdays_chk check (weekdays is null or weekdays between 1 and 127),
    constraint plan_item_one_schedule_chk check (days_per_week is null or weekdays is null),
    constraint plan_item_rest_chk check (rest_s is null or rest_s between 1 and 600),
    constraint plan_item_load_chk check (load_text is null or char_length(btrim(load_text)) > 0),
    constraint plan_item_dose_note_chk check (dose_note is null or char_length(btrim(dose_note)) > 0)
);
create index plan_item_revision_idx on plan_item (revision_id);
create index plan_item_exercise_idx on plan_item (exercise_id);

-- Once a plan is assigned, its revisions are history: what a runner logged refers to them, so they
-- are never changed or deleted (a draft's revision may still be edited in place).
create function plan_revision_is_history() returns trigger
    language plpgsql
as $$
declare
    revision bigint;
    plan_status text;
begin
    -- each branch names only its own table's columns (PL/pgSQL resolves them when run)
    if tg_table_name = 'plan_item' then
        revision := old.revision_id;
    else
        revision := old.id;
    end if;
    select p.status into plan_status
    from plan p join plan_revision r on r.plan_id = p.id
    where r.id = revision;
    if plan_status is distinct from 'DRAFT' then
        raise exception 'the revisions of an assigned or ended plan are never changed'
            using errcode = 'integrity_constraint_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

create trigger plan_revision_history_guard before update or delete on plan_revision
    for each row execute function plan_revision_is_history();
create trigger plan_item_history_guard before update or delete on plan_item
    for each row execute function plan_revision_is_history();

-- Templates: stock ones (no clinic, shipped by migrations) and a clinic's own. A plan started from a
-- template copies its items: later changes to either do not touch the other.
create table plan_template (
    id           bigint generated always as identity primary key,
    clinic_id    bigint references clinic (id),
    code         varchar(80),
    name         varchar(120)  not null,
    description  varchar(2000),
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null default 0,
    constraint plan_template_owner_chk check ((clinic_id is null) = (code is not null)),
    constraint plan_template_name_chk check (char_length(btrim(name)) between 1 and 120),
    constraint plan_template_description_chk check (description is null or char_length(btrim(description)) > 0)
);
create unique index plan_template_code_uq on plan_template (code) where clinic_id is null;
create unique index plan_template_clinic_name_uq on plan_template (clinic_id, lower(name)) where clinic_id is not null;

create table plan_template_item (
    id                 bigint generated always as identity primary key,
    template_id        bigint  not null references plan_template (id),
    position           integer not null,
    exercise_id        bigint  not null references exercise (id),
    sets_min           integer,
    sets_max           integer,
    reps_min           integer,
    reps_max           integer,
    hold_min_s         integer,
    hold_max_s         integer,
    duration_min_s     integer,
    duration_max_s     integer,
    per_side           boolean not null default false,
    times_per_day_min  integer,
    times_per_day_max  integer,
    days_per_week      integer,
    weekdays           integer,
    rest_s             integer,
    load_text          varchar(60),
    dose_note          varchar(500),
    constraint plan_template_item_position_chk check (position between 0 and 49),
    constraint plan_template_item_position_uq unique (template_id, position),
    constraint plan_template_item_sets_chk check ((sets_min is null and sets_max is null)
        or (sets_min is not null and sets_min between 1 and 10 and (sets_max is null or (sets_max > sets_min and sets_max <= 10)))),
    constraint plan_template_item_reps_chk check ((reps_min is null and reps_max is null)
        or (reps_min is not null and reps_min between 1 and 100 and (reps_max is null or (reps_max > reps_min and reps_max <= 100)))),
    constraint plan_template_item_hold_chk check ((hold_min_s is null and hold_max_s is null)
        or (hold_min_s is not null and hold_min_s between 1 and 600 and (hold_max_s is null or (hold_max_s > hold_min_s and hold_max_s <= 600)))),
    constraint plan_template_item_duration_chk check ((duration_min_s is null and duration_max_s is null)
        or (duration_min_s is not null and duration_min_s between 1 and 3600 and (duration_max_s is null
            or (duration_max_s > duration_min_s and duration_max_s <= 3600)))),
    constraint plan_template_item_times_per_day_chk check ((times_per_day_min is null and times_per_day_max is null)
        or (times_per_day_min is not null and times_per_day_min between 1 and 6 and (times_per_day_max is null
            or (times_per_day_max > times_per_day_min and times_per_day_max <= 6)))),
    constraint plan_template_item_something_to_do_chk check (
        reps_min is not null or hold_min_s is not null or duration_min_s is not null),
    constraint plan_template_item_days_chk check (days_per_week is null or days_per_week between 1 and 7),
    constraint plan_template_item_weekdays_chk check (weekdays is null or weekdays between 1 and 127),
    constraint plan_template_item_one_schedule_chk check (days_per_week is null or weekdays is null),
    constraint plan_template_item_rest_chk check (rest_s is null or rest_s between 1 and 600),
    constraint plan_template_item_load_chk check (load_text is null or char_length(btrim(load_text)) > 0),
    constraint plan_template_item_dose_note_chk check (dose_note is null or char_length(btrim(dose_note)) > 0)
);
create index plan_template_item_template_idx on plan_template_item (template_id);
