#!/usr/bin/env bats
# snmptrapd under hostile input (issue 5 "Done means", issue 6 scope 4):
# thousands of random and mutated packets from helpers/trapgen.py (a
# fixed seed, so a failure replays), then a valid trap that must still
# be logged; and a sustained stream of valid and hostile packets during
# which every valid notification is logged and acknowledged, handlers
# run, SIGHUP reloads happen, and neither memory nor descriptors grow.
# The suite also runs against the ASan+UBSan build (tests/run): the
# daemon's stderr must then hold no sanitizer report, and it must exit
# cleanly (leak check included) on SIGTERM.

load helpers/ourtrapd

GEN="$BATS_TEST_DIRNAME/helpers/trapgen.py"
E=.1.3.6.1.4.1.99999

setup() {
    TD_DIR=$(mktemp -d /tmp/sktdfuzz.XXXXXX)
    mkdir -p "$TD_DIR/conf" "$TD_DIR/persist/cert_indexes"
    echo "mibs :" > "$TD_DIR/conf/snmp.conf"
    cat > "$TD_DIR/handler.sh" <<EOS
#!/bin/sh
cat > /dev/null
echo run >> "$TD_DIR/handler.runs"
EOS
    chmod +x "$TD_DIR/handler.sh"
    # v3 users as in helpers/trapd.bash: the trapgen.py templates were
    # captured with them, so mutants reach the USM code paths.
    td_conf "authCommunity log,execute public
createUser -e 0x8000000001020304 tsha SHA tpassword AES tprivpass
authUser log,execute tsha noauth
traphandle $E.0.2 $TD_DIR/handler.sh"
}

teardown() {
    # a crash shows as a failed kill -0: show why
    if [ -n "${TD_DIR:-}" ] && [ -f "$TD_DIR/our.out" ]; then
        grep -A 40 -E 'Sanitizer|runtime error' "$TD_DIR/our.out" >&2
    fi
    td_cleanup
}

start_ours() {
    td_start_side our "$SK_OUR_TRAPD" -F 'TRAP %b %v\n' "$@"
}

# Stop ours with SIGTERM and require a clean exit (under ASan, a leak
# makes the exit status non-zero) and no sanitizer report.
stop_ours_clean() {
    local pid=$TD_PID_our st=0
    kill -TERM "$pid"
    wait "$pid" || st=$?
    TD_PID_our=
    if grep -E 'Sanitizer|runtime error|SUMMARY' "$TD_DIR/our.out" >&2; then
        return 1
    fi
    if [ "$st" -ne 0 ]; then
        echo "exit status $st" >&2
        cat "$TD_DIR/our.out" >&2
        return 1
    fi
}

# Wait (bounded) until the log holds PATTERN N times.
wait_logged() {
    local pat=$1 n=$2 got=0
    for _ in $(seq 1 150); do
        got=$(grep -c -- "$pat" "$TD_DIR/our.log")
        [ "$got" -ge "$n" ] && return 0
        sleep 0.1
    done
    echo "logged $got of $n '$pat'" >&2
    return 1
}

# field NAME "a=1 b=2": the value of NAME.
field() {
    tr ' ' '\n' <<<"$2" | sed -n "s/^$1=//p"
}

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$TD_PID_our/status"; }
fd_count() { ls "/proc/$TD_PID_our/fd" | wc -l; }

@test "fuzz: 6000 hostile packets, then a valid trap is logged" {
    start_ours
    run python3 "$GEN" fuzz "$(td_port our)" 6000 20261123
    [ "$status" -eq 0 ]
    kill -0 "$TD_PID_our"
    td_send our -v2c -c public AGENT 77 $E.0.77 $E.1 s after-the-fuzz
    td_send our -v1 -c public AGENT $E 127.0.0.1 6 7 1 $E.1 s v1-after
    wait_logged after-the-fuzz 1
    wait_logged v1-after 1
    run td_inform our -t 2 -r 1 -v2c -c public AGENT 5 $E.0.5
    [ "$status" -eq 0 ]
    kill -0 "$TD_PID_our"
    stop_ours_clean
}

