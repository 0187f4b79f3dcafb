-- A clinic exercise may show several pictures in order, one per step (issue 15); its first picture
-- is the one it had. Stock exercises have no uploads: they are drawn by the app
-- (catalogue.illustration), found by their stock code, which exercise_card now publishes.

alter table exercise_image add column position integer not null default 1;
alter table exercise_image alter column position drop default;
alter table exercise_image drop constraint exercise_image_pkey;
alter table exercise_image add constraint exercise_image_pkey primary key (exercise_id, position);

-- the limit, in one place for SQL (ExerciseImages.MAX_PICTURES in Java; CatalogueServiceTest compares them)
create function exercise_pictures_max() returns integer
    language sql immutable
as $$ select 6 $$;

alter table exercise_image add constraint exercise_image_position_chk
    check (position between 1 and exercise_pictures_max());

drop view plan_item_detail;
drop view exercise_card;

-- image_updated_at changes whenever any picture changes (it versions their URLs)
create view exercise_card as
select e.id, e.clinic_id, e.name, e.category, e.one_side, e.archived_at is not null as archived, e.steps, e.tips,
       p.updated_at as image_updated_at, p.pictures as image_count,
       case when e.clinic_id is null then e.code end as illustration
from exercise e
cross join lateral (select max(i.updated_at) as updated_at, count(*)::integer as pictures
                    from exercise_image i where i.exercise_id = e.id) p;

create view plan_item_detail as
select i.id, i.revision_id, i.position, i.exercise_id, c.name, c.category, c.one_side, c.archived, c.steps,
       c.tips, c.image_updated_at, c.image_count, c.illustration,
       i.sets_min, i.sets_max, i.reps_min, i.reps_max, i.hold_min_s, i.hold_max_s, i.duration_min_s,
       i.duration_max_s, i.sides, i.times_per_day_min, i.times_per_day_max, i.days_per_week, i.weekdays,
       i.rest_s, i.load_text, i.dose_note, i.phase_labels, i.phase_min_s, i.phase_max_s, i.circuit
from plan_item i
join exercise_card c on c.id = i.exercise_id;
