#!/usr/bin/env bats
# snmpbulkwalk and its -C options, diffed against Net-SNMP.

load helpers/common

@test "snmpbulkwalk the pass subtree" {
    diffrun snmpbulkwalk -v2c -c public AGENT $E
}
@test "snmpbulkwalk system group" {
    diffrun snmpbulkwalk -v2c -c public AGENT $SYS
}
@test "snmpbulkwalk default root" {
    diffrun snmpbulkwalk -v2c -c public AGENT
}
@test "snmpbulkwalk to the end of the view" {
    diffrun snmpbulkwalk -v2c -c public AGENT $W
}
@test "snmpbulkwalk -Cr1" {
    diffrun snmpbulkwalk -v2c -c public -Cr1 AGENT $R.5
}
@test "snmpbulkwalk -Cr50" {
    diffrun snmpbulkwalk -v2c -c public -Cr50 AGENT $E
}
@test "snmpbulkwalk -Cr 3 (separate word) is a usage error" {
    diffrun snmpbulkwalk -v2c -c public -Cr 3 AGENT $R.8
}
@test "snmpbulkwalk -Cn1 -Cr5" {
    diffrun snmpbulkwalk -v2c -c public -Cn1 -Cr5 AGENT $R.1
}
@test "snmpbulkwalk -Cc" {
    diffrun snmpbulkwalk -v2c -c public -Cc AGENT $R.3
}
@test "snmpbulkwalk -Ci" {
    diffrun snmpbulkwalk -v2c -c public -Ci AGENT $R.6
}
@test "snmpbulkwalk -Cp" {
    diffrun snmpbulkwalk -v2c -c public -Cp AGENT $R.7
}
@test "snmpbulkwalk empty subtree: fallback GET" {
    diffrun snmpbulkwalk -v2c -c public AGENT $R.50
}
@test "snmpbulkwalk of a leaf" {
    diffrun snmpbulkwalk -v2c -c public AGENT $SYSNAME
}
@test "snmpbulkwalk sysonly past the view" {
    diffrun snmpbulkwalk -v2c -c sysonly -Cr4 AGENT $SYS.9
}
@test "snmpbulkwalk v1: cannot send a v2 PDU" {
    diffrun snmpbulkwalk -v1 -c public AGENT $R.1
}
@test "snmpbulkwalk bundled -v2c -cpublic -Ofn -Cr50" {
    diffrun snmpbulkwalk -v2c -cpublic -Ofn -Cr50 AGENT $R.2
}
@test "snmpbulkwalk -Cz: unknown -C flag" {
    diffrun snmpbulkwalk -v2c -c public -Cz AGENT $R.2
}
@test "snmpbulkwalk -Oqv -Cr2" {
    diffrun snmpbulkwalk -v2c -c public -Oqv -Cr2 AGENT $R.9
}
@test "snmpbulkwalk options after AGENT" {
    diffrun snmpbulkwalk AGENT -v2c -Cr7 -c public $R.4
}
@test "snmpbulkwalk timeout" {
    diffrun snmpbulkwalk -v2c -c public -t 0.2 -r 0 udp:127.0.0.1:@DEAD@ $SYS
}
