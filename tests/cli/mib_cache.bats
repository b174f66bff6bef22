#!/usr/bin/env bats
# The compiled MIB cache (libcore/mib/cache*.c): a run that writes the
# cache (cold) and one that reads it (warm) print byte-identical output,
# the same as Net-SNMP's; a changed MIB file is read again; the
# SNMPKIT_MIB_CACHE opt-out and an unusable cache directory change
# nothing, silently.

load helpers/common

ALLDIRS="$SK_ROOT/mibs"

# ours PREFIX TOOL ARG...: run our TOOL as diffrun does, with the cache in
# $XDG (unless the caller's environment says otherwise), into PREFIX.*
ours() {
    local prefix=$1 tool=$2 rc=0
    shift 2
    (
        unset MIBS MIBDIRS MIBFILES
        export SNMPCONFPATH=$SK_AGENT_DIR/conf HOME=$SK_AGENT_DIR
        exec "$SK_BIN/$tool" "$@"
    ) </dev/null >"$prefix.out" 2>"$prefix.err" || rc=$?
    echo "$rc" > "$prefix.rc"
}

# same A B: A.* and B.* hold the same output.
same() {
    local f
    for f in out err rc; do
        if ! cmp -s "$1.$f" "$2.$f"; then
            echo "$1.$f and $2.$f differ:" >&2
            diff "$1.$f" "$2.$f" >&2 || true
            return 1
        fi
    done
}

# ours_3way TOOL ARG...: without the cache, with a fresh one, and
# with that one again, our TOOL prints the same, and a cache file
# appears.
ours_3way() {
    local t=$BATS_TEST_TMPDIR
    export XDG_CACHE_HOME=$t/xdg$RANDOM
    SNMPKIT_MIB_CACHE=off ours "$t/none" "$@"
    [ ! -e "$XDG_CACHE_HOME" ]
    ours "$t/cold" "$@"
    ls "$XDG_CACHE_HOME"/snmpkit/mib-*.cache >/dev/null
    ours "$t/warm" "$@"
    same "$t/none" "$t/cold"
    same "$t/cold" "$t/warm"
}

# cold_warm TOOL ARG...: ours_3way, and Net-SNMP agrees.
cold_warm() {
    local args
    ours_3way "$@"
    args=("$@")
    args=("${args[@]/#$SK_AGENT/AGENT}")
    diffrun "${args[@]}"
}

@test "mib cache: snmpget -m ALL, cold and warm" {
    cold_warm snmpget -M "$ALLDIRS" -m ALL -v2c -c public "$SK_AGENT" \
        SNMPv2-MIB::sysDescr.0 IF-MIB::ifDescr.1 sysObjectID.0
}

@test "mib cache: snmpwalk -m ALL in several -O styles, cold and warm" {
    local o
    for o in -OS -Of -On -OX -Ov; do
        cold_warm snmpwalk -M "$ALLDIRS" -m ALL "$o" -v2c -c public \
            "$SK_AGENT" .1.3.6.1.2.1.2.2.1.1
    done
}

@test "mib cache: snmptranslate reports, cold and warm" {
    cold_warm snmptranslate -M "$ALLDIRS" -m ALL -Tp
    cold_warm snmptranslate -M "$ALLDIRS" -m ALL -Td IF-MIB::ifTable
    cold_warm snmptranslate -M "$ALLDIRS" -m ALL -Tt
    cold_warm snmptranslate -M "$ALLDIRS" -m ALL -TB 'if.*Status'
    cold_warm snmptranslate -M "$ALLDIRS" -m ALL -Pd -Td \
        SNMPv2-MIB::sysDescr
}

@test "mib cache: MODULE:: loads more modules into a warm MIB" {
    cold_warm snmptranslate -M "$ALLDIRS" -m SNMPv2-MIB -On \
        IF-MIB::ifDescr.1
    cold_warm snmptranslate -M "$ALLDIRS" -m SNMPv2-MIB -On \
        NO-SUCH-MIB::ifDescr.1
}

# (Net-SNMP orders some of these lines differently: see mib_all.bats.)
@test "mib cache: diagnostics are replayed from the cache" {
    ours_3way snmptranslate -M "$ALLDIRS:$SK_ROOT/tests/data/mibs/broken" \
        -m ALL -On SNMPv2-MIB::sysDescr.0
    ours_3way snmptranslate -M "$SK_ROOT/tests/data/mibs/broken" \
        -m BROKEN-IMPORTS -Tp
    cold_warm snmpget -M "$ALLDIRS" -m NO-SUCH-MIB:IF-MIB -v2c -c public \
        "$SK_AGENT" ifDescr.1
}

write_mib() {
    cat > "$1/CACHE-TEST-MIB.txt" <<EOF
CACHE-TEST-MIB DEFINITIONS ::= BEGIN
IMPORTS enterprises FROM SNMPv2-SMI;
$2 OBJECT IDENTIFIER ::= { enterprises 424242 }
END
EOF
}

