#!/usr/bin/env bash
# bench/mibload.sh - start-up cost of loading MIBs, ours vs Net-SNMP's:
# `snmpget -m ALL` of one scalar (SNMPv2-MIB::sysDescr.0) from a live
# snmpd on loopback, so each run is MIB loading plus one answered
# request.  Reports the median wall time, CPU time (user+sys) and peak
# RSS of each; ours runs with a warm MIB cache, and is also measured
# with a cold cache and with the cache off.  Not a test; see
# bench/README.md.
#
#   bench/mibload.sh [-n RUNS] [-M MIBDIRS]
# MIBDIRS defaults to the bundled mibs/ plus Net-SNMP's own
# /usr/share/snmp/mibs (both tools read the same files).
# Environment: SK_BIN (our apps; default build/apps), SK_NETSNMP_BIN.
set -u

SK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export SK_ROOT
# shellcheck source=tests/cli/helpers/agent.bash
. "$SK_ROOT/tests/cli/helpers/agent.bash"

RUNS=21
MIBDIRS=$SK_ROOT/mibs:/usr/share/snmp/mibs
while getopts n:M: opt; do
    case $opt in
    n) RUNS=$OPTARG ;;
    M) MIBDIRS=$OPTARG ;;
    *) echo "usage: $0 [-n RUNS] [-M MIBDIRS]" >&2; exit 1 ;;
    esac
done
OURS=${SK_BIN:-$SK_ROOT/build/apps}/snmpget
THEIRS=${SK_NETSNMP_BIN:-/usr/bin}/snmpget
if ! command -v perf >/dev/null; then
    echo "perf not found (apt-get install linux-perf)" >&2
    exit 1
fi
for f in "$OURS" "$THEIRS" /usr/bin/time; do
    if [ ! -x "$f" ]; then
        echo "$f not found (build first: tests/run or tests/demo)" >&2
        exit 1
    fi
done

trap agent_stop EXIT
agent_start || exit 1
T=$SK_AGENT_DIR
CACHE=$T/xdg
NAME=SNMPv2-MIB::sysDescr.0

# run_env CMD...: CMD in the isolated client environment, our MIB cache
# in $CACHE (the agent's snmp.conf says "mibs :"; -m/-M say the rest).
run_env() {
    env -u MIBS -u MIBDIRS -u SNMPKIT_MIB_CACHE SNMPCONFPATH="$T/conf" \
        HOME="$T" XDG_CACHE_HOME="$CACHE" "$@"
}

# one_time BIN [VAR=VAL]: prints "wall_ms cpu_ms" of one run.  perf's
# nanosecond clocks: bash's and /usr/bin/time's tick in 10 ms or 1 ms,
# too coarse for a run of a few milliseconds.
one_time() {
    local bin=$1
    shift
    run_env "$@" perf stat -e task-clock -o "$T/perf" "$bin" -v2c -c public \
        -M "$MIBDIRS" -m ALL -t 2 -r 0 "$SK_AGENT" "$NAME" \
        >"$T/out" 2>"$T/err"
    if ! grep -q 'STRING' "$T/out" || [ -s "$T/err" ]; then
        echo "$bin did not get an answer cleanly:" >&2
        cat "$T/out" "$T/err" >&2
        exit 1
    fi
    awk '/task-clock/ { cpu = $1 }
         /seconds time elapsed/ { wall = $1 * 1000 }
         END { printf "%.3f %.3f\n", wall, cpu }' "$T/perf"
}

# one_rss BIN [VAR=VAL]: peak RSS in kB of one run.
one_rss() {
    local bin=$1
    shift
    run_env "$@" /usr/bin/time -f '%M' -o "$T/time" "$bin" -v2c -c public \
        -M "$MIBDIRS" -m ALL -t 2 -r 0 "$SK_AGENT" "$NAME" >/dev/null 2>&1
    tail -n 1 "$T/time"
}

median() {
    sort -n | awk '{ v[NR] = $1 }
        END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
col() { cut -d' ' -f"$1" "$2" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

# Warm both: the agent, the page cache, and our MIB cache.
one_time "$THEIRS" >/dev/null
one_time "$OURS" >/dev/null
: > "$T/theirs"; : > "$T/ours"; : > "$T/off"; : > "$T/cold"
: > "$T/theirs.rss"; : > "$T/ours.rss"; : > "$T/off.rss"; : > "$T/cold.rss"
for _ in $(seq 1 "$RUNS"); do
    one_time "$THEIRS" >> "$T/theirs"
    one_time "$OURS" >> "$T/ours"
    one_time "$OURS" SNMPKIT_MIB_CACHE=off >> "$T/off"
    one_rss "$THEIRS" >> "$T/theirs.rss"
    one_rss "$OURS" >> "$T/ours.rss"
    one_rss "$OURS" SNMPKIT_MIB_CACHE=off >> "$T/off.rss"
done
# Cold: an empty cache before each run (the run parses and writes it).
for _ in 1 2 3 4 5; do
    rm -rf "$CACHE"
    one_time "$OURS" >> "$T/cold"
    rm -rf "$CACHE"
    one_rss "$OURS" >> "$T/cold.rss"
done

tw=$(col 1 "$T/theirs"); tc=$(col 2 "$T/theirs"); tm=$(median < "$T/theirs.rss")
ow=$(col 1 "$T/ours"); oc=$(col 2 "$T/ours"); om=$(median < "$T/ours.rss")
fw=$(col 1 "$T/off"); fc=$(col 2 "$T/off"); fm=$(median < "$T/off.rss")
cw=$(col 1 "$T/cold"); cc=$(col 2 "$T/cold"); cm=$(median < "$T/cold.rss")

printf '\nsnmpget -m ALL -M %s of %s\nfrom snmpd on %s; median of %s runs (cold: of 5)\n\n' \
    "$MIBDIRS" "$NAME" "$SK_AGENT" "$RUNS"
printf '%-24s %10s %10s %12s\n' "" "wall (ms)" "cpu (ms)" "maxrss (kB)"
printf '%-24s %10s %10s %12s\n' net-snmp "$tw" "$tc" "$tm"
printf '%-24s %10s %10s %12s\n' "snmpkit, warm cache" "$ow" "$oc" "$om"
printf '%-24s %10s %10s %12s\n' "  ratio to net-snmp" "$(ratio "$ow" "$tw")" \
    "$(ratio "$oc" "$tc")" "$(ratio "$om" "$tm")"
printf '%-24s %10s %10s %12s\n' "snmpkit, cold cache" "$cw" "$cc" "$cm"
printf '%-24s %10s %10s %12s\n' "snmpkit, cache off" "$fw" "$fc" "$fm"
printf '\nGoal (issue 3): warm wall time <= 0.20 and peak RSS <= 0.50 of net-snmp.\n'
