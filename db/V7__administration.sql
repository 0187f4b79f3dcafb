-- Clinic administration: runner-PT links, one-time links, login throttling and the audit log.

-- Lets a link row name the clinic and role of each side, so the database itself refuses a link
-- across clinics or between the wrong roles.
alter table app_user add constraint app_user_id_clinic_role_uq unique (id, clinic_id, role);

create table runner_therapist (
    runner_id       bigint      not null,
    therapist_id    bigint      not null,
    clinic_id       bigint      not null references clinic (id),
    runner_role     varchar(16) not null default 'RUNNER',
    therapist_role  varchar(16) not null default 'THERAPIST',
    linked_at       timestamptz not null,
    -- null when the system made the link (demo data)
    linked_by       bigint      references app_user (id),
    primary key (runner_id, therapist_id),
    constraint runner_therapist_runner_role_chk check (runner_role = 'RUNNER'),
    constraint runner_therapist_therapist_role_chk check (therapist_role = 'THERAPIST'),
    constraint runner_therapist_runner_fk foreign key (runner_id, clinic_id, runner_role)
        references app_user (id, clinic_id, role),
    constraint runner_therapist_therapist_fk foreign key (therapist_id, clinic_id, therapist_role)
        references app_user (id, clinic_id, role)
);
create index runner_therapist_therapist_idx on runner_therapist (therapist_id, runner_id);

-- A link to set one's own password. Only a SHA-256 of the token is stored: a copy of the
-- database does not let anyone in.
create table one_time_link (
    id          bigint generated always as identity primary key,
    user_id     bigint      not null references app_user (id),
    purpose     varchar(16) not null,
    token_hash  char(64)    not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_by  bigint references app_user (id),
    constraint one_time_link_purpose_chk check (purpose in ('WELCOME', 'RESET')),
    constraint one_time_link_hash_chk check (token_hash ~ '^[0-9a-f]{64}$'),
    -- 72 hours for a new account, 1 hour for a reset; never longer
    constraint one_time_link_expiry_chk check (expires_at > created_at and expires_at <= created_at
        + case purpose when 'WELCOME' then interval '72 hours' else interval '1 hour' end),
    constraint one_time_link_used_chk check (used_at is null or used_at >= created_at)
);
create unique index one_time_link_hash_uq on one_time_link (token_hash);
create index one_time_link_open_idx on one_time_link (user_id) where used_at is null;

-- Failed sign-ins, counted per username and per client address over a sliding window. The
-- username is kept only as a hash: people type passwords into the username field.
create table login_failure (
    id             bigint generated always as identity primary key,
    username_hash  char(64)    not null,
    client_address varchar(64) not null,
    failed_at      timestamptz not null,
    constraint login_failure_hash_chk check (username_hash ~ '^[0-9a-f]{64}$')
);
create index login_failure_username_idx on login_failure (username_hash, failed_at);
create index login_failure_address_idx on login_failure (client_address, failed_at);

-- Who did what, when and from where. Append-only: never a password or a token.
create table audit_event (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz not null,
    user_id         bigint references app_user (id),
    clinic_id       bigint references clinic (id),
    action          varchar(32) not null,
    target_type     varchar(32),
    target_id       bigint,
    client_address  varchar(64),
    detail          varchar(200),
    constraint audit_event_action_chk check (action ~ '^[A-Z][A-Z_]{2,31}$'),
    constraint audit_event_target_type_chk check (target_type is null or target_type ~ '^[a-z][a-z_]{1,31}$'),
    constraint audit_event_target_chk check (target_id is null or target_type is not null)
);
create index audit_event_clinic_time_idx on audit_event (clinic_id, occurred_at desc, id desc);
create index audit_event_user_time_idx on audit_event (user_id, occurred_at desc);

create function audit_event_append_only() returns trigger
    language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_append_only();
