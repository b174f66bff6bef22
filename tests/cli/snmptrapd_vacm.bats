#!/usr/bin/env bats
# snmptrapd access control (snmptrapd.conf(5) ACCESS CONTROL, the VACM
# of RFC 3415 as Net-SNMP's receiver applies it): Net-SNMP's snmptrapd
# and ours with the same configuration, fed the same notifications by
# Net-SNMP's snmptrap and snmpinform; the logs (configuration complaints
# included) and the handler input are compared after normalising
# timestamps, ports and the configuration file's name.
#
# What Net-SNMP 5.9.3 does, and these cases pin down: only the
# snmpTrapOID value is checked against the view of each type (log,
# execute, net), never the varbinds; the first authCommunity line whose
# community and source match decides alone; the view option is "-V"
# (the manual's "-v" is taken for an OID and rejected); "authGroup" as
# the manual spells it is an authUser line, only "authgroup" names a
# group; unauthorised notifications are dropped without a word.

load helpers/ourtrapd

teardown() {
    td_cleanup
}

TRAPOID=.1.3.6.1.6.3.1.1.5.3
COLD=.1.3.6.1.6.3.1.1.5.1
ENT=.1.3.6.1.4.1.8072.9999
IFX=.1.3.6.1.2.1.2.2.1.1.2
ENG=0x8000000001020304

# The configuration files differ in name only.
vw_compare() {
    sed -i -E "s#$TD_DIR/(ref|our)\.conf#CONF#" "$TD_DIR/ref.log" \
        "$TD_DIR/our.log"
    td_compare
}

# Wait until both sides ran the same number of handlers, and no more
# come (the count depends on the case; Net-SNMP's side sets it).
vw_handlers_settle() {
    local a b pa= pb=
    for _ in $(seq 1 40); do
        a=$(ls "$TD_DIR" | grep -c '^h\.ref\.[0-9]*$' || true)
        b=$(ls "$TD_DIR" | grep -c '^h\.our\.[0-9]*$' || true)
        [ "$a" = "$b" ] && [ "$a" = "$pa" ] && [ "$b" = "$pb" ] && return 0
        pa=$a pb=$b
        sleep 0.1
    done
    echo "handler runs: netsnmp $a, ours $b" >&2
    return 1
}

# v2c traps with trap OIDs $2..., community $1, to both sides
vw_traps() {
    local c=$1 o
    shift
    for o in "$@"; do
        td_both -v2c -c "$c" AGENT 7 "$o" $IFX s "$c $o"
    done
}

# a v1 enterprise-specific and a linkUp trap with community $1
vw_v1() {
    td_both -v1 -c "$1" AGENT $ENT 127.0.0.1 6 17 55 $IFX s "$1 v1"
    td_both -v1 -c "$1" AGENT $ENT 127.0.0.1 3 0 55 $IFX s "$1 v1 up"
}

vw_finish() {
    td_settle
    vw_handlers_settle
    td_stop
    vw_compare
}

@test "views: included, excluded, longest match, OID and -V forms" {
    td_conf "authCommunity log,execute inc default -V ex
authCommunity log,execute sub default .1.3.6.1.6.3.1.1.5
authCommunity log,execute nov default -V nosuchview
authCommunity log,execute all
view ex included .1.3.6.1
view ex excluded .1.3.6.1.6.3.1.1.5.1
view ex included .1.3.6.1.6.3.1.1.5.1.7
traphandle default HANDLER
format2 F2 %v\n
format1 F1 %v\n"
    td_start
    for c in inc sub nov all; do
        vw_traps $c $TRAPOID $COLD $COLD.7 $COLD.8 $ENT.0.1 .1.3.6.2
        vw_v1 $c
    done
    vw_finish
    grep -q '"inc .1.3.6.1.6.3.1.1.5.1.7"' "$TD_DIR/our.log"
    ! grep -q '"inc .1.3.6.1.6.3.1.1.5.1"' "$TD_DIR/our.log"
    ! grep -q '"nov ' "$TD_DIR/our.log"
}

