#!/bin/sh
# Check every bundled MIB module with two independent parsers:
#   1. Net-SNMP: snmptranslate must load the module with nothing on
#      stderr, and the whole directory must load together (-m ALL).
#   2. libsmi: smilint -l 3 must report nothing beyond the messages
#      listed in allowed() below, each of which the standard module
#      text itself produces (see README.md).
# Prints one line per module; exits 1 if any module fails.
# Usage: mibs/check.sh [MIBDIR]   (default: the directory of this script)

dir=${1:-$(cd "$(dirname "$0")" && pwd)}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir "$tmp/conf"
# Keep Net-SNMP away from /etc/snmp and ~/.snmp: only $dir is searched.
SNMPCONFPATH=$tmp/conf HOME=$tmp MIBDIRS=$dir MIBS=
# Net-SNMP's persistent directory: a private one, created before the
# checks so that its first-use "Created directory: ..." notice (seen on a
# fresh machine) cannot be taken for a parse error.
mkdir -p "$tmp/persist/cert_indexes"
export SNMP_PERSISTENT_DIR=$tmp/persist
export SNMPCONFPATH HOME MIBDIRS MIBS
SMIPATH=$dir
export SMIPATH

# Error names (smilint -m) the standard text itself triggers.
allowed() {
    case $1 in
    SNMPv2-SMI)  echo 'range-bounds range-exchanged' ;;
    RFC1155-SMI) echo 'range-bounds' ;;
    SNMPv2-CONF) echo 'import-failed' ;;
    RFC-1212)    echo 'module-not-found' ;;
    RFC1213-MIB) echo 'index-element-no-range' ;;
    IF-MIB)      echo 'index-element-no-size' ;;
    SNMP-VIEW-BASED-ACM-MIB) echo 'index-element-no-size' ;;
    SNMP-NOTIFICATION-MIB)   echo 'index-element-no-size' ;;
    IPV6-TC)     echo 'module-identity-missing' ;;
    IP-FORWARD-MIB) echo 'index-element-no-size' ;;
    *)           echo '' ;;
    esac
}

have_smilint=1
command -v smilint >/dev/null 2>&1 || have_smilint=0
fail=0
for f in "$dir"/*.txt; do
    mod=$(awk '/DEFINITIONS/ { print $1; exit }' "$f")
    [ -n "$mod" ] || { echo "$(basename "$f"): FAIL no module header"; fail=1; continue; }
    msg=""
    snmptranslate -M "$dir" -m "$mod" -Tz >"$tmp/out" 2>"$tmp/err"
    if [ $? -ne 0 ] || [ -s "$tmp/err" ]; then
        msg=" net-snmp: $(head -n 1 "$tmp/err")"
    fi
    if [ $have_smilint -eq 1 ]; then
        smilint -m -l 3 "$f" >"$tmp/lint" 2>&1
        ok=$(allowed "$mod")
        for name in $ok; do
            grep -v "{$name}" "$tmp/lint" >"$tmp/lint2"
            mv "$tmp/lint2" "$tmp/lint"
        done
        if [ -s "$tmp/lint" ]; then
            msg="$msg smilint: $(head -n 1 "$tmp/lint")"
        fi
        lint="smilint ok"
    else
        lint="smilint skipped"
    fi
    if [ -n "$msg" ]; then
        echo "$mod: FAIL$msg"
        fail=1
    else
        echo "$mod: ok (net-snmp ok, $lint)"
    fi
done
snmptranslate -M "$dir" -m ALL -Tp >/dev/null 2>"$tmp/err"
if [ -s "$tmp/err" ]; then
    echo "ALL: FAIL net-snmp: $(head -n 1 "$tmp/err")"
    fail=1
else
    echo "ALL: ok (net-snmp -m ALL -Tp)"
fi
exit $fail
