#!/usr/bin/env bats
# -m ALL: every bundled module loaded at once (and with Net-SNMP's own
# MIB directory behind ours), diffed against Net-SNMP.  Covers a walk of
# everything stable the agent serves in each -O style, names from every
# bundled module as input and output, input forms, bad names, and the
# diagnostics printed when a module's imports are missing.
#
# Besides the usual groups, the agent serves fixed rows of ENTITY-MIB,
# BRIDGE-MIB and the EtherLike-MIB tables snmpd lacks, through
# tests/data/mib_all/pass-std.sh.  Only values that stay fixed while the
# agent runs are in its view (no counters that move, no uptimes, no
# socket tables other tests change).

load helpers/common

setup_file() {
    local pass="/bin/sh $SK_ROOT/tests/data/mib_all/pass-std.sh"
    local extra="" sub p
    # agent_start hands the lines to awk -v, which turns \n into newlines.
    for sub in .1.3.6.1.2.1.31.1.1.1.1 \
        .1.3.6.1.2.1.4.1 .1.3.6.1.2.1.4.2 .1.3.6.1.2.1.4.20 \
        .1.3.6.1.2.1.25.2.3.1.1 .1.3.6.1.2.1.25.2.3.1.2 \
        .1.3.6.1.2.1.25.2.3.1.3 .1.3.6.1.2.1.25.2.3.1.4 \
        .1.3.6.1.2.1.25.3.2.1.1 .1.3.6.1.2.1.25.3.2.1.2 \
        .1.3.6.1.2.1.25.3.2.1.4 .1.3.6.1.2.1.25.3.8.1.1 \
        .1.3.6.1.2.1.25.3.8.1.4 .1.3.6.1.2.1.10.7.5 .1.3.6.1.2.1.10.7.9 \
        .1.3.6.1.2.1.10.7.10 .1.3.6.1.2.1.10.7.11 .1.3.6.1.2.1.17 \
        .1.3.6.1.2.1.47 .1.3.6.1.2.1.92.1.1 .1.3.6.1.6.3.10.2.1.1 \
        .1.3.6.1.6.3.10.2.1.4 .1.3.6.1.6.3.16.1; do
        extra+="view testview included $sub\\n"
    done
    for p in .1.3.6.1.2.1.47 .1.3.6.1.2.1.17 .1.3.6.1.2.1.10.7.5 \
        .1.3.6.1.2.1.10.7.9 .1.3.6.1.2.1.10.7.10 .1.3.6.1.2.1.10.7.11; do
        extra+="pass $p $pass $p\\n"
    done
    # The ifTable is visible to its own community only: under -m ALL its
    # nodes are defined by both IF-MIB and RFC1213-MIB (see the test
    # "duplicate nodes" below).
    for sub in 1 2 3 4 6 7; do
        extra+="view ifview included .1.3.6.1.2.1.2.2.1.$sub\\n"
    done
    extra+="rocommunity ifonly 127.0.0.1 -V ifview\\n"
    # ... and the VACM rows of that view (their index is an ifTable OID)
    # are hidden from the others.
    for sub in 3 4 5 6; do
        extra+="view testview excluded .1.3.6.1.6.3.16.1.5.2.1.$sub"
        extra+=".6.105.102.118.105.101.119\\n"
    done
    agent_start "$extra"
    # A MIB directory holding HOST-RESOURCES-TYPES and the SMI modules
    # but not HOST-RESOURCES-MIB, which it imports from.
    PARTIAL=$BATS_FILE_TMPDIR/partial
    mkdir -p "$PARTIAL"
    for p in SNMPv2-SMI SNMPv2-TC SNMPv2-CONF HOST-RESOURCES-TYPES; do
        cp "$SK_ROOT/mibs/$p.txt" "$PARTIAL/"
    done
    export PARTIAL
}

OURS="$SK_ROOT/mibs"
BOTH="$SK_ROOT/mibs:/usr/share/snmp/mibs"

# Run diffrun with -M DIRS -m ALL before the other arguments.
all() {
    local dirs=$1 tool=$2
    shift 2
    diffrun "$tool" -M "$dirs" -m ALL "$@"
}

# The walk of every stable object the agent serves, in one -O style.
walk_all() {
    all "$OURS" snmpwalk -v2c -c public "$@" AGENT .1
}

