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

-- ===== the vocabularies, once for SQL (Java: Equipment, Position; ExerciseVocabularyTest compares) =====

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
