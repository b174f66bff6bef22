#!/usr/bin/env bats
# snmptranslate diffed against Net-SNMP's with the same MIBs: names to
# numbers and back in every -O mode, the -Td definitions and -Tp trees of
# every node of every bundled and Debian-installed module, the whole-tree
# reports, lookup modes, option errors and exit codes.
#
# The per-module cases are generated (see the comment above them); the
# node lists come from Net-SNMP's own "snmptranslate -To" for the module.

load helpers/common

# No agent is needed: just the temp dir the differential runner uses.
setup_file() {
    SK_AGENT_DIR=$(mktemp -d "${BATS_FILE_TMPDIR:-/tmp}/xlate.XXXXXX")
    export SK_AGENT_DIR
    mkdir -p "$SK_AGENT_DIR/conf" "$SK_AGENT_DIR/mibs"
    echo "mibs :" > "$SK_AGENT_DIR/conf/snmp.conf"
    # Arcs no module names, which Net-SNMP calls anonymous#N, and nodes
    # under all three roots.
    cat > "$SK_AGENT_DIR/mibs/TEST-ANON-MIB.txt" <<'MIB'
TEST-ANON-MIB DEFINITIONS ::= BEGIN
IMPORTS enterprises, OBJECT-TYPE, Integer32 FROM SNMPv2-SMI;
anonRoot OBJECT IDENTIFIER ::= { enterprises 99990 }
a1 OBJECT IDENTIFIER ::= { anonRoot 1 2 3 }
a2 OBJECT IDENTIFIER ::= { anonRoot 1 2 4 }
a3 OBJECT IDENTIFIER ::= { anonRoot 5 6 }
a4 OBJECT IDENTIFIER ::= { anonRoot 1 7 }
named OBJECT IDENTIFIER ::= { anonRoot 5 }
jointThing OBJECT IDENTIFIER ::= { joint-iso-ccitt 5 }
ccittThing OBJECT IDENTIFIER ::= { ccitt 7 }
deep OBJECT IDENTIFIER ::= { jointThing 1 2 3 }
obj OBJECT-TYPE
    SYNTAX      Integer32
    MAX-ACCESS  read-only
    STATUS      current
    DESCRIPTION "An object below an unnamed arc."
    ::= { anonRoot 9 8 }
END
MIB
}

teardown_file() {
    rm -rf "$SK_AGENT_DIR"
}

DIRS="$SK_ROOT/mibs:/usr/share/snmp/mibs"
ALL="-M $DIRS -m ALL"
# laLoadFloat's Opaque SIZE: Net-SNMP prints garbage there (see the
# "Opaque range" case), so the per-module -Td runs leave it out.
SKIP_NODE=.1.3.6.1.4.1.2021.10.1.6

# The nodes Net-SNMP knows once MODULES are loaded, numerically.
nodes_of() {
    env -u MIBS -u MIBDIRS SNMPCONFPATH="$SK_AGENT_DIR/conf" \
        HOME="$SK_AGENT_DIR" "$SK_NETSNMP_BIN/snmptranslate" -M "$DIRS" \
        -m "$1" -To 2>/dev/null | grep -vx "$SKIP_NODE"
}

# diffrun snmptranslate over every node of MODULES with options OPTS.
each_node() {
    local mods=$1 nodes
    shift
    nodes=$(nodes_of "$mods")
    [ -n "$nodes" ] || return 1
    # shellcheck disable=SC2086  # one argument per node
    diffrun snmptranslate -M "$DIRS" -m "$mods" "$@" $nodes
}

# ---- translation ----

@test "snmptranslate: numeric to MODULE::name" {
    diffrun snmptranslate $ALL .1.3.6.1.2.1.1.1.0
}
@test "snmptranslate: -On of a qualified name" {
    diffrun snmptranslate $ALL -On SNMPv2-MIB::sysDescr.0
}
@test "snmptranslate: -Of -Os -OS -Ou -Ob -OX -OE" {
    for o in f s S u b X E fX sX n; do
        diffrun snmptranslate $ALL -O$o .1.3.6.1.2.1.2.2.1.2.5 || return 1
        diffrun snmptranslate $ALL -O$o 'SNMP-VIEW-BASED-ACM-MIB::vacmGroupName.1."comm1"' || return 1
    done
}
@test "snmptranslate: full-path and iso. names" {
    diffrun snmptranslate $ALL -On .iso.org.dod.internet.mgmt.mib-2.system.sysName.0
    diffrun snmptranslate $ALL iso.3.6.1.2.1.1.5.0
    diffrun snmptranslate $ALL 1.3.6.1.2.1.1.5.0
}
@test "snmptranslate: bare name needs -IR" {
    diffrun snmptranslate $ALL sysDescr.0
}
@test "snmptranslate: -IR name" {
    diffrun snmptranslate $ALL -IR -On sysDescr.0
    diffrun snmptranslate $ALL -IR ifDescr.3
    diffrun snmptranslate $ALL -IR -Td ifDescr
}
@test "snmptranslate: -IR unknown and numeric" {
    diffrun snmptranslate $ALL -IR foo
    diffrun snmptranslate $ALL -IR .1.3.6
}
@test "snmptranslate: -Ib best match and no match" {
    diffrun snmptranslate $ALL -Ib -On sysDesc
    diffrun snmptranslate $ALL -Ib 'ifAdmin'
    diffrun snmptranslate $ALL -Ib zzzzq
}
@test "snmptranslate: index errors" {
    diffrun snmptranslate $ALL 'SNMP-VIEW-BASED-ACM-MIB::vacmSecurityModel.0."wes"'
    diffrun snmptranslate $ALL -On 'IF-MIB::ifDescr.foo'
    diffrun snmptranslate $ALL -On .1..3
}
@test "snmptranslate: string indexes" {
    diffrun snmptranslate $ALL -On 'SNMP-VIEW-BASED-ACM-MIB::vacmGroupName.1."comm1"'
    diffrun snmptranslate $ALL -On ".1.3.6.1.2.1.2.2.1.2.1.'ab'"
}
@test "snmptranslate: several OIDs, blank line between" {
    diffrun snmptranslate $ALL -On SNMPv2-MIB::sysName.0 SNMPv2-MIB::sysContact.0
}
@test "snmptranslate: stops at the first unknown OID" {
    diffrun snmptranslate $ALL -On SNMPv2-MIB::sysName.0 FOO::bar SNMPv2-MIB::sysContact.0
}
@test "snmptranslate: unknown module and label" {
    diffrun snmptranslate $ALL NOPE-MIB::sysName.0
    diffrun snmptranslate $ALL SNMPv2-MIB::nope
}
@test "snmptranslate: no MIBs loaded" {
    diffrun snmptranslate .1.3.6.1.2.1.1.1.0
    diffrun snmptranslate -m "" -On .1.3.6.1.2.1.1.1.0
    diffrun snmptranslate .5.1
    diffrun snmptranslate -Td .1.3.6 .0 .2 .5
    diffrun snmptranslate -Tp
    diffrun snmptranslate -Tp .1.3
    diffrun snmptranslate -Ib is
    diffrun snmptranslate -IR -On iso.3
    diffrun snmptranslate -Tl
}
# Both tools read the same standard input; diffrun gives them none.
stdin_run() {
    local prog=$1
    shift
    env -u MIBS -u MIBDIRS SNMPCONFPATH="$SK_AGENT_DIR/conf" \
        HOME="$SK_AGENT_DIR" "$prog/snmptranslate" "$@" \
        < "$SK_AGENT_DIR/in.txt" 2>&1
    echo "exit $?"
}

@test "snmptranslate: stdin with -" {
    printf '%s\n' '.1.3.6.1.2.1.1.5.0 = STRING: x' '  .1.3.6.1.2.1.1.4.0 y' \
        'not an oid' '' 'SNMPv2-MIB::sysName.0	x' 'sysName.0 = 1' \
        '.1.3.6.1.2.1.2.2.1.2.1' > "$SK_AGENT_DIR/in.txt"
    local o ref our
    for o in -Os -On -IR -Ib -Td -Tp -Of; do
        ref=$(stdin_run "$SK_NETSNMP_BIN" $ALL $o -)
        our=$(stdin_run "$SK_BIN" $ALL $o -)
        [ "$ref" = "$our" ] || { diff <(echo "$ref") <(echo "$our"); return 1; }
    done
    ref=$(stdin_run "$SK_NETSNMP_BIN" $ALL .1.3 - .1.3.6)
    our=$(stdin_run "$SK_BIN" $ALL .1.3 - .1.3.6)
    [ "$ref" = "$our" ]
}

