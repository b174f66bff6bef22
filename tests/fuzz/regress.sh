#!/bin/sh
# regress.sh - make check's fuzz step: every harness, linked with
# driver.c (tests/fuzz/regress_<name>), runs once over its seed corpus
# and over every crash or timeout input ever found
# (tests/fuzz/regressions/<name>/).  Each input gets RUN_LIMIT seconds in
# all (a hang is a failure).  Under the sanitized build ASan/UBSan turn
# any memory error into a failure.  Prints "regress.sh: N passed, M
# failed", one count per harness.
: "${srcdir:=$(dirname "$0")/../..}"
fuzz=$srcdir/tests/fuzz
limit=${RUN_LIMIT:-120}
pass=0
fail=0
for name in msg usm notify3 mib mibcache conf oid_value trapd_format; do
    bin=tests/fuzz/regress_$name
    set -- "$fuzz/corpus/$name"
    [ -d "$fuzz/regressions/$name" ] && set -- "$@" "$fuzz/regressions/$name"
    # the MIB parser's seeds are the bundled and the test MIBs
    [ "$name" = mib ] && set -- "$@" "$srcdir/mibs" "$srcdir/tests/data/mibs"
    if [ ! -x "$bin" ]; then
        echo "FAIL $name: $bin not built"
        fail=$((fail + 1))
    elif timeout "$limit" "$bin" "$@" >"regress_$name.out" 2>&1; then
        echo "ok $name: $(tail -n 1 "regress_$name.out")"
        pass=$((pass + 1))
    else
        echo "FAIL $name (status $?):"
        tail -n 30 "regress_$name.out"
        fail=$((fail + 1))
    fi
    rm -f "regress_$name.out"
done
echo "regress.sh: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
