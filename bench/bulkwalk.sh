#!/usr/bin/env bash
# bench/bulkwalk.sh - client cost of snmpbulkwalk, ours vs Net-SNMP's, over
# a table of ROWS rows served by Debian's snmpd (two `extend`s of seq, read
# back as the nsExtendOutLine column; snmpd 5.9.3 crashes on one extend
# of 20,000 lines, 10,000 each works).  Not a test; see bench/README.md.
#
#   bench/bulkwalk.sh [-3] [-m] [-n RUNS] [-r ROWS] [-R MAXREP]
# -3 walks with SNMPv3 authPriv (SHA-256 / AES-128) instead of v2c.
# -m prints MIB-resolved names (-m ALL, the bundled MIBs plus Net-SNMP's
#    own in /usr/share/snmp/mibs, which has NET-SNMP-EXTEND-MIB) instead
#    of -On.
# Environment: SK_BIN (our apps; default build/apps), SK_NETSNMP_BIN.
set -u

SK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export SK_ROOT
# shellcheck source=tests/cli/helpers/agent.bash
. "$SK_ROOT/tests/cli/helpers/agent.bash"

RUNS=7
ROWS=20000
MAXREP=10           # Net-SNMP's default -Cr
SEC=(-v2c -c public)
SECNAME=v2c
OUTFMT=(-On)
FMTNAME=-On
while getopts 3mn:r:R: opt; do
    case $opt in
    3) SEC=(-v3 -u benchuser -l authPriv -a SHA-256 -A benchpass1 -x AES
            -X benchpass2)
       SECNAME="v3 authPriv SHA-256/AES" ;;
    m) OUTFMT=(-m ALL -M "$SK_ROOT/mibs:/usr/share/snmp/mibs")
       FMTNAME="-m ALL" ;;
    n) RUNS=$OPTARG ;;
    r) ROWS=$OPTARG ;;
    R) MAXREP=$OPTARG ;;
    *) echo "usage: $0 [-3] [-m] [-n RUNS] [-r ROWS] [-R MAXREP]" >&2; exit 1 ;;
    esac
done
OURS=${SK_BIN:-$SK_ROOT/build/apps}/snmpbulkwalk
THEIRS=${SK_NETSNMP_BIN:-/usr/bin}/snmpbulkwalk
# The nsExtendOutLine column (NET-SNMP-EXTEND-MIB).
TABLE=.1.3.6.1.4.1.8072.1.3.2.4.1.2

for f in "$OURS" "$THEIRS"; do
    if [ ! -x "$f" ]; then
        echo "$f not found (build first: tests/run or tests/demo)" >&2
        exit 1
    fi
done

HALF=$((ROWS / 2))
EXTRA="extend bench1 /usr/bin/seq 1 $HALF
extend bench2 /usr/bin/seq $((HALF + 1)) $ROWS
view testview included .1.3.6.1.4.1.8072.1.3.2.4
createUser benchuser SHA-256 benchpass1 AES benchpass2
rouser benchuser priv"
trap agent_stop EXIT
agent_start "$EXTRA" || exit 1

# run_one BIN OUTFILE: one walk; prints "wall user sys" in seconds.
run_one() {
    local bin=$1 out=$2 t
    TIMEFORMAT='%R %U %S'
    t=$( { time env -u MIBS -u MIBDIRS SNMPCONFPATH="$SK_AGENT_DIR/conf" \
        HOME="$SK_AGENT_DIR" "$bin" "${SEC[@]}" "${OUTFMT[@]}" -Cr"$MAXREP" \
        -t 5 -r 1 "$SK_AGENT" "$TABLE" >"$out" 2>&1; } 2>&1 )
    echo "$t"
}

# Warm the agent's extend cache once so both sides see the same state,
# and keep one output of each for the comparison below.  The timed runs
# write to /dev/null: writing the same 1.5 MB to a disk file costs the
# kernel tens of milliseconds per run, the same for both clients, and
# would only measure the file system.
run_one "$THEIRS" "$SK_AGENT_DIR/theirs.out" >/dev/null
run_one "$OURS" "$SK_AGENT_DIR/ours.out" >/dev/null

declare -a ow ou os tw tu ts
for i in $(seq 1 "$RUNS"); do
    read -r w u s < <(run_one "$THEIRS" /dev/null)
    tw+=("$w") tu+=("$u") ts+=("$s")
    read -r w u s < <(run_one "$OURS" /dev/null)
    ow+=("$w") ou+=("$u") os+=("$s")
done

nt=$(grep -c ' = ' "$SK_AGENT_DIR/theirs.out")
no=$(grep -c ' = ' "$SK_AGENT_DIR/ours.out")
same=yes
cmp -s "$SK_AGENT_DIR/theirs.out" "$SK_AGENT_DIR/ours.out" || same=NO

# Median of the arguments (seconds, as printed by bash's time).
median() {
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 }
        END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
cpu() {  # per-run user+sys
    local -n u=$1 s=$2
    local i
    for i in "${!u[@]}"; do
        awk -v a="${u[$i]}" -v b="${s[$i]}" 'BEGIN { printf "%.3f\n", a + b }'
    done
}

# shellcheck disable=SC2046  # one number per line, split on purpose
tc=$(median $(cpu tu ts))
# shellcheck disable=SC2046
oc=$(median $(cpu ou os))
twm=$(median "${tw[@]}")
owm=$(median "${ow[@]}")
# User and system time apart: the kernel's share (the send, and the
# wake-up from one blocking wait per round trip) is about the same for
# both clients.  Linux measures the total exactly but splits it by timer
# ticks, so each column is noisier than their sum.
tum=$(median "${tu[@]}")
tsm=$(median "${ts[@]}")
oum=$(median "${ou[@]}")
osm=$(median "${os[@]}")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

printf '\nsnmpbulkwalk %s %s -Cr%s of %s rows, median of %s runs\n\n' \
    "$SECNAME" "$FMTNAME" "$MAXREP" "$ROWS" "$RUNS"
printf '%-10s %10s %10s %10s %10s %8s\n' "" "cpu (s)" "user (s)" \
    "sys (s)" "wall (s)" "rows"
printf '%-10s %10s %10s %10s %10s %8s\n' net-snmp "$tc" "$tum" "$tsm" \
    "$twm" "$nt"
printf '%-10s %10s %10s %10s %10s %8s\n' snmpkit "$oc" "$oum" "$osm" \
    "$owm" "$no"
printf '%-10s %10s %10s %10s %10s\n' ours/ns "$(ratio "$oc" "$tc")" \
    "$(ratio "$oum" "$tum")" "$(ratio "$osm" "$tsm")" "$(ratio "$owm" "$twm")"
printf '\noutputs identical: %s\n' "$same"
if [ "$nt" -ne "$ROWS" ]; then
    echo "Net-SNMP walked $nt rows, expected $ROWS; agent log:" >&2
    tail -n 5 "$SK_AGENT_DIR/snmpd.log" >&2
    exit 1
fi
if [ "$same" != yes ]; then
    diff "$SK_AGENT_DIR/theirs.out" "$SK_AGENT_DIR/ours.out" | head -n 10
    exit 1
fi
