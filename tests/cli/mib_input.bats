#!/usr/bin/env bats
# OID arguments resolved with the MIB (snmp_parse_oid): every -I lookup
# mode, index parts, and Net-SNMP's "Unknown Object Identifier" details;
# snmpset values checked against the MIB.  Diffed against Net-SNMP with
# the same MIBs loaded.

load helpers/common

mibs() { echo "-M $SK_ROOT/mibs:/usr/share/snmp/mibs -m ALL"; }

@test "mib input: bare names fall back to random access" {
    diffrun snmpget $(mibs) -v2c -c public -On AGENT sysDescr.0 sysName.0
}
@test "mib input: MODULE::name, one colon, full label path" {
    diffrun snmpget $(mibs) -v2c -c public -On AGENT SNMPv2-MIB::sysDescr.0 \
        SNMPv2-MIB:sysName.0 .iso.org.dod.internet.mgmt.mib-2.system.sysContact.0
}
@test "mib input: iso.3.6 and numeric with base-0 arcs" {
    diffrun snmpget $(mibs) -v2c -c public -On AGENT iso.3.6.1.2.1.1.5.0 \
        .1.3.6.1.2.1.1.0x5.0
}
@test "mib input: integer index and enum-free table" {
    diffrun snmpget $(mibs) -v2c -c public -On AGENT ifDescr.1 ifEntry.2.1
}
@test "mib input: string index with quotes" {
    diffrun snmpget $(mibs) -v2c -c public -On AGENT 'vacmGroupName.1."comm1"'
}
@test "mib input: unknown label" {
    diffrun snmpget $(mibs) -v2c -c public AGENT foo
}
@test "mib input: bad integer index" {
    diffrun snmpget $(mibs) -v2c -c public AGENT ifDescr.x
}
@test "mib input: negative index" {
    diffrun snmpget $(mibs) -v2c -c public AGENT ifInOctets.-1
}
@test "mib input: index out of range" {
    diffrun snmpget $(mibs) -v2c -c public AGENT \
        'SNMP-VIEW-BASED-ACM-MIB::vacmSecurityModel.0."wes"'
}
@test "mib input: string index too long" {
    diffrun snmpget $(mibs) -v2c -c public AGENT \
        'vacmGroupName.1."aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"'
}
@test "mib input: garbage after a scalar" {
    diffrun snmpget $(mibs) -v2c -c public AGENT sysDescr.bogus
}
@test "mib input: unknown arc then a label" {
    diffrun snmpget $(mibs) -v2c -c public AGENT .1.3.6.1.2.1.99.foo
}
@test "mib input: -IR does not read numeric OIDs" {
    diffrun snmpget $(mibs) -IR -v2c -c public AGENT .1.3.6.1.2.1.1.5.0
}
@test "mib input: -Ib best match" {
    diffrun snmpget $(mibs) -Ib -v2c -c public -On AGENT sysNam
}
@test "mib input: -Ib no match" {
    diffrun snmpget $(mibs) -Ib -v2c -c public AGENT zzzzq.0
}
@test "mib input: -Iu relative to mib-2" {
    diffrun snmpget $(mibs) -Iu -v2c -c public -On AGENT system.sysName.0
}
@test "mib input: -Ir skips index checks" {
    diffrun snmpget $(mibs) -Ir -v2c -c public -On AGENT ifDescr.0
}
@test "mib input: -Is suffix and -IS prefix" {
    diffrun snmpget $(mibs) -Is .0 -v2c -c public -On AGENT sysName
    diffrun snmpget $(mibs) -IS SNMPv2-MIB:: -v2c -c public -On AGENT sysName.0
}
@test "mib set: value out of range" {
    diffrun snmpset $(mibs) -v2c -c private AGENT sysServices.0 i 5000
}
@test "mib set: wrong type for the object" {
    diffrun snmpset $(mibs) -v2c -c private AGENT sysContact.0 i 5
}
@test "mib set: IpAddress and BITS for a string" {
    diffrun snmpset $(mibs) -v2c -c private AGENT sysContact.0 a 1.2.3.4
    diffrun snmpset $(mibs) -v2c -c private AGENT sysContact.0 b 1
}
@test "mib set: unknown enum label" {
    diffrun snmpset $(mibs) -v2c -c private AGENT ifAdminStatus.1 i bogus
}
@test "mib set: = with no type in the MIB" {
    diffrun snmpset $(mibs) -v2c -c private AGENT sysUpTime.0 = 5
}
@test "mib set: string longer than DISPLAY-HINT allows" {
    diffrun snmpset $(mibs) -v2c -c private AGENT sysContact.0 s \
        "$(printf 'a%.0s' $(seq 300))"
}
@test "mib set: OID value by name" {
    diffrun snmpset $(mibs) -v2c -c private AGENT sysORID.1 o foo
}
