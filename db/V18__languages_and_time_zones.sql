-- Issue 18: every clinic in its own language and time zone, every person in their own language
-- and distance unit. Existing clinics take the installation's zone (STRIDE_TIME_ZONE, else the
-- server's), which Flyway passes in as a placeholder; from now on it is only the default for new
-- clinics.

alter table clinic add column time_zone varchar(64) not null default '${default_time_zone}';
alter table clinic alter column time_zone drop default;
alter table clinic add column default_language varchar(2) not null default 'en';
alter table clinic add constraint clinic_default_language_chk check (default_language in ('en', 'de', 'es'));

-- A zone PostgreSQL does not know would make every "what day is it" query fail; a CHECK cannot
-- look it up (the list is not immutable), so a trigger does.
create function clinic_time_zone_known() returns trigger
    language plpgsql
as $$
begin
    if not exists (select 1 from pg_timezone_names where name = new.time_zone) then
        raise exception 'unknown time zone %', new.time_zone using errcode = 'check_violation',
            constraint = 'clinic_time_zone_chk';
    end if;
    return new;
end
$$;

create trigger clinic_time_zone_known
    before insert or update of time_zone on clinic
    for each row execute function clinic_time_zone_known();

-- null: follow the browser, then the clinic's default
alter table app_user add column language varchar(2);
alter table app_user add constraint app_user_language_chk check (language is null or language in ('en', 'de', 'es'));
alter table app_user add column distance_unit varchar(10) not null default 'KILOMETRES';
alter table app_user add constraint app_user_distance_unit_chk check (distance_unit in ('KILOMETRES', 'MILES'));

-- what other features read of them: a person's own language, a clinic's zone and default language
create or replace view person as
select id, clinic_id, role, username, display_name, email, active, language
from app_user;

create or replace view clinic_info as
select id, name, time_zone, default_language
from clinic;
