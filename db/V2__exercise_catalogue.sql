-- The exercise catalogue: stock exercises (clinic_id is null, visible to every clinic, editable by
-- none) and custom exercises owned by one clinic. Search uses full-text search plus trigram
-- similarity, so that typos still find the right exercise.

create extension if not exists pg_trgm;

-- Search words for the fixed vocabularies (body regions, equipment, positions, categories).
-- Display labels live in the Java enums; these are the words people type when searching.
create function catalogue_term(code text) returns text
    language sql immutable parallel safe
as $$
select case code
    when 'HIPS' then 'hip hips pelvis'
    when 'HIP_FLEXORS' then 'hip flexor flexors front of hip psoas'
    when 'GLUTES' then 'glute glutes buttock buttocks butt gluteus'
    when 'OUTER_HIP' then 'outer hip side of hip abductors gluteus medius'
    when 'INNER_THIGH' then 'inner thigh groin adductors'
    when 'QUADRICEPS' then 'quad quads quadriceps front of thigh'
    when 'HAMSTRINGS' then 'hamstring hamstrings back of thigh'
    when 'CALVES' then 'calf calves lower leg'
    when 'ANKLE_FOOT' then 'ankle ankles foot feet achilles'
    when 'CORE' then 'core abdominals abs trunk obliques'
    when 'LOWER_BACK' then 'lower back low back lumbar spine'
    when 'UPPER_BODY' then 'shoulder shoulders upper back thoracic spine arms chest'
    when 'MAT' then 'mat yoga mat floor'
    when 'WALL' then 'wall'
    when 'CHAIR' then 'chair seat'
    when 'TABLE' then 'table counter countertop support'
    when 'STRAP' then 'strap belt towel'
    when 'RESISTANCE_BAND' then 'resistance band elastic band'
    when 'STANDING' then 'standing'
    when 'KNEELING' then 'kneeling half-kneeling'
    when 'LYING' then 'lying floor supine side-lying'
    when 'SEATED' then 'seated sitting'
    when 'STRETCH' then 'stretch stretching'
    when 'STRENGTHENING' then 'strengthening strength strengthen'
    when 'MOBILITY' then 'mobility dynamic warm-up'
    else lower(replace(code, '_', ' '))
end
$$;

create function catalogue_terms(codes text[]) returns text
    language sql immutable parallel safe
as $$
select coalesce(string_agg(catalogue_term(c), ' '), '') from unnest(codes) as c
$$;

-- array_to_string is only STABLE; for text arrays joining is deterministic, and generated
-- columns need an IMMUTABLE function.
create function text_list(items text[]) returns text
    language sql immutable parallel safe
as $$
select coalesce(string_agg(i, ' '), '') from unnest(items) as i
$$;

-- Every item non-blank and at most max_length characters.
create function text_items_valid(items text[], max_length int) returns boolean
    language sql immutable parallel safe
as $$
select coalesce(bool_and(char_length(i) <= max_length and char_length(btrim(i)) > 0), true)
from unnest(items) as i
$$;

