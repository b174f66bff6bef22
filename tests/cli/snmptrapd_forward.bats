#!/usr/bin/env bats
# snmptrapd's "forward" to stream destinations and addForwarderInfo:
# Net-SNMP's forwarder and ours (same snmptrapd.conf) send on to a third
# receiver, Net-SNMP's, and the lines it logs are compared, as are the
# two forwarders' own logs.  Then what Net-SNMP does not do: a
# destination that refuses or stops reading must not stall our receive
# loop.

load helpers/ourtrapd

E=.1.3.6.1.4.1.99999
TA=.1.3.6.1.6.3.18.1.3          # snmpTrapAddress

teardown() {
    td_cleanup
    sink_stop
    if [ -n "${HOLD_PID:-}" ]; then
        kill "$HOLD_PID" 2>/dev/null || true
        wait "$HOLD_PID" 2>/dev/null || true
        HOLD_PID=
    fi
}

# The final receiver (sink_start of ourtrapd.bash) on udp and tcp;
# %b shows the transport it came by.
SINK_CONF='authCommunity log public
format1 F1 %b|%P|%a|%N|%w|%q|%v\n
format2 F2 %b|%P|%v\n'

# The sink's notifications, the sender's port masked.
sink_lines() {
    grep '^F[12] ' "$SINK_DIR/sink.log" | sed -E 's/\]:[0-9]+->/]:PORT->/'
}

# Send the same notifications to each forwarder in turn, save what the
# sink logged for each as $TD_DIR/sink.SIDE, and compare both those and
# the forwarders' logs.  Arguments: the number of notifications each
# side should get through, then a function sending them (gets SIDE).
forward_compare() {
    local want=$1 send=$2 side total=0
    for side in ref our; do
        "$send" $side
        total=$((total + want))
        sink_wait $total '^F[12] '
        # sorted: udp and tcp destinations may arrive in either order
        sink_lines | tail -n "$want" | sort > "$TD_DIR/sink.$side"
    done
    td_settle
    td_stop
    diff -u --label netsnmp --label ours "$TD_DIR/sink.ref" \
        "$TD_DIR/sink.our" >&2
    [ "$(wc -l < "$TD_DIR/sink.our")" -eq "$want" ]
    td_compare
}

send_mixed() {
    td_send $1 -v1 -c public AGENT $E 10.1.2.3 6 17 4242 $E.1 i 2
    td_send $1 -v1 -c public AGENT $E 0.0.0.0 2 0 99
    td_send $1 -v2c -c public AGENT 5 $E.0.1 $E.1 s hello $E.2 x 0102
    td_inform $1 -v2c -c public AGENT 6 $E.0.2 $E.1 s informed
    td_send $1 -v2c -c public AGENT 7 $E.0.3
}

@test "forward to tcp: v1, v2c and informs arrive as from Net-SNMP" {
    sink_start "$SINK_CONF" tcp
    td_conf "authCommunity log,net public
forward default tcp:127.0.0.1:$SINK_PORT
format2 L2 %b|%v\\n"
    td_start
    forward_compare 5 send_mixed
    grep -q '^F2 TCP: ' "$TD_DIR/sink.our"
    # ours keeps one connection for all of them
    [ "$(grep '^F[12] ' "$SINK_DIR/sink.log" | tail -n 5 |
        sed -E 's/^F. TCP: \[127.0.0.1\]:([0-9]+)->.*/\1/' |
        sort -u | wc -l)" -eq 1 ]
}

send_info() {
    send_mixed $1
    # snmpTrapAddress already there: the next index is used
    td_send $1 -v2c -c public AGENT 8 $E.0.4 $TA.0 a 10.9.9.9 \
        $TA.4 a 10.9.9.8
    # not an address: complained about, forwarded anyway
    td_send $1 -v2c -c public AGENT 9 $E.0.5 $TA.3 s ab $TA.1 x 0A0B0C0D0E
    # loops: our own receiving address, the sender's (from 127.0.0.2)
    td_send $1 -v2c -c public AGENT 10 $E.0.6 $TA.2 a 127.0.0.1
    td_send $1 --clientaddr=127.0.0.2 -v2c -c public AGENT 11 $E.0.7 \
        $TA.7 a 10.0.0.1 $TA.9 a 127.0.0.2
    td_send $1 -v1 -c public AGENT $E 10.1.2.3 6 1 12 $TA.0 a 127.0.0.1
}

@test "addForwarderInfo: snmpTrapAddress added, loops refused, as Net-SNMP" {
    sink_start "$SINK_CONF" tcp
    td_conf "authCommunity log,net public
forward $E.0.4 udp:127.0.0.1:$SINK_PORT
forward $E.0.5 tcp:127.0.0.1:$SINK_PORT
forward $E.0.6 udp:127.0.0.1:$SINK_PORT
forward $E.0.6 127.0.0.1:$SINK_PORT
forward default udp:127.0.0.1:$SINK_PORT
addForwarderInfo yes
format2 L2 %b|%v\\n"
    td_start
    forward_compare 7 send_info
    grep -q "^F2 .*iso.3.6.1.6.3.18.1.3.5 = IpAddress: 127.0.0.1\$" \
        "$TD_DIR/sink.our"
    [ "$(grep -c 'Forwarding loop detected' "$TD_DIR/our.log")" -eq 4 ]
}

