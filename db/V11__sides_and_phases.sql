-- A dose says how its sides are worked and may hold in phases (issue 15).
--   * sides replaces per_side: BOTH (both together, or not one-sided work), EACH (all of one side,
--     then the other: the standing march) or ALTERNATING (left and right in turn: the glute bridge
--     march). Reps and holds of EACH and ALTERNATING work count per side.
--   * phases: a rep held in steps, each with its own time, as the bridge with single-leg extension is
--     ("hold the bridge 3-5 s, then extend one knee and hold 5-10 s"). Kept as three parallel arrays
--     on the dosage's own row, so every table that holds a dosage keeps one row per dose. A dose
--     with phases has reps and no single hold.
-- dosage_problem() stays the one definition of a valid dose (Java twin: DosageRules).

drop view plan_item_detail;

do $$
declare
    dosed text;
begin
    foreach dosed in array array['exercise', 'plan_item', 'plan_template_item'] loop
        execute format('alter table %I drop constraint %I', dosed, dosed || '_dosage_chk');
        execute format('alter table %I add column sides varchar(11) not null default ''BOTH''', dosed);
        execute format('update %I set sides = ''EACH'' where per_side', dosed);
        execute format('alter table %I drop column per_side', dosed);
        execute format('alter table %I add column phase_labels text[] not null default ''{}''', dosed);
        execute format('alter table %I add column phase_min_s integer[] not null default ''{}''', dosed);
        execute format('alter table %I add column phase_max_s integer[] not null default ''{}''', dosed);
    end loop;
end
$$;

drop function dosage_problem(integer, integer, integer, integer, integer, integer, integer, integer, integer,
                             integer, integer, integer, integer, text, text);

-- The most phases a rep may have (DosageLimits.PHASES_MAX) and the longest phase label
-- (DosageLimits.PHASE_LABEL_MAX_LENGTH).
create function dosage_phases_max() returns integer
    language sql immutable parallel safe
as $$ select 3 $$;

create function dosage_phase_label_max() returns integer
    language sql immutable parallel safe
as $$ select 40 $$;

-- Phases are valid when the three arrays line up and each phase has a label and a valid time.
create function dosage_phases_valid(labels text[], min_s integer[], max_s integer[]) returns boolean
    language sql immutable parallel safe
as $$
    select coalesce(cardinality(labels) <= public.dosage_phases_max()
        and cardinality(min_s) = cardinality(labels) and cardinality(max_s) = cardinality(labels)
        and (select coalesce(bool_and(l is not null and char_length(btrim(l)) > 0
                                      and char_length(l) <= public.dosage_phase_label_max()
                                      and m is not null and public.dosage_range_valid(m, x, 600)), true)
             from unnest(labels, min_s, max_s) as p(l, m, x)), false)
$$;

create function dosage_problem(sets_min integer, sets_max integer, reps_min integer, reps_max integer,
                               hold_min_s integer, hold_max_s integer, duration_min_s integer,
                               duration_max_s integer, times_per_day_min integer, times_per_day_max integer,
                               days_per_week integer, weekdays integer, rest_s integer, load_text text,
                               dose_note text, sides text, phase_labels text[], phase_min_s integer[],
                               phase_max_s integer[]) returns text
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
        when sides is null or sides not in ('BOTH', 'EACH', 'ALTERNATING') then 'sides'
        when not public.dosage_phases_valid(phase_labels, phase_min_s, phase_max_s) then 'phases'
        when cardinality(phase_labels) > 0 and (hold_min_s is not null or reps_min is null) then 'phases_need_reps'
    end
$$;

do $$
declare
    dosed text;
begin
    foreach dosed in array array['exercise', 'plan_item', 'plan_template_item'] loop
        execute format('alter table %I add constraint %I check (dosage_problem(sets_min, sets_max, reps_min,'
            || ' reps_max, hold_min_s, hold_max_s, duration_min_s, duration_max_s, times_per_day_min,'
            || ' times_per_day_max, days_per_week, weekdays, rest_s, load_text, dose_note, sides, phase_labels,'
            || ' phase_min_s, phase_max_s) is null)', dosed, dosed || '_dosage_chk');
        execute format('alter table %I add constraint %I check (plain_text(phase_labels))',
            dosed, dosed || '_phase_text_chk');
    end loop;
end
$$;

create view plan_item_detail as
select i.id, i.revision_id, i.position, i.exercise_id, c.name, c.category, c.one_side, c.archived, c.steps,
       c.tips, c.image_updated_at,
       i.sets_min, i.sets_max, i.reps_min, i.reps_max, i.hold_min_s, i.hold_max_s, i.duration_min_s,
       i.duration_max_s, i.sides, i.times_per_day_min, i.times_per_day_max, i.days_per_week, i.weekdays,
       i.rest_s, i.load_text, i.dose_note, i.phase_labels, i.phase_min_s, i.phase_max_s
from plan_item i
join exercise_card c on c.id = i.exercise_id;

-- The stock catalogue with sides and phases where the articles describe them: the bridge with
-- single-leg extension holds in two phases and alternates legs; the bridge march and the 90/90
-- switches alternate; the standing march works one side at a time. Its steps no longer carry timings.
update exercise set sides = 'ALTERNATING', hold_min_s = null, hold_max_s = null,
       phase_labels = array['Hold the bridge', 'Extend one knee and hold'],
       phase_min_s = array[3, 5], phase_max_s = array[5, 10],
       dose_note = null,
       steps = array['Lie face up, knees bent, with your heels planted close to your buttocks.',
                     'Tighten your glutes and raise your pelvis from the mat, then hold the bridge.',
                     'If that is comfortable, straighten one knee so the leg reaches out in line with the thigh, keeping your hips level, and hold it there.',
                     'Put the foot back down and slowly lower your hips.',
                     'On the next lift, straighten the other leg.'],
       updated_at = now()
where code = 'glute-bridge-single-leg-extension' and clinic_id is null;

update exercise set sides = 'ALTERNATING', updated_at = now()
where code in ('glute-bridge-march', 'ninety-ninety-hip-switches', 'hamstring-scoops') and clinic_id is null;

update exercise set sides = 'EACH', updated_at = now()
where code = 'standing-march' and clinic_id is null;

-- Template items copy their exercise's default dose: the same corrections there.
update plan_template_item t set sides = e.sides, hold_min_s = e.hold_min_s, hold_max_s = e.hold_max_s,
       phase_labels = e.phase_labels, phase_min_s = e.phase_min_s, phase_max_s = e.phase_max_s,
       dose_note = case when e.code = 'glute-bridge-single-leg-extension' then null else t.dose_note end
from exercise e
where e.id = t.exercise_id and e.clinic_id is null
  and e.code in ('glute-bridge-single-leg-extension', 'glute-bridge-march', 'ninety-ninety-hip-switches',
                 'hamstring-scoops', 'standing-march')
  and t.template_id in (select id from plan_template where clinic_id is null);
