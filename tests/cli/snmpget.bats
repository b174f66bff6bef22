#!/usr/bin/env bats
# snmpget: every value type the agent serves, v1 and v2c, exceptions,
# PDU fixing, timeouts and argument handling, diffed against Net-SNMP.

load helpers/common

@test "snmpget v2c sysName (quotes and backslash)" {
    diffrun snmpget -v2c -c public AGENT $SYSNAME
}
@test "snmpget v2c sysLocation and sysContact" {
    diffrun snmpget -v2c -c public AGENT $SYSLOCATION $SYSCONTACT
}
@test "snmpget v2c sysDescr sysObjectID sysServices" {
    diffrun snmpget -v2c -c public AGENT $SYSDESCR $SYSOBJID $SYSSERVICES
}
@test "snmpget v1 system scalars" {
    diffrun snmpget -v1 -c public AGENT $SYSDESCR $SYSOBJID $SYSNAME $SYSLOCATION
}
@test "snmpget INTEGER positive" {
    diffrun snmpget -v2c -c public AGENT $R.1.1
}
@test "snmpget INTEGER negative" {
    diffrun snmpget -v2c -c public AGENT $R.1.2
}
@test "snmpget INTEGER zero, max and min" {
    diffrun snmpget -v2c -c public AGENT $R.1.3 $R.1.4 $R.1.5
}
@test "snmpget Gauge32 max and zero" {
    diffrun snmpget -v2c -c public AGENT $R.2.1 $R.2.2
}
@test "snmpget Unsigned32 (pass unsigned)" {
    diffrun snmpget -v2c -c public AGENT $R.2.3
}
@test "snmpget Counter32 max and zero" {
    diffrun snmpget -v2c -c public AGENT $R.3.1 $R.3.2
}
@test "snmpget Counter64 max" {
    diffrun snmpget -v2c -c public AGENT $R.4.1
}
@test "snmpget Counter64 zero and 2^32" {
    diffrun snmpget -v2c -c public AGENT $R.4.2 $R.4.3
}
@test "snmpget TimeTicks 0" {
    diffrun snmpget -v2c -c public AGENT $R.5.1
}
@test "snmpget TimeTicks 1 day" {
    diffrun snmpget -v2c -c public AGENT $R.5.2
}
@test "snmpget TimeTicks 100 days" {
    diffrun snmpget -v2c -c public AGENT $R.5.3
}
@test "snmpget TimeTicks max, 2:03.45 and 1 day + 1 tick" {
    diffrun snmpget -v2c -c public AGENT $R.5.4 $R.5.5 $R.5.6
}
@test "snmpget IpAddress values" {
    diffrun snmpget -v2c -c public AGENT $R.6.1 $R.6.2 $R.6.3
}
@test "snmpget OID values" {
    diffrun snmpget -v2c -c public AGENT $R.7.1 $R.7.2 $R.7.3
}
@test "snmpget printable string" {
    diffrun snmpget -v2c -c public AGENT $R.8.1
}
@test "snmpget empty string" {
    diffrun snmpget -v2c -c public AGENT $R.8.2
}
@test "snmpget string with quotes and backslashes" {
    diffrun snmpget -v2c -c public AGENT $R.8.3
}
@test "snmpget printable string containing a newline" {
    diffrun snmpget -v2c -c public AGENT $R.8.4
}
@test "snmpget Hex-STRING 4 bytes" {
    diffrun snmpget -v2c -c public AGENT $R.8.5
}
@test "snmpget Hex-STRING exactly 16 bytes" {
    diffrun snmpget -v2c -c public AGENT $R.8.6
}
@test "snmpget Hex-STRING 17 bytes (wraps)" {
    diffrun snmpget -v2c -c public AGENT $R.8.7
}
@test "snmpget Hex-STRING 33 bytes (wraps twice)" {
    diffrun snmpget -v2c -c public AGENT $R.8.8
}
@test "snmpget string with tab, CR and trailing space" {
    diffrun snmpget -v2c -c public AGENT $R.8.9
}
@test "snmpget UTF-8 bytes print as hex" {
    diffrun snmpget -v2c -c public AGENT $R.8.10
}
@test "snmpget string with trailing NUL and a lone NUL" {
    diffrun snmpget -v2c -c public AGENT $R.8.11 $R.8.12
}
@test "snmpget long printable string" {
    diffrun snmpget -v2c -c public AGENT $R.8.13
}
@test "snmpget MAC-like and mostly-printable hex" {
    diffrun snmpget -v2c -c public AGENT $R.8.14 $R.8.15
}
@test "snmpget Opaque raw bytes" {
    diffrun snmpget -v2c -c public AGENT $R.9.1
}
@test "snmpget Opaque float and double" {
    diffrun snmpget -v2c -c public AGENT $R.9.2 $R.9.3
}
@test "snmpget Opaque counter64, int64, uint64" {
    diffrun snmpget -v2c -c public AGENT $R.9.4 $R.9.5 $R.9.6
}
@test "snmpget v1 every non-64-bit type" {
    diffrun snmpget -v1 -c public AGENT $R.1.2 $R.2.1 $R.3.1 $R.5.3 $R.6.1 \
        $R.7.1 $R.8.3 $R.8.7 $R.9.1
}
@test "snmpget v1 Counter64: noSuchName, PDU fixed and resent" {
    diffrun snmpget -v1 -c public AGENT $R.4.1 $R.1.1 $SYSNAME
}
@test "snmpget v1 -Cf: no PDU fixing" {
    diffrun snmpget -v1 -c public -Cf AGENT $R.4.1 $R.1.1
}
@test "snmpget v1 nonexistent object: noSuchName" {
    diffrun snmpget -v1 -c public AGENT $SYS.99.0
}
@test "snmpget v1 two failing objects" {
    diffrun snmpget -v1 -c public AGENT $SYS.99.0 $SYSNAME $R.1.9
}
@test "snmpget v2c noSuchObject" {
    diffrun snmpget -v2c -c public AGENT $SYS.99.0
}
@test "snmpget v2c noSuchInstance" {
    diffrun snmpget -v2c -c public AGENT $SYS.5.1
}
@test "snmpget v2c exceptions mixed with values" {
    diffrun snmpget -v2c -c public AGENT $SYS.99.0 $SYSNAME $R.1.9 $SYS.3.0
}
@test "snmpget 128 OIDs in one request" {
    diffrun snmpget -v2c -c public AGENT $(for i in $(seq 128); do echo $SYSNAME; done)
}
@test "snmpget 129 OIDs: too many" {
    diffrun snmpget -v2c -c public AGENT $(for i in $(seq 129); do echo $SYSNAME; done)
}
@test "snmpget OID without leading dot" {
    diffrun snmpget -v2c -c public AGENT 1.3.6.1.2.1.1.5.0
}
@test "snmpget options after AGENT are permuted" {
    diffrun snmpget -v2c -c public AGENT -On $SYSNAME
}
@test "snmpget options between OIDs are permuted" {
    diffrun snmpget AGENT $SYSNAME -c public $R.1.1 -v2c -Oq
}
@test "snmpget bundled option values" {
    diffrun snmpget -v2c -cpublic -Ofn AGENT $SYSNAME $R.5.2
}
@test "snmpget -v 2c with a space and -c with a space" {
    diffrun snmpget -v 2c -c public AGENT $SYSNAME
}
@test "snmpget -v2C (version is case-insensitive)" {
    diffrun snmpget -v2C -c public AGENT $SYSNAME
}
@test "snmpget -- ends the options" {
    diffrun snmpget -v2c -c public -- AGENT $SYSNAME
}
@test "snmpget wrong community: timeout" {
    diffrun snmpget -v2c -c wrong -t 0.2 -r 0 AGENT $SYSNAME
}
@test "snmpget timeout, no retries" {
    diffrun snmpget -v2c -c public -t 0.2 -r 0 udp:127.0.0.1:@DEAD@ $SYSNAME
}
@test "snmpget timeout with one retry" {
    diffrun snmpget -v2c -c public -t 0.1 -r 1 udp:127.0.0.1:@DEAD@ $SYSNAME
}
@test "snmpget unknown host" {
    diffrun snmpget -v2c -c public nosuchhost.invalid $SYSNAME
}
@test "snmpget unknown OID name (no MIBs loaded)" {
    diffrun snmpget -v2c -c public AGENT sysDescr.0
}
@test "snmpget malformed numeric OID" {
    diffrun snmpget -v2c -c public AGENT .1.3.6.x.1
}
