#!/usr/bin/env bats
# snmptrapd: Net-SNMP's receiver and ours run side by side with the same
# configuration; the same notifications (sent with Net-SNMP's snmptrap
# and snmpinform) go to both, and the -Lf logs and the input each
# traphandle program received are compared after normalising only the
# timestamps, source ports and listening ports.

load helpers/ourtrapd

teardown() {
    td_cleanup
}

ENT=.1.3.6.1.4.1.8072.9999
TRAPOID=.1.3.6.1.6.3.1.1.5.3
IFX=.1.3.6.1.2.1.2.2.1.1.2
E=.1.3.6.1.4.1.99999

BASE="authCommunity log,execute public
traphandle default HANDLER a b"

send_mix() {
    td_both -v1 -c public AGENT $ENT 10.1.2.3 3 0 4242 $IFX i 2
    td_both -v1 -c public AGENT $ENT 127.0.0.1 6 99 4242 \
        $E.1 s "hi there" $E.2 x 0102 $E.3 o .1.3.6.1.4.1.8072
    td_both -v1 -c public AGENT $ENT.0 10.0.0.1 6 5 0
    td_both -v1 -c public AGENT .1 10.0.0.1 0 0 8640000
    td_both -v2c -c public AGENT 123 $TRAPOID $IFX i 2 $E.1 x 0102 \
        $E.2 a 1.2.3.4 $E.3 s "" $E.4 c 7 $E.5 u 9 $E.6 t 100 \
        $E.7 C 12345678901 $E.8 s 'q"uo\te'
    td_both -v2c -c public AGENT 8640001 $TRAPOID
}

@test "startup without access control, and the stop lines" {
    td_conf ""
    td_start
    td_stop
    td_compare
    grep -q 'This receiver will \*NOT\* accept' "$TD_DIR/our.log"
    grep -q 'Stopping snmptrapd' "$TD_DIR/our.log"
}

@test "v1 and v2c traps: default log lines and handler input" {
    td_conf "$BASE"
    td_start
    send_mix
    td_settle
    td_handlers_done 6
    td_stop
    td_compare
}

@test "v2c informs are acknowledged by both" {
    td_conf "$BASE"
    td_start
    run td_inform ref -v2c -c public AGENT 5 $TRAPOID $IFX i 2
    [ "$status" -eq 0 ]
    run td_inform our -v2c -c public AGENT 5 $TRAPOID $IFX i 2
    [ "$status" -eq 0 ]
    td_settle
    td_handlers_done 1
    td_stop
    td_compare
}

@test "a value of a type SNMP lacks: bad type returned, no ack" {
    local side
    td_conf "$BASE"
    td_start
    for side in ref our; do
        python3 "$BATS_TEST_DIRNAME/helpers/rawnotify.py" \
            "$(td_port $side)" trap badtype
        python3 "$BATS_TEST_DIRNAME/helpers/rawnotify.py" \
            "$(td_port $side)" inform badtype > "$TD_DIR/inform.$side"
    done
    diff -u "$TD_DIR/inform.ref" "$TD_DIR/inform.our"
    grep -qx 'badtype none' "$TD_DIR/inform.our"
    td_send ref -v2c -c public AGENT 5 $TRAPOID $IFX i 2
    td_send our -v2c -c public AGENT 5 $TRAPOID $IFX i 2
    td_settle
    td_handlers_done 1
    td_stop
    td_compare
    [ "$(grep -c '^bad type returned (4a)$' "$TD_DIR/our.log")" -eq 2 ]
}

@test "authorization: wrong community and log-only grants" {
    td_conf "authCommunity log public
authCommunity execute runonly
authCommunity log,execute limited default .1.3.6.1.6.3.1.1.5
traphandle default HANDLER"
    td_start
    td_both -v2c -c wrong AGENT 1 $TRAPOID
    td_both -v1 -c wrong AGENT $ENT 10.0.0.1 0 0 1
    td_both -v2c -c public AGENT 2 $TRAPOID
    td_both -v2c -c runonly AGENT 3 $TRAPOID
    td_both -v2c -c limited AGENT 4 $TRAPOID
    td_both -v2c -c limited AGENT 5 $E.0.1
    run td_inform our -t 0.3 -r 0 -v2c -c wrong AGENT 5 $TRAPOID
    [ "$status" -eq 1 ]
    td_settle
    td_handlers_done 2
    td_stop
    td_compare
}

@test "format1/format2 escapes, widths and flags" {
    td_conf 'authCommunity log public
format1 F1 [%B] [%b] [%N] [%s] [%S] [%u] [%w|%W|%q] [%T|%#T] [%a] [%P] %V;%#v\n
format2 F2 [%B] [%N] [%E] [%s] [%S] [%u] [%10u] [%w|%W|%q] [%T|%#T] [%a|%A] [%.2y] [%5m] [%5.2m] [%-5m] [%05l] [%8.3W] [%-8W] [%z] [%%] \q\t\\ [%P] %V|%v %#v\n'
    td_start
    send_mix
    td_inform ref -v2c -c public AGENT 5 $TRAPOID
    td_inform our -v2c -c public AGENT 5 $TRAPOID
    td_settle
    td_stop
    td_compare
}

@test "-F print format, -n, -O letters" {
    td_conf "$BASE"
    td_start -n -Oqn -F '%B|%b|%A|%v\n'
    send_mix
    td_settle
    td_handlers_done 6
    td_stop
    td_compare
}

@test "format print2 without a format changes nothing" {
    td_conf "$BASE
format print2"
    td_start
    send_mix
    td_settle
    td_handlers_done 6
    td_stop
    td_compare
}

@test "garbage burst: ours keeps running and logs the next trap" {
    td_conf "$BASE"
    td_start
    python3 - "$(td_port our)" <<'PY'
import os, random, socket, sys
port = int(sys.argv[1])
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
good = bytes.fromhex("302902010104067075626c6963a71c0201010201000201003011"
                     "300f06082b06010201010300430302")
rnd = random.Random(5)
for i in range(3000):
    k = i % 4
    if k == 0:
        pkt = os.urandom(rnd.randint(0, 300))
    elif k == 1:
        pkt = good[:rnd.randint(0, len(good))]
    elif k == 2:
        b = bytearray(good)
        for _ in range(rnd.randint(1, 4)):
            b[rnd.randrange(len(b))] = rnd.randrange(256)
        pkt = bytes(b)
    else:
        pkt = bytes([0x30, 0x84, 0xff, 0xff, 0xff, 0xff]) + os.urandom(20)
    s.sendto(pkt, ("127.0.0.1", port))
PY
    td_send our -v2c -c public AGENT 77 $E.0.77 $E.1 s after-the-burst
    for _ in $(seq 1 50); do
        grep -q after-the-burst "$TD_DIR/our.log" && break
        sleep 0.1
    done
    grep -q after-the-burst "$TD_DIR/our.log"
    kill -0 "$TD_PID_our"
}