@test "mib all: walk, default style" {
    walk_all
}
@test "mib all: walk, -Of" {
    walk_all -Of
}
@test "mib all: walk, -On" {
    walk_all -On
}
@test "mib all: walk, -Os" {
    walk_all -Os
}
@test "mib all: walk, -OS" {
    walk_all -OS
}
@test "mib all: walk, -Ou" {
    walk_all -Ou
}
@test "mib all: walk, -Oe" {
    walk_all -Oe
}
@test "mib all: walk, -Ob" {
    walk_all -Ob
}
@test "mib all: walk, -OX" {
    walk_all -OX
}
@test "mib all: walk, -OE" {
    walk_all -OE
}
@test "mib all: walk, -OU" {
    walk_all -OU
}
@test "mib all: walk, -OT" {
    walk_all -OT
}
@test "mib all: walk, -Ot" {
    walk_all -Ot
}
@test "mib all: walk, -Ox" {
    walk_all -Ox
}
@test "mib all: walk, -Oq" {
    walk_all -Oq
}
@test "mib all: walk, -OQ" {
    walk_all -OQ
}
@test "mib all: walk, -Ov" {
    walk_all -Ov
}
@test "mib all: walk, -Oa" {
    walk_all -Oa
}
@test "mib all: walk, -Ih (no display hints)" {
    walk_all -Ih
}
@test "mib all: walk, -OXsq" {
    walk_all -OXsq
}
@test "mib all: walk, -Obe -OU" {
    walk_all -Obe -OU
}
@test "mib all: walk with Net-SNMP's MIB directory too" {
    all "$BOTH" snmpwalk -v2c -c public AGENT .1
}
@test "mib all: bulkwalk, -OX with both directories" {
    all "$BOTH" snmpbulkwalk -v2c -c public -OX AGENT .1
}

# IF-MIB and RFC1213-MIB both define the ifTable.  Net-SNMP sorts each
# MIB directory's file names (strcmp) and loads -m ALL in the reverse of
# that order, the first definition of a node keeping its module name and
# syntax: RFC1213-MIB::ifDescr.1 = STRING: "lo".
@test "mib all: duplicate nodes, ifTable owned by RFC1213-MIB" {
    local opt
    for opt in -Ob -OX -Os -On; do
        all "$OURS" snmpwalk -v2c -c ifonly "$opt" AGENT .1.3.6.1.2.1.2 ||
            return 1
    done
}
@test "mib all: duplicate nodes, UDP-MIB and TCP-MIB over RFC1213-MIB" {
    all "$OURS" snmpget -v2c -c public AGENT IF-MIB::ifDescr.1 \
        UDP-MIB::udpInDatagrams.0 TCP-MIB::tcpRtoMin.0 \
        IP-MIB::ipForwarding.0 RFC1213-MIB::ipDefaultTTL.0
}

# The new modules' tables in every style of interest.
@test "mib all: ENTITY-MIB tables, each style" {
    local opt
    for opt in -Ob -OX -Os -OS -Of -Oe -OE -Ih -Oq; do
        all "$OURS" snmpwalk -v2c -c public "$opt" AGENT \
            ENTITY-MIB::entityMIB || return 1
    done
}
@test "mib all: BRIDGE-MIB tables (MacAddress indexes), each style" {
    local opt
    for opt in -Ob -OX -Os -OS -Of -Oe -OE -Ih -OU -Oq; do
        all "$OURS" snmpwalk -v2c -c public "$opt" AGENT \
            BRIDGE-MIB::dot1dBridge || return 1
    done
}
@test "mib all: EtherLike-MIB tables (BITS, Counter64), each style" {
    local opt
    for opt in -Ob -OX -Os -OS -Of -Oe -Ih -Oq; do
        all "$OURS" snmpwalk -v2c -c public "$opt" AGENT \
            EtherLike-MIB::dot3 || return 1
    done
}

