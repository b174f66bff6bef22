#!/usr/bin/env bats
# snmptrapd listening on every transport (issue 5 scope 2): udp6, tcp,
# tcp6 and unix sockets, given on the command line and with
# snmpTrapdAddr.  Net-SNMP's receiver and ours get the same
# configuration; Net-SNMP's snmptrap and snmpinform send the same
# notifications to each over each transport, and the logs and handler
# input are compared after normalising what snmptrapd.bats normalises
# (timestamps, source and listening ports) plus the per-side socket
# path.

load helpers/ourtrapd

E=.1.3.6.1.4.1.99999
TRAPOID=.1.3.6.1.6.3.1.1.5.3
IFX=.1.3.6.1.2.1.2.2.1.1.2

# td_norm from helpers/ourtrapd.bash, plus the per-side Unix socket
# paths and the source ports of IPv6 senders (Net-SNMP prints only the
# sender's address for udp6 and tcp6, without the "->local" part).
eval "td_norm_base() $(declare -f td_norm | tail -n +2)"
td_norm() {
    td_norm_base "$@" | sed -E -e "s#$TD_DIR/(ref|our)\.sock#SOCK#g" \
        -e 's/\[::1\]:[0-9]+/[::1]:SPORT/g'
}

teardown() {
    td_cleanup
}

# The listening addresses of SIDE on PORT (one port for every IP
# transport: udp and tcp, IPv4 and IPv6 do not collide).
addrs() {
    local side=$1 port=$2 a
    a="udp6:[::1]:$port,tcp:127.0.0.1:$port,tcp6:[::1]:$port"
    a+=",unix:$TD_DIR/$side.sock"
    echo "$a"
}

# start_side SIDE PROG cmdline|conf: like td_start_side, with every
# transport given on the command line or by snmpTrapdAddr.
start_side() {
    local side=$1 prog=$2 how=$3 port conf
    port=$(td_free_port) || return 1
    conf=${TD_CONF//HANDLER/$TD_DIR/handler.sh $side}
    local -a listen=("$(addrs "$side" "$port")")
    if [ "$how" = conf ]; then
        conf+=$'\n'"snmpTrapdAddr $(addrs "$side" "$port")"
        listen=()
    fi
    printf '%s\n' "$conf" > "$TD_DIR/$side.conf"
    : > "$TD_DIR/$side.log"
    env SNMPCONFPATH="$TD_DIR/conf" HOME="$TD_DIR" \
        SNMP_PERSISTENT_DIR="$TD_DIR/persist" \
        "$prog" -f -C -c "$TD_DIR/$side.conf" -M /nonexistent -m '' \
        -Lf "$TD_DIR/$side.log" "${listen[@]}" \
        </dev/null >"$TD_DIR/$side.out" 2>&1 3>&- &
    eval "TD_PID_$side=$!"
    eval "TD_PORT_$side=$port"
    for _ in $(seq 1 100); do
        if grep -q 'NET-SNMP version' "$TD_DIR/$side.log" &&
            [ -S "$TD_DIR/$side.sock" ]; then
            return 0
        fi
        sleep 0.05
    done
    echo "$side snmptrapd did not start:" >&2
    cat "$TD_DIR/$side.out" "$TD_DIR/$side.log" >&2
    return 1
}

start_both() {
    td_make_dir sktdtp || return 1
    start_side ref "$SK_REF_TRAPD" "$1" &&
        start_side our "$SK_OUR_TRAPD" "$1"
}

# Net-SNMP's TOOL (snmptrap or snmpinform) to SIDE over transport T
# (udp6, tcp, tcp6, unix), then ARGS.
send_to() {
    local tool=$1 side=$2 t=$3 port target
    shift 3
    port=$(td_port "$side")
    case $t in
    udp6) target="udp6:[::1]:$port" ;;
    tcp) target="tcp:127.0.0.1:$port" ;;
    tcp6) target="tcp6:[::1]:$port" ;;
    unix) target="unix:$TD_DIR/$side.sock" ;;
    esac
    td_env "$SK_NETSNMP_BIN/$tool" "$@" "$target" "${REST[@]}"
}

