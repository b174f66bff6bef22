# ourtrapd.bash - Net-SNMP's snmptrapd and ours side by side, for
# tests/cli/snmptrapd.bats.  Both get the same configuration (the
# handler line names the side), listen on their own free loopback port,
# and log with -Lf; notifications are sent with Net-SNMP's snmptrap.
#
#   td_start [EXTRA-ARGS...]   start both (TD_DIR, TD_PORT_ref/our)
#   td_stop                    stop both (SIGTERM), wait for the exit
#   td_send SIDE ARGS...       Net-SNMP snmptrap ARGS to SIDE's port
#   td_inform SIDE ARGS...     the same with snmpinform
#   td_wait SIDE N             wait until SIDE logged N notifications
#   td_compare                 diff the normalised logs and handler input

SK_ROOT=${SK_ROOT:-$(cd "$BATS_TEST_DIRNAME/../.." && pwd)}
SK_BIN=${SK_BIN:-$SK_ROOT/build/apps}
SK_NETSNMP_BIN=${SK_NETSNMP_BIN:-/usr/bin}
SK_REF_TRAPD=${SK_REF_TRAPD:-/usr/sbin/snmptrapd}
if [ -z "${SK_OUR_TRAPD:-}" ]; then
    SK_OUR_TRAPD=$SK_BIN/snmptrapd
    [ -x "$SK_BIN/snmptrapd/snmptrapd" ] && SK_OUR_TRAPD=$SK_BIN/snmptrapd/snmptrapd
fi
source "$BATS_TEST_DIRNAME/helpers/proc.bash"

td_env() {
    SNMPCONFPATH="$TD_DIR/conf" HOME="$TD_DIR" \
        SNMP_PERSISTENT_DIR="$TD_DIR/persist" "$@"
}

