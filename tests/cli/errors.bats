#!/usr/bin/env bats
# Usage errors, bad flags, v3 errors and -h for every app, diffed against
# Net-SNMP; -V is ours ("snmpkit version: X.Y") and checked on its own.

load helpers/common

APPS="snmpget snmpgetnext snmpset snmpwalk snmpbulkget snmpbulkwalk"

@test "-v 4: invalid version" {
    diffrun snmpget -v 4 -c public AGENT $SYSNAME
}
@test "-v with no value" {
    diffrun snmpget -v
}
@test "v2c without -c" {
    diffrun snmpget -v2c AGENT $SYSNAME
}
@test "v1 without -c (snmpwalk)" {
    diffrun snmpwalk -v1 AGENT $SYS
}
@test "-r x: invalid retries" {
    diffrun snmpget -v2c -c public -r x AGENT $SYSNAME
}
@test "-t x: invalid timeout" {
    diffrun snmpget -v2c -c public -t x AGENT $SYSNAME
}
@test "-Cz: unknown -C flag (snmpget)" {
    diffrun snmpget -v2c -c public -Cz AGENT $SYSNAME
}
@test "-Oz: unknown -O flag (snmpwalk)" {
    diffrun snmpwalk -v2c -c public -Oz AGENT $SYS
}
@test "unknown option letter" {
    diffrun snmpget -v2c -c public -k AGENT $SYSNAME
}
@test "no arguments at all" {
    diffrun snmpget
}
@test "no agent" {
    diffrun snmpget -v2c -c public
}
@test "no OID (snmpget)" {
    diffrun snmpget -v2c -c public AGENT
}
@test "no OID (snmpset)" {
    diffrun snmpset -v2c -c public AGENT
}
@test "-h for every app" {
    local app
    for app in $APPS; do
        diffrun "$app" -h
    done
}
@test "--help" {
    diffrun snmpwalk --help
}
@test "-h with other options" {
    diffrun snmpbulkwalk -v2c -c public -h AGENT
}
@test "-p is withdrawn" {
    diffrun snmpget -v2c -c public -p 161 AGENT $SYSNAME
}
@test "-T without NAME=VALUE" {
    diffrun snmpget -v2c -c public -T foo AGENT $SYSNAME
}
@test "default version 3: No securityName specified" {
    diffrun snmpget -c public AGENT $SYSNAME
}
@test "default version 3 (snmpwalk)" {
    diffrun snmpwalk AGENT $SYS
}
@test "v3 unknown user" {
    diffrun snmpget -v3 -u nobody -l noAuthNoPriv AGENT $SYSNAME
}
@test "v3 -l bogus" {
    diffrun snmpget -v3 -u nobody -l bogus AGENT $SYSNAME
}
@test "v3 -a bogus" {
    diffrun snmpget -v3 -u nobody -l authNoPriv -a BOGUS -A password1 AGENT $SYSNAME
}
# Debian's Net-SNMP 5.9.3 also refuses "-x 3DES"; snmpkit accepts it on
# purpose (draft-reeder 3DES-EDE, see tests/cli/v3_pysnmp.bats).
@test "v3 -x bogus" {
    diffrun snmpget -v3 -u nobody -l authPriv -a SHA -A password1 -x BOGUS -X password1 AGENT $SYSNAME
}
@test "v3 passphrase too short" {
    diffrun snmpget -v3 -u nobody -l authNoPriv -a SHA -A short AGENT $SYSNAME
}
@test "v3 authPriv unknown user" {
    diffrun snmpget -v3 -u nobody -l authPriv -a SHA -A password1 -x AES -X password2 AGENT $SYSNAME
}
@test "v3 timeout" {
    diffrun snmpget -v3 -u nobody -l noAuthNoPriv -t 0.2 -r 0 udp:127.0.0.1:@DEAD@ $SYSNAME
}
@test "-V prints snmpkit's version (not differential)" {
    local app want
    if [ "$(realpath "$SK_BIN")" = "$(realpath "$SK_NETSNMP_BIN")" ]; then
        skip "self-comparison: SK_BIN is Net-SNMP"
    fi
    want=$(sed -n 's/^AC_INIT(\[snmpkit\], \[\([^]]*\)\].*/\1/p' "$SK_ROOT/configure.ac")
    [ -n "$want" ]
    for app in $APPS; do
        ourrun "$app" -V
        echo "$app -V: status=$status stdout=[$stdout] stderr=[$stderr]"
        [ "$status" -eq 0 ]
        [ -z "$stdout" ]
        [ "$stderr" = "snmpkit version: $want" ]
    done
}