@test "views: family masks (RFC 3415 vacmViewTreeFamilyMask)" {
    td_conf "authCommunity log fam default -V fam
authCommunity log hole default -V hole
view fam included .1.3.6.1.2.1.2.2.1.1.0 ff.c0
view fam included .1.3.6.1.4.1.8072.9999.0 ff:7
view hole included .1.3.6.1
view hole excluded .1.3.6.1.6.3.1.1.5.0 ff.80
format2 F2 %v\n"
    td_start
    for c in fam hole; do
        vw_traps $c .1.3.6.1.2.1.2.2.1.1.5 .1.3.6.1.2.1.2.2.1.1.5.9 \
            .1.3.6.1.2.1.2.2.1.9.5 .1.3.6.1.2.1.2.2.9.1.5 \
            $ENT.0 $ENT.5 .1.3.6.1.4.1.8072.9998.0 \
            $TRAPOID $COLD .1.3.6.1.6.3.1.2.5.7
    done
    vw_finish
    grep -q '"fam .1.3.6.1.2.1.2.2.1.1.5.9"' "$TD_DIR/our.log"
}

@test "per-type views: log allowed, execute and net denied" {
    td_conf "authCommunity log public default -V logv
authCommunity log,execute split
view logv included .1.3.6.1.6.3.1.1.5
setAccess grpcomm2 \"\" any noauth prefix execute exv
view exv included .1.3.6.1.6.3.1.1.5.1
traphandle default HANDLER
format2 F2 %v\n"
    td_start
    vw_traps public $TRAPOID $COLD $ENT.0.3
    vw_traps split $TRAPOID $COLD $ENT.0.3
    vw_finish
    [ "$(ls "$TD_DIR" | grep -c '^h\.our\.')" -eq 1 ]
}

@test "authCommunity: the first matching line decides; sources and masks" {
    td_conf "authCommunity execute first
authCommunity log first 127.0.0.1
authCommunity log,execute near 127.0.0.1
authCommunity execute near
authCommunity log net8 127.0.0.0/8
authCommunity log other 10.0.0.0/8
authCommunity log dotted 127.0.0.0/255.0.0.0
authCommunity log slash 127.0.0.1/
authCommunity log deny !127.0.0.0/8
authCommunity log deny
authCommunity log six ::1
authCommunity log -v 1 onlyv1
authCommunity log -v 2c onlyv2
authCommunity log ctx default .1.3 exact
traphandle default HANDLER
format2 F2 %v\n
format1 F1 %v\n"
    td_start
    for c in first near net8 other dotted slash deny six onlyv1 onlyv2 ctx; do
        vw_traps $c $TRAPOID
        vw_v1 $c
    done
    vw_finish
}

@test "bad source addresses: Net-SNMP's complaints, IPv4 then IPv6" {
    td_conf "authCommunity log a1 127.0.0.0/33
authCommunity log a2 127.0.0.0/abc
authCommunity log a3 ::1/129
authCommunity log a5 127.0.0.1/0
authCommunity log a6 127.0.0.3/24
authCommunity log a7 ::1/64
authCommunity log a8 no.such.host.invalid
authCommunity log a9 127.0.0.1/255.255.0.0
authCommunity log a10 /8
format2 F2 %v\n"
    td_start
    for c in a1 a2 a3 a5 a6 a7 a8 a9 a10; do
        vw_traps $c $TRAPOID
    done
    vw_finish
    grep -q 'line 1: Error: bad mask length' "$TD_DIR/our.log"
}

@test "v2c informs: acknowledged only when some type is granted" {
    td_conf "authCommunity log,execute public default -V ex
authCommunity execute exonly default -V ex
view ex included .1.3.6.1
view ex excluded $COLD
traphandle default HANDLER
format2 F2 %v\n"
    td_start
    local side c o st=0
    for c in public exonly; do
        for o in $TRAPOID $COLD; do
            for side in ref our; do
                run td_inform $side -t 0.3 -r 0 -v2c -c $c AGENT 9 $o
                echo "$c $o $status $output" >> "$TD_DIR/inform.$side"
            done
        done
    done
    diff -u "$TD_DIR/inform.ref" "$TD_DIR/inform.our"
    vw_finish
    grep -q '^exonly .1.3.6.1.6.3.1.1.5.3 0' "$TD_DIR/inform.our"
    grep -q '^public .1.3.6.1.6.3.1.1.5.1 1' "$TD_DIR/inform.our"
}

