-- Issue 14: the runners list pages through a clinic's runners in name order. This index gives
-- that order directly, so a page's ids come from the index alone (a page deep in a clinic of
-- 10,000 runners reads its offset's entries, not every runner, plan and flag before it).
create index app_user_runner_name_idx on app_user (clinic_id, lower(display_name), id) where role = 'RUNNER';
