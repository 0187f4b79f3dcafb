-- Clinical review of the stock catalogue and templates against the seed articles (issue 16).
-- What was found and why each change is made: docs/decisions/2026-12-02-clinical-review.md.
--   * equipment may be optional or "one of several": equipment stays what an exercise needs (all of
--     it), equipment_any is "one of these" (at least two), equipment_optional is "can use"; the three
--     never overlap and share one vocabulary, which gains WEIGHT (a dumbbell, kettlebell or loaded bag);
--   * a new position, HANDS_AND_FEET, for downward dog;
--   * search finds an exercise by any equipment it needs, may choose or may use;
--   * strengthening 3 days a week, the post-run stretches 5-10 minutes, and the wording fixes;
--   * three stock exercises that complete the calf raise and side plank progressions.
-- exercise_card and plan_item_detail do not show equipment or position, so they stay as they are.

-- ===== the vocabularies, once for SQL (Java: Equipment, Position; ExerciseSchemaTest compares) =====

create function exercise_equipment_codes() returns text[]
    language sql immutable parallel safe
as $$ select array['MAT', 'WALL', 'CHAIR', 'TABLE', 'STRAP', 'RESISTANCE_BAND', 'WEIGHT']::text[] $$;

create function exercise_position_codes() returns text[]
    language sql immutable parallel safe
as $$ select array['STANDING', 'KNEELING', 'HANDS_AND_FEET', 'LYING', 'SEATED']::text[] $$;

-- Every piece of equipment an exercise needs, may choose from or may use (what search matches).
create function exercise_equipment_used(needed text[], any_of text[], optional text[]) returns text[]
    language sql immutable parallel safe
as $$ select needed || any_of || optional $$;

-- V2's search words, with the new position and equipment
create or replace function catalogue_term(code text) returns text
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
    when 'WEIGHT' then 'weight weights dumbbell kettlebell load loaded'
    when 'STANDING' then 'standing'
    when 'KNEELING' then 'kneeling half-kneeling'
    when 'HANDS_AND_FEET' then 'hands and feet all fours inverted'
    when 'LYING' then 'lying floor supine side-lying'
    when 'SEATED' then 'seated sitting'
    when 'STRETCH' then 'stretch stretching'
    when 'STRENGTHENING' then 'strengthening strength strengthen'
    when 'MOBILITY' then 'mobility dynamic warm-up'
    else lower(replace(code, '_', ' '))
end
$$;

-- ===== the model =====

alter table exercise add column equipment_any text[] not null default '{}';
alter table exercise add column equipment_optional text[] not null default '{}';

alter table exercise drop constraint exercise_equipment_chk;
alter table exercise add constraint exercise_equipment_chk check (equipment <@ exercise_equipment_codes());
-- "one of" a single piece is simply needing it
alter table exercise add constraint exercise_equipment_any_chk
    check (equipment_any <@ exercise_equipment_codes() and cardinality(equipment_any) <> 1);
alter table exercise add constraint exercise_equipment_optional_chk
    check (equipment_optional <@ exercise_equipment_codes());
alter table exercise add constraint exercise_equipment_overlap_chk
    check (not (equipment && equipment_any) and not (equipment && equipment_optional)
           and not (equipment_any && equipment_optional));

alter table exercise drop constraint exercise_position_chk;
alter table exercise add constraint exercise_position_chk check (position = any (exercise_position_codes()));

-- The search columns are generated: dropped and added again to take the new equipment columns (and
-- the new words). Their indexes go with them and are made again.
alter table exercise drop column search_text;
alter table exercise drop column search_document;
alter table exercise add column search_text text generated always as (lower(
        name || ' ' || text_list(aliases) || ' ' || text_list(muscles) || ' '
        || catalogue_terms(regions) || ' '
        || catalogue_terms(exercise_equipment_used(equipment, equipment_any, equipment_optional)) || ' '
        || catalogue_term(position) || ' ' || catalogue_term(category))) stored;
