-- The easier and harder steps among the stock exercises V15 added (issue 16): two-leg calf raise,
-- single-leg calf raise, single-leg calf raise holding a weight; side plank on the knees, side plank.
insert into exercise_step (exercise_id, harder_id, created_at)
select easier.id, harder.id, now()
from (values ('two-leg-calf-raise', 'single-leg-calf-raise'),
             ('single-leg-calf-raise', 'single-leg-calf-raise-loaded'),
             ('side-plank-knees', 'side-plank')) as link (easier, harder)
join exercise easier on easier.code = link.easier and easier.clinic_id is null
join exercise harder on harder.code = link.harder and harder.clinic_id is null;