# translate NAME: twice (the first run writes the cache, unless a file
# is too fresh to trust, the second reads it), both print NAME.
translate() {
    local t=$BATS_TEST_TMPDIR
    ours "$t/x" snmptranslate -M "$ALLDIRS:$t/mibs" -m ALL .1.3.6.1.4.1.424242
    [ "$(cat "$t/x.out")" = "$1" ]
    ours "$t/y" snmptranslate -M "$ALLDIRS:$t/mibs" -m ALL .1.3.6.1.4.1.424242
    [ "$(cat "$t/y.out")" = "$1" ]
}

@test "mib cache: a changed MIB file is read again" {
    local d=$BATS_TEST_TMPDIR/mibs
    export XDG_CACHE_HOME=$BATS_TEST_TMPDIR/xdg
    mkdir -p "$d"
    write_mib "$d" cacheTest
    translate CACHE-TEST-MIB::cacheTest     # too fresh: not cached
    sleep 0.3
    translate CACHE-TEST-MIB::cacheTest     # cached
    ls "$XDG_CACHE_HOME"/snmpkit/mib-*.cache >/dev/null
    write_mib "$d" cacheTestRenamed         # another size
    translate CACHE-TEST-MIB::cacheTestRenamed
    sleep 0.3
    translate CACHE-TEST-MIB::cacheTestRenamed
    write_mib "$d" cacheTestRenamex         # the same size
    sleep 0.3
    translate CACHE-TEST-MIB::cacheTestRenamex
    touch -d '2001-01-01 00:00' "$d/CACHE-TEST-MIB.txt"
    translate CACHE-TEST-MIB::cacheTestRenamex
    rm "$d/CACHE-TEST-MIB.txt"
    translate SNMPv2-SMI::enterprises.424242
}

@test "mib cache: SNMPKIT_MIB_CACHE=0 or off turns it off" {
    local t=$BATS_TEST_TMPDIR v
    for v in 0 off OFF no false; do
        export XDG_CACHE_HOME=$t/xdg-$v
        SNMPKIT_MIB_CACHE=$v ours "$t/off" snmptranslate -M "$ALLDIRS" \
            -m ALL -On IF-MIB::ifDescr
        [ ! -e "$XDG_CACHE_HOME/snmpkit" ]
        [ "$(cat "$t/off.out")" = ".1.3.6.1.2.1.2.2.1.2" ]
    done
    export XDG_CACHE_HOME=$t/xdg-on
    SNMPKIT_MIB_CACHE=1 ours "$t/on" snmptranslate -M "$ALLDIRS" -m ALL \
        -On IF-MIB::ifDescr
    ls "$XDG_CACHE_HOME"/snmpkit/mib-*.cache >/dev/null
    same "$t/off" "$t/on"
}

@test "mib cache: without XDG_CACHE_HOME it lives in HOME/.cache" {
    unset XDG_CACHE_HOME
    rm -rf "$SK_AGENT_DIR/.cache"
    ours "$BATS_TEST_TMPDIR/h" snmptranslate -M "$ALLDIRS" -m ALL -On \
        IF-MIB::ifDescr
    ls "$SK_AGENT_DIR"/.cache/snmpkit/mib-*.cache >/dev/null
    [ "$(stat -c %a "$SK_AGENT_DIR/.cache/snmpkit")" = 700 ]
    for f in "$SK_AGENT_DIR"/.cache/snmpkit/mib-*.cache; do
        [ "$(stat -c %a "$f")" = 600 ]
    done
}

@test "mib cache: an unusable cache directory is silent" {
    local t=$BATS_TEST_TMPDIR
    export XDG_CACHE_HOME=$t/xdg
    ours "$t/ref" snmpget -M "$ALLDIRS" -m ALL -v2c -c public "$SK_AGENT" \
        ifDescr.1
    : > "$t/file"
    for XDG_CACHE_HOME in "$t/file/sub" relative/dir /proc/no; do
        export XDG_CACHE_HOME
        ours "$t/bad" snmpget -M "$ALLDIRS" -m ALL -v2c -c public \
            "$SK_AGENT" ifDescr.1
        same "$t/ref" "$t/bad"
    done
}

@test "mib cache: a corrupt or truncated cache file is parsed again" {
    local t=$BATS_TEST_TMPDIR f
    export XDG_CACHE_HOME=$t/xdg
    ours "$t/ref" snmptranslate -M "$ALLDIRS" -m ALL -Tp
    for f in "$XDG_CACHE_HOME"/snmpkit/mib-*.cache; do
        head -c 1000 /dev/urandom > "$f"
    done
    ours "$t/junk" snmptranslate -M "$ALLDIRS" -m ALL -Tp
    same "$t/ref" "$t/junk"
    for f in "$XDG_CACHE_HOME"/snmpkit/mib-*.cache; do
        truncate -s 5000 "$f"
    done
    ours "$t/short" snmptranslate -M "$ALLDIRS" -m ALL -Tp
    same "$t/ref" "$t/short"
    ours "$t/again" snmptranslate -M "$ALLDIRS" -m ALL -Tp
    same "$t/ref" "$t/again"
}
