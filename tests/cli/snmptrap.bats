#!/usr/bin/env bats
# snmptrap and snmpinform: every notification is sent once with Net-SNMP's
# tool and once with ours to the same Net-SNMP snmptrapd, and what it
# logged for each is compared, with stdout, stderr and the exit code.
# The error cases are plain diffruns.  OIDs are numeric (no MIBs).

load helpers/trapd

setup_file() {
    trapd_start
}

teardown_file() {
    trapd_stop
}

# A notification that must reach snmptrapd (an empty log is a failure).
delivered() {
    TRAPD_EXPECT_LOG=1 trapdiff "$@"
}

ENT=.1.3.6.1.4.1.8072.9999       # an enterprise OID
TRAPOID=.1.3.6.1.6.3.1.1.5.3     # linkDown
IFX=.1.3.6.1.2.1.2.2.1.1.2       # ifIndex.2
E=.1.3.6.1.4.1.99999.5           # varbind names
V3T="-e $TRAPD_ENGINE"
AUTH_T="-a SHA -A tpassword"
PRIV_T="-x AES -X tprivpass"
AUTH_I="-a SHA -A ipassword"
PRIV_I="-x AES -X iprivpass"

# ---- SNMPv1 ----

@test "v1: each generic trap 0-5" {
    for g in 0 1 2 3 4 5; do
        delivered snmptrap -v1 -c public AGENT $ENT 10.1.2.3 $g 0 4242 \
            $IFX i 2
    done
}
@test "v1: enterpriseSpecific with varbinds" {
    delivered snmptrap -v1 -c public AGENT $ENT 192.0.2.77 6 99 100 \
        $E.1 s "hello world" $E.2 i -5 $E.3 o .1.3.6.1.4.1.8072
}
@test "v1: '' enterprise, agent address and uptime" {
    delivered --norm=uptime snmptrap -v1 -c public AGENT '' '' 0 0 ''
}
@test "v1: agent address by name and inet_aton shorthand" {
    # a bare system may have no /etc/hosts: then "localhost" is unknown
    getent hosts localhost >/dev/null || skip "localhost does not resolve"
    delivered snmptrap -v1 -c public AGENT '' localhost 1 0 1
    delivered snmptrap -v1 -c public AGENT '' 1.2.3 1 0 1
}
@test "v1: atoi/atol fields (garbage, negative, over 32 bits)" {
    delivered snmptrap -v1 -c public AGENT '' 10.0.0.1 abc x7 1x
    delivered snmptrap -v1 -c public AGENT '' 10.0.0.1 5000000000 -7 -5
    delivered snmptrap -v1 -c public AGENT '' 10.0.0.1 6 0 5000000000
}

# ---- SNMPv2c ----

@test "v2c: trap with every value type" {
    delivered snmptrap -v2c -c public AGENT 12345 $TRAPOID \
        $E.1 i 7 $E.2 u 8 $E.3 t 9 $E.4 a 10.9.8.7 $E.5 o .1.3.6.1 \
        $E.6 s 'a "q" \ b' $E.7 x "01 02 ff" $E.8 d 1.2.3 $E.9 b 1,3,9 \
        $E.10 n x $E.11 c 4294967295 $E.12 C 18446744073709551615 \
        $E.13 U 5 $E.14 I -5 $E.15 F 1.5 $E.16 D 2.25 $E.17 3 17
}
@test "v2c: '' uptime is the host uptime" {
    delivered --norm=uptime snmptrap -v2c -c public AGENT '' $TRAPOID
}
@test "v2c: unparsable uptime drops sysUpTime.0; negative wraps" {
    delivered snmptrap -v2c -c public AGENT abc $TRAPOID
    delivered snmptrap -v2c -c public AGENT -5 $TRAPOID
}
@test "v2c: values over 32 bits warn once" {
    delivered snmptrap -v2c -c public AGENT 5000000000 $TRAPOID \
        $E.1 u 5000000000 $E.2 i 4294967296
}
@test "v2c: snmpinform is acknowledged" {
    delivered snmpinform -v2c -c public AGENT 77 $TRAPOID $E.1 s hi
}
@test "v2c: snmptrap -Ci sends an inform" {
    delivered snmptrap -Ci -v2c -c public AGENT 77 $TRAPOID
}
@test "v2c: wrong community is dropped silently" {
    trapdiff snmptrap -v2c -c wrong AGENT 77 $TRAPOID
}

# ---- SNMPv3 traps: the sender is authoritative (-e) ----