alter table exercise add column search_document tsvector generated always as (
        setweight(to_tsvector('english', name || ' ' || text_list(aliases)), 'A')
        || setweight(to_tsvector('english', text_list(muscles) || ' ' || catalogue_terms(regions)), 'B')
        || setweight(to_tsvector('english',
               catalogue_terms(exercise_equipment_used(equipment, equipment_any, equipment_optional)) || ' '
               || catalogue_term(position) || ' ' || catalogue_term(category)), 'C')) stored;
create index exercise_search_document_idx on exercise using gin (search_document);
create index exercise_search_text_trgm_idx on exercise using gin (search_text gin_trgm_ops);

-- the equipment filter matches any of the three lists
drop index exercise_equipment_idx;
create index exercise_equipment_used_idx on exercise
    using gin (exercise_equipment_used(equipment, equipment_any, equipment_optional));

-- ===== wording (plain English, our own words; seeds 000-003) =====

-- Kneeling hip flexor stretches: tuck the pelvis and squeeze the buttock of the kneeling side first
-- (seed 003 names the tuck; without it the lower back arches and the hip hardly stretches).
update exercise set
    steps = array['Kneel on a mat on one knee, with that knee straight under your hip, and plant the other foot ahead of you.',
                  'Lift your chest and keep your head up, so your upper body stays tall.',
                  'Before you move, tuck your pelvis under, as if drawing your tailbone down, and squeeze the buttock of the kneeling leg.',
                  'Keeping that tuck, ease your hips forward until you feel a gentle pull at the front of the hip of the kneeling leg.',
                  'Stay there and breathe calmly for the hold time.',
                  'Slide your hips back to where you started, then swap legs.'],
    tips = array['The tuck matters most: with the pelvis tucked, a small move forward is enough, and your lower back stays out of it.',
                 'If the knee on the floor is sore, pad it with a folded towel or a second mat.',
                 'Ease into the stretch slowly and hold it still, without bouncing. Stop at a gentle pull, never pain.'],
    updated_at = now()
where code = 'kneeling-hip-flexor-stretch' and clinic_id is null;

update exercise set
    steps = array['On a mat, put one knee down directly below your hip and the other foot flat in front of you, hands resting on your hips.',
                  'Tuck your pelvis under and squeeze the buttock of the kneeling leg.',
                  'Keeping that tuck, shift your hips forward until the front of the kneeling-side hip starts to stretch.',
                  'Now lift your arms above your head and reach up tall toward the ceiling.',
                  'Hold the reach, breathing steadily.',
                  'Bring your arms down, move your hips back, and repeat with the other knee down.'],
    updated_at = now()
where code = 'kneeling-hip-flexor-stretch-overhead-reach' and clinic_id is null;

-- Side plank clam: the elbow sits under the shoulder, bent, the forearm flat; it is not locked.
update exercise set
    steps = array['Lie on one side on a mat, knees bent and resting one above the other, feet together.',
                  'Prop yourself up on your forearm, with the elbow right under your shoulder and the forearm flat on the mat.',
                  'Press through the forearm, the lower knee and the foot to raise your hips from the floor.',
                  'As the hips rise, open the top knee upward like a clamshell, feet still touching.',
                  'Hold for a moment, pressing firmly through forearm, knee and foot.',
                  'Bring the knee down, then settle your hips onto the mat.'],
    updated_at = now()
where code = 'side-plank-clam' and clinic_id is null;

-- Single-leg RDL: the soft knee is the standing leg's; the lifted leg reaches back long.
update exercise set
    steps = array['Stand tall with your feet comfortably apart.',
                  'Shift your weight onto one leg and keep a slight bend in that standing knee.',
                  'Tip forward from the hips, lowering your chest, while the free leg rises behind you toward the ceiling.',
                  'Go only as far as you can with a long back and level hips.',
                  'Come back up to standing slowly.'],
    updated_at = now()
where code = 'single-leg-romanian-deadlift' and clinic_id is null;

