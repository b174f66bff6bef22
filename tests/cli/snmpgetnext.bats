#!/usr/bin/env bats
# snmpgetnext, diffed against Net-SNMP.

load helpers/common

@test "snmpgetnext v2c from the system group root" {
    diffrun snmpgetnext -v2c -c public AGENT $SYS
}
@test "snmpgetnext v2c skips the hidden sysUpTime" {
    diffrun snmpgetnext -v2c -c public AGENT $SYS.2.0
}
@test "snmpgetnext v2c several OIDs" {
    diffrun snmpgetnext -v2c -c public AGENT $R.1 $R.4.1 $R.8.6 $R.9.1
}
@test "snmpgetnext v2c into the pass subtree from above" {
    diffrun snmpgetnext -v2c -c public AGENT .1.3.6.1.4.1.99998
}
@test "snmpgetnext v2c past the end: endOfMibView" {
    diffrun snmpgetnext -v2c -c public AGENT $W.99
}
@test "snmpgetnext v2c from .1" {
    diffrun snmpgetnext -v2c -c public AGENT .1
}
@test "snmpgetnext v1" {
    diffrun snmpgetnext -v1 -c public AGENT $SYS $R.8
}
@test "snmpgetnext v1 past the end: noSuchName, exit 2" {
    diffrun snmpgetnext -v1 -c public AGENT $W.99
}
@test "snmpgetnext v1 past the end with a good OID: PDU fixing" {
    diffrun snmpgetnext -v1 -c public AGENT $W.99 $SYS
}
@test "snmpgetnext v1 -Cf" {
    diffrun snmpgetnext -v1 -c public -Cf AGENT $W.99 $SYS
}
@test "snmpgetnext v1 skips Counter64" {
    diffrun snmpgetnext -v1 -c public AGENT $R.3.2
}
@test "snmpgetnext -On -Oq" {
    diffrun snmpgetnext -v2c -c public -On -Oq AGENT $R.5
}
@test "snmpgetnext options after AGENT" {
    diffrun snmpgetnext -v2c AGENT -c public -Of $R.6
}
@test "snmpgetnext sysonly community: end of view" {
    diffrun snmpgetnext -v2c -c sysonly AGENT $SYS.9.1.4.10
}
@test "snmpgetnext timeout" {
    diffrun snmpgetnext -v2c -c public -t 0.2 -r 0 udp:127.0.0.1:@DEAD@ $SYS
}
@test "snmpgetnext missing OID" {
    diffrun snmpgetnext -v2c -c public AGENT
}