@test "v3 trap noAuthNoPriv with -e" {
    delivered snmptrap -v3 $V3T -u tsha -l noAuthNoPriv AGENT 5 $TRAPOID \
        $IFX i 2
}
@test "v3 trap authNoPriv SHA and MD5 with -e" {
    delivered snmptrap -v3 $V3T -u tsha -l authNoPriv $AUTH_T AGENT 5 \
        $TRAPOID $IFX i 2
    delivered snmptrap -v3 $V3T -u tmd5 -l authNoPriv -a MD5 \
        -A tpassword AGENT 5 $TRAPOID $IFX i 2
}
@test "v3 trap authPriv SHA/AES and MD5/DES with -e" {
    delivered snmptrap -v3 $V3T -u tsha -l authPriv $AUTH_T $PRIV_T \
        AGENT 5 $TRAPOID $IFX i 2
    delivered snmptrap -v3 $V3T -u tmd5 -l authPriv -a MD5 -A tpassword \
        -x DES -X tprivpass AGENT 5 $TRAPOID $IFX i 2
}
@test "v3 trap with -e, -Z and a context" {
    delivered snmptrap -v3 $V3T -Z 5,100 -n ctx -u tsha -l authPriv \
        $AUTH_T $PRIV_T AGENT 5 $TRAPOID
}
@test "v3 trap without -e: generated engine ID, dropped by the receiver" {
    trapdiff snmptrap -v3 -u tsha -l authPriv $AUTH_T $PRIV_T AGENT 5 \
        $TRAPOID
}

# ---- SNMPv3 informs: the receiver is authoritative (discovery) ----

@test "v3 inform noAuthNoPriv, authNoPriv, authPriv" {
    delivered snmpinform -v3 -u isha -l noAuthNoPriv AGENT 6 $TRAPOID
    delivered snmpinform -v3 -u isha -l authNoPriv $AUTH_I AGENT 6 $TRAPOID
    delivered snmpinform -v3 -u isha -l authPriv $AUTH_I $PRIV_I AGENT 6 \
        $TRAPOID $IFX i 2
    delivered snmpinform -v3 -u imd5 -l authPriv -a MD5 -A ipassword \
        -x DES -X iprivpass AGENT 6 $TRAPOID
}
@test "v3 inform errors: unknown user, wrong key, -e-only user" {
    trapdiff snmpinform -v3 -u nosuch AGENT 6 $TRAPOID
    trapdiff snmpinform -v3 -u isha -l authNoPriv -a SHA -A wrongpassword \
        AGENT 6 $TRAPOID
    trapdiff snmpinform -v3 -u tsha AGENT 6 $TRAPOID
}
@test "v3 inform: key errors come after the discovery" {
    trapdiff snmpinform -v3 -u isha -l authNoPriv AGENT 6 $TRAPOID
    trapdiff snmpinform -v3 -u isha -l authPriv $AUTH_I AGENT 6 $TRAPOID
    diffrun snmpinform -v3 -u isha -l authNoPriv -t 0.3 -r 0 \
        udp:127.0.0.1:@DEAD@ 6 $TRAPOID
}

# ---- timeouts ----

@test "inform timeout: v2c and v3 (no Report to discover with)" {
    diffrun snmpinform -v2c -c public -t 0.3 -r 0 udp:127.0.0.1:@DEAD@ \
        1 $TRAPOID
    diffrun snmptrap -Ci -v2c -c public -t 0.2 -r 1 udp:127.0.0.1:@DEAD@ \
        1 $TRAPOID
    diffrun snmpinform -v3 -u isha -t 0.3 -r 0 udp:127.0.0.1:@DEAD@ \
        1 $TRAPOID
}
@test "trap to a dead port still exits 0" {
    diffrun snmptrap -v2c -c public udp:127.0.0.1:@DEAD@ 1 $TRAPOID
}

# ---- transports ----

@test "transports: udp6, tcp, unix (trap and inform)" {
    local t
    for t in "udp6:[::1]:@PORT@" "tcp:127.0.0.1:@PORT@" "unix:@SOCK@"; do
        delivered snmptrap -v2c -c public "$t" 3 $TRAPOID $E.1 s "$t"
        delivered snmpinform -v2c -c public "$t" 3 $TRAPOID
        delivered snmptrap -v1 -c public "$t" $ENT 10.0.0.1 6 1 3
    done
    delivered snmpinform -v3 -u isha -l authPriv $AUTH_I $PRIV_I \
        "tcp:127.0.0.1:@PORT@" 3 $TRAPOID
}
@test "transports: default port 162 is not ours to test; -p style ports" {
    delivered snmptrap -v2c -c public 127.0.0.1:@PORT@ 3 $TRAPOID
    delivered snmptrap -v2c -c public "udp:[127.0.0.1]:@PORT@" 3 $TRAPOID
}
@test "transports: open failures print 'snmptrap: '" {
    diffrun snmptrap -v2c -c public nosuchhost.invalid 1 $TRAPOID
    diffrun snmpinform -v2c -c public tcp:127.0.0.1:@DEAD@ 1 $TRAPOID
    diffrun snmptrap -v2c -c public unix:@TMP@/nonexistent 1 $TRAPOID
    diffrun snmptrap -v2c -c public udp:127.0.0.1:99999 1 $TRAPOID
}
@test "transports: -s is ignored, as by Net-SNMP's snmptrap" {
    delivered snmptrap -v2c -c public -s 192.0.2.254 AGENT 1 $TRAPOID
}

