#!/bin/bash
# Start time of an extracted jar against a running PostgreSQL (docs/performance.md, issue 14, third
# round). Usage, from a directory holding the extracted stride.jar (and its JDK AOT cache):
#   FRESH=1 issue-14-start.sh <dir> <label> [JVM options...]   first start on an empty database
#   issue-14-start.sh <dir> <label> -XX:AOTCache=stride.aot -Dspring.aot.enabled=true
# The cache must be used from the directory and with the jar path it was trained with.
# JAVA_HOME: the JDK the cache was trained with (25). PG_URL (default jdbc:postgresql://localhost:25440/s), PG_PSQL (psql to recreate it), PORT.
set -e
dir=$1; label=$2; shift 2
pg=${PG_URL:-jdbc:postgresql://localhost:25440/s}
port=${PORT:-18181}
if [ "$FRESH" = 1 ]; then
  db=${pg##*/}; hostport=${pg#jdbc:postgresql://}; hostport=${hostport%%/*}
  PGPASSWORD=postgres ${PG_PSQL:-psql} -h "${hostport%:*}" -p "${hostport#*:}" -U postgres -q \
    -c "drop database if exists $db" -c "create database $db" postgres
fi
export SPRING_PROFILES_ACTIVE=prod SPRING_DATASOURCE_URL=$pg SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD=postgres PORT=$port
cd "$dir"
start=$(date +%s%N)
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx1g -XX:+UseG1GC "$@" -jar stride.jar > "start-$label.log" 2>&1 &
pid=$!
until curl -fs -o /dev/null "http://localhost:$port/login"; do
  sleep 0.05
  kill -0 $pid 2>/dev/null || { echo "the app stopped; see $dir/start-$label.log"; exit 1; }
done
end=$(date +%s%N)
echo "$label: $(( (end - start) / 1000000 )) ms"
kill $pid; wait $pid 2>/dev/null || true
