#!/bin/sh
# The machine's floor under the correlation benchmark (issue 19): what a C client, with no Node,
# no driver and no rules, gets from the same PostgreSQL store. Runs pgbench against a kept store
# (`node bench/correlation-kept.ts preload REPORTS` first) and prints, per script, transactions and
# latency p50 / p90 / p99 / max in ms:
#
#   select-1   one trivial statement, no transaction
#   lookups    ten indexed entity lookups in one transaction (the benchmark's baseline)
#   ingest     one report's write alone: pole_ingest_report (a phone and an address, as the
#              benchmark's structured answers) and its commit, synchronous_commit off as the
#              triage job runs it; unpaced, then paced at 60 a second (latency less pgbench's
#              own schedule lag)
#
# and the WAL an ingest writes, with its full-page images. Each ingest adds a report to the store,
# as `measure` does.
#
#   bench/correlation-floor.sh 10000000 [seconds per script, default 20]
#
# BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the server.
set -eu
reports=${1:?usage: bench/correlation-floor.sh REPORTS [SECONDS]}
seconds=${2:-20}
server=${BENCH_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}
database="${server%/*}/linebreak_bench_kept_${reports}"
# The pools of bench/correlation.ts (poolSizes).
phones=$((reports / 20 > 10 ? reports / 20 : 10))
locations=$((reports / 10 > 10 ? reports / 10 : 10))
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf 'select 1;\n' >"$work/select-1.sql"
{
  for i in 0 1 2 3 4; do
    printf '\\set p%s random(0, %s)\n\\set l%s random(0, %s)\n' "$i" $((phones - 1)) "$i" $((locations - 1))
  done
  printf 'begin;\n'
  for i in 0 1 2 3 4; do
    printf "select id, report_count from pole_entities where kind = 'phone' and blind_key = 'bench-phone-' || :p%s;\n" "$i"
    printf "select id, report_count from pole_entities where kind = 'location' and blind_key = 'bench-location-' || :l%s;\n" "$i"
  done
  printf 'commit;\n'
} >"$work/lookups.sql"
# The benchmark's reports name one of the 50 busiest phones and any address.
cat >"$work/ingest.sql" <<EOF
\\set p random(0, 49)
\\set l random(0, $((locations - 1)))
begin;
set local synchronous_commit = off;
select count(*) from pole_ingest_report(gen_random_uuid(), date '2026-11-01',
  array[gen_random_uuid(), gen_random_uuid()], array['phone', 'location'],
  array['bench-phone-' || :p, 'bench-location-' || :l], array['00', '00'],
  array['phone', 'location'], array['bench-phone-' || :p, 'bench-location-' || :l], array['phones', 'where'],
  array[null, null]::int[], array[null, null]::int[], array[0], array[1], array['location–phone']);
commit;
EOF

# pgbench's per-transaction log: field 3 is the latency in µs, field 7 (paced runs) the schedule lag.
percentiles() {
  awk -v lagged="$2" '{ print (lagged ? $3 - $7 : $3) / 1000 }' "$1"/log.* | sort -n |
    awk '{ v[NR] = $1 } END { printf "%6d  p50 %6.2f  p90 %6.2f  p99 %6.2f  max %7.2f\n", NR, v[int(NR * 0.5)], v[int(NR * 0.9)], v[int(NR * 0.99)], v[NR] }'
}
run() {
  name=$1
  shift
  rm -rf "$work/logs" && mkdir "$work/logs"
  (cd "$work/logs" && pgbench -n -c 1 -M prepared -T "$seconds" -l --log-prefix=log "$@" "$database" >"$work/pgbench.out" 2>&1) ||
    { cat "$work/pgbench.out" >&2; exit 1; }
  case "$*" in *-R*) lagged=1 ;; *) lagged=0 ;; esac
  printf '%-16s' "$name"
  percentiles "$work/logs" "$lagged"
}

echo "floor at ${reports} stored reports, ${seconds} s a script (load $(cut -d' ' -f1-3 /proc/loadavg))"
echo "script          transactions  latency ms"
run select-1 -f "$work/select-1.sql"
run lookups -f "$work/lookups.sql"
run ingest -f "$work/ingest.sql"
run 'ingest, 60/s' -R 60 -f "$work/ingest.sql"

before=$(psql "$database" -Atc 'select pg_current_wal_lsn()')
pgbench -n -c 1 -M prepared -t 300 -f "$work/ingest.sql" "$database" >/dev/null 2>&1
psql "$database" -Atc "select 'WAL a report: ' || round(pg_wal_lsn_diff(pg_current_wal_lsn(), '$before') / 300 / 1024, 1) || ' KB'"