create table exercise (
    id              bigint generated always as identity primary key,
    clinic_id       bigint references clinic (id),
    code            varchar(80),
    name            varchar(120) not null,
    category        varchar(20)  not null,
    regions         text[]       not null,
    muscles         text[]       not null default '{}',
    position        varchar(16)  not null,
    equipment       text[]       not null default '{}',
    one_side        boolean      not null,
    steps           text[]       not null,
    tips            text[]       not null default '{}',
    aliases         text[]       not null default '{}',
    video_url       varchar(500),
    -- default dosage: the same columns and rules as a plan item's dosage; a range's maximum
    -- needs its minimum (a NULL inside a CHECK would otherwise let the row through)
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
    archived_at     timestamptz,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null default 0,
    search_text     text generated always as (lower(
                        name || ' ' || text_list(aliases) || ' ' || text_list(muscles) || ' '
                        || catalogue_terms(regions) || ' ' || catalogue_terms(equipment) || ' '
                        || catalogue_term(position) || ' ' || catalogue_term(category))) stored,
    search_document tsvector generated always as (
                        setweight(to_tsvector('english', name || ' ' || text_list(aliases)), 'A')
                        || setweight(to_tsvector('english', text_list(muscles) || ' ' || catalogue_terms(regions)), 'B')
                        || setweight(to_tsvector('english', catalogue_terms(equipment) || ' '
                            || catalogue_term(position) || ' ' || catalogue_term(category)), 'C')) stored,

    -- a stock exercise has a stable code and no clinic; a custom one a clinic and no code
    constraint exercise_owner_chk check ((clinic_id is null) = (code is not null)),
    constraint exercise_code_chk check (code is null or code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint exercise_name_chk check (char_length(btrim(name)) between 3 and 120),
    constraint exercise_category_chk check (category in ('STRETCH', 'STRENGTHENING', 'MOBILITY')),
    constraint exercise_regions_chk check (cardinality(regions) between 1 and 12 and regions <@ array[
        'HIPS', 'HIP_FLEXORS', 'GLUTES', 'OUTER_HIP', 'INNER_THIGH', 'QUADRICEPS', 'HAMSTRINGS',
        'CALVES', 'ANKLE_FOOT', 'CORE', 'LOWER_BACK', 'UPPER_BODY']::text[]),
    constraint exercise_muscles_chk check (cardinality(muscles) <= 12 and text_items_valid(muscles, 60)),
    constraint exercise_position_chk check (position in ('STANDING', 'KNEELING', 'LYING', 'SEATED')),
    constraint exercise_equipment_chk check (equipment <@ array[
        'MAT', 'WALL', 'CHAIR', 'TABLE', 'STRAP', 'RESISTANCE_BAND']::text[]),
    constraint exercise_steps_chk check (cardinality(steps) between 1 and 20 and text_items_valid(steps, 500)),
    constraint exercise_tips_chk check (cardinality(tips) <= 10 and text_items_valid(tips, 500)),
    constraint exercise_aliases_chk check (cardinality(aliases) <= 10 and text_items_valid(aliases, 120)),
    constraint exercise_video_url_chk check (video_url is null or video_url ~ '^https://[^[:space:]<>"]+$'),

    constraint exercise_sets_chk check ((sets_min is null and sets_max is null)
        or (sets_min is not null and sets_min between 1 and 10 and (sets_max is null or (sets_max > sets_min and sets_max <= 10)))),
    constraint exercise_reps_chk check ((reps_min is null and reps_max is null)
        or (reps_min is not null and reps_min between 1 and 100 and (reps_max is null or (reps_max > reps_min and reps_max <= 100)))),
    constraint exercise_hold_chk check ((hold_min_s is null and hold_max_s is null)
        or (hold_min_s is not null and hold_min_s between 1 and 600 and (hold_max_s is null or (hold_max_s > hold_min_s and hold_max_s <= 600)))),
    constraint exercise_duration_chk check ((duration_min_s is null and duration_max_s is null)
        or (duration_min_s is not null and duration_min_s between 1 and 3600 and (duration_max_s is null
            or (duration_max_s > duration_min_s and duration_max_s <= 3600)))),
    constraint exercise_times_per_day_chk check ((times_per_day_min is null and times_per_day_max is null)
        or (times_per_day_min is not null and times_per_day_min between 1 and 6 and (times_per_day_max is null
            or (times_per_day_max > times_per_day_min and times_per_day_max <= 6)))),
    constraint exercise_something_to_do_chk check (
        reps_min is not null or hold_min_s is not null or duration_min_s is not null),
    constraint exercise_days_chk check (days_per_week is null or days_per_week between 1 and 7),
    constraint exercise_weekdays_chk check (weekdays is null or weekdays between 1 and 127),
    constraint exercise_one_schedule_chk check (days_per_week is null or weekdays is null),
    constraint exercise_rest_chk check (rest_s is null or rest_s between 1 and 600),
    constraint exercise_load_chk check (load_text is null or char_length(btrim(load_text)) > 0),
    constraint exercise_dose_note_chk check (dose_note is null or char_length(btrim(dose_note)) > 0)
);

create unique index exercise_stock_code_uq on exercise (code) where clinic_id is null;
-- a clinic cannot have two active custom exercises of the same name
create unique index exercise_clinic_name_uq on exercise (clinic_id, lower(name))
    where clinic_id is not null and archived_at is null;
create index exercise_clinic_idx on exercise (clinic_id);
create index exercise_search_document_idx on exercise using gin (search_document);
create index exercise_search_text_trgm_idx on exercise using gin (search_text gin_trgm_ops);
create index exercise_name_trgm_idx on exercise using gin (lower(name) gin_trgm_ops);
create index exercise_regions_idx on exercise using gin (regions);
create index exercise_equipment_idx on exercise using gin (equipment);

-- One image per exercise, kept apart so that lists never load image bytes.
create table exercise_image (
    exercise_id   bigint primary key references exercise (id),
    content_type  varchar(20) not null,
    byte_size     integer     not null,
    data          bytea       not null,
    updated_at    timestamptz not null,
    constraint exercise_image_type_chk check (content_type in ('image/png', 'image/jpeg', 'image/webp')),
    constraint exercise_image_size_chk check (byte_size between 1 and 5242880 and byte_size = octet_length(data))
);
