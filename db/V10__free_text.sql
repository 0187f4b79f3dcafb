-- Free text as people write it (issue 15): every script, accents and emoji are welcome. Refused are
-- only control characters (tab, line feed and carriage return excepted) and the explicit direction
-- overrides and isolates, which make text read other than it is stored. PlainTextValidator applies
-- the same rule in Java with a message per field; markup is refused there only, as it is harmless
-- once stored and matters only where text is shown. The checks hold for every write from here on
-- (not valid: a row stored before, which no screen could have refused, does not stop the upgrade).
create function plain_text(value text) returns boolean
    language sql immutable parallel safe
    return value is null
        or value !~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]';

create function plain_text(value text[]) returns boolean
    language sql immutable parallel safe
    return value is null or plain_text(array_to_string(value, ' '));

alter table clinic add constraint clinic_text_chk check (plain_text(name)) not valid;
alter table app_user add constraint app_user_text_chk check (plain_text(display_name)) not valid;
alter table exercise add constraint exercise_text_chk
    check (plain_text(name) and plain_text(muscles) and plain_text(steps) and plain_text(tips)
           and plain_text(aliases) and plain_text(load_text) and plain_text(dose_note)) not valid;
alter table plan_revision add constraint plan_revision_text_chk check (plain_text(title) and plain_text(goal)) not valid;
alter table plan_item add constraint plan_item_text_chk check (plain_text(load_text) and plain_text(dose_note)) not valid;
alter table plan_template add constraint plan_template_text_chk
    check (plain_text(name) and plain_text(description)) not valid;
alter table plan_template_item add constraint plan_template_item_text_chk
    check (plain_text(load_text) and plain_text(dose_note)) not valid;
alter table session_log add constraint session_log_text_chk check (plain_text(note)) not valid;
