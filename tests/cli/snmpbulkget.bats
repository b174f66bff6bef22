#!/usr/bin/env bats
# snmpbulkget, diffed against Net-SNMP.

load helpers/common

@test "snmpbulkget defaults (N=0, R=10)" {
    diffrun snmpbulkget -v2c -c public AGENT $R.1
}
@test "snmpbulkget -Cr2 two OIDs interleaved" {
    diffrun snmpbulkget -v2c -c public -Cr2 AGENT $SYS.4 $SYS.5
}
@test "snmpbulkget -Cn1 -Cr3" {
    diffrun snmpbulkget -v2c -c public -Cn1 -Cr3 AGENT $SYS $R.5 $R.8
}
@test "snmpbulkget -Cn2 with two OIDs (no repeaters)" {
    diffrun snmpbulkget -v2c -c public -Cn2 AGENT $SYS $R.5
}
@test "snmpbulkget -Cr0" {
    diffrun snmpbulkget -v2c -c public -Cr0 AGENT $R.1
}
@test "snmpbulkget past the end of the view" {
    diffrun snmpbulkget -v2c -c public -Cr4 AGENT $W.97
}
@test "snmpbulkget -Cr 5 (separate word) is a usage error" {
    diffrun snmpbulkget -v2c -c public -Cr 5 AGENT $R.8
}
@test "snmpbulkget -Oqv" {
    diffrun snmpbulkget -v2c -c public -Oqv -Cr5 AGENT $R.5
}
@test "snmpbulkget v1: cannot send a v2 PDU" {
    diffrun snmpbulkget -v1 -c public AGENT $R.1
}
@test "snmpbulkget no OID" {
    diffrun snmpbulkget -v2c -c public AGENT
}
@test "snmpbulkget -Cz" {
    diffrun snmpbulkget -v2c -c public -Cz AGENT $R.1
}
@test "snmpbulkget timeout" {
    diffrun snmpbulkget -v2c -c public -t 0.2 -r 0 udp:127.0.0.1:@DEAD@ $SYS
}