# One name from every bundled module, as MODULE::name.  Most are not
# served by the agent: the answer is noSuchObject, printed by name.
@test "mib all: snmpget of a name from every bundled module" {
    all "$OURS" snmpget -v2c -c public AGENT \
        SNMPv2-MIB::sysDescr.0 RFC1213-MIB::sysName.0 \
        IF-MIB::ifTableLastChange.0 IF-MIB::ifName.1 \
        IP-MIB::ipv6IpForwarding.0 IP-FORWARD-MIB::inetCidrRouteNumber.0 \
        TCP-MIB::tcpListenerProcess.1.0.80 UDP-MIB::udpHCInDatagrams.0 \
        HOST-RESOURCES-MIB::hrMemorySize.0 \
        ENTITY-MIB::entLastChangeTime.0 BRIDGE-MIB::dot1dBaseType.0 \
        EtherLike-MIB::dot3PauseAdminMode.1
    all "$OURS" snmpget -v2c -c public AGENT \
        SNMP-FRAMEWORK-MIB::snmpEngineID.0 \
        SNMP-FRAMEWORK-MIB::snmpEngineMaxMessageSize.0 \
        SNMP-MPD-MIB::snmpUnknownSecurityModels.0 \
        SNMP-TARGET-MIB::snmpTargetSpinLock.0 \
        SNMP-USER-BASED-SM-MIB::usmUserSpinLock.0 \
        SNMP-VIEW-BASED-ACM-MIB::vacmViewSpinLock.0 \
        SNMP-COMMUNITY-MIB::snmpTrapAddress.0 \
        NOTIFICATION-LOG-MIB::nlmConfigGlobalEntryLimit.0 \
        DISMAN-EVENT-MIB::mteResourceSampleMinimum.0 \
        SNMPv2-MIB::snmpSetSerialNo.0
}
@test "mib all: snmpgetnext from the node of every bundled module" {
    local m
    for m in SNMPv2-MIB::system IF-MIB::ifMIB IP-MIB::ipMIB \
        IP-FORWARD-MIB::ipForward TCP-MIB::tcp UDP-MIB::udp \
        HOST-RESOURCES-MIB::host HOST-RESOURCES-TYPES::hrStorageTypes \
        ENTITY-MIB::entityMIB BRIDGE-MIB::dot1dBridge \
        EtherLike-MIB::etherMIB EtherLike-MIB::dot3 \
        SNMP-FRAMEWORK-MIB::snmpEngine SNMP-VIEW-BASED-ACM-MIB::vacmMIB \
        NOTIFICATION-LOG-MIB::notificationLogMIB \
        SNMP-NOTIFICATION-MIB::snmpNotifyTable \
        SNMP-PROXY-MIB::snmpProxyTable DISMAN-EVENT-MIB::dismanEventMIB \
        SNMP-USM-AES-MIB::usmAesCfb128Protocol \
        SNMP-USM-HMAC-SHA2-MIB::usmHMAC192SHA256AuthProtocol \
        SNMPv2-TM::snmpUDPDomain UUID-TC-MIB::uuidTCMIB \
        IANA-ENTITY-MIB::ianaEntityMIB INET-ADDRESS-MIB::inetAddressMIB \
        HCNUM-TC::hcnumTC IANAifType-MIB::ianaifType; do
        all "$OURS" snmpgetnext -v2c -c public -Os AGENT "$m" || return 1
    done
}

# Input forms with the new modules' indexes.
@test "mib all: bare names of the new modules (random access)" {
    all "$OURS" snmpget -v2c -c public AGENT entPhysicalDescr.1 \
        entPhysicalClass.10 dot1dStpPortState.1 dot3InPauseFrames.1 \
        dot3CollFrequencies.1.2 entAliasMappingIdentifier.10.0
}
@test "mib all: MacAddress index given numerically and as a string" {
    all "$OURS" snmpget -v2c -c public AGENT \
        BRIDGE-MIB::dot1dTpFdbPort.0.17.34.51.68.85 \
        'BRIDGE-MIB::dot1dTpFdbStatus."\0PV\1\2\3"' \
        BRIDGE-MIB::dot1dStaticStatus.1.128.194.0.0.0.0
}
LONGNAME=.iso.org.dod.internet.mgmt.mib-2.entityMIB.entityMIBObjects
LONGNAME+=.entityGeneral.entLastChangeTime.0
@test "mib all: -On of names from the new modules" {
    all "$OURS" snmpget -v2c -c public -On AGENT \
        ENTITY-MIB::entPhysicalUUID.1 BRIDGE-MIB::dot1dStpDesignatedRoot.0 \
        EtherLike-MIB::dot3ControlFunctionsSupported.1 \
        "$LONGNAME"
}
@test "mib all: -IR, -Ib, -Is and -Iu with the new modules" {
    all "$OURS" snmpget -v2c -c public -IR -On AGENT dot1dBaseNumPorts.0
    all "$OURS" snmpget -v2c -c public -Ib -On AGENT dot1dBaseNumPort
    all "$OURS" snmpget -v2c -c public -Is .0 -On AGENT entLastChangeTime
    all "$OURS" snmpget -v2c -c public -Iu -On AGENT \
        dot1dBridge.dot1dBase.dot1dBaseType.0
}
@test "mib all: table entries and columns as getnext starts" {
    all "$OURS" snmpgetnext -v2c -c public AGENT ENTITY-MIB::entPhysicalEntry \
        ENTITY-MIB::entPhysicalUUID BRIDGE-MIB::dot1dTpFdbEntry \
        BRIDGE-MIB::dot1dStaticTable EtherLike-MIB::dot3CollEntry \
        ENTITY-MIB::entPhysicalContainsTable
}