-- Downward dog is done on the hands and feet, and works the core as well (seed 000).
update exercise set position = 'HANDS_AND_FEET',
    regions = array['HAMSTRINGS', 'CALVES', 'UPPER_BODY', 'LOWER_BACK', 'CORE'],
    muscles = array['hamstrings', 'gastrocnemius', 'soleus', 'shoulder muscles', 'abdominals'],
    updated_at = now()
where code = 'downward-dog' and clinic_id is null;

-- Side plank works the lower back too (seed 001).
update exercise set regions = array['CORE', 'OUTER_HIP', 'UPPER_BODY', 'LOWER_BACK'],
    muscles = array['obliques', 'gluteus medius', 'shoulder stabilizers', 'lower back muscles'],
    updated_at = now()
where code = 'side-plank' and clinic_id is null;

-- ===== equipment =====

-- The single-leg calf raise steadies on a wall or a table (seed 001).
update exercise set equipment = '{}', equipment_any = array['TABLE', 'WALL'], updated_at = now()
where code = 'single-leg-calf-raise' and clinic_id is null;

-- A hand on a wall or chair helps balance on the single-leg RDL at first: optional.
update exercise set equipment_optional = array['CHAIR', 'WALL'], updated_at = now()
where code = 'single-leg-romanian-deadlift' and clinic_id is null;

-- ===== the standing march =====

-- Seed 001: one knee lifts and holds, that foot comes down, then the other knee: one leg at a time,
-- alternating legs. The band only makes it harder ("add a band for a challenge"): optional.
update exercise set one_side = true, sides = 'ALTERNATING',
    equipment = '{}', equipment_optional = array['RESISTANCE_BAND'], updated_at = now()
where code = 'standing-march' and clinic_id is null;

update plan_template_item set sides = 'ALTERNATING'
where exercise_id = (select id from exercise where code = 'standing-march' and clinic_id is null)
  and template_id in (select id from plan_template where clinic_id is null);

-- ===== the general cautions of the articles, on every stock exercise =====
-- (seed 000: ease in, never force; seed 003: stay within your range, keep it relaxed)

update exercise set tips = tips || 'Ease into the stretch slowly and hold it still, without bouncing. Stop at a gentle pull, never pain.'::text,
    updated_at = now()
where clinic_id is null and category = 'STRETCH'
  and not ('Ease into the stretch slowly and hold it still, without bouncing. Stop at a gentle pull, never pain.' = any (tips));

update exercise set tips = tips || 'Start gently, move slowly and with control, and stay in a range that feels comfortable.'::text,
    updated_at = now()
where clinic_id is null and category = 'STRENGTHENING';

update exercise set tips = tips || 'Keep it slow and relaxed and stay within a range that feels comfortable: never force a position or bounce into it.'::text,
    updated_at = now()
where clinic_id is null and category = 'MOBILITY';

-- ===== schedules =====

-- Strengthening: 3 days a week by default, leaving a day to recover between sessions. The bridge
-- with single-leg extension keeps what seed 002 says of it: 10-12 reps, 2-3 times a day, every day.
update exercise set days_per_week = 3, updated_at = now()
where clinic_id is null and category = 'STRENGTHENING' and weekdays is null
  and code <> 'glute-bridge-single-leg-extension';

-- Hip strength (seed 001): the seven strengthening moves 3 days a week; the four stretches every
-- day, so they also follow the strength work on each of its days (3 days a week is Monday, Wednesday
-- and Friday, 4 is Monday, Tuesday, Thursday and Friday: only every day contains it).
update plan_template_item i set days_per_week = case when e.category = 'STRENGTHENING' then 3 else 7 end
from exercise e
where e.id = i.exercise_id
  and i.template_id = (select id from plan_template where code = 'hip-strength' and clinic_id is null);