V3USERS="createUser -e $ENG u1 SHA authpass1 AES privpass1
createUser -e $ENG u2 SHA authpass1 AES privpass1
createUser -e $ENG u3 SHA authpass1 AES privpass1
createUser -e $ENG u4 SHA authpass1 AES privpass1
createUser -e $ENG u5 SHA authpass1 AES privpass1
createUser -e $ENG u6 SHA authpass1 AES privpass1
createUser -e $ENG gA SHA authpass1 AES privpass1"

# v3 traps from every user at every level, with and without a context
vw_v3_traps() {
    local u l o n
    for u in u1 u2 u3 u4 u5 u6 gA; do
        for l in "-l noAuthNoPriv" "-l authNoPriv -a SHA -A authpass1" \
            "-l authPriv -a SHA -A authpass1 -x AES -X privpass1"; do
            for o in $TRAPOID $COLD; do
                for n in "" "-n ctx"; do
                    # shellcheck disable=SC2086
                    td_both -v3 -e $ENG -u $u $l $n AGENT 1 $o \
                        $IFX s "$u $l $o $n"
                done
            done
        done
    done
}

@test "v3: authUser levels and views, authgroup and authAccess" {
    td_conf "$V3USERS
authUser log u1 noauth .1.3.6.1.6.3.1.1.5
authUser execute u1 priv -V ex
authUser log,execute -s usm u2 auth -V ex
group gA usm u3
group gA usm u4
authgroup log gA noauth -V ex
authAccess execute gA ex priv
authGroup log,execute gA priv
view ex included .1.3.6.1
view ex excluded $COLD
traphandle default HANDLER
format2 F2 %P|%v\n"
    td_start
    vw_v3_traps
    vw_finish
    grep -q 'user u3, context ctx' "$TD_DIR/our.log"
    grep -q 'user gA, context ' "$TD_DIR/our.log"
}

@test "v3: group, access and setAccess rows; Net-SNMP's choice of row" {
    td_conf "$V3USERS
group gB usm u5
access gB \"\" usm noauth exact ex ex ex
setAccess gB \"\" usm auth exact log ex
setAccess gB \"\" any priv prefix execute _all_
setAccess gB ctx usm noauth exact net ex
group gC any u6
setAccess gC \"\" any noauth prefix log ex
setAccess gC \"\" usm auth exact execute ex
setAccess gC ct usm priv prefix log _none_
view ex included .1.3.6.1
view ex excluded $COLD
traphandle default HANDLER
format2 F2 %P|%v\n"
    td_start
    vw_v3_traps
    vw_finish
}

@test "bad VACM lines: Net-SNMP's words, and what still takes effect" {
    td_conf "authCommunity log public default -v myview
authUser log,execute u1 bogus
authUser log -s foo u2
authUser log
authCommunity log,bogus,execute
authCommunity log,bogus pp
authAccess log g1
authAccess log g1 -s
authAccess log -s usm g1 v
authAccess log g1 v bogus
setAccess g1 \"\" usm noauth exact v1
setAccess g1 \"\" usm noauth exact bogus v
group g1
group g1 usm
group g1 foo u1
group g1 any u1
access g1 \"\" usm noauth
access g1 \"\" usm noauth bogus a b c
access g1 \"\" any noauth 0 a b c
access g1 \"\" any noauth exact a b
view myview included .1.3.6.1.6.3.1.1.5.3
view badv included
view badv2 incl .1.3
view badv3 included foo.bar
view mv4 included .1.3.6.1 ff.z
view mv5 included .1.3. 0x1:ff
view mv6 included .1.3 $(seq -s . 1 35)
format2 F2 %v\n"
    td_start
    vw_traps public $TRAPOID
    vw_traps pp $TRAPOID
    vw_finish
    grep -q 'line 1: Error: bad SUBTREE object id' "$TD_DIR/our.log"
    grep -q '"pp ' "$TD_DIR/our.log"
}

@test "no access rows: every notification dropped with a warning" {
    td_conf "view v1 included .1
format2 F2 %v\n"
    td_start
    vw_traps public $TRAPOID
    vw_v1 public
    vw_finish
    [ "$(grep -c 'No access configuration - dropping trap.' \
        "$TD_DIR/our.log")" -eq 3 ]
}

