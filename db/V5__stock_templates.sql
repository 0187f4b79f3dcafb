-- The four ready-made routines of the seed articles, as stock templates (no clinic).
-- Items refer to stock exercises by code; dosages are the ones the articles give.
-- Corrections go into a new migration, never into this one.

insert into plan_template (code, name, description, created_at, updated_at)
values ('post-run-stretches', 'Post-run stretches',
        'Seven stretches for after every run, about 5-10 minutes in all. Ease into each stretch and never force it.', now(), now());

insert into plan_template_item (template_id, position, exercise_id, sets_min, sets_max, reps_min, reps_max,
                                hold_min_s, hold_max_s, duration_min_s, duration_max_s, per_side,
                                times_per_day_min, times_per_day_max, days_per_week, dose_note)
select t.id, v.position, e.id, v.sets_min::integer, v.sets_max::integer, v.reps_min::integer,
       v.reps_max::integer, v.hold_min_s::integer, v.hold_max_s::integer, v.duration_min_s::integer,
       v.duration_max_s::integer, v.per_side, v.times_per_day_min::integer, v.times_per_day_max::integer,
       v.days_per_week::integer, v.dose_note::varchar
from (values
    (0, 'kneeling-hip-flexor-stretch', null, null, 2, null, 30, null, null, null, true, null, null, null, null),
    (1, 'soleus-stretch', null, null, 2, null, 30, null, null, null, true, null, null, null, null),
    (2, 'standing-calf-stretch', null, null, 2, null, 30, null, null, null, true, null, null, null, null),
    (3, 'kneeling-pigeon-stretch', null, null, 2, null, 30, null, null, null, true, null, null, null, null),
    (4, 'standing-quad-stretch', null, null, 2, null, 30, null, null, null, true, null, null, null, null),
    (5, 'downward-dog', null, null, 3, null, 20, null, null, null, false, null, null, null, null),
    (6, 'glute-bridge', null, null, 10, null, 3, null, null, null, false, null, null, null, null)
) as v (position, exercise_code, sets_min, sets_max, reps_min, reps_max, hold_min_s, hold_max_s,
        duration_min_s, duration_max_s, per_side, times_per_day_min, times_per_day_max, days_per_week, dose_note)
join plan_template t on t.code = 'post-run-stretches' and t.clinic_id is null
join exercise e on e.code = v.exercise_code and e.clinic_id is null;

insert into plan_template (code, name, description, created_at, updated_at)
values ('hip-strength', 'Hip strength for runners',
        'Seven hip-strengthening exercises followed by four hip stretches, to make the hips steadier and more resilient on the run.', now(), now());

insert into plan_template_item (template_id, position, exercise_id, sets_min, sets_max, reps_min, reps_max,
                                hold_min_s, hold_max_s, duration_min_s, duration_max_s, per_side,
                                times_per_day_min, times_per_day_max, days_per_week, dose_note)
select t.id, v.position, e.id, v.sets_min::integer, v.sets_max::integer, v.reps_min::integer,
       v.reps_max::integer, v.hold_min_s::integer, v.hold_max_s::integer, v.duration_min_s::integer,
       v.duration_max_s::integer, v.per_side, v.times_per_day_min::integer, v.times_per_day_max::integer,
       v.days_per_week::integer, v.dose_note::varchar
from (values
    (0, 'side-plank-clam', 2, null, 8, 10, null, null, null, null, true, null, null, null, null),
    (1, 'side-plank', null, null, 3, null, 10, 20, null, null, true, null, null, null, null),
    (2, 'single-leg-calf-raise', null, null, 20, null, null, null, null, null, true, null, null, null, 'Build up to 20 on each side.'),
    (3, 'reverse-lunge', 2, null, 8, 10, null, null, null, null, true, null, null, null, null),
    (4, 'side-lunge', 2, null, 8, 10, null, null, null, null, true, null, null, null, null),
    (5, 'standing-march', 2, null, 10, null, null, null, null, null, true, null, null, null, null),
    (6, 'single-leg-romanian-deadlift', 2, null, 8, 10, null, null, null, null, true, null, null, null, null),
    (7, 'seated-glute-stretch', null, null, 2, null, 30, null, null, null, true, null, null, null, null),
    (8, 'kneeling-hip-flexor-stretch-overhead-reach', null, null, 2, null, 30, null, null, null, true, null, null, null, null),
    (9, 'standing-quad-stretch', null, null, 2, null, 30, null, null, null, true, null, null, null, null),
    (10, 'standing-hamstring-stretch', null, null, 2, null, 30, null, null, null, true, null, null, null, null)
) as v (position, exercise_code, sets_min, sets_max, reps_min, reps_max, hold_min_s, hold_max_s,
        duration_min_s, duration_max_s, per_side, times_per_day_min, times_per_day_max, days_per_week, dose_note)
