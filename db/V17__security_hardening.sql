-- Issue 17: sessions that end when credentials change, two-step sign-in for staff, and the
-- database role the app runs as.

-- Every session carries the epoch its person had when it signed in. A password change or reset,
-- deactivation and a reset of the second factor move the epoch on: older sessions end on their
-- next request (security.ActiveAccountFilter). Deactivation moves it too.
alter table app_user
    add column session_epoch integer not null default 0,
    add constraint app_user_session_epoch_chk check (session_epoch >= 0);

-- Two-step sign-in (RFC 6238 codes). The secret is encrypted by the app (AES-GCM, the key comes
-- from the environment), never stored in the clear; the last time step used keeps a code from
-- working twice.
alter table app_user
    add column totp_secret bytea,
    add column totp_enabled_at timestamptz,
    add column totp_last_step bigint,
    add constraint app_user_totp_chk check ((totp_secret is null) = (totp_enabled_at is null)),
    add constraint app_user_totp_step_chk check (totp_last_step is null or totp_secret is not null),
    add constraint app_user_totp_size_chk check (totp_secret is null or octet_length(totp_secret) between 28 and 128);

-- One-time recovery codes, as keyed hashes (HMAC-SHA256, key from STRIDE_TOTP_KEY); a used code
-- stays, marked, until the set is replaced.
create table recovery_code (
    id         bigint generated always as identity primary key,
    user_id    bigint      not null references app_user (id) on delete cascade,
    code_hash  char(64)    not null,
    created_at timestamptz not null,
    used_at    timestamptz,
    constraint recovery_code_hash_chk check (code_hash ~ '^[0-9a-f]{64}$'),
    constraint recovery_code_used_chk check (used_at is null or used_at >= created_at)
);
create unique index recovery_code_user_hash_uq on recovery_code (user_id, code_hash);

-- A sign-in attempt is recorded as pending before its password is checked, so that parallel
-- attempts cannot all pass the throttle (account.LoginThrottle): a wrong password makes it a
-- failure, a right one deletes it.
alter table login_failure add column pending boolean not null default false;

-- A clinic can require the second factor of every PT and admin.
alter table clinic add column require_two_step boolean not null default false;

-- The runtime role: the app signs in as a login role that is a member of stride_runtime (see the
-- README and docker/initdb). It reads and writes rows and nothing else: it owns no table, so it
-- cannot alter one or disable a trigger, and it may only add to the audit log.
do $$
begin
    if not exists (select from pg_roles where rolname = 'stride_runtime') then
        create role stride_runtime nologin;
    end if;
    execute format('grant usage on schema %I to stride_runtime', current_schema());
    execute format('grant select, insert, update, delete on all tables in schema %I to stride_runtime', current_schema());
    execute format('grant usage, select on all sequences in schema %I to stride_runtime', current_schema());
    -- tables that later migrations create (as the same owner) get the same grants
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables '
                   'to stride_runtime', current_schema());
    execute format('alter default privileges in schema %I grant usage, select on sequences to stride_runtime',
                   current_schema());
end
$$;
revoke update, delete, truncate on audit_event from stride_runtime;
revoke all on flyway_schema_history from stride_runtime;
