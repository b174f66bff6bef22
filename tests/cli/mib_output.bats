#!/usr/bin/env bats
# MIB-resolved output (libcore/fmt with libcore/mib) diffed against
# Net-SNMP: names with decoded indexes, enumerations, DISPLAY-HINTs,
# UNITS, BITS and type mismatches, in every -O mode.
#
# The agent of this file also serves tests/data/mibs/fmt/pass-fmt.sh
# under .1.3.6.1.4.1.99998 (objects of SNMPKIT-FMT-MIB) and shows the
# interface, engine, VACM and ifX groups.  Only values that stay fixed
# while the agent runs are compared (no counters, no uptimes).

load helpers/common

setup_file() {
    local fmt=$SK_ROOT/tests/data/mibs/fmt extra="" sub
    # agent_start hands the lines to awk -v, which turns \n into newlines.
    for sub in .1.3.6.1.2.1.2 .1.3.6.1.2.1.31.1.1.1.1 .1.3.6.1.6.3 \
        .1.3.6.1.4.1.99998; do
        extra+="view testview included $sub\\n"
    done
    agent_start "${extra}pass .1.3.6.1.4.1.99998 /bin/sh $fmt/pass-fmt.sh"
}

MIBDIRS_ARG="$SK_ROOT/mibs:$SK_ROOT/tests/data/mibs/fmt"
STD=SNMPv2-MIB:IF-MIB:SNMP-FRAMEWORK-MIB:SNMP-VIEW-BASED-ACM-MIB
FMT=.1.3.6.1.4.1.99998
IFCOLS="ifIndex ifDescr ifType ifMtu ifPhysAddress ifAdminStatus"

# Every -O variant worth comparing on MIB output.
OPTS="-OS -Os -Of -On -Ou -Oq -OQ -Ov -Oqv -Oe -Oqe -OX -OXs -OE -Ob \
-OU -Ot -OT -Ox -Oa -O0 -Ih -OXq -OXf -OXE -Obs"

# diffrun TOOL with the MIB dirs and modules MODS, once per option set.
each_opt() {
    local mods=$1 tool=$2 opt
    shift 2
    for opt in $OPTS; do
        diffrun "$tool" -M "$MIBDIRS_ARG" -m "$mods" "$opt" "$@" || return 1
    done
}

@test "mib output: system group, default style" {
    diffrun snmpwalk -M "$MIBDIRS_ARG" -m "$STD" -v2c -c public AGENT \
        .1.3.6.1.2.1.1
}
@test "mib output: system group, every -O option" {
    each_opt "$STD" snmpwalk -v2c -c public AGENT .1.3.6.1.2.1.1
}
@test "mib output: sysORTable (OID values, TimeStamps)" {
    each_opt "$STD" snmpwalk -v2c -c public AGENT .1.3.6.1.2.1.1.9
}
@test "mib output: unknown node below system prints the ancestor" {
    each_opt "$STD" snmpget -v2c -c public AGENT .1.3.6.1.2.1.1.99.0
}
@test "mib output: unknown enterprise prints SNMPv2-SMI::enterprises" {
    each_opt "$STD" snmpget -v2c -c public AGENT .1.3.6.1.4.1.9.9.42.1.1.1.0
}
@test "mib output: stable ifTable columns, every -O option" {
    local col
    for col in 1 2 3 4 6 7; do
        each_opt "$STD" snmpwalk -v2c -c public AGENT \
            .1.3.6.1.2.1.2.2.1.$col || return 1
    done
}
@test "mib output: ifTable by name, IF-MIB only" {
    local col
    for col in $IFCOLS; do
        diffrun snmpwalk -M "$MIBDIRS_ARG" -m IF-MIB -v2c -c public AGENT \
            "IF-MIB::$col" || return 1
    done
}
@test "mib output: ifPhysAddress with RFC1213-MIB too (no hint)" {
    each_opt "RFC1213-MIB:IF-MIB" snmpwalk -v2c -c public AGENT \
        .1.3.6.1.2.1.2.2.1.6
}
@test "mib output: ifName (ifXTable, AUGMENTS ifEntry)" {
    each_opt "$STD" snmpwalk -v2c -c public AGENT .1.3.6.1.2.1.31.1.1.1.1
}
@test "mib output: snmpEngine scalars (engineID in hex)" {
    each_opt "$STD" snmpget -v2c -c public AGENT .1.3.6.1.6.3.10.2.1.1.0 \
        .1.3.6.1.6.3.10.2.1.2.0 .1.3.6.1.6.3.10.2.1.4.0
}
@test "mib output: VACM tables (string and enum indexes)" {
    each_opt "$STD" snmpwalk -v2c -c public AGENT .1.3.6.1.6.3.16.1
}
@test "mib output: VACM without its module: numeric ancestor" {
    diffrun snmpwalk -M "$MIBDIRS_ARG" -m SNMPv2-MIB -v2c -c public AGENT \
        .1.3.6.1.6.3.16.1.2
}
@test "mib output: OID value under -On and -Of" {
    each_opt "$STD" snmpget -v2c -c public AGENT .1.3.6.1.2.1.1.2.0
}
@test "mib output: hints, enums, units, BITS, wrong types" {
    each_opt "SNMPKIT-FMT-MIB:$STD" snmpwalk -v2c -c public AGENT $FMT.1
}
@test "mib output: InetAddress, mixed and AUGMENTS indexes" {
    each_opt "SNMPKIT-FMT-MIB:$STD" snmpwalk -v2c -c public AGENT $FMT.2
    each_opt "SNMPKIT-FMT-MIB:$STD" snmpwalk -v2c -c public AGENT $FMT.3
    each_opt "SNMPKIT-FMT-MIB:$STD" snmpwalk -v2c -c public AGENT $FMT.4
}
@test "mib output: bulkwalk of the whole test MIB" {
    diffrun snmpbulkwalk -M "$MIBDIRS_ARG" -m "SNMPKIT-FMT-MIB:$STD" \
        -v2c -c public AGENT $FMT
}
@test "mib output: getnext across the table boundary" {
    diffrun snmpgetnext -M "$MIBDIRS_ARG" -m "SNMPKIT-FMT-MIB:$STD" \
        -v2c -c public AGENT $FMT.1.33 $FMT.2.1.3.16.3.97.98.99
}
@test "mib output: mibs from snmp.conf, hints off by directive" {
    diffrun --conf="mibdirs $MIBDIRS_ARG" \
        --conf="mibs +SNMPKIT-FMT-MIB:$STD" --conf="noDisplayHint yes" \
        snmpwalk -v2c -c public AGENT $FMT.1
}
@test "mib output: output directives in snmp.conf" {
    diffrun --conf="mibdirs $MIBDIRS_ARG" \
        --conf="mibs +SNMPKIT-FMT-MIB:$STD" --conf="extendedIndex yes" \
        --conf="dontPrintUnits yes" --conf="printNumericEnums yes" \
        snmpwalk -v2c -c public AGENT $FMT
}
