#!/usr/bin/env bash
# run.sh - the bounded fuzz pass: each libFuzzer harness of a
# --enable-fuzzing build runs for SECONDS (one at a time, one job),
# starting from its seed corpus (tests/fuzz/corpus/<name>/, plus the
# bundled and test MIBs for the MIB parser), then every input in
# tests/fuzz/regressions/<name>/ is run through it once.  With SECONDS
# 0 only the regressions run, which also works on a plain or sanitized
# build (through the driver.c programs tests/fuzz/regress_<name>).
#
# usage: tests/fuzz/run.sh [SECONDS] [BUILDDIR] [NAME...]
#   SECONDS   per fuzzer (default 60; 0 = regressions only)
#   BUILDDIR  build tree (default build-fuzz under the source root)
# The harnesses' own output is closed (-close_fd_mask=3; sanitizer
# reports still reach the log).  Crash, leak and timeout inputs are kept
# in BUILDDIR/fuzz-artifacts/: copy each to tests/fuzz/regressions/<name>/.
# Output: one "ok"/"FAIL" line per fuzzer and per regression set, then
# "fuzz: N passed, M failed"; the exit status is 0 when M is 0.
set -u

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
secs=${1:-60}
build=${2:-$root/build-fuzz}
shift $(($# > 2 ? 2 : $#))
names=("$@")
[ ${#names[@]} -eq 0 ] && names=(msg usm notify3 mib mibcache conf oid_value trapd_format)
fuzz=$root/tests/fuzz
art=$build/fuzz-artifacts
pass=0
fail=0

note() {
    if [ "$1" = ok ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
    fi
    echo "$*"
}

# Seed directories of NAME (read-only: new inputs go to a scratch dir).
seeds() {
    echo "$fuzz/corpus/$1"
    if [ "$1" = mib ]; then
        echo "$root/mibs"
        find "$root/tests/data/mibs" -mindepth 1 -type d
    fi
}

fuzz_one() {
    local name=$1 bin=$build/tests/fuzz/fuzz_$1 work log dict=() maxlen=4096
    local -a dirs
    work=$(mktemp -d)
    log=$art/$name.log
    mapfile -t dirs < <(seeds "$name")
    [ -f "$fuzz/$name.dict" ] && dict=(-dict="$fuzz/$name.dict")
    case $name in mib | mibcache) maxlen=65536 ;; esac
    if nice -n 10 "$bin" -max_total_time="$secs" \
        -max_len="$maxlen" -timeout=10 -rss_limit_mb=2048 \
        -close_fd_mask=3 -print_final_stats=1 \
        -artifact_prefix="$art/$name-" "${dict[@]}" \
        "$work" "${dirs[@]}" >"$log" 2>&1; then
        note ok "fuzz_$name ${secs}s: $(grep -h 'DONE' "$log" | tail -n 1 \
            | cut -c1-100)"
    else
        note FAIL "fuzz_$name: finding in $art (log: $log)"
        grep -h -A 30 'ERROR\|Timeout\|leak' "$log" | head -n 40
    fi
    rm -rf "$work"
}

# Every regression input once (libFuzzer runs files given as arguments).
regress_one() {
    local name=$1 bin dir=$fuzz/regressions/$1 f bad=0
    bin=$build/tests/fuzz/fuzz_$name
    [ -x "$bin" ] || bin=$build/tests/fuzz/regress_$name
    [ -d "$dir" ] || return 0
    for f in "$dir"/*; do
        [ -f "$f" ] || continue
        if ! timeout 60 "$bin" "$f" >"$art/regress.log" 2>&1; then
            echo "  $f:" && tail -n 20 "$art/regress.log"
            bad=1
        fi
    done
    if [ $bad -eq 0 ]; then
        note ok "regressions/$name"
    else
        note FAIL "regressions/$name"
    fi
}

mkdir -p "$art"
cd "$art" || exit 1
for name in "${names[@]}"; do
    if [ "$secs" -gt 0 ] && [ -x "$build/tests/fuzz/fuzz_$name" ]; then
        fuzz_one "$name"
    elif [ "$secs" -gt 0 ]; then
        note FAIL "fuzz_$name: not built (configure --enable-fuzzing CC=clang)"
    fi
    regress_one "$name"
done
echo "fuzz: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
