#!/usr/bin/env bats
# Transport specifiers and -d packet dumps, diffed against Net-SNMP.

load helpers/common

@test "udp: explicit" {
    diffrun snmpget -v2c -c public udp:127.0.0.1:@PORT@ $SYSNAME
}
@test "bare host:port" {
    diffrun snmpget -v2c -c public 127.0.0.1:@PORT@ $SYSNAME
}
@test "UDP: upper-case prefix" {
    diffrun snmpget -v2c -c public UDP:127.0.0.1:@PORT@ $SYSNAME
}
@test "tcp:" {
    diffrun snmpget -v2c -c public tcp:127.0.0.1:@PORT@ $SYSNAME $R.8.8
}
@test "tcp: walk" {
    diffrun snmpwalk -v2c -c public tcp:127.0.0.1:@PORT@ $E
}
@test "tcp: bulkwalk" {
    diffrun snmpbulkwalk -v2c -c public -Cr20 tcp:127.0.0.1:@PORT@ $E
}
@test "udp6:[::1]:port" {
    diffrun snmpget -v2c -c public udp6:[::1]:@PORT@ $SYSNAME
}
@test "tcp6:[::1]:port" {
    diffrun snmpget -v2c -c public tcp6:[::1]:@PORT@ $SYSNAME
}
@test "bare [::1]:port" {
    diffrun snmpget -v2c -c public [::1]:@PORT@ $SYSNAME
}
@test "udp6: v1 walk" {
    diffrun snmpwalk -v1 -c public udp6:[::1]:@PORT@ $W
}
@test "udp6:::1:port is an unknown host" {
    diffrun snmpget -v2c -c public udp6:::1:@PORT@ $SYSNAME
}
@test "unix: socket" {
    [ -n "$SK_AGENT_SOCK" ] || skip "snmpd without unix socket support"
    diffrun snmpget -v2c -c public unix:@SOCK@ $SYSNAME $R.4.1
}
@test "unix: walk" {
    [ -n "$SK_AGENT_SOCK" ] || skip "snmpd without unix socket support"
    diffrun snmpwalk -v2c -c public unix:@SOCK@ $R.8
}
@test "tcp: connection refused" {
    diffrun snmpget -v2c -c public tcp:127.0.0.1:@DEAD@ $SYSNAME
}
@test "unix: no such socket" {
    diffrun snmpget -v2c -c public unix:@TMP@/nosuch.sock $SYSNAME
}
@test "unknown transport prefix" {
    diffrun snmpget -v2c -c public bogus:127.0.0.1:@PORT@ $SYSNAME
}
@test "-d packet dump over udp" {
    diffrun --norm=dump snmpget -d -v2c -c public AGENT $SYSNAME
}
@test "-d packet dump, v1, several varbinds" {
    diffrun --norm=dump snmpget -d -v1 -c public AGENT $SYSNAME $R.8.8 $R.1.2
}
@test "-d packet dump over tcp" {
    diffrun --norm=dump snmpget -d -v2c -c public tcp:127.0.0.1:@PORT@ $SYSNAME
}
@test "-d packet dump over udp6" {
    diffrun --norm=dump snmpget -d -v2c -c public udp6:[::1]:@PORT@ $SYSNAME
}
@test "-d packet dump of a bulkwalk" {
    diffrun --norm=dump snmpbulkwalk -d -v2c -c public AGENT $R.8
}
@test "-d packet dump of a set" {
    diffrun --norm=dump snmpset -d -v2c -c private AGENT $W.2 s dumped
}
@test "-d packet dump of a timeout" {
    diffrun --norm=dump snmpget -d -v2c -c public -t 0.1 -r 1 udp:127.0.0.1:@DEAD@ $SYSNAME
}