# ---- -d ----

@test "-d dumps: v1 and v2c traps, v2c inform" {
    diffrun --norm=dump snmptrap -d -v1 -c public AGENT $ENT 10.1.1.1 6 5 9
    diffrun --norm=dump snmptrap -d -v2c -c public AGENT 9 $TRAPOID $E.1 i 1
    diffrun --norm=dump snmpinform -d -v2c -c public AGENT 9 $TRAPOID
}

# ---- argument errors ----

@test "missing v1 parameters" {
    diffrun snmptrap -v1 -c public AGENT
    diffrun snmptrap -v1 -c public AGENT ''
    diffrun snmptrap -v1 -c public AGENT '' ''
    diffrun snmptrap -v1 -c public AGENT '' '' 0
    diffrun snmptrap -v1 -c public AGENT '' '' 0 0
}
@test "missing v2c parameters" {
    diffrun snmptrap -v2c -c public AGENT
    diffrun snmptrap -v2c -c public AGENT 1
    diffrun snmpinform -v2c -c public AGENT
    diffrun snmptrap -v3 -u x AGENT
}
@test "missing type/value" {
    diffrun snmptrap -v2c -c public AGENT 1 $TRAPOID $E.1
    diffrun snmptrap -v2c -c public AGENT 1 $TRAPOID $E.1 i
    diffrun snmptrap -v2c -c public AGENT 1 $TRAPOID $E.1 i 1 $E.2 s
    diffrun snmptrap -v1 -c public AGENT '' '' 0 0 '' $E.1
}
@test "inform over SNMPv1 is refused" {
    diffrun snmpinform -v1 -c public AGENT '' '' 0 0 ''
    diffrun snmptrap -Ci -v1 -c public AGENT
}
@test "names need MIBs: coldStart, sysDescr.0, bad enterprise" {
    diffrun snmptrap -v2c -c public AGENT 1 coldStart
    diffrun snmptrap -v2c -c public AGENT 1 $TRAPOID sysDescr.0 i 1
    diffrun snmptrap -v1 -c public AGENT enterprises.99 '' 0 0 ''
    diffrun snmpinform -v2c -c public AGENT 1 linkDown
}
@test "bad agent addresses for v1" {
    diffrun snmptrap -v1 -c public AGENT '' 2000::1996 0 0 ''
    diffrun snmptrap -v1 -c public AGENT '' nosuchhost.invalid 0 0 ''
}
@test "bad values and types" {
    diffrun snmptrap -v2c -c public AGENT 1 $TRAPOID $E.1 z 1
    diffrun snmptrap -v2c -c public AGENT 1 $TRAPOID $E.1 i abc
    diffrun snmptrap -v2c -c public AGENT 1 $TRAPOID $E.1 a 1.2.3.4.5
    diffrun snmptrap -v2c -c public AGENT 1 $TRAPOID $E.1 x zz
    diffrun snmptrap -v2c -c public AGENT 1 $TRAPOID $E.1 o .1.3.x
    diffrun snmptrap -v2c -c public AGENT 1 $TRAPOID $E.1 = 1
    diffrun snmptrap -v2c -c public AGENT 1 .1.3.x
    diffrun snmptrap -v2c -c public AGENT 1 ''
}
@test "malformed argument set" {
    local -a cases=(
        "-v2c -c public AGENT 1 $TRAPOID $E.1 i 1 -Ci"
        "-v2c -c public AGENT 1 $TRAPOID -d"
        "-v2c -c public AGENT -- 1 $TRAPOID"
        "-v1 -c public AGENT $ENT.. '' 0 0 ''"
        "-v2c -c public AGENT 1 $TRAPOID $E.1 '' 1"
        "-v2c -c public AGENT 1 $TRAPOID $E.1 s"
        "-v2c -c public AGENT 1 $TRAPOID .1.3.6.1.9999999999 i 1"
        "-v2c -c public AGENT 1 $TRAPOID $E.1 d 256"
        "-v5 -c public AGENT 1 $TRAPOID"
        "-v2c AGENT 1 $TRAPOID"
        "-v2c -c public"
        "-Cx -v2c -c public AGENT 1 $TRAPOID"
        "-Cix -v2c -c public AGENT 1 $TRAPOID"
        "-v3 AGENT 1 $TRAPOID"
        "-v3 -u x -l authNoPriv AGENT 1 $TRAPOID"
        "-v3 -u x -l authPriv -A abcdefghij AGENT 1 $TRAPOID"
        "-v3 -u x -l authNoPriv -A abc AGENT 1 $TRAPOID"
    )
    # Not here: a trap OID of "." (Net-SNMP sends it as 06 01 01, an OID
    # we do not reproduce yet).
    local c
    for c in "${cases[@]}"; do
        eval "diffrun snmptrap $c"
    done
}
@test "usage: -h for both names" {
    diffrun snmptrap -h
    diffrun snmpinform -h
}
