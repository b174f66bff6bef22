#!/usr/bin/env bash
# bench/mibload.sh - start-up cost of loading MIBs, ours vs Net-SNMP's:
# `snmpget -m ALL` of one name against a port where nothing answers
# (-t 0.1 -r 0), so the run is MIB loading, one request and the timeout.
# Reports the median CPU time (user+sys) and peak RSS of each.  Not a
# test; see bench/README.md.
#
#   bench/mibload.sh [-n RUNS] [-M MIBDIRS]
# MIBDIRS defaults to the bundled mibs/ (both tools read the same files).
# Environment: SK_BIN (our apps; default build/apps), SK_NETSNMP_BIN.
set -u

SK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=21
MIBDIRS=$SK_ROOT/mibs
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
for f in "$OURS" "$THEIRS"; do
    if [ ! -x "$f" ]; then
        echo "$f not found (build first: tests/run or tests/demo)" >&2
        exit 1
    fi
done

TMP=$(mktemp -d /tmp/skmibload.XXXXXX) || exit 1
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/conf"
: > "$TMP/conf/snmp.conf"
NAME=IF-MIB::ifDescr.1
# A loopback port with nothing listening: the request times out.
PORT=$((20000 + RANDOM % 20000))

# run_one BIN: prints "cpu_seconds maxrss_kb" for one run; the CPU time
# is perf's task-clock (nanosecond accounting: /usr/bin/time counts in
# 10 ms ticks, coarser than the whole run).
run_one() {
    env -u MIBS -u MIBDIRS SNMPCONFPATH="$TMP/conf" HOME="$TMP" \
        perf stat -x, -e task-clock -o "$TMP/perf" \
        /usr/bin/time -f '%M' -o "$TMP/time" "$1" -v2c -c public \
        -M "$MIBDIRS" -m ALL -t 0.1 -r 0 "udp:127.0.0.1:$PORT" "$NAME" \
        >/dev/null 2>"$TMP/err"
    if ! grep -q '^Timeout' "$TMP/err"; then
        echo "$1 did not reach the request:" >&2
        cat "$TMP/err" >&2
        exit 1
    fi
    # task-clock is in milliseconds; it includes /usr/bin/time's own
    # fork and wait, the same small amount for both.
    printf '%s %s\n' \
        "$(awk -F, '/task-clock/ { printf "%.4f", $1 / 1000 }' "$TMP/perf")" \
        "$(tail -n 1 "$TMP/time")"
}

median() {
    sort -n | awk '{ v[NR] = $1 }
        END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

: > "$TMP/theirs" ; : > "$TMP/ours"
for _ in $(seq 1 "$RUNS"); do
    run_one "$THEIRS" >> "$TMP/theirs"
    run_one "$OURS" >> "$TMP/ours"
done
tc=$(cut -d' ' -f1 "$TMP/theirs" | median)
oc=$(cut -d' ' -f1 "$TMP/ours" | median)
tm=$(cut -d' ' -f2 "$TMP/theirs" | median)
om=$(cut -d' ' -f2 "$TMP/ours" | median)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

printf '\nsnmpget -m ALL -M %s, median of %s runs\n\n' "$MIBDIRS" "$RUNS"
printf '%-10s %10s %12s\n' "" "cpu (s)" "maxrss (kB)"
printf '%-10s %10s %12s\n' net-snmp "$tc" "$tm"
printf '%-10s %10s %12s\n' snmpkit "$oc" "$om"
printf '%-10s %10s %12s\n' ours/ns "$(ratio "$oc" "$tc")" "$(ratio "$om" "$tm")"
