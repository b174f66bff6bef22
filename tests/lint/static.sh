#!/usr/bin/env bash
# static.sh - static analysis of libcore/ and apps/: cppcheck, then
# clang-tidy with the checked-in .clang-tidy.  Both get the compile flags
# of the Automake build (Makefile.am's AM_CPPFLAGS, and -Iapps for the
# apps), from a compile_commands.json written here, so that no build is
# needed.  Exits non-zero on any finding; prints "static: N passed, M
# failed" (one count per tool).  A false positive gets an inline
# suppression with its reason, on the line before the finding:
#   /* cppcheck-suppress uninitvar - recvmmsg filled src[0..got) */
#   /* NOLINTNEXTLINE(bugprone-not-null-terminated-result): the copy
#      includes the NUL */
# Usage: tests/lint/static.sh [FILE...] (default: libcore/ and apps/).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0
fail=0

# config.h as configure would make it for the regular build.
cat >"$work/config.h" <<'H'
#define _GNU_SOURCE 1
#define HAVE_LIBPOPT 1
#define PACKAGE_VERSION "0.1"
#define VERSION "0.1"
H

defs=(-DSK_SYSCONFDIR='"/usr/local/etc/snmpkit"'
      -DSK_MIBDIR='"/usr/local/share/snmpkit/mibs"'
      -DSK_SRCMIBDIR="\"$root/mibs\"")
if [ $# -gt 0 ]; then
    files="$*"
else
    files=$(find libcore apps -name '*.c' | sort)
fi

# compile_commands.json for clang-tidy
{
    echo '['
    sep=''
    for f in $files; do
        printf '%s{"directory": "%s", "file": "%s", "arguments": [' \
            "$sep" "$root" "$f"
        printf '"cc", "-std=gnu11", "-Ilibcore", "-Iapps", "-I%s", ' "$work"
        printf '"-DSK_SYSCONFDIR=\\"/usr/local/etc/snmpkit\\"", '
        printf '"-DSK_MIBDIR=\\"/usr/local/share/snmpkit/mibs\\"", '
        printf '"-DSK_SRCMIBDIR=\\"%s/mibs\\"", ' "$root"
        printf '"-include", "%s/config.h", "-c", "%s"]}\n' "$work" "$f"
        sep=','
    done
    echo ']'
} >"$work/compile_commands.json"

echo "== cppcheck" >&2
# unusedFunction/missingInclude are whole-program or system-header noise;
# normalCheckLevelMaxBranches is cppcheck telling us it gave up depth.
# shellcheck disable=SC2086
if cppcheck --quiet --error-exitcode=1 --std=c11 --language=c \
    --enable=warning,portability,performance \
    --inline-suppr --suppress=missingIncludeSystem \
    -Ilibcore -Iapps -I"$work" --include="$work/config.h" \
    "${defs[@]}" -j2 $files 2>"$work/cppcheck.txt"; then
    pass=$((pass + 1))
    echo "ok   cppcheck" >&2
else
    fail=$((fail + 1))
    echo "FAIL cppcheck" >&2
    cat "$work/cppcheck.txt" >&2
fi

echo "== clang-tidy" >&2
# shellcheck disable=SC2086
if clang-tidy -p "$work" --quiet $files >"$work/tidy.txt" 2>&1 &&
    ! grep -q 'warning:\|error:' "$work/tidy.txt"; then
    pass=$((pass + 1))
    echo "ok   clang-tidy" >&2
else
    fail=$((fail + 1))
    echo "FAIL clang-tidy" >&2
    grep -A3 'warning:\|error:' "$work/tidy.txt" >&2
fi
echo "static: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
