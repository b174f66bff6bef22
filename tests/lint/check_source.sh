#!/usr/bin/env bash
# check_source.sh - house rules that a compiler does not check:
# the layering of libcore (DESIGN.md "Architecture"), who may include
# popt and OpenSSL, that libcore never prints or exits, and the banned
# libc functions.  Prints one line per rule and "lint: N passed, M failed".
set -u
cd "$(dirname "$0")/../.." || exit 1

pass=0
fail=0
rule() { # rule NAME OFFENDING-LINES
    if [ -z "$2" ]; then
        pass=$((pass + 1))
        echo "ok   $1"
    else
        fail=$((fail + 1))
        echo "FAIL $1"
        printf '%s\n' "$2" | sed 's/^/     /'
    fi
}
# includes of libcore module headers in FILES matching DIR-regex
incl() { grep -HnE "^#include \"($2)/" $1 2>/dev/null; }
src() { # tracked files matching the patterns (any file outside git)
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git ls-files "$@"
    else
        local pat
        for pat; do find . -path "./$pat" -type f | sed 's|^\./||'; done
    fi
}

lib=$(src 'libcore/*.c' 'libcore/*.h')
apps=$(src 'apps/*.c' 'apps/*.h')

rule "base includes only base" "$(incl "$(src 'libcore/base/*')" 'wire|net|sec|fmt|mib|conf')"
rule "conf includes only base" "$(incl "$(src 'libcore/conf/*')" 'wire|net|sec|fmt|mib')"
rule "wire does not include net/sec/fmt/mib/conf" "$(incl "$(src 'libcore/wire/*')" 'net|sec|fmt|mib|conf')"
rule "sec does not include net/fmt/mib/conf" "$(incl "$(src 'libcore/sec/*')" 'net|fmt|mib|conf')"
rule "net does not include fmt/mib/conf" "$(incl "$(src 'libcore/net/*')" 'fmt|mib|conf')"
rule "fmt does not include net/sec/conf" "$(incl "$(src 'libcore/fmt/*')" 'net|sec|conf')"
rule "apps include only snmpkit.h from libcore" \
    "$(grep -HnE '^#include "(base|wire|net|sec|fmt|mib|conf)/' $apps)"
rule "only apps include popt" "$(grep -Hn '<popt.h>' $lib)"
rule "only sec includes openssl" \
    "$(grep -Hn '<openssl/' $lib $apps | grep -v '^libcore/sec/')"
rule "libcore never prints or exits" \
    "$(grep -HnE '\b(printf|puts|perror|exit|abort)\s*\(|\b(stdout|stderr)\b' $lib)"
rule "no banned functions" \
    "$(grep -HnE '\b(sprintf|vsprintf|strcpy|strcat|strncpy|strncat|strtok|gets|atoi|atol|sscanf)\s*\(' $lib $apps $(src 'tests/*.c'))"
rule "no assignment inside if/while conditions" \
    "$(grep -HnE '\b(if|while) \(\(?[a-z_>.-]+ = [^=]' $lib $apps)"

echo "lint: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