@test "mib all: index checks and regex lookups, both directories" {
    local b=(-M "$BOTH" -m ALL -v2c -c public -On)
    diffrun snmpget "${b[@]}" AGENT UCD-SNMP-MIB::memTotalReal.0 \
        'NET-SNMP-EXTEND-MIB::nsExtendOutput1Line."x"' 'nsExtendResult."abc"'
    diffrun snmpget "${b[@]}" -Ib AGENT '^entPhysical.*UUID'
    diffrun snmpget "${b[@]}" -Ib AGENT 'dot3.*Pause.*Admin'
    diffrun snmpget "${b[@]}" -IS ENTITY-MIB:: AGENT entLastChangeTime.0
    diffrun snmpget "${b[@]}" AGENT dot1dTpFdbPort.0.17.34
    diffrun snmpget "${b[@]}" AGENT entPhysicalDescr.2147483648
    diffrun snmpget "${b[@]}" AGENT dot3CollFrequencies.1.17
    diffrun snmpget "${b[@]}" AGENT ENTITY-MIB::entPhysicalEntry.2.1 \
        IANA-ENTITY-MIB::ianaEntityMIB.5 \
        iso.org.dod.internet.mgmt.mib-2.47.1.4.1.0
}

# Net-SNMP reads the module named in MODULE::name when it is not loaded
# yet (get_module_node() calls read_module()), so the name resolves even
# though -m did not list the module.
@test "mib all: MODULE::name loads a module not in -m" {
    diffrun snmpget -M "$OURS" -m SNMPv2-MIB -v2c -c public AGENT \
        ENTITY-MIB::entLastChangeTime.0 BRIDGE-MIB::dot1dStpPriority.0
}

# snmptranslate over the new modules (when it is built).
translate() {
    [ -x "$SK_BIN/snmptranslate" ] || skip "snmptranslate not built"
    all "$OURS" snmptranslate "$@"
}
@test "mib all: snmptranslate -Td of new objects" {
    translate -Td ENTITY-MIB::entPhysicalUUID
    translate -Td BRIDGE-MIB::dot1dStpBridgeMaxAge
    translate -Td EtherLike-MIB::dot3ControlFunctionsSupported
    translate -Td UUID-TC-MIB::uuidTCMIB
}
@test "mib all: snmptranslate names and numbers of new objects" {
    translate -On ENTITY-MIB::entPhysicalClass BRIDGE-MIB::newRoot \
        EtherLike-MIB::dot3HCStatsSymbolErrors
    translate -Of .1.3.6.1.2.1.17.4.3.1.2 .1.3.6.1.2.1.47.2.0.1
    translate -IR -Os dot1dTpFdbStatus entAliasMappingIdentifier
}
@test "mib all: snmptranslate -Tp of the new tables" {
    translate -Tp ENTITY-MIB::entPhysicalTable
    translate -Tp BRIDGE-MIB::dot1dStaticTable
    translate -Tp EtherLike-MIB::dot3PauseTable
}

# Bad names and indexes.
@test "mib all: unknown name in a new module" {
    all "$OURS" snmpget -v2c -c public AGENT ENTITY-MIB::entBogus.0
}
@test "mib all: unknown module" {
    # Net-SNMP tries to read the module (get_module_node -> read_module)
    # and prints the search path and "Cannot find module"; so do we.
    all "$OURS" snmpget -v2c -c public AGENT NO-SUCH-MIB::sysDescr.0
}
@test "mib all: name from the wrong module" {
    all "$OURS" snmpget -v2c -c public AGENT BRIDGE-MIB::sysDescr.0
}
@test "mib all: non-numeric index of an integer column" {
    all "$OURS" snmpget -v2c -c public AGENT entPhysicalDescr.chassis
}
@test "mib all: index out of the column's range" {
    all "$OURS" snmpget -v2c -c public AGENT entPhysicalDescr.0
}
@test "mib all: MacAddress index string of the wrong length" {
    all "$OURS" snmpget -v2c -c public AGENT 'dot1dTpFdbPort."abc"'
}
@test "mib all: snmpset of a read-only new object, by MIB type" {
    all "$OURS" snmpset -v2c -c private AGENT entPhysicalAlias.1 = edge
    all "$OURS" snmpset -v2c -c private AGENT dot1dStpPortEnable.1 = enabled
}
@test "mib all: snmpset value out of a new object's range" {
    all "$OURS" snmpset -v2c -c private AGENT dot1dStpBridgeMaxAge.0 i 10
    all "$OURS" snmpset -v2c -c private AGENT dot3PauseAdminMode.1 i bogus
}

