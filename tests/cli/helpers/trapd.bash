# trapd.bash - Net-SNMP's snmptrapd as the receiver for the snmptrap and
# snmpinform tests: started in the foreground on a free loopback port
# with a generated config, stopped by PID.
#
#   trapd_start     start it; sets the SK_AGENT_* names diffrun uses
#                   (AGENT = udp:127.0.0.1:PORT of the receiver)
#   trapd_stop      stop it and remove its directory
#   trapdiff [--norm=uptime] TOOL ARG...
#                   send with Net-SNMP's TOOL and with ours; compare
#                   stdout, stderr, exit code and the lines snmptrapd
#                   logged for each (placeholders as for diffrun)
#
# The log format prints no timestamp, source address or request-id, so
# two sends of the same notification log the same line.  After each
# side a sentinel trap is sent; the side's lines are those logged
# before the sentinel appears.

source "$BATS_TEST_DIRNAME/helpers/compare.bash"
source "$BATS_TEST_DIRNAME/helpers/proc.bash"

SK_SNMPTRAPD=${SK_SNMPTRAPD:-/usr/sbin/snmptrapd}

# Users: the trap users are defined for the sender's engine ID (-e),
# the inform users for the receiver's own engine (RFC 3414 3.1.1 b).
TRAPD_ENGINE=0x8000000001020304
trapd_write_conf() {
    cat > "$1/snmptrapd.conf" <<EOF
authCommunity log public
createUser -e $TRAPD_ENGINE tsha SHA tpassword AES tprivpass
createUser -e $TRAPD_ENGINE tmd5 MD5 tpassword DES tprivpass
createUser isha SHA ipassword AES iprivpass
createUser imd5 MD5 ipassword DES iprivpass
authUser log tsha noauth
authUser log tmd5 noauth
authUser log isha noauth
authUser log imd5 noauth
format1 TRAP1 %P ver=%s sec=%u agent=%a ent=%N gen=%w spec=%q up=%T|%V|%v\\n
format2 TRAP2 %P ver=%s model=%S sec=%u|%V|%v\\n
EOF
}

# Start snmptrapd on PORT; 1 when it does not come up.
trapd_try_port() {
    local dir=$1 port=$2 pid addrs
    addrs="udp:127.0.0.1:$port,udp6:[::1]:$port,tcp:127.0.0.1:$port"
    addrs+=",unix:$dir/trapd.sock"
    : > "$dir/trapd.log"
    # -C -M/-m: no machine config and no MIBs, as the clients see it
    SNMPCONFPATH="$dir/conf" HOME="$dir" \
        SNMP_PERSISTENT_DIR="$dir/persist" \
        "$SK_SNMPTRAPD" -f -C -c "$dir/snmptrapd.conf" -M /nonexistent \
        -m '' -Lf "$dir/trapd.log" -p "$dir/trapd.pid" "$addrs" \
        </dev/null >"$dir/trapd.out" 2>&1 3>&- &
    pid=$!
    for _ in $(seq 1 50); do
        if ! kill -0 "$pid" 2>/dev/null; then
            wait "$pid" 2>/dev/null
            return 1
        fi
        if grep -q '^NET-SNMP version' "$dir/trapd.log"; then
            echo "$pid" > "$dir/trapd.pid.ours"
            return 0
        fi
        sleep 0.05
    done
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    return 1
}

trapd_start() {
    local port
    SK_AGENT_DIR=$(mktemp -d /tmp/sktrapd.XXXXXX) || return 1
    mkdir -p "$SK_AGENT_DIR/conf" "$SK_AGENT_DIR/persist"
    echo "mibs :" > "$SK_AGENT_DIR/conf/snmp.conf"
    trapd_write_conf "$SK_AGENT_DIR"
    for _ in $(seq 1 10); do
        port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
        if trapd_try_port "$SK_AGENT_DIR" "$port"; then
            export SK_AGENT_DIR SK_AGENT_PORT=$port
            export SK_AGENT="udp:127.0.0.1:$port"
            export SK_AGENT_SOCK="$SK_AGENT_DIR/trapd.sock"
            export SK_DEAD_PORT=$((port == 65535 ? port - 1 : port + 1))
            export TRAPD_SEQ=0
            return 0
        fi
    done
    echo "trapd_start: snmptrapd did not come up:" >&2
    cat "$SK_AGENT_DIR/trapd.out" "$SK_AGENT_DIR/trapd.log" >&2
    return 1
}