-- Post-run stretches (seed 000: 5-10 minutes after each run): one 30 s hold on each side instead of
-- two, so the routine takes about 8 minutes by the coach's estimate instead of about 14. Every day,
-- as it is short and gentle.
update plan_template_item i set reps_min = 1, reps_max = null
from exercise e
where e.id = i.exercise_id and i.sides = 'EACH'
  and i.template_id = (select id from plan_template where code = 'post-run-stretches' and clinic_id is null);

-- ===== three stock exercises: the easier and harder steps the progressions need =====

insert into exercise (code, name, category, regions, muscles, position, equipment, equipment_any,
                      equipment_optional, one_side, steps, tips, aliases, sets_min, sets_max, reps_min, reps_max,
                      hold_min_s, hold_max_s, sides, days_per_week, load_text, created_at, updated_at)
values ('two-leg-calf-raise',
        'Two-leg calf raise',
        'STRENGTHENING',
        array['CALVES', 'ANKLE_FOOT'],
        array['gastrocnemius', 'soleus'],
        'STANDING',
        '{}', array['TABLE', 'WALL'], '{}',
        false,
        array['Stand with your feet about hip-width apart and rest your fingertips on a wall or table for balance.',
              'Push up through the balls of both feet and lift your heels as high as you comfortably can.',
              'Pause at the top and squeeze your calves.',
              'Lower your heels slowly back to the floor.'],
        array['This is the first step toward the single-leg calf raise: once 20 slow raises feel easy, try one leg at a time.',
              'Keep your weight over the big toe and the second toe, so your ankles do not roll outward.',
              'Start gently, move slowly and with control, and stay in a range that feels comfortable.'],
        array['double leg calf raise', 'heel raise', 'calf raise on both feet'],
        2, null, 15, 20, null, null, 'BOTH', 3, null, now(), now()),
       ('single-leg-calf-raise-loaded',
        'Single-leg calf raise with a weight',
        'STRENGTHENING',
        array['CALVES', 'ANKLE_FOOT'],
        array['gastrocnemius', 'soleus'],
        'STANDING',
        array['WEIGHT'], array['TABLE', 'WALL'], '{}',
        true,
        array['Hold a dumbbell, a kettlebell or a bag with some weight in it in the hand on the side you are working.',
              'Stand on that leg with the other foot lifted, and steady yourself with your free hand on a wall or table.',
              'Rise onto the ball of the standing foot, taking the heel as high as you can.',
              'Pause at the top, then lower the heel slowly back to the floor.'],
        array['This is the harder step after the single-leg calf raise: add a light weight once you can do about 20 slow raises on each leg without one.',
              'Take as long to lower your heel as to lift it; do not drop onto it.',
              'Start gently, move slowly and with control, and stay in a range that feels comfortable.'],
        array['weighted single leg calf raise', 'loaded calf raise', 'single leg heel raise with dumbbell'],
        3, null, 8, 12, null, null, 'EACH', 3, 'a light weight to start', now(), now()),
       ('side-plank-knees',
        'Side plank on the knees',
        'STRENGTHENING',
        array['CORE', 'OUTER_HIP', 'UPPER_BODY', 'LOWER_BACK'],
        array['obliques', 'gluteus medius', 'shoulder stabilizers', 'lower back muscles'],
        'LYING',
        array['MAT'], '{}', '{}',
        true,
        array['Lie on your side on a mat with your knees bent so your feet are behind you, knees and hips stacked.',
              'Prop yourself up on your forearm, with the elbow right under your shoulder.',
              'Press into the forearm and the lower knee and lift your hips until your head, hips and knees make a straight line.',
              'Tighten your stomach muscles and hold.',
              'Lower your hips back to the mat.'],
        array['This is the easier step before the side plank: once the holds feel steady on both sides, try it with your legs straight.',
              'Push your hips forward so they line up with your shoulders and knees rather than sticking out behind you.',
              'Start gently, move slowly and with control, and stay in a range that feels comfortable.'],
        array['kneeling side plank', 'bent knee side plank', 'modified side plank'],
        null, null, 3, null, 15, 30, 'EACH', 3, null, now(), now());
