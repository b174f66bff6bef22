#!/usr/bin/env bats
# libcrypto is loaded only when SNMPv3 needs a hash or a cipher
# (libcore/sec/ossl.c): no app links it, a v2c or noAuthNoPriv request
# never maps it, v3 authPriv loads it and works, and a libcrypto that
# cannot be loaded gives a clear error and a non-zero exit, not a crash.

load helpers/common
load helpers/v3agent

APPS="snmpget snmpgetnext snmpset snmpwalk snmpbulkget snmpbulkwalk \
snmptrap snmpinform snmptranslate snmptrapd/snmptrapd"

# Run our TOOL against the agent in the isolated client environment,
# with the extra VAR=VALUE words before the tool name in the environment:
#   lazyrun [VAR=VALUE]... TOOL ARG...
# bats' run: $output has stdout and stderr, $status the exit code.
lazyrun() {
    local -a envs=()
    while [[ $1 == *=* ]]; do
        envs+=("$1")
        shift
    done
    local tool=$1
    shift
    run env -u MIBS -u MIBDIRS -u LD_PRELOAD SNMPCONFPATH="$SK_AGENT_DIR/conf" \
        HOME="$SK_AGENT_DIR" "${envs[@]}" "$SK_BIN/$tool" "$@"
}

# The dynamic loader's list of the objects it opened (LD_DEBUG=files).
opened() {
    printf '%s\n' "$output" | grep -E 'file=[^ ]+ +\[0\]; +(needed|dynamically)'
}

@test "lazy crypto: no app has libcrypto as DT_NEEDED" {
    local app needed
    for app in $APPS; do
        [ -x "$SK_BIN/$app" ]
        needed=$(readelf -d "$SK_BIN/$app" | grep NEEDED)
        [ -n "$needed" ]
        if printf '%s\n' "$needed" | grep -q libcrypto; then
            echo "$app: $needed"
            return 1
        fi
    done
}

@test "lazy crypto: v2c snmpget never maps libcrypto" {
    lazyrun LD_DEBUG=files snmpget -v2c -c public "$SK_AGENT" $SYSNAME
    echo "$output"
    [ "$status" -eq 0 ]
    [[ $output == *".1.5.0 = STRING: "* ]]
    [ -n "$(opened | grep libc.so.6)" ]
    [ -z "$(opened | grep libcrypto)" ]
}

@test "lazy crypto: v3 noAuthNoPriv snmpget never maps libcrypto" {
    lazyrun LD_DEBUG=files snmpget $(v3u unoauth noAuthNoPriv) "$SK_AGENT" \
        $SYSNAME
    echo "$output"
    [ "$status" -eq 0 ]
    [[ $output == *".1.5.0 = STRING: "* ]]
    [ -z "$(opened | grep libcrypto)" ]
}

@test "lazy crypto: v3 authPriv snmpget loads libcrypto and works" {
    lazyrun LD_DEBUG=files snmpget $(v3user SHA-256 AES) "$SK_AGENT" \
        $SYSNAME
    echo "$output"
    [ "$status" -eq 0 ]
    [[ $output == *".1.5.0 = STRING: "* ]]
    [ -n "$(opened | grep -E 'file=libcrypto\.so\.[0-9]+ +\[0\]; +dyn')" ]
}

@test "lazy crypto: v3 authPriv DES (legacy provider) still works" {
    diffrun snmpget $(v3user MD5 DES) AGENT $SYSNAME $R.1.1
}

@test "lazy crypto: an unloadable libcrypto fails v3 -A cleanly" {
    local lib=$SK_AGENT_DIR/badcrypto
    mkdir -p "$lib"
    : > "$lib/libcrypto.so.3"
    lazyrun LD_LIBRARY_PATH="$lib" snmpget $(v3user SHA AES) "$SK_AGENT" \
        $SYSNAME
    echo "$output"
    [ "$status" -eq 1 ]
    [ "${#lines[@]}" -eq 1 ]
    [[ $output == "snmpget: Generic error (cannot load libcrypto: "* ]]
    [[ $output == *"libcrypto.so.3"* ]]
    [[ $output != *"STRING"* ]]
    [[ $output != *"Sanitizer"* ]]
}

@test "lazy crypto: a libcrypto without the functions fails v3 -3k cleanly" {
    local lib=$SK_AGENT_DIR/emptycrypto popt
    mkdir -p "$lib"
    # a real shared object that is not libcrypto: dlopen works, dlsym not
    popt=$(ldd "$SK_BIN/snmpget" | awk '/libpopt/ { print $3 }')
    cp "$popt" "$lib/libcrypto.so.3"
    lazyrun LD_LIBRARY_PATH="$lib" snmpget -v3 -u uSHA -l authNoPriv -a SHA \
        -e $V3ENGINE -3k 0x040ceffee23608ac604009b3a580d31f6ba5ae7b \
        "$SK_AGENT" $SYSNAME
    echo "$output"
    [ "$status" -eq 1 ]
    [[ $output == *"cannot load libcrypto: libcrypto.so.3 lacks EVP_"* ]]
    [[ $output != *"STRING"* ]]
    [[ $output != *"Sanitizer"* ]]
}

@test "lazy crypto: an unloadable libcrypto fails v3 snmptrap cleanly" {
    local lib=$SK_AGENT_DIR/badcrypto
    mkdir -p "$lib"
    : > "$lib/libcrypto.so.3"
    lazyrun LD_LIBRARY_PATH="$lib" snmptrap $(v3user SHA AES) -e $V3ENGINE \
        "udp:127.0.0.1:$SK_DEAD_PORT" '' .1.3.6.1.6.3.1.1.5.1
    echo "$output"
    [ "$status" -eq 1 ]
    [ "${#lines[@]}" -eq 1 ]
    [[ $output == "snmptrap: Generic error (cannot load libcrypto: "* ]]
}

@test "lazy crypto: an unloadable libcrypto does not affect v2c" {
    local lib=$SK_AGENT_DIR/badcrypto
    mkdir -p "$lib"
    : > "$lib/libcrypto.so.3"
    lazyrun LD_LIBRARY_PATH="$lib" snmpget -v2c -c public "$SK_AGENT" \
        $SYSNAME
    [ "$status" -eq 0 ]
    [[ $output == *".1.5.0 = STRING: "* ]]
}
