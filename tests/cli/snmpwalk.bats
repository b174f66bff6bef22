#!/usr/bin/env bats
# snmpwalk, v1 and v2c, its -C options and end-of-walk cases, diffed
# against Net-SNMP.

load helpers/common

@test "snmpwalk v2c the pass subtree (every type)" {
    diffrun snmpwalk -v2c -c public AGENT $E
}
@test "snmpwalk v1 the pass subtree (Counter64 skipped)" {
    diffrun snmpwalk -v1 -c public AGENT $E
}
@test "snmpwalk v2c system group" {
    diffrun snmpwalk -v2c -c public AGENT $SYS
}
@test "snmpwalk v1 system group" {
    diffrun snmpwalk -v1 -c public AGENT $SYS
}
@test "snmpwalk default root (mib-2)" {
    diffrun snmpwalk -v2c -c public AGENT
}
@test "snmpwalk v2c to the end of the view: endOfMibView" {
    diffrun snmpwalk -v2c -c public AGENT $W
}
@test "snmpwalk v1 to the end: End of MIB" {
    diffrun snmpwalk -v1 -c public AGENT $W
}
@test "snmpwalk sysonly community past the view" {
    diffrun snmpwalk -v2c -c sysonly AGENT $SYS.9.1.4
}
@test "snmpwalk .1 with a restricted view" {
    diffrun snmpwalk -v2c -c sysonly AGENT .1
}
@test "snmpwalk empty subtree: fallback GET" {
    diffrun snmpwalk -v2c -c public AGENT $R.50
}
@test "snmpwalk nonexistent subtree before the data: fallback GET" {
    diffrun snmpwalk -v2c -c public AGENT .1.3.6.1.4.1.99998
}
@test "snmpwalk of a leaf: fallback GET prints it" {
    diffrun snmpwalk -v2c -c public AGENT $R.1.1
}
@test "snmpwalk v1 empty subtree" {
    diffrun snmpwalk -v1 -c public AGENT $R.50
}
@test "snmpwalk v1 only Counter64 below: nothing printed" {
    diffrun snmpwalk -v1 -c public AGENT $R.4
}
@test "snmpwalk -CI: no fallback GET" {
    diffrun snmpwalk -v2c -c public -CI AGENT $R.1.1
}
@test "snmpwalk -Ci: include the requested OID" {
    diffrun snmpwalk -v2c -c public -Ci AGENT $R.1
}
@test "snmpwalk -Ci on a leaf" {
    diffrun snmpwalk -v2c -c public -Ci AGENT $SYSNAME
}
@test "snmpwalk -Cc: no ordering check" {
    diffrun snmpwalk -v2c -c public -Cc AGENT $R.5
}
@test "snmpwalk -Cp: variables found" {
    diffrun snmpwalk -v2c -c public -Cp AGENT $R.6
}
@test "snmpwalk -Cp v1" {
    diffrun snmpwalk -v1 -c public -Cp AGENT $R.4
}
@test "snmpwalk -CE: stop at an end OID" {
    diffrun snmpwalk -v2c -c public -CE $R.8.5 AGENT $R.8
}
@test "snmpwalk -CE beyond the subtree" {
    diffrun snmpwalk -v2c -c public -CE $W.3 AGENT $R.9
}
@test "snmpwalk -Ct: timing (normalised)" {
    diffrun --norm=time snmpwalk -v2c -c public -Ct AGENT $R.6
}
@test "snmpwalk -Cp -Ci -Cc combined" {
    diffrun snmpwalk -v2c -c public -Cp -Ci -Cc AGENT $R.2
}
@test "snmpwalk -Cz: unknown -C flag" {
    diffrun snmpwalk -v2c -c public -Cz AGENT $R.2
}
@test "snmpwalk -Oqv" {
    diffrun snmpwalk -v2c -c public -Oqv AGENT $R.8
}
@test "snmpwalk -On -OT -Ox" {
    diffrun snmpwalk -v2c -c public -On -OT -Ox AGENT $R.8
}
@test "snmpwalk extra OIDs are ignored" {
    diffrun snmpwalk -v2c -c public AGENT $R.6 $R.1
}
@test "snmpwalk options after AGENT" {
    diffrun snmpwalk AGENT -v2c -c public $R.3 -Oe
}
@test "snmpwalk walk of .1.3 numeric without dot" {
    diffrun snmpwalk -v2c -c sysonly AGENT 1.3
}
@test "snmpwalk timeout" {
    diffrun snmpwalk -v2c -c public -t 0.2 -r 0 udp:127.0.0.1:@DEAD@ $SYS
}
@test "snmpwalk unknown host" {
    diffrun snmpwalk -v2c -c public nosuchhost.invalid $SYS
}
