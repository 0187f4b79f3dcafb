import subprocess, statistics, re, sys
env={'PGHOST':'localhost','PGPORT':'25432','PGUSER':'postgres','PATH':'/usr/bin:/bin'}
def run(sql):
    out=subprocess.run(['psql','-d','stride','-At','-c',sql],capture_output=True,text=True,env=env)
    if out.returncode: print(out.stderr); sys.exit(1)
    return out.stdout
plan=run("select id from plan where runner_id = (select id from app_user where username='run1000')").strip()
runner=run("select id from app_user where username='run1000'").strip()
clinic=run("select id from clinic where name='Big'").strip()
Q={
'Today (what is due, with exercises)': (
f"""with current_revision as (select old_plan_revision_on({plan}, current_date, 'UTC') as id)
select i.revision_id, i.revision_id = (select id from current_revision) as current,
       item_weekdays(i.days_per_week, i.weekdays) & (1 << (extract(isodow from current_date)::integer - 1)) <> 0 as due,
       i.id, i.exercise_id, e.name, e.steps, e.tips, img.updated_at
from plan_item i join exercise e on e.id = i.exercise_id left join exercise_image img on img.exercise_id = e.id
where i.revision_id in (select id from current_revision union select revision_id from session_log where plan_id = {plan} and session_date = current_date)
  and exists (select 1 from plan p where p.id = {plan} and p.status = 'ACTIVE' and p.start_date <= current_date and (p.end_date is null or p.end_date >= current_date))
order by i.revision_id, i.position""",
f"""select due.session_number, due.revision_id, d.id, d.exercise_id, d.name, d.steps, d.tips, d.image_updated_at
from runner_due({plan}, current_date, current_date, 'UTC') due join plan_item_detail d on d.id = due.plan_item_id
order by due.session_number, due.item_position"""),
'Next due day (14 days)': (
f"select min(day) from old_plan_due({plan}, current_date + 1, current_date + 14, 'UTC')",
f"select min(day) from runner_due({plan}, current_date + 1, current_date + 14, 'UTC')"),
'Adherence, 12 weeks': (
f"""with due as (select day, exercise_id, sum(sessions) as due, max(sessions) as sessions from old_plan_due({plan}, current_date - 83, current_date, 'UTC') group by day, exercise_id),
done as (select day, exercise_id, done from old_plan_done({plan}, current_date - 83, current_date))
select date_trunc('week', due.day)::date, sum(due.due), sum(least(coalesce(done.done, 0), due.due)) from due left join done on done.day = due.day and done.exercise_id = due.exercise_id group by 1""",
f"""with due as (select * from runner_due({plan}, current_date - 83, current_date, 'UTC')),
entries as (select s.session_date, s.session_number, l.plan_item_id, l.status, l.sets_done from session_log s join exercise_log l on l.session_id = s.id where s.plan_id = {plan} and s.session_date between current_date - 83 and current_date),
shares as (select due.day, case when e.status is null then 0 else log_share(e.status, e.sets_done, due.sets_target) end as done from due left join entries e on e.session_date = due.day and e.session_number = due.session_number and e.plan_item_id = due.plan_item_id)
select date_trunc('week', day)::date, count(*), sum(done) from shares group by 1"""),
'Streak (a year)': (
f"select count(distinct day) from old_plan_due({plan}, current_date - 365, current_date, 'UTC')",
f"select count(distinct day) from runner_due({plan}, current_date - 365, current_date, 'UTC')"),
'Flags': (
f"select * from old_runner_flags({runner}, current_date)",
f"select * from runner_flags({runner}, current_date)"),
'Runners list, first page of 50': (
f"""select u.id, u.display_name, p.id, r.title, (select s.updated_at from session_log s where s.runner_id = u.id order by s.session_date desc, s.session_number desc limit 1),
array(select f.kind from old_runner_flags(u.id, current_date) f order by f.kind)
from app_user u left join plan p on p.runner_id = u.id and p.status = 'ACTIVE'
left join lateral (select title from plan_revision where plan_id = p.id order by number desc limit 1) r on true
where u.clinic_id = {clinic} and u.role = 'RUNNER' order by lower(u.display_name), u.id offset 0 limit 50""",
f"""select u.id, u.display_name, p.plan_id, p.title, runner_last_logged_at(u.id), array(select f.kind from runner_flags(u.id, current_date) f order by f.kind)
from person u left join active_plan p on p.runner_id = u.id
where u.clinic_id = {clinic} and u.role = 'RUNNER' order by lower(u.display_name), u.id offset 0 limit 50"""),
}
def timing(sql):
    ex=[];pl=[]
    for i in range(7):
        o=run("explain (analyze, summary) "+sql)
        ex.append(float(re.search(r'Execution Time: ([\d.]+)',o).group(1)))
        pl.append(float(re.search(r'Planning Time: ([\d.]+)',o).group(1)))
    return statistics.median(pl[2:]), statistics.median(ex[2:])
print("| query | before: planning / execution | after: planning / execution |")
print("| --- | --- | --- |")
for name,(old,new) in Q.items():
    a=timing(old); b=timing(new)
    print(f"| {name} | {a[0]:.2f} / {a[1]:.2f} ms | {b[0]:.2f} / {b[1]:.2f} ms |")
