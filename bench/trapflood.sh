#!/usr/bin/env bash
# bench/trapflood.sh - snmptrapd under a flood of SNMPv2c traps, ours vs
# Net-SNMP's: the highest rate at which every trap is logged, and the
# receiver's CPU time per trap.  Not a test; see bench/README.md.
#
#   bench/trapflood.sh [-a] [-d SECONDS] [-n TRIES] [-r "RATE RATE ..."]
# -a keeps going through every rate after the first loss; -d is the
# length of each burst (default 2 s, so COUNT = RATE * SECONDS); -n is
# how many bursts a rate gets before it counts as lossy (default 3: one
# loss to a busy machine's scheduler does not end the climb).
# Environment: SK_BIN (our apps; default build/apps), SK_REF_TRAPD
# (default /usr/sbin/snmptrapd), CC (default cc).
set -u

SK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SK_BIN=${SK_BIN:-$SK_ROOT/build/apps}
SK_REF_TRAPD=${SK_REF_TRAPD:-/usr/sbin/snmptrapd}
OURS=$SK_BIN/snmptrapd
[ -x "$SK_BIN/snmptrapd/snmptrapd" ] && OURS=$SK_BIN/snmptrapd/snmptrapd

ALL=no
SECS=2
TRIES=3
RATES="5000 10000 20000 30000 50000 75000 100000 150000 200000 300000 400000"
while getopts ad:n:r: opt; do
    case $opt in
    a) ALL=yes ;;
    d) SECS=$OPTARG ;;
    n) TRIES=$OPTARG ;;
    r) RATES=$OPTARG ;;
    *) echo "usage: $0 [-a] [-d SECONDS] [-n TRIES] [-r \"RATE ...\"]" >&2
       exit 1 ;;
    esac
done

for f in "$OURS" "$SK_REF_TRAPD"; do
    if [ ! -x "$f" ]; then
        echo "$f not found (build first: tests/run or tests/demo)" >&2
        exit 1
    fi
done

DIR=$(mktemp -d /tmp/sktrapflood.XXXXXX) || exit 1
PID=
cleanup() {
    if [ -n "$PID" ]; then
        kill "$PID" 2>/dev/null
        wait "$PID" 2>/dev/null
    fi
    rm -rf "$DIR"
}
trap cleanup EXIT

# The sender, compiled here so that the build system stays out of it.
if ! ${CC:-cc} -O2 -o "$DIR/trapblast" "$SK_ROOT/bench/trapblast.c"; then
    echo "could not compile bench/trapblast.c" >&2
    exit 1
fi
mkdir -p "$DIR/conf" "$DIR/persist"
echo "mibs :" > "$DIR/conf/snmp.conf"
echo "disableAuthorization yes" > "$DIR/snmptrapd.conf"
# Net-SNMP's default print format on one line, so lines count traps.
FMT='%.4y-%.2m-%.2l %.2h:%.2j:%.2k %B [%b]: %v\n'
TICK=$(getconf CLK_TCK)

free_port() {
    local p
    for _ in $(seq 1 20); do
        p=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
        if ! ss -lun 2>/dev/null | grep -q ":$p "; then
            echo "$p"
            return 0
        fi
    done
    return 1
}

# start PROG: the daemon in the foreground, appending (-A) to its log so
# that the log can be emptied between bursts.
start() {
    local prog=$1
    PORT=$(free_port) || return 1
    : > "$DIR/trapd.log"
    env SNMPCONFPATH="$DIR/conf" HOME="$DIR" \
        SNMP_PERSISTENT_DIR="$DIR/persist" "$prog" -f -C \
        -c "$DIR/snmptrapd.conf" -M /nonexistent -m '' -A \
        -Lf "$DIR/trapd.log" -F "$FMT" "udp:127.0.0.1:$PORT" \
        </dev/null >"$DIR/trapd.out" 2>&1 &
    PID=$!
    for _ in $(seq 1 100); do
        grep -q 'NET-SNMP version' "$DIR/trapd.log" && return 0
        sleep 0.05
    done
    echo "$prog did not start:" >&2
    cat "$DIR/trapd.out" >&2
    return 1
}

stop() {
    kill "$PID" 2>/dev/null
    wait "$PID" 2>/dev/null
    PID=
}

# CPU ticks (utime + stime) of the daemon so far.
cpu_ticks() {
    awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$PID/stat"
}

# Lines logged since the log was emptied (one per trap; wc, not grep,
# so that polling a large log costs little next to the daemon).
logged() {
    wc -l < "$DIR/trapd.log"
}

