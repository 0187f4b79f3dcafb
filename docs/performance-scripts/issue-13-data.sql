delete from clinic where name = 'Big';
insert into clinic (name, created_at, updated_at) values ('Big', now(), now());
insert into app_user (clinic_id, username, display_name, email, role, created_at, updated_at)
select (select id from clinic where name='Big'), 'pt.big', 'PT', 'pt@x.org', 'THERAPIST', now(), now();
insert into app_user (clinic_id, username, display_name, email, role, created_at, updated_at)
select (select id from clinic where name='Big'), 'run' || g, 'Runner ' || g, 'r' || g || '@x.org', 'RUNNER', now(), now() from generate_series(1, 2000) g;
insert into plan (clinic_id, runner_id, author_id, status, start_date, activated_at, created_at, updated_at)
select u.clinic_id, u.id, (select id from app_user where username='pt.big'), 'ACTIVE', current_date - 365, now(), now(), now() from app_user u where role = 'RUNNER' and username like 'run%';
insert into plan_revision (plan_id, number, title, author_id, created_at)
select p.id, n, 'Plan ' || n, p.author_id, now() - (case n when 1 then interval '366 days' else interval '100 days' end)
from plan p cross join generate_series(1,2) n;
insert into plan_item (revision_id, position, exercise_id, reps_min, sets_min, times_per_day_min, days_per_week)
select r.id, k, (select min(id) from exercise) + k, 10, 2, case when k = 0 then 2 end, case when k = 4 then 3 end
from plan_revision r cross join generate_series(0, 4) k;
insert into session_log (clinic_id, runner_id, plan_id, revision_id, session_date, session_number, pain_during, pain_during_at, created_at, updated_at)
select p.clinic_id, p.runner_id, p.id, (select r.id from plan_revision r where r.plan_id = p.id and r.number = case when d < current_date - 100 then 1 else 2 end), d::date, 1, 3, now(), now(), now()
from plan p cross join generate_series(current_date - 365, current_date - 1, interval '1 day') d;
insert into exercise_log (session_id, revision_id, plan_item_id, status, created_at, updated_at)
select s.id, s.revision_id, i.id, 'DONE', now(), now() from session_log s join plan_item i on i.revision_id = s.revision_id and i.position < 3;
analyze;
