#!/bin/sh
# Runs once, when PostgreSQL first creates its data volume (docker-entrypoint-initdb.d).
# POSTGRES_USER stays the database superuser, for the operator only. Stride uses two other roles:
#   STRIDE_DB_OWNER  owns the tables; Flyway migrates as it (SPRING_FLYWAY_USER)
#   STRIDE_DB_APP    the app's own login: a member of stride_runtime, which may read and write rows
#                    and only add to the audit log (the grants come with migration V17)
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v db="$POSTGRES_DB" \
    -v owner="$STRIDE_DB_OWNER" -v owner_password="$STRIDE_DB_OWNER_PASSWORD" \
    -v app="$STRIDE_DB_APP" -v app_password="$STRIDE_DB_APP_PASSWORD" <<'SQL'
create role stride_runtime nologin;
create role :"owner" login password :'owner_password';
create role :"app" login password :'app_password' in role stride_runtime;
-- the owner of the database may create in its public schema (PostgreSQL 15 and later)
alter database :"db" owner to :"owner";
revoke all on database :"db" from public;
grant connect, temporary on database :"db" to :"app";
SQL