join plan_template t on t.code = 'hip-strength' and t.clinic_id is null
join exercise e on e.code = v.exercise_code and e.clinic_id is null;

insert into plan_template (code, name, description, created_at, updated_at)
values ('glute-bridge-hip-flexor', 'Glute bridge and hip flexor stretch',
        'A strong gluteus maximus and supple hip flexors let the hip extend fully on every stride.', now(), now());

insert into plan_template_item (template_id, position, exercise_id, sets_min, sets_max, reps_min, reps_max,
                                hold_min_s, hold_max_s, duration_min_s, duration_max_s, per_side,
                                times_per_day_min, times_per_day_max, days_per_week, dose_note)
select t.id, v.position, e.id, v.sets_min::integer, v.sets_max::integer, v.reps_min::integer,
       v.reps_max::integer, v.hold_min_s::integer, v.hold_max_s::integer, v.duration_min_s::integer,
       v.duration_max_s::integer, v.per_side, v.times_per_day_min::integer, v.times_per_day_max::integer,
       v.days_per_week::integer, v.dose_note::varchar
from (values
    (0, 'glute-bridge-single-leg-extension', null, null, 10, 12, 5, 10, null, null, false, 2, 3, null, 'Hold the bridge 3-5 s before straightening one knee; alternate legs on each lift.'),
    (1, 'kneeling-hip-flexor-stretch', null, null, 2, 3, 20, 30, null, null, true, null, null, 7, 'For a deeper stretch, lift the arm on the kneeling side over your head.')
) as v (position, exercise_code, sets_min, sets_max, reps_min, reps_max, hold_min_s, hold_max_s,
        duration_min_s, duration_max_s, per_side, times_per_day_min, times_per_day_max, days_per_week, dose_note)
join plan_template t on t.code = 'glute-bridge-hip-flexor' and t.clinic_id is null
join exercise e on e.code = v.exercise_code and e.clinic_id is null;

insert into plan_template (code, name, description, created_at, updated_at)
values ('mobility-circuit', '7-move mobility circuit',
        'Hip and hamstring mobility for a warm-up, a cool-down or a rest day: 1-2 rounds of all seven moves.', now(), now());

insert into plan_template_item (template_id, position, exercise_id, sets_min, sets_max, reps_min, reps_max,
                                hold_min_s, hold_max_s, duration_min_s, duration_max_s, per_side,
                                times_per_day_min, times_per_day_max, days_per_week, dose_note)
select t.id, v.position, e.id, v.sets_min::integer, v.sets_max::integer, v.reps_min::integer,
       v.reps_max::integer, v.hold_min_s::integer, v.hold_max_s::integer, v.duration_min_s::integer,
       v.duration_max_s::integer, v.per_side, v.times_per_day_min::integer, v.times_per_day_max::integer,
       v.days_per_week::integer, v.dose_note::varchar
from (values
    (0, 'ninety-ninety-hip-switches', 1, 2, null, null, null, null, 30, 60, false, null, null, null, null),
    (1, 'worlds-greatest-stretch', 1, 2, null, null, null, null, 30, 60, true, null, null, null, null),
    (2, 'glute-bridge-march', 1, 2, null, null, null, null, 30, 60, false, null, null, null, 'Start with ordinary two-leg bridges if needed.'),
    (3, 'hamstring-scoops', 1, 2, null, null, null, null, 30, 60, false, null, null, null, null),
    (4, 'half-kneeling-hip-flexor-stretch-side-bend', 1, 2, null, null, null, null, 30, 60, true, null, null, null, null),
    (5, 'standing-forward-fold-calf-pedals', 1, 2, null, null, null, null, 30, 60, false, null, null, null, null),
    (6, 'supine-hamstring-strap-stretch', 1, 2, null, null, null, null, 30, 60, true, null, null, null, null)
) as v (position, exercise_code, sets_min, sets_max, reps_min, reps_max, hold_min_s, hold_max_s,
        duration_min_s, duration_max_s, per_side, times_per_day_min, times_per_day_max, days_per_week, dose_note)
join plan_template t on t.code = 'mobility-circuit' and t.clinic_id is null
join exercise e on e.code = v.exercise_code and e.clinic_id is null;