# Send one v1 trap, one v2c trap and one inform over transport T to
# each side, one side after the other so that the logs are in order.
send_all() {
    local t=$1 side
    for side in ref our; do
        REST=($E 10.1.2.3 6 1 4242 $E.1 s "v1 over $t")
        send_to snmptrap $side "$t" -v1 -c public
        REST=(77 $TRAPOID $IFX i 2 $E.1 s "v2c over $t")
        send_to snmptrap $side "$t" -v2c -c public
        REST=(78 $E.0.3 $E.1 s "inform over $t")
        send_to snmpinform $side "$t" -v2c -c public -t 2 -r 1
    done
}

BASE="authCommunity log,execute public
traphandle default HANDLER"

# Run the three notifications over each transport, compare everything.
check_transports() {
    local t
    td_conf "$BASE"
    start_both "$1"
    for t in udp6 tcp tcp6 unix; do
        send_all "$t"
    done
    td_settle
    td_handlers_done 12
    td_stop
    td_compare
    # and something was logged for every transport
    [ "$(grep -c 'over' "$TD_DIR/our.log")" -ge 12 ]
}

@test "udp6, tcp, tcp6 and unix listeners from the command line" {
    check_transports cmdline
}

@test "udp6, tcp, tcp6 and unix listeners from snmpTrapdAddr" {
    check_transports conf
}

@test "tcp: five traps in a row, one connection each" {
    local i side
    td_conf "$BASE"
    start_both cmdline
    for side in ref our; do
        for i in 1 2 3 4 5; do
            REST=($i $E.0.$i $E.1 i $i)
            send_to snmptrap $side tcp -v2c -c public
        done
    done
    td_settle
    td_handlers_done 5
    td_stop
    td_compare
}

@test "unix: an inform with the wrong community is not acknowledged" {
    td_conf "$BASE"
    start_both cmdline
    REST=(5 $E.0.5)
    run send_to snmpinform ref unix -v2c -c wrong -t 0.3 -r 0
    local ref=$status
    run send_to snmpinform our unix -v2c -c wrong -t 0.3 -r 0
    [ "$status" -eq "$ref" ]
    [ "$status" -ne 0 ]
    td_settle
    td_stop
    td_compare
}

# Stream framing: three messages in one write, then one message split
# across two writes, on one connection (RFC 3430 3: each message is
# one BER-encoded SNMP message, no other framing).
@test "tcp and unix: several messages per connection, split messages" {
    local side
    td_conf "$BASE"
    start_both cmdline
    for side in ref our; do
        python3 - "$BATS_TEST_DIRNAME/helpers/trapgen.py" \
            "$(td_port $side)" "$TD_DIR/$side.sock" <<'PY'
import importlib.util, socket, sys, time
spec = importlib.util.spec_from_file_location("trapgen", sys.argv[1])
g = importlib.util.module_from_spec(spec)
spec.loader.exec_module(g)
ent = g.ENT
def trap(n, what):
    return g.v2c_trap(n, ent + (0, n), [g.vb(ent + (1,), g.tlv(
        0x04, b"%s %d" % (what, n)))])
for fam, addr, what in ((socket.AF_INET, ("127.0.0.1", int(sys.argv[2])),
                         b"tcp"), (socket.AF_UNIX, sys.argv[3], b"unix")):
    s = socket.socket(fam, socket.SOCK_STREAM)
    s.connect(addr)
    s.sendall(trap(1, what) + trap(2, what) + trap(3, what))
    m = trap(4, what)
    s.sendall(m[:7])
    time.sleep(0.2)
    s.sendall(m[7:])
    time.sleep(0.2)
    s.close()
PY
    done
    td_settle
    td_handlers_done 8
    td_stop
    td_compare
    [ "$(grep -c '"tcp [1-4]"' "$TD_DIR/our.log")" -eq 4 ]
    [ "$(grep -c '"unix [1-4]"' "$TD_DIR/our.log")" -eq 4 ]
}
