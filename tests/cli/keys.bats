#!/usr/bin/env bats
# keys.bats - USM key derivation cross-checked against a second
# implementation: for every auth x privacy protocol pair, the localized
# authentication key and the localized (extended) privacy key that
# libcore makes (tests/unit/keytool) must equal pysnmp's
# (tests/cli/helpers/pysnmp_keys.py, Debian's python3-pysnmp4).  This
# covers both AES-192/256 key extensions (Blumenthal "AES-192", Reeder
# "AES-192-C") and the 3DES one.  No agent is needed.
#
# Environment: SK_KEYTOOL (default: tests/unit/keytool of the build that
# $SK_BIN belongs to, else $SK_ROOT/build), SK_PYTHON (default
# /usr/bin/python3: python3-pysnmp4 installs into Debian's python, not
# into a pyenv or venv one that may come first in PATH).

SK_ROOT=${SK_ROOT:-$(cd "$BATS_TEST_DIRNAME/../.." && pwd)}
if [ -z "${SK_KEYTOOL:-}" ]; then
    if [ -n "${SK_BIN:-}" ]; then
        SK_KEYTOOL=$(dirname "$SK_BIN")/tests/unit/keytool
    else
        SK_KEYTOOL=$SK_ROOT/build/tests/unit/keytool
    fi
fi
SK_PYTHON=${SK_PYTHON:-/usr/bin/python3}
PYKEYS=$BATS_TEST_DIRNAME/helpers/pysnmp_keys.py
PRIVS="DES 3DES AES AES-192 AES-256 AES-192-C AES-256-C"
# Engine IDs: RFC 3414 A.3's, a Net-SNMP-style one, a one-octet one and
# the 32-octet maximum.
ENGINES="000000000000000000000002 80001f8880e9bd0c1d12667a5100000000 01
0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20"

setup() {
    if [ ! -x "$SK_KEYTOOL" ]; then
        echo "keytool not built: $SK_KEYTOOL (make check builds it)" >&2
        return 1
    fi
    if ! "$SK_PYTHON" -c 'import pysnmp.proto.secmod.rfc3414' 2>/dev/null
    then
        echo "$SK_PYTHON cannot import pysnmp: install python3-pysnmp4" >&2
        return 1
    fi
}

# compare AUTH PASSWORD: every privacy protocol and engine ID for AUTH.
compare() {
    local auth=$1 pass=$2 priv engine ours theirs bad=0
    for priv in $PRIVS; do
        for engine in $ENGINES; do
            ours=$("$SK_KEYTOOL" "$auth" "$priv" "$pass" "$engine") ||
                { echo "keytool failed: $auth $priv $engine" >&2; bad=1; }
            theirs=$("$SK_PYTHON" "$PYKEYS" "$auth" "$priv" "$pass" \
                "$engine") ||
                { echo "pysnmp failed: $auth $priv $engine" >&2; bad=1; }
            if [ "$ours" != "$theirs" ]; then
                printf '%s %s %s:\n ours:   %s\n pysnmp: %s\n' "$auth" \
                    "$priv" "$engine" "$ours" "$theirs" >&2
                bad=1
            fi
        done
    done
    return "$bad"
}

@test "keys: MD5 x every privacy protocol match pysnmp" {
    compare MD5 maplesyrup
}
@test "keys: SHA x every privacy protocol match pysnmp" {
    compare SHA maplesyrup
}
@test "keys: SHA-224 x every privacy protocol match pysnmp" {
    compare SHA-224 "pass phrase with spaces"
}
@test "keys: SHA-256 x every privacy protocol match pysnmp" {
    compare SHA-256 12345678
}
@test "keys: SHA-384 x every privacy protocol match pysnmp" {
    # longer than the 64-octet block, so the password ring wraps mid-block
    compare SHA-384 "$(printf 'long passphrase %.0s' 1 2 3 4 5)"
}
@test "keys: SHA-512 x every privacy protocol match pysnmp" {
    compare SHA-512 maplesyrup
}
@test "keys: RFC 3414 A.3.1 through keytool" {
    run "$SK_KEYTOOL" MD5 DES maplesyrup 000000000000000000000002
    [ "$status" -eq 0 ]
    [ "${lines[0]}" = 526f5eed9fcce26f8964c2930787d82b ]
    [ "${lines[1]}" = 526f5eed9fcce26f8964c2930787d82b ]
}