trapd_stop() {
    if [ -z "${SK_AGENT_DIR:-}" ] || [ ! -d "$SK_AGENT_DIR" ]; then
        return 0
    fi
    if [ -f "$SK_AGENT_DIR/trapd.pid.ours" ]; then
        sk_stop_pid "$(cat "$SK_AGENT_DIR/trapd.pid.ours")"
    fi
    rm -rf "$SK_AGENT_DIR"
    SK_AGENT_DIR=
}

# Send the sentinel and wait (bounded) until it is logged; then write
# the lines logged after line $1 and before the sentinel to $2.
trapd_collect() {
    local from=$1 out=$2 mark
    TRAPD_SEQ=$((TRAPD_SEQ + 1))
    mark="SENTINEL-$TRAPD_SEQ-$$"
    SNMPCONFPATH="$SK_AGENT_DIR/conf" HOME="$SK_AGENT_DIR" \
        SNMP_PERSISTENT_DIR="$SK_AGENT_DIR/persist" \
        "$SK_NETSNMP_BIN/snmptrap" -v2c -c public "$SK_AGENT" 0 \
        .1.3.6.1.4.1.99999.0 .1.3.6.1.4.1.99999.1 s "$mark"
    for _ in $(seq 1 100); do
        grep -q "$mark" "$SK_AGENT_DIR/trapd.log" && break
        sleep 0.03
    done
    tail -n +"$((from + 1))" "$SK_AGENT_DIR/trapd.log" |
        sed "/$mark/,\$d" > "$out"
}

# Mask the host uptime where '' asked for it.
trapd_norm_uptime() {
    sed -E -e 's/Timeticks: \([0-9]+\) [^|]*/Timeticks: (UPTIME)/' \
        -e 's/up=[0-9]+/up=UPTIME/' "$1" > "$1.n"
    mv "$1.n" "$1"
}

trapdiff() {
    local norm= tool arg d side prog from what status=0
    local -a args=()
    if [ "$1" = --norm=uptime ]; then
        norm=uptime
        shift
    fi
    tool=$1
    shift
    for arg in "$@"; do
        [ "$arg" = AGENT ] && arg=$SK_AGENT
        args+=("$(diffrun_subst "$arg")")
    done
    d=$(mktemp -d "$SK_AGENT_DIR/run.XXXXXX")
    DIFFRUN_CWD=$d
    DIFFRUN_CONF=$d/conf
    DIFFRUN_ENV=()
    mkdir -p "$DIFFRUN_CONF"
    echo "mibs :" > "$DIFFRUN_CONF/snmp.conf"
    if [ ! -x "$SK_BIN/$tool" ]; then
        echo "ours: $SK_BIN/$tool does not exist (not built?)" >&2
        return 1
    fi
    for side in ref our; do
        prog=$SK_NETSNMP_BIN/$tool
        [ $side = our ] && prog=$SK_BIN/$tool
        from=$(wc -l < "$SK_AGENT_DIR/trapd.log")
        diffrun_side "$d/$side" "$prog" "$tool" "${args[@]}"
        trapd_collect "$from" "$d/$side.log"
        if [ "$norm" = uptime ]; then
            trapd_norm_uptime "$d/$side.log"
        fi
    done
    for what in out err rc log; do
        if ! cmp -s "$d/ref.$what" "$d/our.$what"; then
            if [ $status -eq 0 ]; then
                printf 'command: %s' "$tool" >&2
                printf ' %q' "${args[@]}" >&2
                printf '\n' >&2
            fi
            status=1
            echo "--- $what differs (- netsnmp, + ours):" >&2
            diff -u --label netsnmp --label ours \
                "$d/ref.$what" "$d/our.$what" >&2
        fi
    done
    # a case that logs nothing on either side must say so on purpose
    if [ $status -eq 0 ] && [ -n "${TRAPD_EXPECT_LOG:-}" ] &&
        [ ! -s "$d/ref.log" ]; then
        echo "snmptrapd logged nothing for: $tool ${args[*]}" >&2
        status=1
    fi
    if [ $status -eq 0 ]; then
        rm -rf "$d"
    fi
    return $status
}