td_free_port() {
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

# td_conf TEXT: the configuration both sides get; HANDLER expands to a
# per-side script that saves its stdin and arguments.
td_conf() {
    TD_CONF=$1
}

td_start_side() {
    local side=$1 prog=$2 port
    shift 2
    port=$(td_free_port) || return 1
    printf '%s\n' "${TD_CONF//HANDLER/$TD_DIR/handler.sh $side}" \
        > "$TD_DIR/$side.conf"
    : > "$TD_DIR/$side.log"
    # env, not td_env: $! must be the daemon itself, not a subshell
    env SNMPCONFPATH="$TD_DIR/conf" HOME="$TD_DIR" \
        SNMP_PERSISTENT_DIR="$TD_DIR/persist" \
        "$prog" -f -C -c "$TD_DIR/$side.conf" -M /nonexistent -m '' \
        -Lf "$TD_DIR/$side.log" -p "$TD_DIR/$side.pid" "$@" \
        "udp:127.0.0.1:$port" </dev/null >"$TD_DIR/$side.out" 2>&1 3>&- &
    eval "TD_PID_$side=$!"
    eval "TD_PORT_$side=$port"
    for _ in $(seq 1 100); do
        grep -q '^NET-SNMP version' "$TD_DIR/$side.log" && return 0
        sleep 0.05
    done
    echo "$side snmptrapd did not start:" >&2
    cat "$TD_DIR/$side.out" "$TD_DIR/$side.log" >&2
    return 1
}

# td_make_dir PREFIX: a fresh TD_DIR (/tmp/PREFIX.XXXXXX) with the client
# config and handler.sh, which stores each handler run's arguments and
# input as h.SIDE.<ns>.
td_make_dir() {
    TD_DIR=$(mktemp -d "/tmp/$1.XXXXXX") || return 1
    mkdir -p "$TD_DIR/conf" "$TD_DIR/persist/cert_indexes"
    echo "mibs :" > "$TD_DIR/conf/snmp.conf"
    cat > "$TD_DIR/handler.sh" <<EOS
#!/bin/sh
side=\$1; shift
n=\$(date +%s%N)
{ echo "ARGS \$*"; cat; } > "$TD_DIR/h.\$side.\$n.tmp"
mv "$TD_DIR/h.\$side.\$n.tmp" "$TD_DIR/h.\$side.\$n"
EOS
    chmod +x "$TD_DIR/handler.sh"
}

td_start() {
    td_make_dir sktd || return 1
    td_start_side ref "$SK_REF_TRAPD" "$@" &&
        td_start_side our "$SK_OUR_TRAPD" "$@"
}

td_stop() {
    local side pid
    for side in ref our; do
        pid=$(eval echo "\${TD_PID_$side:-}")
        [ -n "$pid" ] || continue
        sk_stop_pid "$pid"
        wait "$pid" 2>/dev/null || true
        eval "TD_PID_$side="
    done
}

td_cleanup() {
    td_stop
    if [ -n "${TD_DIR:-}" ] && [ -z "${TD_KEEP:-}" ]; then
        rm -rf "$TD_DIR"
    fi
    TD_DIR=
}

td_port() { eval echo "\$TD_PORT_$1"; }

td_send() {
    local side=$1
    shift
    td_env "$SK_NETSNMP_BIN/snmptrap" "${@/AGENT/udp:127.0.0.1:$(td_port "$side")}"
}

td_inform() {
    local side=$1
    shift
    td_env "$SK_NETSNMP_BIN/snmpinform" "${@/AGENT/udp:127.0.0.1:$(td_port "$side")}"
}

# Send ARGS to both sides (same argument list, AGENT replaced).
td_both() {
    td_send ref "$@" && td_send our "$@"
}

td_norm() {
    sed -E -e 's/^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:]{8} /DATE /' \
        -e 's/\]:[0-9]+->/]:SPORT->/g' \
        -e "s/:($TD_PORT_ref|$TD_PORT_our)\\b/:LPORT/g" \
        -e 's/\(Config search path: .*\)/(Config search path: PATH)/' \
        -e '/^Created directory/d' "$@"
}

# Wait until both logs hold the same number of lines and stop growing.
td_settle() {
    local a b pa= pb=
    for _ in $(seq 1 60); do
        a=$(wc -l < "$TD_DIR/ref.log")
        b=$(wc -l < "$TD_DIR/our.log")
        if [ "$a" = "$b" ] && [ "$a" = "$pa" ] && [ "$b" = "$pb" ]; then
            return 0
        fi
        pa=$a pb=$b
        sleep 0.1
    done
}

# One line per handler run (ours run concurrently, so sorted).
td_handler_input() {
    local f
    for f in $(ls "$TD_DIR" | grep "^h\.$1\.[0-9]*$"); do
        td_norm "$TD_DIR/$f" | tr '\n' '|'
        echo
    done | sort
}

td_handlers_done() {
    local a b
    for _ in $(seq 1 60); do
        a=$(ls "$TD_DIR" | grep -c "^h\.ref\.[0-9]*$")
        b=$(ls "$TD_DIR" | grep -c "^h\.our\.[0-9]*$")
        [ "$a" = "$1" ] && [ "$b" = "$1" ] && return 0
        sleep 0.1
    done
    echo "handler runs: netsnmp $a, ours $b, wanted $1" >&2
    return 1
}

td_compare() {
    local st=0
    td_norm "$TD_DIR/ref.log" > "$TD_DIR/ref.n"
    td_norm "$TD_DIR/our.log" > "$TD_DIR/our.n"
    if ! diff -u --label netsnmp --label ours "$TD_DIR/ref.n" \
        "$TD_DIR/our.n" >&2; then
        st=1
    fi
    td_handler_input ref | sed 's/ ref$/ SIDE/; s/^ARGS ref/ARGS SIDE/' \
        > "$TD_DIR/ref.h"
    td_handler_input our | sed 's/ our$/ SIDE/; s/^ARGS our/ARGS SIDE/' \
        > "$TD_DIR/our.h"
    if ! diff -u --label netsnmp-handler --label ours-handler \
        "$TD_DIR/ref.h" "$TD_DIR/our.h" >&2; then
        st=1
    fi
    return $st
}

# A third receiver, Net-SNMP's, that forwarded notifications go to.
#   sink_start CONF [tcp]   CONF: its snmptrapd.conf text; it listens on
#                           udp (and with "tcp" also tcp) 127.0.0.1:
#                           SINK_PORT, chosen unless already set
#   sink_stop               stop it, remove SINK_DIR (unless TD_KEEP)
#   sink_wait N [REGEX]     wait until N lines (matching REGEX) are in
#                           its log and no more come; 1 if they never are
sink_start() {
    local listen
    SINK_DIR=$(mktemp -d /tmp/sksink.XXXXXX) || return 1
    mkdir -p "$SINK_DIR/conf" "$SINK_DIR/persist/cert_indexes"
    echo "mibs :" > "$SINK_DIR/conf/snmp.conf"
    printf '%s\n' "$1" > "$SINK_DIR/sink.conf"
    [ -n "${SINK_PORT:-}" ] || SINK_PORT=$(td_free_port) || return 1
    listen="udp:127.0.0.1:$SINK_PORT"
    [ "${2:-}" = tcp ] && listen="$listen,tcp:127.0.0.1:$SINK_PORT"
    : > "$SINK_DIR/sink.log"
    env SNMPCONFPATH="$SINK_DIR/conf" HOME="$SINK_DIR" \
        SNMP_PERSISTENT_DIR="$SINK_DIR/persist" \
        "$SK_REF_TRAPD" -f -C -c "$SINK_DIR/sink.conf" -M /nonexistent \
        -m '' -Lf "$SINK_DIR/sink.log" "$listen" \
        </dev/null >"$SINK_DIR/out" 2>&1 3>&- &
    SINK_PID=$!
    for _ in $(seq 1 100); do
        grep -q '^NET-SNMP version' "$SINK_DIR/sink.log" && return 0
        sleep 0.05
    done
    return 1
}

sink_stop() {
    if [ -n "${SINK_PID:-}" ]; then
        kill "$SINK_PID" 2>/dev/null || true
        wait "$SINK_PID" 2>/dev/null || true
        SINK_PID=
    fi
    if [ -n "${SINK_DIR:-}" ] && [ -z "${TD_KEEP:-}" ]; then
        rm -rf "$SINK_DIR"
    fi
    SINK_DIR=
}

sink_wait() {
    local n p=
    for _ in $(seq 1 60); do
        n=$(grep -c -e "${2:-}" "$SINK_DIR/sink.log")
        [ "$n" -ge "$1" ] && [ "$n" = "$p" ] && return 0
        p=$n
        sleep 0.1
    done
    echo "sink: $n lines, wanted $1" >&2
    return 1
}