# ---- -Td, -Tp and the tree reports ----

@test "snmptranslate: -Td of each kind of definition" {
    for n in IF-MIB::ifDescr IF-MIB::ifEntry IF-MIB::ifType \
        SNMPv2-MIB::coldStart SNMPv2-MIB::snmpGroup \
        SNMPv2-MIB::snmpBasicNotificationsGroup SNMPv2-MIB::snmpBasicCompliance \
        SNMPv2-MIB::snmpMIB SNMPv2-SMI::internet SNMPv2-SMI::zeroDotZero \
        IF-MIB::linkDown IF-MIB::ifXEntry SNMPv2-MIB::sysORTable \
        RFC1213-MIB::ifIndex UDP-MIB::udpLocalPort; do
        diffrun snmptranslate $ALL -Td "$n" || return 1
    done
}
@test "snmptranslate: -Td of roots and unknown arcs" {
    diffrun snmptranslate $ALL -Td .1
    diffrun snmptranslate $ALL -Td .0
    diffrun snmptranslate $ALL -Td .5.1
    diffrun snmptranslate $ALL -Td .1.3.6.1.99.9
    diffrun snmptranslate $ALL -Td IF-MIB::ifDescr.7
}
@test "snmptranslate: -Td wrapping with -w" {
    for w in 1 20 40 60 80 132; do
        diffrun snmptranslate $ALL -w $w -Td IF-MIB::ifType IF-MIB::ifEntry \
            SNMP-TARGET-MIB::snmpTargetAddrEntry IF-MIB::linkDown \
            HOST-RESOURCES-MIB::hrSWRunPerfEntry UDP-MIB::udpLocalPort || return 1
    done
}
@test "snmptranslate: -Td with -Of -On -OS -Os -Ou" {
    for o in f n S s u; do
        diffrun snmptranslate $ALL -O$o -Td IF-MIB::ifPhysAddress.1 || return 1
    done
}
@test "snmptranslate: -Td and -Pd toggles" {
    diffrun snmptranslate $ALL -Pd -Td SNMPv2-MIB::sysDescr
    diffrun snmptranslate $ALL -Td -Pd SNMPv2-MIB::sysDescr
}
@test "snmptranslate: -Tp of the whole tree" {
    diffrun snmptranslate $ALL -Tp
}
@test "snmptranslate: -Tp of subtrees and wrapping" {
    diffrun snmptranslate $ALL -Tp .0
    diffrun snmptranslate $ALL -Tp IF-MIB::ifTable
    diffrun snmptranslate $ALL -Tp SNMPv2-MIB::system SNMPv2-MIB::snmp
    for w in 20 50 80; do
        diffrun snmptranslate $ALL -w $w -Tp IF-MIB::interfaces || return 1
        diffrun snmptranslate $ALL -w $w -Tp UDP-MIB::udp || return 1
    done
}
@test "snmptranslate: -Tp of an OID below the tree" {
    diffrun snmptranslate $ALL -Tp .1.3.6.1.2.1.1.1.0
    diffrun snmptranslate $ALL -Tp .5.5
}
@test "snmptranslate: -To -Ts -Tl -Tz -Tt reports" {
    for t in o s l z t os lz losz lostz; do
        diffrun snmptranslate $ALL -T$t || return 1
    done
}
@test "snmptranslate: reports with -m of one module" {
    diffrun snmptranslate -M "$DIRS" -m IF-MIB -Tl
    diffrun snmptranslate -M "$DIRS" -m SNMPv2-SMI -Tp
}
@test "snmptranslate: -TB with one match and none" {
    diffrun snmptranslate $ALL -TB sysDescr
    diffrun snmptranslate $ALL -TB '^ifMtu$'
    diffrun snmptranslate $ALL -TB -Td sysUpTime
    diffrun snmptranslate $ALL -TB zzzzq
}
@test "snmptranslate: -TB with many matches, in Net-SNMP's order" {
    for r in ifIn if Entry 'if.*Octets' snmp 'Status$' a i '^ip' aix         Table 'o*s' '['; do
        diffrun snmptranslate $ALL -TB "$r" || return 1
    done
    diffrun snmptranslate $ALL -TB -Td -w 70 'ifIn.*Errors'
    diffrun snmptranslate $ALL -TB -On '^sys'
}
@test "snmptranslate: -Ib ties and shared labels" {
    for r in if Entry snmp a i aix hpux9 '^ip' 'o*s' '['; do
        diffrun snmptranslate $ALL -Ib -On "$r" || return 1
    done
    diffrun snmptranslate $ALL -IR -On aix
    diffrun snmptranslate $ALL -IR -On irix.0
}
@test "snmptranslate: -Ta" {
    diffrun snmptranslate $ALL -Ta
    diffrun snmptranslate -M "$DIRS" -m IF-MIB -Ta
    diffrun snmptranslate -M "$DIRS" -m UCD-SNMP-MIB:NET-SNMP-AGENT-MIB -Ta
}
@test "snmptranslate: -TB with -IR does random access" {
    diffrun snmptranslate $ALL -TB -IR sysDescr.0
}

@test "snmptranslate: unnamed arcs (anonymous#N)" {
    local m=(-M "$DIRS:$SK_AGENT_DIR/mibs" -m TEST-ANON-MIB)
    for t in l s z t p a; do
        diffrun snmptranslate "${m[@]}" -T$t || return 1
    done
    diffrun snmptranslate "${m[@]}" -Td .2.5.1 .2.5.1.2 \
        .1.3.6.1.4.1.99990.1 .1.3.6.1.4.1.99990.1.2 .1.3.6.1.4.1.99990.9.8
    diffrun snmptranslate "${m[@]}" .2.5.1.2.3.4 .1.3.6.1.4.1.99990.1.2.9
    diffrun snmptranslate "${m[@]}" -OS .2.5.1
    diffrun snmptranslate "${m[@]}" -Tp .2
    diffrun snmptranslate "${m[@]}" -TB anon
    diffrun snmptranslate "${m[@]}" -Ib -On 'anonymous#1'
}
@test "snmptranslate: a MODULE:: prefix loads the module" {
    diffrun snmptranslate -M "$DIRS" -m SNMPv2-MIB IF-MIB::ifDescr.1 .1.3.6.1.2.1.2.2.1.2.1
    diffrun snmptranslate -M "$DIRS" -m SNMPv2-MIB -Td IF-MIB::ifDescr.1
    diffrun snmptranslate -M "$DIRS" IF-MIB::ifDescr.1
    diffrun snmptranslate -M "$DIRS" -m FOO FOO::bar
}

# ---- options and errors ----