@test "addForwarderInfo no: forwarded unchanged" {
    sink_start "$SINK_CONF" tcp
    td_conf "authCommunity log,net public
forward default tcp:127.0.0.1:$SINK_PORT
addForwarderInfo no
format2 L2 %b|%v\\n"
    td_start
    forward_compare 5 send_mixed
    ! grep -q "iso.3.6.1.6.3.18.1.3" "$TD_DIR/sink.our"
}

@test "forward to tcp: a destination that restarts gets a new connection" {
    sink_start "$SINK_CONF" tcp
    td_make_dir skfwd
    td_conf "authCommunity log,net public
forward default tcp:127.0.0.1:$SINK_PORT
format2 L2 %v\\n"
    td_start_side our "$SK_OUR_TRAPD"
    td_send our -v2c -c public AGENT 1 $E.0.1 $E.1 s before
    sink_wait 1 '^F[12] '
    sink_stop
    sink_start "$SINK_CONF" tcp
    local i
    for i in 1 2; do
        td_send our -v2c -c public AGENT 2 $E.0.1 $E.1 s "after-$i"
    done
    sink_wait 2 '^F[12] '
    [ "$(grep -c 'STRING: "after-' "$SINK_DIR/sink.log")" -eq 2 ]
    ! grep -q 'Forward failed' "$TD_DIR/our.log"
}

# Send $2 v2c traps, quickly, to udp 127.0.0.1:$1, each carrying an
# octet string of $3 bytes.
send_burst() {
    python3 - "$1" "$2" "$3" "$BATS_TEST_DIRNAME/helpers" <<'EOF'
import sys
sys.path.insert(0, sys.argv[4])
from rawnotify import flood
size = int(sys.argv[3])
flood(int(sys.argv[1]), int(sys.argv[2]), lambda i: b"x" * size, 5, 0.005)
EOF
}

# Wait until our forwarder has logged $1 notifications.
our_logged() {
    for _ in $(seq 1 100); do
        [ "$(grep -c '^L2' "$TD_DIR/our.log")" -ge "$1" ] && return 0
        sleep 0.05
    done
    echo "ours logged $(grep -c '^L2' "$TD_DIR/our.log"), wanted $1" >&2
    return 1
}

@test "forward to tcp: a refused destination stalls nothing, is retried" {
    td_make_dir skfwd
    SINK_PORT=$(td_free_port)
    td_conf "authCommunity log,net public
forward default tcp:127.0.0.1:$SINK_PORT
format2 L2 %v\\n"
    td_start_side our "$SK_OUR_TRAPD"
    send_burst "$TD_PORT_our" 50 10
    our_logged 50
    cat "$TD_DIR/our.log" | grep -v '^L2' >&2
    # one line for the outage, not one per notification
    local msg="Forward failed: tcp:127.0.0.1:$SINK_PORT: Connection refused"
    [ "$(grep -cx "$msg" "$TD_DIR/our.log")" -eq 1 ]
    # the destination comes up: after the retry delay, forwarding works
    sink_start "$SINK_CONF" tcp
    sleep 1.2
    local i
    for i in 1 2 3; do
        td_send our -v2c -c public AGENT $i $E.0.1 $E.1 s "after-$i"
    done
    sink_wait 3 '^F[12] '
    [ "$(grep -c 'STRING: "after-' "$SINK_DIR/sink.log")" -eq 3 ]
    kill -0 "$TD_PID_our"
}

@test "forward to tcp: a destination that stops reading stalls nothing" {
    local n
    td_make_dir skfwd
    SINK_PORT=$(td_free_port)
    # accepts (through the backlog) and never reads
    python3 -c '
import socket, sys, time
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
s.bind(("127.0.0.1", int(sys.argv[1])))
s.listen(1)
time.sleep(60)' "$SINK_PORT" &
    HOLD_PID=$!
    sleep 0.3
    td_conf "authCommunity log,net public
forward default tcp:127.0.0.1:$SINK_PORT
format2 L2\\n"
    td_start_side our "$SK_OUR_TRAPD"
    # 400 notifications of 30 kB: far more than the socket buffers and
    # our queue hold
    send_burst "$TD_PORT_our" 400 30000
    our_logged 400
    # one line per outage, not per drop; the kernel's send buffer may
    # grow and take the whole queue now and then, which ends one
    local msg="Forward failed: tcp:127.0.0.1:$SINK_PORT: queue full,"
    n=$(grep -cx "$msg notification dropped" "$TD_DIR/our.log")
    [ "$n" -ge 1 ] && [ "$n" -le 5 ]
    td_send our -v2c -c public AGENT 1 $E.0.1
    our_logged 401
    kill -0 "$TD_PID_our"
}
