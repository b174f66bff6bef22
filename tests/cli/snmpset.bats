#!/usr/bin/env bats
# snmpset: every type letter, local parse errors, agent errors, and the
# options-before-AGENT rule (POSIXLY_CORRECT), diffed against Net-SNMP.
# The writable branch accepts every SET without storing it, so the cases
# do not depend on each other.

load helpers/common

@test "snmpset i: INTEGER" {
    diffrun snmpset -v2c -c private AGENT $W.1 i 5
}
@test "snmpset i: negative INTEGER after AGENT" {
    diffrun snmpset -v2c -c private AGENT $W.1 i -5
}
@test "snmpset i: INTEGER min" {
    diffrun snmpset -v2c -c private AGENT $W.1 i -2147483648
}
@test "snmpset u: Gauge32/Unsigned32" {
    diffrun snmpset -v2c -c private AGENT $W.3 u 4294967295
}
@test "snmpset t: TimeTicks" {
    diffrun snmpset -v2c -c private AGENT $W.6 t 8640000
}
@test "snmpset a: IpAddress" {
    diffrun snmpset -v2c -c private AGENT $W.4 a 10.1.2.3
}
@test "snmpset o: OID" {
    diffrun snmpset -v2c -c private AGENT $W.5 o .1.3.6.1.4.1.99999.7
}
@test "snmpset s: string" {
    diffrun snmpset -v2c -c private AGENT $W.2 s "hello \"set\" \\ world"
}
@test "snmpset s: empty string" {
    diffrun snmpset -v2c -c private AGENT $W.2 s ""
}
@test "snmpset x: hex string" {
    diffrun snmpset -v2c -c private AGENT $W.2 x "00 01 FF 80"
}
@test "snmpset x: hex without spaces" {
    diffrun snmpset -v2c -c private AGENT $W.2 x 414243
}
@test "snmpset d: decimal bytes" {
    diffrun snmpset -v2c -c private AGENT $W.2 d 1.2.255
}
@test "snmpset b: BITS" {
    diffrun snmpset -v2c -c private AGENT $W.2 b 1,3,9
}
@test "snmpset n: NULL (agent answers wrongType)" {
    diffrun snmpset -v2c -c private AGENT $W.2 n x
}
@test "snmpset U: Opaque UInt64" {
    diffrun snmpset -v2c -c private AGENT $W.2 U 18446744073709551615
}
@test "snmpset I: Opaque Int64" {
    diffrun snmpset -v2c -c private AGENT $W.2 I -9
}
@test "snmpset F: Opaque Float" {
    diffrun snmpset -v2c -c private AGENT $W.2 F 1.5
}
@test "snmpset D: Opaque Double" {
    diffrun snmpset -v2c -c private AGENT $W.2 D -2.25
}
@test "snmpset c: rejected by Net-SNMP 5.9.3" {
    diffrun snmpset -v2c -c private AGENT $W.7 c 9
}
@test "snmpset several varbinds" {
    diffrun snmpset -v2c -c private AGENT $W.1 i 7 $W.2 s seven $W.4 a 7.7.7.7
}
@test "snmpset v1 success" {
    diffrun snmpset -v1 -c private AGENT $W.1 i 1 $W.2 s one
}
@test "snmpset -Cq is quiet on success" {
    diffrun snmpset -v2c -c private -Cq AGENT $W.1 i 3
}
@test "snmpset -On output" {
    diffrun snmpset -v2c -c private -On AGENT $W.5 o .1.3.6.1.2.1
}
@test "snmpset bundled -v2c -cprivate -Oqv" {
    diffrun snmpset -v2c -cprivate -Oqv AGENT $W.1 i 11
}
@test "snmpset read-only object: notWritable" {
    diffrun snmpset -v2c -c private AGENT $R.1.1 i 5
}
@test "snmpset configured sysLocation: notWritable" {
    diffrun snmpset -v2c -c private AGENT $SYSLOCATION s here
}
@test "snmpset read-only community: noAccess" {
    diffrun snmpset -v2c -c public AGENT $W.1 i 5
}
@test "snmpset v1 read-only community: noSuchName" {
    diffrun snmpset -v1 -c public AGENT $W.1 i 5
}
@test "snmpset v1 read-only object" {
    diffrun snmpset -v1 -c private AGENT $R.1.1 i 5
}
@test "snmpset agent wrongValue" {
    diffrun snmpset -v2c -c private AGENT $W.97 i 1
}
@test "snmpset agent inconsistentValue" {
    diffrun snmpset -v2c -c private AGENT $W.98 i 1
}
@test "snmpset agent commitFailed" {
    diffrun snmpset -v2c -c private AGENT $W.99 i 1
}
@test "snmpset error in the second varbind" {
    diffrun snmpset -v2c -c private AGENT $W.1 i 1 $R.1.1 i 2
}
@test "snmpset nonexistent object" {
    diffrun snmpset -v2c -c private AGENT $SYS.99.0 i 1
}
@test "snmpset options after AGENT are not options" {
    diffrun snmpset -v2c -c private AGENT -On $W.1 i 5
}
@test "snmpset -Cq after AGENT is taken as an OID" {
    diffrun snmpset -v2c -c private AGENT -Cq $W.1 i 5
}
@test "snmpset missing value" {
    diffrun snmpset -v2c -c private AGENT $W.1 i
}
@test "snmpset missing type and value" {
    diffrun snmpset -v2c -c private AGENT $W.1
}
@test "snmpset no varbinds" {
    diffrun snmpset -v2c -c private AGENT
}
@test "snmpset bad type letter" {
    diffrun snmpset -v2c -c private AGENT $W.1 q 5
}
@test "snmpset i: not a number" {
    diffrun snmpset -v2c -c private AGENT $W.1 i abc
}
@test "snmpset u: not a number" {
    diffrun snmpset -v2c -c private AGENT $W.3 u x1
}
@test "snmpset t: not a number" {
    diffrun snmpset -v2c -c private AGENT $W.6 t soon
}
@test "snmpset a: bad address" {
    diffrun snmpset -v2c -c private AGENT $W.4 a 300.1.2.3.4
}
@test "snmpset o: bad OID" {
    diffrun snmpset -v2c -c private AGENT $W.5 o notAnOid
}
@test "snmpset x: odd hex digits" {
    diffrun snmpset -v2c -c private AGENT $W.2 x "ABC"
}
@test "snmpset x: bad hex digit" {
    diffrun snmpset -v2c -c private AGENT $W.2 x "GG"
}
@test "snmpset d: byte out of range" {
    diffrun snmpset -v2c -c private AGENT $W.2 d 1.256
}
@test "snmpset timeout" {
    diffrun snmpset -v2c -c private -t 0.2 -r 0 udp:127.0.0.1:@DEAD@ $W.1 i 1
}