@test "snmptranslate: no arguments, -h" {
    diffrun snmptranslate
    diffrun snmptranslate -h
}
@test "snmptranslate: unknown letters to -O -I -P -T -L" {
    diffrun snmptranslate $ALL -Oz .1.3
    diffrun snmptranslate $ALL -Iz .1.3
    diffrun snmptranslate $ALL -Pz .1.3
    diffrun snmptranslate $ALL -Tq .1.3
    diffrun snmptranslate $ALL -Lx .1.3
}
@test "snmptranslate: unknown option, missing argument" {
    diffrun snmptranslate $ALL -q .1.3
    diffrun snmptranslate $ALL -m
}
@test "snmptranslate: -w must be positive" {
    diffrun snmptranslate $ALL -w 0 .1.3
    diffrun snmptranslate $ALL -w abc .1.3
    diffrun snmptranslate $ALL -w -5 .1.3
    diffrun snmptranslate $ALL -w 10x .1.3
}
@test "snmptranslate: -Op takes the rest of the word" {
    diffrun snmptranslate $ALL -Opn .1.3
}
@test "snmptranslate: -D -L and -P letters are accepted" {
    diffrun snmptranslate $ALL -Le -Pu .1.3.6.1.2.1.1.1.0
    diffrun snmptranslate $ALL -PR -Td SNMPv2-MIB::sysDescr
}
@test "snmptranslate: mibs from snmp.conf, and -m replacing them" {
    diffrun --conf="mibs +IF-MIB" --conf="mibdirs $DIRS" snmptranslate .1.3.6.1.2.1.2.2.1.2.1
    diffrun --conf="mibs IF-MIB" snmptranslate -M "$DIRS" -m SNMPv2-MIB .1.3.6.1.2.1.2.2.1.2.1
}
@test "snmptranslate: output directives in snmp.conf" {
    diffrun --conf="printNumericOids yes" snmptranslate $ALL SNMPv2-MIB::sysName.0
    diffrun --conf="oidOutputFormat 3" snmptranslate $ALL .1.3.6.1.2.1.1.5.0
}
@test "snmptranslate: MIBS and MIBDIRS environment" {
    diffrun --env=MIBS=ALL --env=MIBDIRS=$DIRS snmptranslate .1.3.6.1.2.1.1.5.0
}
@test "snmptranslate: -V prints our version" {
    ourrun snmptranslate -V
    [ "$status" -eq 0 ]
    [[ $stderr == "snmpkit version: "* ]]
}
@test "snmptranslate: Opaque range in -Td (Net-SNMP prints garbage)" {
    # Net-SNMP 5.9.3 writes the module name between the parentheses of
    # an Opaque's SIZE; we write the bounds.
    ourrun snmptranslate $ALL -Td UCD-SNMP-MIB::laLoadFloat
    [ "$status" -eq 0 ]
    [[ $stdout == *"SYNTAX	Opaque (7) "* ]]
}
@test "snmptranslate: -Is and -IS take the next word" {
    # Net-SNMP 5.9.3 crashes on these; we append / prepend the word.
    ourrun snmptranslate $ALL -On -Is .0 SNMPv2-MIB::sysName
    [ "$stdout" = ".1.3.6.1.2.1.1.5.0" ]
    ourrun snmptranslate $ALL -On -IS SNMPv2-MIB:: sysName.0
    [ "$stdout" = ".1.3.6.1.2.1.1.5.0" ]
}

# ---- every node of every module ----
# Generated: for each module in mibs/ and /usr/share/snmp/mibs, the -Td
# definitions, -On, -Of and the default form of all its nodes (with the
# module's imports), and its -Tp tree.