@test "mib all: snmpset checks sizes, hints and ranges of new objects" {
    local -a cases=(
        "entPhysicalAlias.1 s aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        "entPhysicalUUID.1 x 00112233"
        "entPhysicalUUID.1 = 00112233445566778899aabbccddeeff"
        "dot1dStpPriority.0 i 70000"
        "dot1dTpAgingTime.0 = 5")
    local c
    for c in "${cases[@]}"; do
        # shellcheck disable=SC2086  # each case is OID TYPE VALUE
        all "$OURS" snmpset -v2c -c private AGENT $c || return 1
    done
}
@test "mib all: snmpset by MIB type: enum, BITS, DateAndTime, MacAddress" {
    local -a cases=(
        "dot3PauseAdminMode.1 i enabledXmit"
        "dot3ControlFunctionsSupported.1 b pause"
        "entPhysicalMfgDate.1 = 2023-1-2,3:4:5.6"
        "dot1dStaticAllowedToGoTo.1.128.194.0.0.0.0 x ffff"
        "dot1dStaticAddress.1.128.194.0.0.0.0 = 01:80:c2:00:00:00")
    local c
    for c in "${cases[@]}"; do
        # shellcheck disable=SC2086  # each case is OID TYPE VALUE
        all "$OURS" snmpset -v2c -c private AGENT $c || return 1
    done
}

# Default search path: -m ALL without -M reads our bundled directory
# first, Net-SNMP's directory after it; Debian's Net-SNMP has no standard
# MIBs there, so the two differ by design and only ours is checked.
@test "mib all: -m ALL with the default path loads cleanly" {
    local want
    ourrun snmpget -m ALL -v2c -c public AGENT sysName.0 \
        NET-SNMP-EXTEND-MIB::nsExtendNumEntries.0 \
        ENTITY-MIB::entLastChangeTime.0
    echo "status=$status stdout=[$stdout] stderr=[$stderr]"
    want='SNMPv2-MIB::sysName.0 = STRING: test-agent "one" \ two'
    want+=$'\nNET-SNMP-EXTEND-MIB::nsExtendNumEntries.0 = No Such Object'
    want+=' available on this agent at this OID'
    want+=$'\nENTITY-MIB::entLastChangeTime.0 = Timeticks: (4200) 0:00:42.00'
    [ "$status" -eq 0 ]
    [ -z "$stderr" ]
    [ "$stdout" = "$want" ]
}

# Diagnostics for a module whose import source is missing.  Net-SNMP
# prints "Cannot find module (HOST-RESOURCES-MIB): At line 9 in FILE"
# (as ours now does), then the Unlinked/Undefined pairs and the
# "Cannot adopt OID" lines in the order of its node hash (sum of the
# parent label's lower-cased characters modulo 128, a bucket's nodes in
# reverse), the adopt lines twice under -m ALL (ascending the 2nd time).
# Net-SNMP also skips reading a FROM module when all the symbols taken
# from it are its own keywords (MODULE-IDENTITY, OBJECT-IDENTITY, ...):
# here SNMPv2-SMI is never read, so output stays numeric (iso.3.6.1...).
@test "mib all: HOST-RESOURCES-TYPES without HOST-RESOURCES-MIB" {
    skip "known difference: diagnostics order and lines (libcore/mib, apps)"
    all "$PARTIAL" snmpget -v2c -c public AGENT .1.3.6.1.2.1.1.5.0
}
@test "mib all: missing import, named module" {
    skip "known difference: diagnostics, SNMPv2-SMI read (libcore/mib, apps)"
    diffrun snmpget -M "$PARTIAL" -m HOST-RESOURCES-TYPES -v2c -c public \
        AGENT .1.3.6.1.2.1.25.2.3.1.2.1
}
@test "mib all: missing import, lookup of an orphaned name" {
    skip "known difference: diagnostics order and lines (libcore/mib, apps)"
    all "$PARTIAL" snmpget -v2c -c public AGENT hrStorageRam
}
@test "mib all: keyword-only imports do not read SNMPv2-SMI" {
    diffrun snmpget -M "$OURS" -m SNMPv2-TC -v2c -c public AGENT \
        .1.3.6.1.2.1.1.5.0
}
@test "mib all: directory that does not exist" {
    all "$BATS_FILE_TMPDIR/nonexistent" snmpget -v2c -c public AGENT \
        .1.3.6.1.2.1.1.5.0
}
