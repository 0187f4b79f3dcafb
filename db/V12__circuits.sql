-- Circuits (issue 15): consecutive items of a plan or template done as rounds, move by move, as the
-- 7-move mobility circuit is meant to be. An item's circuit is a number within its plan revision or
-- template (1 to plan_circuits_max()); its sets are the circuit's rounds, so adherence counts rounds
-- done as it counts sets. That the moves of a circuit sit next to each other and share their rounds
-- is checked with the whole plan (Circuits in Java), as a row cannot see its neighbours.

create function plan_circuits_max() returns integer
    language sql immutable parallel safe
as $$ select 3 $$;

alter table plan_item add column circuit integer;
alter table plan_item add constraint plan_item_circuit_chk
    check (circuit is null or (circuit between 1 and plan_circuits_max() and sets_min is not null));
alter table plan_template_item add column circuit integer;
alter table plan_template_item add constraint plan_template_item_circuit_chk
    check (circuit is null or (circuit between 1 and plan_circuits_max() and sets_min is not null));

drop view plan_item_detail;
create view plan_item_detail as
select i.id, i.revision_id, i.position, i.exercise_id, c.name, c.category, c.one_side, c.archived, c.steps,
       c.tips, c.image_updated_at,
       i.sets_min, i.sets_max, i.reps_min, i.reps_max, i.hold_min_s, i.hold_max_s, i.duration_min_s,
       i.duration_max_s, i.sides, i.times_per_day_min, i.times_per_day_max, i.days_per_week, i.weekdays,
       i.rest_s, i.load_text, i.dose_note, i.phase_labels, i.phase_min_s, i.phase_max_s, i.circuit
from plan_item i
join exercise_card c on c.id = i.exercise_id;

-- The stock mobility routine is one circuit of its seven moves, 1-2 rounds (seed 003).
update plan_template_item set circuit = 1
where template_id = (select id from plan_template where code = 'mobility-circuit' and clinic_id is null);
update plan_template set description = 'Hip and hamstring mobility for a warm-up, a cool-down or a rest day: '
    || 'one circuit of all seven moves, 1-2 rounds.', updated_at = now()
where code = 'mobility-circuit' and clinic_id is null;