@test "snmptranslate bundled BRIDGE-MIB: -Td of every node" {
    each_node BRIDGE-MIB -Td
}
@test "snmptranslate bundled BRIDGE-MIB: -On of every node" {
    each_node BRIDGE-MIB -On
}
@test "snmptranslate bundled BRIDGE-MIB: -Of of every node" {
    each_node BRIDGE-MIB -Of
}
@test "snmptranslate bundled BRIDGE-MIB: -OS -Td -w 72 of every node" {
    each_node BRIDGE-MIB -OS -Td -w 72
}
@test "snmptranslate bundled BRIDGE-MIB: default of every node" {
    each_node BRIDGE-MIB
}
@test "snmptranslate bundled BRIDGE-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m BRIDGE-MIB -Tp
}
@test "snmptranslate bundled BRIDGE-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m BRIDGE-MIB -Tt
}
@test "snmptranslate bundled DISMAN-EVENT-MIB: -Td of every node" {
    each_node DISMAN-EVENT-MIB -Td
}
@test "snmptranslate bundled DISMAN-EVENT-MIB: -On of every node" {
    each_node DISMAN-EVENT-MIB -On
}
@test "snmptranslate bundled DISMAN-EVENT-MIB: -Of of every node" {
    each_node DISMAN-EVENT-MIB -Of
}
@test "snmptranslate bundled DISMAN-EVENT-MIB: -OS -Td -w 72 of every node" {
    each_node DISMAN-EVENT-MIB -OS -Td -w 72
}
@test "snmptranslate bundled DISMAN-EVENT-MIB: default of every node" {
    each_node DISMAN-EVENT-MIB
}
@test "snmptranslate bundled DISMAN-EVENT-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m DISMAN-EVENT-MIB -Tp
}
@test "snmptranslate bundled DISMAN-EVENT-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m DISMAN-EVENT-MIB -Tt
}
@test "snmptranslate bundled ENTITY-MIB: -Td of every node" {
    each_node ENTITY-MIB -Td
}
@test "snmptranslate bundled ENTITY-MIB: -On of every node" {
    each_node ENTITY-MIB -On
}
@test "snmptranslate bundled ENTITY-MIB: -Of of every node" {
    each_node ENTITY-MIB -Of
}
@test "snmptranslate bundled ENTITY-MIB: -OS -Td -w 72 of every node" {
    each_node ENTITY-MIB -OS -Td -w 72
}
@test "snmptranslate bundled ENTITY-MIB: default of every node" {
    each_node ENTITY-MIB
}
@test "snmptranslate bundled ENTITY-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m ENTITY-MIB -Tp
}
@test "snmptranslate bundled ENTITY-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m ENTITY-MIB -Tt
}
@test "snmptranslate bundled EtherLike-MIB: -Td of every node" {
    each_node EtherLike-MIB -Td
}
@test "snmptranslate bundled EtherLike-MIB: -On of every node" {
    each_node EtherLike-MIB -On
}
@test "snmptranslate bundled EtherLike-MIB: -Of of every node" {
    each_node EtherLike-MIB -Of
}
@test "snmptranslate bundled EtherLike-MIB: -OS -Td -w 72 of every node" {
    each_node EtherLike-MIB -OS -Td -w 72
}
@test "snmptranslate bundled EtherLike-MIB: default of every node" {
    each_node EtherLike-MIB
}
@test "snmptranslate bundled EtherLike-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m EtherLike-MIB -Tp
}
@test "snmptranslate bundled EtherLike-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m EtherLike-MIB -Tt
}
@test "snmptranslate bundled HCNUM-TC: -Td of every node" {
    each_node HCNUM-TC -Td
}
@test "snmptranslate bundled HCNUM-TC: -On of every node" {
    each_node HCNUM-TC -On
}
@test "snmptranslate bundled HCNUM-TC: -Of of every node" {
    each_node HCNUM-TC -Of
}
@test "snmptranslate bundled HCNUM-TC: -OS -Td -w 72 of every node" {
    each_node HCNUM-TC -OS -Td -w 72
}
@test "snmptranslate bundled HCNUM-TC: default of every node" {
    each_node HCNUM-TC
}
@test "snmptranslate bundled HCNUM-TC: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m HCNUM-TC -Tp
}
@test "snmptranslate bundled HCNUM-TC: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m HCNUM-TC -Tt
}
@test "snmptranslate bundled HOST-RESOURCES-MIB: -Td of every node" {
    each_node HOST-RESOURCES-MIB -Td
}
@test "snmptranslate bundled HOST-RESOURCES-MIB: -On of every node" {
    each_node HOST-RESOURCES-MIB -On
}
@test "snmptranslate bundled HOST-RESOURCES-MIB: -Of of every node" {
    each_node HOST-RESOURCES-MIB -Of
}
@test "snmptranslate bundled HOST-RESOURCES-MIB: -OS -Td -w 72 of every node" {
    each_node HOST-RESOURCES-MIB -OS -Td -w 72
}
@test "snmptranslate bundled HOST-RESOURCES-MIB: default of every node" {
    each_node HOST-RESOURCES-MIB
}
@test "snmptranslate bundled HOST-RESOURCES-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m HOST-RESOURCES-MIB -Tp
}
@test "snmptranslate bundled HOST-RESOURCES-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m HOST-RESOURCES-MIB -Tt
}
@test "snmptranslate bundled HOST-RESOURCES-TYPES: -Td of every node" {
    each_node HOST-RESOURCES-TYPES -Td
}
@test "snmptranslate bundled HOST-RESOURCES-TYPES: -On of every node" {
    each_node HOST-RESOURCES-TYPES -On
}
@test "snmptranslate bundled HOST-RESOURCES-TYPES: -Of of every node" {
    each_node HOST-RESOURCES-TYPES -Of
}
@test "snmptranslate bundled HOST-RESOURCES-TYPES: -OS -Td -w 72 of every node" {
    each_node HOST-RESOURCES-TYPES -OS -Td -w 72
}
@test "snmptranslate bundled HOST-RESOURCES-TYPES: default of every node" {
    each_node HOST-RESOURCES-TYPES
}
@test "snmptranslate bundled HOST-RESOURCES-TYPES: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m HOST-RESOURCES-TYPES -Tp
}
@test "snmptranslate bundled HOST-RESOURCES-TYPES: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m HOST-RESOURCES-TYPES -Tt
}
@test "snmptranslate bundled IANA-ENTITY-MIB: -Td of every node" {
    each_node IANA-ENTITY-MIB -Td
}
@test "snmptranslate bundled IANA-ENTITY-MIB: -On of every node" {
    each_node IANA-ENTITY-MIB -On
}
@test "snmptranslate bundled IANA-ENTITY-MIB: -Of of every node" {
    each_node IANA-ENTITY-MIB -Of
}
@test "snmptranslate bundled IANA-ENTITY-MIB: -OS -Td -w 72 of every node" {
    each_node IANA-ENTITY-MIB -OS -Td -w 72
}
@test "snmptranslate bundled IANA-ENTITY-MIB: default of every node" {
    each_node IANA-ENTITY-MIB
}
@test "snmptranslate bundled IANA-ENTITY-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m IANA-ENTITY-MIB -Tp
}
@test "snmptranslate bundled IANA-ENTITY-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m IANA-ENTITY-MIB -Tt
}
@test "snmptranslate bundled IANA-RTPROTO-MIB: -Td of every node" {
    each_node IANA-RTPROTO-MIB -Td
}
@test "snmptranslate bundled IANA-RTPROTO-MIB: -On of every node" {
    each_node IANA-RTPROTO-MIB -On
}
@test "snmptranslate bundled IANA-RTPROTO-MIB: -Of of every node" {
    each_node IANA-RTPROTO-MIB -Of
}
@test "snmptranslate bundled IANA-RTPROTO-MIB: -OS -Td -w 72 of every node" {
    each_node IANA-RTPROTO-MIB -OS -Td -w 72
}
@test "snmptranslate bundled IANA-RTPROTO-MIB: default of every node" {
    each_node IANA-RTPROTO-MIB
}
@test "snmptranslate bundled IANA-RTPROTO-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m IANA-RTPROTO-MIB -Tp
}
@test "snmptranslate bundled IANA-RTPROTO-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m IANA-RTPROTO-MIB -Tt
}
@test "snmptranslate bundled IANAifType-MIB: -Td of every node" {
    each_node IANAifType-MIB -Td
}
@test "snmptranslate bundled IANAifType-MIB: -On of every node" {
    each_node IANAifType-MIB -On
}
@test "snmptranslate bundled IANAifType-MIB: -Of of every node" {
    each_node IANAifType-MIB -Of
}
@test "snmptranslate bundled IANAifType-MIB: -OS -Td -w 72 of every node" {
    each_node IANAifType-MIB -OS -Td -w 72
}
@test "snmptranslate bundled IANAifType-MIB: default of every node" {
    each_node IANAifType-MIB
}
@test "snmptranslate bundled IANAifType-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m IANAifType-MIB -Tp
}
@test "snmptranslate bundled IANAifType-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m IANAifType-MIB -Tt
}
@test "snmptranslate bundled IF-MIB: -Td of every node" {
    each_node IF-MIB -Td
}
@test "snmptranslate bundled IF-MIB: -On of every node" {
    each_node IF-MIB -On
}
@test "snmptranslate bundled IF-MIB: -Of of every node" {
    each_node IF-MIB -Of
}
@test "snmptranslate bundled IF-MIB: -OS -Td -w 72 of every node" {
    each_node IF-MIB -OS -Td -w 72
}
@test "snmptranslate bundled IF-MIB: default of every node" {
    each_node IF-MIB
}
@test "snmptranslate bundled IF-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m IF-MIB -Tp
}
@test "snmptranslate bundled IF-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m IF-MIB -Tt
}
@test "snmptranslate bundled INET-ADDRESS-MIB: -Td of every node" {
    each_node INET-ADDRESS-MIB -Td
}
@test "snmptranslate bundled INET-ADDRESS-MIB: -On of every node" {
    each_node INET-ADDRESS-MIB -On
}
@test "snmptranslate bundled INET-ADDRESS-MIB: -Of of every node" {
    each_node INET-ADDRESS-MIB -Of
}
@test "snmptranslate bundled INET-ADDRESS-MIB: -OS -Td -w 72 of every node" {
    each_node INET-ADDRESS-MIB -OS -Td -w 72
}
@test "snmptranslate bundled INET-ADDRESS-MIB: default of every node" {
    each_node INET-ADDRESS-MIB
}
@test "snmptranslate bundled INET-ADDRESS-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m INET-ADDRESS-MIB -Tp
}
@test "snmptranslate bundled INET-ADDRESS-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m INET-ADDRESS-MIB -Tt
}
@test "snmptranslate bundled IP-FORWARD-MIB: -Td of every node" {
    each_node IP-FORWARD-MIB -Td
}
@test "snmptranslate bundled IP-FORWARD-MIB: -On of every node" {
    each_node IP-FORWARD-MIB -On
}
@test "snmptranslate bundled IP-FORWARD-MIB: -Of of every node" {
    each_node IP-FORWARD-MIB -Of
}
@test "snmptranslate bundled IP-FORWARD-MIB: -OS -Td -w 72 of every node" {
    each_node IP-FORWARD-MIB -OS -Td -w 72
}
@test "snmptranslate bundled IP-FORWARD-MIB: default of every node" {
    each_node IP-FORWARD-MIB
}
@test "snmptranslate bundled IP-FORWARD-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m IP-FORWARD-MIB -Tp
}
@test "snmptranslate bundled IP-FORWARD-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m IP-FORWARD-MIB -Tt
}
@test "snmptranslate bundled IP-MIB: -Td of every node" {
    each_node IP-MIB -Td
}
@test "snmptranslate bundled IP-MIB: -On of every node" {
    each_node IP-MIB -On
}
@test "snmptranslate bundled IP-MIB: -Of of every node" {
    each_node IP-MIB -Of
}
@test "snmptranslate bundled IP-MIB: -OS -Td -w 72 of every node" {
    each_node IP-MIB -OS -Td -w 72
}
@test "snmptranslate bundled IP-MIB: default of every node" {
    each_node IP-MIB
}
@test "snmptranslate bundled IP-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m IP-MIB -Tp
}
@test "snmptranslate bundled IP-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m IP-MIB -Tt
}
@test "snmptranslate bundled IPV6-TC: -To (no nodes of its own)" {
    diffrun snmptranslate -M "$DIRS" -m IPV6-TC -To
}
@test "snmptranslate bundled IPV6-TC: -Ts (no nodes of its own)" {
    diffrun snmptranslate -M "$DIRS" -m IPV6-TC -Ts
}
@test "snmptranslate bundled IPV6-TC: -Tl (no nodes of its own)" {
    diffrun snmptranslate -M "$DIRS" -m IPV6-TC -Tl
}
@test "snmptranslate bundled IPV6-TC: -Tz (no nodes of its own)" {
    diffrun snmptranslate -M "$DIRS" -m IPV6-TC -Tz
}
@test "snmptranslate bundled IPV6-TC: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m IPV6-TC -Tp
}
@test "snmptranslate bundled NOTIFICATION-LOG-MIB: -Td of every node" {
    each_node NOTIFICATION-LOG-MIB -Td
}
@test "snmptranslate bundled NOTIFICATION-LOG-MIB: -On of every node" {
    each_node NOTIFICATION-LOG-MIB -On
}
@test "snmptranslate bundled NOTIFICATION-LOG-MIB: -Of of every node" {
    each_node NOTIFICATION-LOG-MIB -Of
}
@test "snmptranslate bundled NOTIFICATION-LOG-MIB: -OS -Td -w 72 of every node" {
    each_node NOTIFICATION-LOG-MIB -OS -Td -w 72
}
@test "snmptranslate bundled NOTIFICATION-LOG-MIB: default of every node" {
    each_node NOTIFICATION-LOG-MIB
}
@test "snmptranslate bundled NOTIFICATION-LOG-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m NOTIFICATION-LOG-MIB -Tp
}
@test "snmptranslate bundled NOTIFICATION-LOG-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m NOTIFICATION-LOG-MIB -Tt
}
@test "snmptranslate bundled RFC-1212: -Td of every node" {
    each_node RFC-1212 -Td
}
@test "snmptranslate bundled RFC-1212: -On of every node" {
    each_node RFC-1212 -On
}
@test "snmptranslate bundled RFC-1212: -Of of every node" {
    each_node RFC-1212 -Of
}
@test "snmptranslate bundled RFC-1212: -OS -Td -w 72 of every node" {
    each_node RFC-1212 -OS -Td -w 72
}
@test "snmptranslate bundled RFC-1212: default of every node" {
    each_node RFC-1212
}
@test "snmptranslate bundled RFC-1212: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m RFC-1212 -Tp
}
@test "snmptranslate bundled RFC-1212: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m RFC-1212 -Tt
}
@test "snmptranslate bundled RFC-1215: -To (no nodes of its own)" {
    diffrun snmptranslate -M "$DIRS" -m RFC-1215 -To
}
@test "snmptranslate bundled RFC-1215: -Ts (no nodes of its own)" {
    diffrun snmptranslate -M "$DIRS" -m RFC-1215 -Ts
}
@test "snmptranslate bundled RFC-1215: -Tl (no nodes of its own)" {
    diffrun snmptranslate -M "$DIRS" -m RFC-1215 -Tl
}
@test "snmptranslate bundled RFC-1215: -Tz (no nodes of its own)" {
    diffrun snmptranslate -M "$DIRS" -m RFC-1215 -Tz
}
@test "snmptranslate bundled RFC-1215: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m RFC-1215 -Tp
}
@test "snmptranslate bundled RFC1155-SMI: -Td of every node" {
    each_node RFC1155-SMI -Td
}
@test "snmptranslate bundled RFC1155-SMI: -On of every node" {
    each_node RFC1155-SMI -On
}
@test "snmptranslate bundled RFC1155-SMI: -Of of every node" {
    each_node RFC1155-SMI -Of
}
@test "snmptranslate bundled RFC1155-SMI: -OS -Td -w 72 of every node" {
    each_node RFC1155-SMI -OS -Td -w 72
}
@test "snmptranslate bundled RFC1155-SMI: default of every node" {
    each_node RFC1155-SMI
}
@test "snmptranslate bundled RFC1155-SMI: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m RFC1155-SMI -Tp
}
@test "snmptranslate bundled RFC1155-SMI: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m RFC1155-SMI -Tt
}
@test "snmptranslate bundled RFC1213-MIB: -Td of every node" {
    each_node RFC1213-MIB -Td
}
@test "snmptranslate bundled RFC1213-MIB: -On of every node" {
    each_node RFC1213-MIB -On
}
@test "snmptranslate bundled RFC1213-MIB: -Of of every node" {
    each_node RFC1213-MIB -Of
}
@test "snmptranslate bundled RFC1213-MIB: -OS -Td -w 72 of every node" {
    each_node RFC1213-MIB -OS -Td -w 72
}
@test "snmptranslate bundled RFC1213-MIB: default of every node" {
    each_node RFC1213-MIB
}
@test "snmptranslate bundled RFC1213-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m RFC1213-MIB -Tp
}
@test "snmptranslate bundled RFC1213-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m RFC1213-MIB -Tt
}
@test "snmptranslate bundled SNMP-COMMUNITY-MIB: -Td of every node" {
    each_node SNMP-COMMUNITY-MIB -Td
}
@test "snmptranslate bundled SNMP-COMMUNITY-MIB: -On of every node" {
    each_node SNMP-COMMUNITY-MIB -On
}
@test "snmptranslate bundled SNMP-COMMUNITY-MIB: -Of of every node" {
    each_node SNMP-COMMUNITY-MIB -Of
}
@test "snmptranslate bundled SNMP-COMMUNITY-MIB: -OS -Td -w 72 of every node" {
    each_node SNMP-COMMUNITY-MIB -OS -Td -w 72
}
@test "snmptranslate bundled SNMP-COMMUNITY-MIB: default of every node" {
    each_node SNMP-COMMUNITY-MIB
}
@test "snmptranslate bundled SNMP-COMMUNITY-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m SNMP-COMMUNITY-MIB -Tp
}
@test "snmptranslate bundled SNMP-COMMUNITY-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m SNMP-COMMUNITY-MIB -Tt
}
@test "snmptranslate bundled SNMP-FRAMEWORK-MIB: -Td of every node" {
    each_node SNMP-FRAMEWORK-MIB -Td
}
@test "snmptranslate bundled SNMP-FRAMEWORK-MIB: -On of every node" {
    each_node SNMP-FRAMEWORK-MIB -On
}
@test "snmptranslate bundled SNMP-FRAMEWORK-MIB: -Of of every node" {
    each_node SNMP-FRAMEWORK-MIB -Of
}
@test "snmptranslate bundled SNMP-FRAMEWORK-MIB: -OS -Td -w 72 of every node" {
    each_node SNMP-FRAMEWORK-MIB -OS -Td -w 72
}
@test "snmptranslate bundled SNMP-FRAMEWORK-MIB: default of every node" {
    each_node SNMP-FRAMEWORK-MIB
}
@test "snmptranslate bundled SNMP-FRAMEWORK-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m SNMP-FRAMEWORK-MIB -Tp
}
@test "snmptranslate bundled SNMP-FRAMEWORK-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m SNMP-FRAMEWORK-MIB -Tt
}
@test "snmptranslate bundled SNMP-MPD-MIB: -Td of every node" {
    each_node SNMP-MPD-MIB -Td
}
@test "snmptranslate bundled SNMP-MPD-MIB: -On of every node" {
    each_node SNMP-MPD-MIB -On
}
@test "snmptranslate bundled SNMP-MPD-MIB: -Of of every node" {
    each_node SNMP-MPD-MIB -Of
}
@test "snmptranslate bundled SNMP-MPD-MIB: -OS -Td -w 72 of every node" {
    each_node SNMP-MPD-MIB -OS -Td -w 72
}
@test "snmptranslate bundled SNMP-MPD-MIB: default of every node" {
    each_node SNMP-MPD-MIB
}
@test "snmptranslate bundled SNMP-MPD-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m SNMP-MPD-MIB -Tp
}
@test "snmptranslate bundled SNMP-MPD-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m SNMP-MPD-MIB -Tt
}
@test "snmptranslate bundled SNMP-NOTIFICATION-MIB: -Td of every node" {
    each_node SNMP-NOTIFICATION-MIB -Td
}
@test "snmptranslate bundled SNMP-NOTIFICATION-MIB: -On of every node" {
    each_node SNMP-NOTIFICATION-MIB -On
}
@test "snmptranslate bundled SNMP-NOTIFICATION-MIB: -Of of every node" {
    each_node SNMP-NOTIFICATION-MIB -Of
}
@test "snmptranslate bundled SNMP-NOTIFICATION-MIB: -OS -Td -w 72 of every node" {
    each_node SNMP-NOTIFICATION-MIB -OS -Td -w 72
}
@test "snmptranslate bundled SNMP-NOTIFICATION-MIB: default of every node" {
    each_node SNMP-NOTIFICATION-MIB
}
@test "snmptranslate bundled SNMP-NOTIFICATION-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m SNMP-NOTIFICATION-MIB -Tp
}
@test "snmptranslate bundled SNMP-NOTIFICATION-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m SNMP-NOTIFICATION-MIB -Tt
}
@test "snmptranslate bundled SNMP-PROXY-MIB: -Td of every node" {
    each_node SNMP-PROXY-MIB -Td
}
@test "snmptranslate bundled SNMP-PROXY-MIB: -On of every node" {
    each_node SNMP-PROXY-MIB -On
}
@test "snmptranslate bundled SNMP-PROXY-MIB: -Of of every node" {
    each_node SNMP-PROXY-MIB -Of
}
@test "snmptranslate bundled SNMP-PROXY-MIB: -OS -Td -w 72 of every node" {
    each_node SNMP-PROXY-MIB -OS -Td -w 72
}
@test "snmptranslate bundled SNMP-PROXY-MIB: default of every node" {
    each_node SNMP-PROXY-MIB
}
@test "snmptranslate bundled SNMP-PROXY-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m SNMP-PROXY-MIB -Tp
}
@test "snmptranslate bundled SNMP-PROXY-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m SNMP-PROXY-MIB -Tt
}
@test "snmptranslate bundled SNMP-TARGET-MIB: -Td of every node" {
    each_node SNMP-TARGET-MIB -Td
}
@test "snmptranslate bundled SNMP-TARGET-MIB: -On of every node" {
    each_node SNMP-TARGET-MIB -On
}
@test "snmptranslate bundled SNMP-TARGET-MIB: -Of of every node" {
    each_node SNMP-TARGET-MIB -Of
}
@test "snmptranslate bundled SNMP-TARGET-MIB: -OS -Td -w 72 of every node" {
    each_node SNMP-TARGET-MIB -OS -Td -w 72
}
@test "snmptranslate bundled SNMP-TARGET-MIB: default of every node" {
    each_node SNMP-TARGET-MIB
}
@test "snmptranslate bundled SNMP-TARGET-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m SNMP-TARGET-MIB -Tp
}
@test "snmptranslate bundled SNMP-TARGET-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m SNMP-TARGET-MIB -Tt
}
@test "snmptranslate bundled SNMP-USER-BASED-SM-MIB: -Td of every node" {
    each_node SNMP-USER-BASED-SM-MIB -Td
}
@test "snmptranslate bundled SNMP-USER-BASED-SM-MIB: -On of every node" {
    each_node SNMP-USER-BASED-SM-MIB -On
}
@test "snmptranslate bundled SNMP-USER-BASED-SM-MIB: -Of of every node" {
    each_node SNMP-USER-BASED-SM-MIB -Of
}
@test "snmptranslate bundled SNMP-USER-BASED-SM-MIB: -OS -Td -w 72 of every node" {
    each_node SNMP-USER-BASED-SM-MIB -OS -Td -w 72
}
@test "snmptranslate bundled SNMP-USER-BASED-SM-MIB: default of every node" {
    each_node SNMP-USER-BASED-SM-MIB
}
@test "snmptranslate bundled SNMP-USER-BASED-SM-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m SNMP-USER-BASED-SM-MIB -Tp
}
@test "snmptranslate bundled SNMP-USER-BASED-SM-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m SNMP-USER-BASED-SM-MIB -Tt
}
@test "snmptranslate bundled SNMP-USM-AES-MIB: -Td of every node" {
    each_node SNMP-USM-AES-MIB -Td
}
@test "snmptranslate bundled SNMP-USM-AES-MIB: -On of every node" {
    each_node SNMP-USM-AES-MIB -On
}
@test "snmptranslate bundled SNMP-USM-AES-MIB: -Of of every node" {
    each_node SNMP-USM-AES-MIB -Of
}
@test "snmptranslate bundled SNMP-USM-AES-MIB: -OS -Td -w 72 of every node" {
    each_node SNMP-USM-AES-MIB -OS -Td -w 72
}
@test "snmptranslate bundled SNMP-USM-AES-MIB: default of every node" {
    each_node SNMP-USM-AES-MIB
}
@test "snmptranslate bundled SNMP-USM-AES-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m SNMP-USM-AES-MIB -Tp
}
@test "snmptranslate bundled SNMP-USM-AES-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m SNMP-USM-AES-MIB -Tt
}
@test "snmptranslate bundled SNMP-USM-HMAC-SHA2-MIB: -Td of every node" {
    each_node SNMP-USM-HMAC-SHA2-MIB -Td
}
@test "snmptranslate bundled SNMP-USM-HMAC-SHA2-MIB: -On of every node" {
    each_node SNMP-USM-HMAC-SHA2-MIB -On
}
@test "snmptranslate bundled SNMP-USM-HMAC-SHA2-MIB: -Of of every node" {
    each_node SNMP-USM-HMAC-SHA2-MIB -Of
}
@test "snmptranslate bundled SNMP-USM-HMAC-SHA2-MIB: -OS -Td -w 72 of every node" {
    each_node SNMP-USM-HMAC-SHA2-MIB -OS -Td -w 72
}
@test "snmptranslate bundled SNMP-USM-HMAC-SHA2-MIB: default of every node" {
    each_node SNMP-USM-HMAC-SHA2-MIB
}
@test "snmptranslate bundled SNMP-USM-HMAC-SHA2-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m SNMP-USM-HMAC-SHA2-MIB -Tp
}
@test "snmptranslate bundled SNMP-USM-HMAC-SHA2-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m SNMP-USM-HMAC-SHA2-MIB -Tt
}
@test "snmptranslate bundled SNMP-VIEW-BASED-ACM-MIB: -Td of every node" {
    each_node SNMP-VIEW-BASED-ACM-MIB -Td
}
@test "snmptranslate bundled SNMP-VIEW-BASED-ACM-MIB: -On of every node" {
    each_node SNMP-VIEW-BASED-ACM-MIB -On
}
@test "snmptranslate bundled SNMP-VIEW-BASED-ACM-MIB: -Of of every node" {
    each_node SNMP-VIEW-BASED-ACM-MIB -Of
}
@test "snmptranslate bundled SNMP-VIEW-BASED-ACM-MIB: -OS -Td -w 72 of every node" {
    each_node SNMP-VIEW-BASED-ACM-MIB -OS -Td -w 72
}
@test "snmptranslate bundled SNMP-VIEW-BASED-ACM-MIB: default of every node" {
    each_node SNMP-VIEW-BASED-ACM-MIB
}
@test "snmptranslate bundled SNMP-VIEW-BASED-ACM-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m SNMP-VIEW-BASED-ACM-MIB -Tp
}
@test "snmptranslate bundled SNMP-VIEW-BASED-ACM-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m SNMP-VIEW-BASED-ACM-MIB -Tt
}
@test "snmptranslate bundled SNMPv2-CONF: -To (no nodes of its own)" {
    diffrun snmptranslate -M "$DIRS" -m SNMPv2-CONF -To
}
@test "snmptranslate bundled SNMPv2-CONF: -Ts (no nodes of its own)" {
    diffrun snmptranslate -M "$DIRS" -m SNMPv2-CONF -Ts
}
@test "snmptranslate bundled SNMPv2-CONF: -Tl (no nodes of its own)" {
    diffrun snmptranslate -M "$DIRS" -m SNMPv2-CONF -Tl
}
@test "snmptranslate bundled SNMPv2-CONF: -Tz (no nodes of its own)" {
    diffrun snmptranslate -M "$DIRS" -m SNMPv2-CONF -Tz
}
@test "snmptranslate bundled SNMPv2-CONF: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m SNMPv2-CONF -Tp
}
@test "snmptranslate bundled SNMPv2-MIB: -Td of every node" {
    each_node SNMPv2-MIB -Td
}
@test "snmptranslate bundled SNMPv2-MIB: -On of every node" {
    each_node SNMPv2-MIB -On
}
@test "snmptranslate bundled SNMPv2-MIB: -Of of every node" {
    each_node SNMPv2-MIB -Of
}
@test "snmptranslate bundled SNMPv2-MIB: -OS -Td -w 72 of every node" {
    each_node SNMPv2-MIB -OS -Td -w 72
}
@test "snmptranslate bundled SNMPv2-MIB: default of every node" {
    each_node SNMPv2-MIB
}
@test "snmptranslate bundled SNMPv2-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m SNMPv2-MIB -Tp
}
@test "snmptranslate bundled SNMPv2-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m SNMPv2-MIB -Tt
}
@test "snmptranslate bundled SNMPv2-SMI: -Td of every node" {
    each_node SNMPv2-SMI -Td
}
@test "snmptranslate bundled SNMPv2-SMI: -On of every node" {
    each_node SNMPv2-SMI -On
}
@test "snmptranslate bundled SNMPv2-SMI: -Of of every node" {
    each_node SNMPv2-SMI -Of
}
@test "snmptranslate bundled SNMPv2-SMI: -OS -Td -w 72 of every node" {
    each_node SNMPv2-SMI -OS -Td -w 72
}
@test "snmptranslate bundled SNMPv2-SMI: default of every node" {
    each_node SNMPv2-SMI
}
@test "snmptranslate bundled SNMPv2-SMI: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m SNMPv2-SMI -Tp
}
@test "snmptranslate bundled SNMPv2-SMI: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m SNMPv2-SMI -Tt
}
@test "snmptranslate bundled SNMPv2-TC: -To (no nodes of its own)" {
    diffrun snmptranslate -M "$DIRS" -m SNMPv2-TC -To
}
@test "snmptranslate bundled SNMPv2-TC: -Ts (no nodes of its own)" {
    diffrun snmptranslate -M "$DIRS" -m SNMPv2-TC -Ts
}
@test "snmptranslate bundled SNMPv2-TC: -Tl (no nodes of its own)" {
    diffrun snmptranslate -M "$DIRS" -m SNMPv2-TC -Tl
}
@test "snmptranslate bundled SNMPv2-TC: -Tz (no nodes of its own)" {
    diffrun snmptranslate -M "$DIRS" -m SNMPv2-TC -Tz
}
@test "snmptranslate bundled SNMPv2-TC: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m SNMPv2-TC -Tp
}
@test "snmptranslate bundled SNMPv2-TM: -Td of every node" {
    each_node SNMPv2-TM -Td
}
@test "snmptranslate bundled SNMPv2-TM: -On of every node" {
    each_node SNMPv2-TM -On
}
@test "snmptranslate bundled SNMPv2-TM: -Of of every node" {
    each_node SNMPv2-TM -Of
}
@test "snmptranslate bundled SNMPv2-TM: -OS -Td -w 72 of every node" {
    each_node SNMPv2-TM -OS -Td -w 72
}
@test "snmptranslate bundled SNMPv2-TM: default of every node" {
    each_node SNMPv2-TM
}
@test "snmptranslate bundled SNMPv2-TM: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m SNMPv2-TM -Tp
}
@test "snmptranslate bundled SNMPv2-TM: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m SNMPv2-TM -Tt
}
@test "snmptranslate bundled TCP-MIB: -Td of every node" {
    each_node TCP-MIB -Td
}
@test "snmptranslate bundled TCP-MIB: -On of every node" {
    each_node TCP-MIB -On
}
@test "snmptranslate bundled TCP-MIB: -Of of every node" {
    each_node TCP-MIB -Of
}
@test "snmptranslate bundled TCP-MIB: -OS -Td -w 72 of every node" {
    each_node TCP-MIB -OS -Td -w 72
}
@test "snmptranslate bundled TCP-MIB: default of every node" {
    each_node TCP-MIB
}
@test "snmptranslate bundled TCP-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m TCP-MIB -Tp
}
@test "snmptranslate bundled TCP-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m TCP-MIB -Tt
}
@test "snmptranslate bundled UDP-MIB: -Td of every node" {
    each_node UDP-MIB -Td
}
@test "snmptranslate bundled UDP-MIB: -On of every node" {
    each_node UDP-MIB -On
}
@test "snmptranslate bundled UDP-MIB: -Of of every node" {
    each_node UDP-MIB -Of
}
@test "snmptranslate bundled UDP-MIB: -OS -Td -w 72 of every node" {
    each_node UDP-MIB -OS -Td -w 72
}
@test "snmptranslate bundled UDP-MIB: default of every node" {
    each_node UDP-MIB
}
@test "snmptranslate bundled UDP-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m UDP-MIB -Tp
}
@test "snmptranslate bundled UDP-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m UDP-MIB -Tt
}
@test "snmptranslate bundled UUID-TC-MIB: -Td of every node" {
    each_node UUID-TC-MIB -Td
}
@test "snmptranslate bundled UUID-TC-MIB: -On of every node" {
    each_node UUID-TC-MIB -On
}
@test "snmptranslate bundled UUID-TC-MIB: -Of of every node" {
    each_node UUID-TC-MIB -Of
}
@test "snmptranslate bundled UUID-TC-MIB: -OS -Td -w 72 of every node" {
    each_node UUID-TC-MIB -OS -Td -w 72
}
@test "snmptranslate bundled UUID-TC-MIB: default of every node" {
    each_node UUID-TC-MIB
}
@test "snmptranslate bundled UUID-TC-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m UUID-TC-MIB -Tp
}
@test "snmptranslate bundled UUID-TC-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m UUID-TC-MIB -Tt
}
@test "snmptranslate Debian LM-SENSORS-MIB: -Td of every node" {
    each_node LM-SENSORS-MIB -Td
}
@test "snmptranslate Debian LM-SENSORS-MIB: -On of every node" {
    each_node LM-SENSORS-MIB -On
}
@test "snmptranslate Debian LM-SENSORS-MIB: -Of of every node" {
    each_node LM-SENSORS-MIB -Of
}
@test "snmptranslate Debian LM-SENSORS-MIB: -OS -Td -w 72 of every node" {
    each_node LM-SENSORS-MIB -OS -Td -w 72
}
@test "snmptranslate Debian LM-SENSORS-MIB: default of every node" {
    each_node LM-SENSORS-MIB
}
@test "snmptranslate Debian LM-SENSORS-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m LM-SENSORS-MIB -Tp
}
@test "snmptranslate Debian LM-SENSORS-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m LM-SENSORS-MIB -Tt
}
@test "snmptranslate Debian NET-SNMP-AGENT-MIB: -Td of every node" {
    each_node NET-SNMP-AGENT-MIB -Td
}
@test "snmptranslate Debian NET-SNMP-AGENT-MIB: -On of every node" {
    each_node NET-SNMP-AGENT-MIB -On
}
@test "snmptranslate Debian NET-SNMP-AGENT-MIB: -Of of every node" {
    each_node NET-SNMP-AGENT-MIB -Of
}
@test "snmptranslate Debian NET-SNMP-AGENT-MIB: -OS -Td -w 72 of every node" {
    each_node NET-SNMP-AGENT-MIB -OS -Td -w 72
}
@test "snmptranslate Debian NET-SNMP-AGENT-MIB: default of every node" {
    each_node NET-SNMP-AGENT-MIB
}
@test "snmptranslate Debian NET-SNMP-AGENT-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m NET-SNMP-AGENT-MIB -Tp
}
@test "snmptranslate Debian NET-SNMP-AGENT-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m NET-SNMP-AGENT-MIB -Tt
}
@test "snmptranslate Debian NET-SNMP-EXAMPLES-MIB: -Td of every node" {
    each_node NET-SNMP-EXAMPLES-MIB -Td
}
@test "snmptranslate Debian NET-SNMP-EXAMPLES-MIB: -On of every node" {
    each_node NET-SNMP-EXAMPLES-MIB -On
}
@test "snmptranslate Debian NET-SNMP-EXAMPLES-MIB: -Of of every node" {
    each_node NET-SNMP-EXAMPLES-MIB -Of
}
@test "snmptranslate Debian NET-SNMP-EXAMPLES-MIB: -OS -Td -w 72 of every node" {
    each_node NET-SNMP-EXAMPLES-MIB -OS -Td -w 72
}
@test "snmptranslate Debian NET-SNMP-EXAMPLES-MIB: default of every node" {
    each_node NET-SNMP-EXAMPLES-MIB
}
@test "snmptranslate Debian NET-SNMP-EXAMPLES-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m NET-SNMP-EXAMPLES-MIB -Tp
}
@test "snmptranslate Debian NET-SNMP-EXAMPLES-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m NET-SNMP-EXAMPLES-MIB -Tt
}
@test "snmptranslate Debian NET-SNMP-EXTEND-MIB: -Td of every node" {
    each_node NET-SNMP-EXTEND-MIB -Td
}
@test "snmptranslate Debian NET-SNMP-EXTEND-MIB: -On of every node" {
    each_node NET-SNMP-EXTEND-MIB -On
}
@test "snmptranslate Debian NET-SNMP-EXTEND-MIB: -Of of every node" {
    each_node NET-SNMP-EXTEND-MIB -Of
}
@test "snmptranslate Debian NET-SNMP-EXTEND-MIB: -OS -Td -w 72 of every node" {
    each_node NET-SNMP-EXTEND-MIB -OS -Td -w 72
}
@test "snmptranslate Debian NET-SNMP-EXTEND-MIB: default of every node" {
    each_node NET-SNMP-EXTEND-MIB
}
@test "snmptranslate Debian NET-SNMP-EXTEND-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m NET-SNMP-EXTEND-MIB -Tp
}
@test "snmptranslate Debian NET-SNMP-EXTEND-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m NET-SNMP-EXTEND-MIB -Tt
}
@test "snmptranslate Debian NET-SNMP-MIB: -Td of every node" {
    each_node NET-SNMP-MIB -Td
}
@test "snmptranslate Debian NET-SNMP-MIB: -On of every node" {
    each_node NET-SNMP-MIB -On
}
@test "snmptranslate Debian NET-SNMP-MIB: -Of of every node" {
    each_node NET-SNMP-MIB -Of
}
@test "snmptranslate Debian NET-SNMP-MIB: -OS -Td -w 72 of every node" {
    each_node NET-SNMP-MIB -OS -Td -w 72
}
@test "snmptranslate Debian NET-SNMP-MIB: default of every node" {
    each_node NET-SNMP-MIB
}
@test "snmptranslate Debian NET-SNMP-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m NET-SNMP-MIB -Tp
}
@test "snmptranslate Debian NET-SNMP-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m NET-SNMP-MIB -Tt
}
@test "snmptranslate Debian NET-SNMP-PASS-MIB: -Td of every node" {
    each_node NET-SNMP-PASS-MIB -Td
}
@test "snmptranslate Debian NET-SNMP-PASS-MIB: -On of every node" {
    each_node NET-SNMP-PASS-MIB -On
}
@test "snmptranslate Debian NET-SNMP-PASS-MIB: -Of of every node" {
    each_node NET-SNMP-PASS-MIB -Of
}
@test "snmptranslate Debian NET-SNMP-PASS-MIB: -OS -Td -w 72 of every node" {
    each_node NET-SNMP-PASS-MIB -OS -Td -w 72
}
@test "snmptranslate Debian NET-SNMP-PASS-MIB: default of every node" {
    each_node NET-SNMP-PASS-MIB
}
@test "snmptranslate Debian NET-SNMP-PASS-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m NET-SNMP-PASS-MIB -Tp
}
@test "snmptranslate Debian NET-SNMP-PASS-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m NET-SNMP-PASS-MIB -Tt
}
@test "snmptranslate Debian NET-SNMP-TC: -Td of every node" {
    each_node NET-SNMP-TC -Td
}
@test "snmptranslate Debian NET-SNMP-TC: -On of every node" {
    each_node NET-SNMP-TC -On
}
@test "snmptranslate Debian NET-SNMP-TC: -Of of every node" {
    each_node NET-SNMP-TC -Of
}
@test "snmptranslate Debian NET-SNMP-TC: -OS -Td -w 72 of every node" {
    each_node NET-SNMP-TC -OS -Td -w 72
}
@test "snmptranslate Debian NET-SNMP-TC: default of every node" {
    each_node NET-SNMP-TC
}
@test "snmptranslate Debian NET-SNMP-TC: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m NET-SNMP-TC -Tp
}
@test "snmptranslate Debian NET-SNMP-TC: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m NET-SNMP-TC -Tt
}
@test "snmptranslate Debian NET-SNMP-VACM-MIB: -Td of every node" {
    each_node NET-SNMP-VACM-MIB -Td
}
@test "snmptranslate Debian NET-SNMP-VACM-MIB: -On of every node" {
    each_node NET-SNMP-VACM-MIB -On
}
@test "snmptranslate Debian NET-SNMP-VACM-MIB: -Of of every node" {
    each_node NET-SNMP-VACM-MIB -Of
}
@test "snmptranslate Debian NET-SNMP-VACM-MIB: -OS -Td -w 72 of every node" {
    each_node NET-SNMP-VACM-MIB -OS -Td -w 72
}
@test "snmptranslate Debian NET-SNMP-VACM-MIB: default of every node" {
    each_node NET-SNMP-VACM-MIB
}
@test "snmptranslate Debian NET-SNMP-VACM-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m NET-SNMP-VACM-MIB -Tp
}
@test "snmptranslate Debian NET-SNMP-VACM-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m NET-SNMP-VACM-MIB -Tt
}
@test "snmptranslate Debian UCD-DEMO-MIB: -Td of every node" {
    each_node UCD-DEMO-MIB -Td
}
@test "snmptranslate Debian UCD-DEMO-MIB: -On of every node" {
    each_node UCD-DEMO-MIB -On
}
@test "snmptranslate Debian UCD-DEMO-MIB: -Of of every node" {
    each_node UCD-DEMO-MIB -Of
}
@test "snmptranslate Debian UCD-DEMO-MIB: -OS -Td -w 72 of every node" {
    each_node UCD-DEMO-MIB -OS -Td -w 72
}
@test "snmptranslate Debian UCD-DEMO-MIB: default of every node" {
    each_node UCD-DEMO-MIB
}
@test "snmptranslate Debian UCD-DEMO-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m UCD-DEMO-MIB -Tp
}
@test "snmptranslate Debian UCD-DEMO-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m UCD-DEMO-MIB -Tt
}
@test "snmptranslate Debian UCD-DISKIO-MIB: -Td of every node" {
    each_node UCD-DISKIO-MIB -Td
}
@test "snmptranslate Debian UCD-DISKIO-MIB: -On of every node" {
    each_node UCD-DISKIO-MIB -On
}
@test "snmptranslate Debian UCD-DISKIO-MIB: -Of of every node" {
    each_node UCD-DISKIO-MIB -Of
}
@test "snmptranslate Debian UCD-DISKIO-MIB: -OS -Td -w 72 of every node" {
    each_node UCD-DISKIO-MIB -OS -Td -w 72
}
@test "snmptranslate Debian UCD-DISKIO-MIB: default of every node" {
    each_node UCD-DISKIO-MIB
}
@test "snmptranslate Debian UCD-DISKIO-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m UCD-DISKIO-MIB -Tp
}
@test "snmptranslate Debian UCD-DISKIO-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m UCD-DISKIO-MIB -Tt
}
@test "snmptranslate Debian UCD-DLMOD-MIB: -Td of every node" {
    each_node UCD-DLMOD-MIB -Td
}
@test "snmptranslate Debian UCD-DLMOD-MIB: -On of every node" {
    each_node UCD-DLMOD-MIB -On
}
@test "snmptranslate Debian UCD-DLMOD-MIB: -Of of every node" {
    each_node UCD-DLMOD-MIB -Of
}
@test "snmptranslate Debian UCD-DLMOD-MIB: -OS -Td -w 72 of every node" {
    each_node UCD-DLMOD-MIB -OS -Td -w 72
}
@test "snmptranslate Debian UCD-DLMOD-MIB: default of every node" {
    each_node UCD-DLMOD-MIB
}
@test "snmptranslate Debian UCD-DLMOD-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m UCD-DLMOD-MIB -Tp
}
@test "snmptranslate Debian UCD-DLMOD-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m UCD-DLMOD-MIB -Tt
}
@test "snmptranslate Debian UCD-IPFWACC-MIB: -Td of every node" {
    each_node UCD-IPFWACC-MIB -Td
}
@test "snmptranslate Debian UCD-IPFWACC-MIB: -On of every node" {
    each_node UCD-IPFWACC-MIB -On
}
@test "snmptranslate Debian UCD-IPFWACC-MIB: -Of of every node" {
    each_node UCD-IPFWACC-MIB -Of
}
@test "snmptranslate Debian UCD-IPFWACC-MIB: -OS -Td -w 72 of every node" {
    each_node UCD-IPFWACC-MIB -OS -Td -w 72
}
@test "snmptranslate Debian UCD-IPFWACC-MIB: default of every node" {
    each_node UCD-IPFWACC-MIB
}
@test "snmptranslate Debian UCD-IPFWACC-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m UCD-IPFWACC-MIB -Tp
}
@test "snmptranslate Debian UCD-IPFWACC-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m UCD-IPFWACC-MIB -Tt
}
@test "snmptranslate Debian UCD-SNMP-MIB: -Td of every node" {
    each_node UCD-SNMP-MIB -Td
}
@test "snmptranslate Debian UCD-SNMP-MIB: -On of every node" {
    each_node UCD-SNMP-MIB -On
}
@test "snmptranslate Debian UCD-SNMP-MIB: -Of of every node" {
    each_node UCD-SNMP-MIB -Of
}
@test "snmptranslate Debian UCD-SNMP-MIB: -OS -Td -w 72 of every node" {
    each_node UCD-SNMP-MIB -OS -Td -w 72
}
@test "snmptranslate Debian UCD-SNMP-MIB: default of every node" {
    each_node UCD-SNMP-MIB
}
@test "snmptranslate Debian UCD-SNMP-MIB: -Tp" {
    diffrun snmptranslate -M "$DIRS" -m UCD-SNMP-MIB -Tp
}
@test "snmptranslate Debian UCD-SNMP-MIB: -Tt" {
    diffrun snmptranslate -M "$DIRS" -m UCD-SNMP-MIB -Tt
}