# burst RATE: send RATE*SECS traps, wait until all are logged or the
# count has stopped moving for a second; prints "LOGGED TICKS SENDRATE".
burst() {
    local rate=$1 count c0 c1 n last=-1 still=0 sent
    count=$(awk -v r="$rate" -v s="$SECS" 'BEGIN { printf "%d", r * s }')
    : > "$DIR/trapd.log"
    c0=$(cpu_ticks)
    sent=$("$DIR/trapblast" 127.0.0.1 "$PORT" "$rate" "$count" "$rate" |
        sed -n 's/.*(\([0-9]*\)\/s)$/\1/p')
    for _ in $(seq 1 300); do
        n=$(logged)
        [ "$n" -ge "$count" ] && break
        if [ "$n" -eq "$last" ]; then
            still=$((still + 1))
            [ $still -ge 10 ] && break
        else
            still=0
        fi
        last=$n
        sleep 0.1
    done
    c1=$(cpu_ticks)
    echo "$n $((c1 - c0)) $sent"
}

declare -A LOG CPU SENT BEST
run_side() {
    local side=$1 prog=$2 rate n t s try want
    BEST[$side]=0
    start "$prog" || exit 1
    for rate in $RATES; do
        want=$((rate * SECS))
        LOG[$side,$rate]=-1
        for try in $(seq 1 "$TRIES"); do
            read -r n t s < <(burst "$rate")
            printf '%-9s %8s/s try %s: %s of %s logged\n' "$side" "$rate" \
                "$try" "$n" "$want" >&2
            # keep the best try: the rate's figures are from it
            if [ "$n" -gt "${LOG[$side,$rate]}" ]; then
                LOG[$side,$rate]=$n CPU[$side,$rate]=$t SENT[$side,$rate]=$s
            fi
            [ "$n" -ge "$want" ] && break
        done
        if [ "${LOG[$side,$rate]}" -ge "$want" ]; then
            BEST[$side]=$rate
        elif [ "$ALL" = no ]; then
            break
        fi
    done
    if ! kill -0 "$PID" 2>/dev/null; then
        echo "$side snmptrapd died:" >&2
        cat "$DIR/trapd.out" >&2
    fi
    stop
}

LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
run_side net-snmp "$SK_REF_TRAPD"
run_side snmpkit "$OURS"

# CPU microseconds per logged trap for SIDE at RATE, "-" if not run.
us_per_trap() {
    local n=${LOG[$1,$2]:-} t=${CPU[$1,$2]:-}
    if [ -z "$n" ] || [ "$n" -eq 0 ]; then
        echo "-"
        return
    fi
    awk -v t="$t" -v n="$n" -v hz="$TICK" \
        'BEGIN { printf "%.2f", t / hz * 1e6 / n }'
}
ratio() {
    awk -v a="$1" -v b="$2" \
        'BEGIN { if (b > 0 && a != "-") printf "%.2f", a / b
                 else print "n/a" }'
}

printf '\nsnmptrapd, SNMPv2c traps over UDP loopback, %s s per rate' "$SECS"
printf ' (R x %s traps per burst at rate R),\n' "$SECS"
printf 'best of %s tries; %s CPUs, load average before the run %s\n\n' \
    "$TRIES" "$(nproc)" "$LOAD"
printf '%8s | %-27s | %s\n' "" "net-snmp" "snmpkit"
printf '%8s | %8s %8s %9s | %8s %8s %9s\n' "rate/s" "logged" "us/trap" \
    "sent/s" "logged" "us/trap" "sent/s"
for rate in $RATES; do
    [ -n "${LOG[net-snmp,$rate]:-}${LOG[snmpkit,$rate]:-}" ] || continue
    printf '%8s |' "$rate"
    for side in net-snmp snmpkit; do
        printf ' %8s %8s %9s' "${LOG[$side,$rate]:--}" \
            "$(us_per_trap "$side" "$rate")" "${SENT[$side,$rate]:--}"
        [ "$side" = net-snmp ] && printf ' |'
    done
    printf '\n'
done
ns=${BEST[net-snmp]} ok=${BEST[snmpkit]}
printf '\nhighest zero-loss rate: net-snmp %s/s, snmpkit %s/s' "$ns" "$ok"
printf ' (ours/ns %s, goal >= 3)\n' "$(ratio "$ok" "$ns")"
# CPU is compared at the highest rate both logged completely, where the
# work done is the same.
common=$ns
[ "$ok" -lt "$common" ] && common=$ok
if [ "$common" -gt 0 ]; then
    a=$(us_per_trap snmpkit "$common")
    b=$(us_per_trap net-snmp "$common")
    printf 'CPU per trap at %s/s: net-snmp %s us, snmpkit %s us' \
        "$common" "$b" "$a"
    printf ' (ours/ns %s, goal <= 0.5)\n' "$(ratio "$a" "$b")"
fi