@test "fuzz: a second seed over a TCP listener" {
    # a stream transport frames by BER length: hostile lengths there
    # must close the connection, not the daemon
    local port
    port=$(td_free_port)
    start_ours "tcp:127.0.0.1:$port"
    python3 - "$port" "$GEN" <<'PY'
import random, socket, sys, importlib.util
spec = importlib.util.spec_from_file_location("trapgen", sys.argv[2])
g = importlib.util.module_from_spec(spec)
spec.loader.exec_module(g)
rnd = random.Random(77)
for i in range(300):
    s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
    try:
        for _ in range(5):
            s.sendall(g.hostile(rnd, i)[:65507])
    except OSError:
        pass
    s.close()
PY
    td_env "$SK_NETSNMP_BIN/snmptrap" -v2c -c public "tcp:127.0.0.1:$port" \
        1 $E.0.1 $E.1 s after-tcp-fuzz
    wait_logged after-tcp-fuzz 1
    kill -0 "$TD_PID_our"
    stop_ours_clean
}

@test "robustness: 15 s mixed stream, SIGHUP, handlers: no loss, no growth" {
    local rss0 rss1 fd0 fd1 out valid handler informs acks logged runs
    local runs0 i gen slack=4096
    # Under the sanitizers (the run sets ASAN_OPTIONS) the resident size
    # wanders more (measured up to +5 MiB on the unchanged daemon under
    # load); leaks there are LeakSanitizer's to find at the clean stop.
    [ -z "${ASAN_OPTIONS:-}" ] || slack=8192
    # ASan's quarantine keeps up to 256 MB of freed memory by default,
    # which would read as growth: keep it small (no-op without ASan)
    ASAN_OPTIONS="${ASAN_OPTIONS:-}${ASAN_OPTIONS:+:}quarantine_size_mb=8"
    export ASAN_OPTIONS
    start_ours
    # Warm up before the baseline: hostile packets of every size page
    # in the receive buffers (32 x 64 KiB) and bring the allocator to
    # its steady state, handlers run, a reload happens.
    python3 "$GEN" fuzz "$(td_port our)" 1500 99 > /dev/null
    python3 "$GEN" mixed "$(td_port our)" 4 2000 7 warm > /dev/null
    kill -HUP "$TD_PID_our"
    td_send our -v2c -c public AGENT 1 $E.0.2 $E.1 s warm-done
    wait_logged warm-done 1
    sleep 1
    rss0=$(rss_kb)
    fd0=$(fd_count)
    runs0=$(wc -l < "$TD_DIR/handler.runs")
    python3 "$GEN" mixed "$(td_port our)" 15 2000 4242 > "$TD_DIR/mixed.out" &
    gen=$!
    for i in 1 2 3 4 5; do
        sleep 2.5
        kill -HUP "$TD_PID_our"
    done
    wait "$gen"
    out=$(cat "$TD_DIR/mixed.out")
    echo "generator: $out" >&2
    valid=$(field valid "$out")
    handler=$(field handler "$out")
    informs=$(field informs "$out")
    acks=$(field acks "$out")
    [ "$valid" -gt 1000 ]
    for _ in $(seq 1 100); do
        logged=$(grep -o 'mix-[0-9]*' "$TD_DIR/our.log" | sort -u | wc -l)
        runs=$(($(wc -l < "$TD_DIR/handler.runs") - runs0))
        [ "$logged" -ge "$valid" ] && [ "$runs" -ge "$handler" ] && break
        sleep 0.1
    done
    sleep 1     # let the last handlers be reaped
    rss1=$(rss_kb)
    fd1=$(fd_count)
    echo "valid sent $valid, logged $logged; informs $informs, acks $acks;" \
        "handler traps $handler, runs $runs; RSS ${rss0}k -> ${rss1}k;" \
        "fds $fd0 -> $fd1" >&2
    echo "# valid=$valid logged=$logged informs=$informs acks=$acks" \
        "handlers=$handler/$runs rss=${rss0}k->${rss1}k fds=$fd0->$fd1" >&3
    [ "$logged" -eq "$valid" ]
    [ "$acks" -eq "$informs" ]
    [ "$runs" -eq "$handler" ]
    [ "$fd1" -eq "$fd0" ]
    # flat: within 4 MiB of the warmed-up baseline.  glibc's malloc
    # returns the memory of the large hostile PDUs unevenly, so the
    # resident size wanders by a few MiB without growing (measured
    # 1.6-4.5 MiB anonymous over 60 s of this stream); a leak of a few
    # hundred bytes per packet would exceed it.
    [ "$rss1" -le "$((rss0 + slack))" ]
    kill -0 "$TD_PID_our"
    stop_ours_clean
}