@test "views and handler input with MIB names (-m ALL)" {
    td_conf "authCommunity log,execute public default -V mibv
view mibv included IF-MIB::linkDown
view mibv included SNMPv2-MIB::snmpTraps.4
view mibv included SNMPv2-SMI::enterprises.8072
traphandle default HANDLER"
    td_start -M "$SK_ROOT/mibs" -m ALL
    td_both -v2c -c public AGENT 100 .1.3.6.1.6.3.1.1.5.3 \
        .1.3.6.1.2.1.2.2.1.1.2 i 2 .1.3.6.1.2.1.2.2.1.7.2 i 1 \
        .1.3.6.1.2.1.2.2.1.8.2 i 2 .1.3.6.1.2.1.1.5.0 s host \
        .1.3.6.1.2.1.4.20.1.1.10.0.0.1 a 10.0.0.1 \
        .1.3.6.1.2.1.1.2.0 o .1.3.6.1.4.1.8072.3.2.10
    td_both -v2c -c public AGENT 100 .1.3.6.1.6.3.1.1.5.1
    td_both -v1 -c public AGENT .1.3.6.1.4.1.8072.3.2.10 127.0.0.1 2 0 \
        12345 .1.3.6.1.2.1.2.2.1.1.2 i 2
    td_both -v1 -c public AGENT .1.3.6.1.4.1.8072.3.2.10 127.0.0.1 6 17 \
        12345 .1.3.6.1.2.1.31.1.1.1.6.2 C 123456789012
    td_both -v1 -c public AGENT .1.3.6.1.4.1.8072.3.2.10 127.0.0.1 4 0 1
    vw_finish
    [ "$(ls "$TD_DIR" | grep -c '^h\.our\.')" -eq 3 ]
    grep -q 'SNMPv2-MIB::snmpTrapOID.0 IF-MIB::linkDown' "$TD_DIR"/h.our.*
}

@test "snmp.conf directives in snmptrapd.conf are unknown tokens" {
    td_conf "authCommunity log public
printNumericOids yes
mibs +IF-MIB
mibdirs /nonexistent
printEventNumbers yes
[snmp] dontBreakdownOids yes
format2 F2 %v\n"
    td_start -M "$SK_ROOT/mibs" -m SNMPv2-MIB
    vw_traps public $TRAPOID .1.3.6.1.2.1.2.2.1.1.5
    vw_finish
    grep -q 'Warning: Unknown token: printNumericOids.' "$TD_DIR/our.log"
}

@test "v2c notifications without snmpTrapOID.0, or with it not an OID" {
    local conf side
    for conf in "authCommunity log public" "disableAuthorization yes"; do
        td_conf "$conf
format2 F2 %v\n"
        td_start
        for side in ref our; do
            python3 "$BATS_TEST_DIRNAME/helpers/rawnotify.py" \
                "$(td_port $side)" trap none str late
            python3 "$BATS_TEST_DIRNAME/helpers/rawnotify.py" \
                "$(td_port $side)" inform none str late \
                > "$TD_DIR/inform.$side"
        done
        diff -u "$TD_DIR/inform.ref" "$TD_DIR/inform.our"
        td_settle
        td_stop
        vw_compare
        grep -q '^Cannot find TrapOID in TRAP2 PDU' "$TD_DIR/our.log"
        td_cleanup
    done
}

@test "SIGHUP: the restarted line, the complaints again, the same views" {
    td_conf "authCommunity log,execute public default -V ex
authCommunity log bad default -v ex
view ex included .1.3.6.1
view ex excluded $COLD
traphandle default HANDLER
format2 F2 %v\n"
    td_start
    vw_traps public $TRAPOID $COLD
    td_settle
    local side
    for side in ref our; do
        kill -HUP "$(eval echo "\$TD_PID_$side")"
    done
    for _ in $(seq 1 50); do
        [ "$(grep -c 'restarted$' "$TD_DIR/ref.log")" = 1 ] &&
            [ "$(grep -c 'restarted$' "$TD_DIR/our.log")" = 1 ] && break
        sleep 0.1
    done
    sleep 0.3
    vw_traps public $TRAPOID $COLD
    vw_traps bad $TRAPOID
    vw_finish
    [ "$(grep -c 'bad SUBTREE object id' "$TD_DIR/our.log")" -eq 2 ]
}
