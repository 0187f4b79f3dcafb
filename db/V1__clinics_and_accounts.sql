-- Clinics own everything; every account belongs to exactly one clinic.
create table clinic (
    id          bigint generated always as identity primary key,
    name        varchar(120) not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0,
    constraint clinic_name_not_blank check (length(btrim(name)) > 0)
);
create unique index clinic_name_uq on clinic (lower(name));

create table app_user (
    id             bigint generated always as identity primary key,
    clinic_id      bigint       not null references clinic (id),
    username       varchar(64)  not null,
    display_name   varchar(120) not null,
    email          varchar(254) not null,
    -- null until the person sets a password through a one-time link
    password_hash  varchar(255),
    role           varchar(16)  not null,
    active         boolean      not null default true,
    last_login_at  timestamptz,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null default 0,
    constraint app_user_role_chk check (role in ('ADMIN', 'THERAPIST', 'RUNNER')),
    -- usernames are stored lower-case: letters, digits, dot, dash, underscore
    constraint app_user_username_chk check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    constraint app_user_display_name_chk check (length(btrim(display_name)) between 1 and 120),
    constraint app_user_email_chk check (email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
    -- a delegating-encoder hash always carries its {id} prefix, never a raw password
    constraint app_user_password_hash_chk check (password_hash is null or password_hash ~ '^\{[a-z0-9_-]+\}')
);
create unique index app_user_username_uq on app_user (username);
create unique index app_user_clinic_email_uq on app_user (clinic_id, lower(email));
create index app_user_clinic_role_idx on app_user (clinic_id, role);
