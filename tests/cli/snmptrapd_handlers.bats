#!/usr/bin/env bats
# snmptrapd's traphandle programs under load: at most 256 run at once,
# the rest wait in a queue that the receive loop never blocks on, and
# each run gets its own notification on stdin and none of the daemon's
# descriptors.  Ours only: Net-SNMP runs handlers one at a time.

load helpers/ourtrapd

N=600

teardown() {
    local kids
    # handlers still running after a failure: stop them before their
    # directory goes
    if [ -n "${TD_PID_our:-}" ]; then
        kids=$(pgrep -P "$TD_PID_our" || true)
        [ -z "$kids" ] || kill $kids 2>/dev/null || true
    fi
    td_cleanup
}

# Send $N v2c traps to udp 127.0.0.1:$1, each with the varbind
# .1.3.6.1.4.1.99999.1 = "msg-I", in bursts of 50 (a socket buffer
# without SO_RCVBUFFORCE holds about that many).
send_many() {
    python3 - "$1" "$N" "$BATS_TEST_DIRNAME/helpers" <<'EOF'
import sys
sys.path.insert(0, sys.argv[3])
from rawnotify import flood
flood(int(sys.argv[1]), int(sys.argv[2]), lambda i: b"msg-%d" % i, 50, 0.01)
EOF
}

# The handler, in shell builtins but for sleep and rm (so that 256 of
# them starting at once leave the daemon some CPU): marks itself running
# (running/PID), records how many runs it sees, keeps its stdin as
# done/I for its "msg-I", and ends a second later.  The first run lists
# its descriptors.
write_handler() {
    mkdir "$TD_DIR/running" "$TD_DIR/done"
    cat > "$TD_DIR/slow.sh" <<EOS
#!/bin/sh
d=$TD_DIR
: > "\$d/running/\$\$"
set -- "\$d"/running/*
echo \$# >> "\$d/counts"
if (set -C; : > "\$d/fdlock") 2>/dev/null; then
    for fd in /proc/\$\$/fd/*; do
        echo "\${fd##*/} \$(readlink "\$fd")"
    done > "\$d/fds"
fi
in= i=
while IFS= read -r l; do
    in="\$in\$l
"
    case \$l in *'"msg-'*) i=\${l##*msg-}; i=\${i%?} ;; esac
done
sleep 1
printf '%s' "\$in" > "\$d/done/\$i"
rm -f "\$d/running/\$\$"
EOS
    chmod +x "$TD_DIR/slow.sh"
}

fd_count() {
    ls "/proc/$1/fd" | wc -l
}

@test "handlers: $N traps, a slow handler: logged at once, 256 at a time" {
    td_make_dir sktdh
    write_handler
    td_conf "authCommunity log,execute public
traphandle default $TD_DIR/slow.sh
format2 TRAP %v\\n"
    td_start_side our "$SK_OUR_TRAPD"
    local pid=$TD_PID_our port=$TD_PORT_our fds0 logged done_at_log
    local max=0 c i start
    fds0=$(fd_count "$pid")
    start=$(date +%s%N)
    send_many "$port"
    # (a) every trap is logged before the first wave of handlers ends
    for _ in $(seq 1 200); do
        logged=$(grep -c '^TRAP' "$TD_DIR/our.log")
        [ "$logged" -ge "$N" ] && break
        sleep 0.05
    done
    done_at_log=$(ls "$TD_DIR/done" | wc -l)
    echo "logged $logged in $((($(date +%s%N) - start) / 1000000)) ms," \
        "handler runs complete by then: $done_at_log" >&2
    [ "$logged" -eq "$N" ]
    # Blocking at 256 running handlers, trap I could only be logged once
    # I - 256 runs had ended: all of them, once N - 256 had.
    [ "$done_at_log" -lt $((N - 300)) ]
    # (b) never more than 256 handlers at once: sample the children
    for i in $(seq 1 20); do
        c=$(pgrep -P "$pid" | wc -l)
        [ "$c" -gt "$max" ] && max=$c
        sleep 0.1
    done
    echo "most children seen: $max" >&2
    [ "$max" -le 256 ]
    # (c) all runs complete, each with its own notification
    for _ in $(seq 1 150); do
        [ "$(ls "$TD_DIR/done" | wc -l)" -ge "$N" ] && break
        sleep 0.1
    done
    [ "$(ls "$TD_DIR/done" | wc -l)" -eq "$N" ]
    [ "$(wc -l < "$TD_DIR/counts")" -eq "$N" ]
    c=$(sort -n "$TD_DIR/counts" | tail -n 1)
    echo "most runs seen by a run: $c" >&2
    [ "$c" -le 256 ]
    [ "$c" -ge 64 ]
    for i in $(seq 1 "$N"); do
        grep -qx "iso.3.6.1.4.1.99999.1 \"msg-$i\"" "$TD_DIR/done/$i" ||
            { echo "run $i: wrong input" >&2; cat "$TD_DIR/done/$i" >&2
              false; }
    done
    head -q -n 1 "$TD_DIR"/done/* | sort | uniq -c | grep -q "^ *$N "
    sed -n 2p "$TD_DIR"/done/* | grep -vc \
        "^UDP: \[127.0.0.1\]:[0-9]*->\[127.0.0.1\]:$port$" | grep -qx 0
    # (d) no descriptor leaked, in the daemon or into the programs
    for _ in $(seq 1 20); do
        [ "$(pgrep -P "$pid" | wc -l)" -eq 0 ] && break
        sleep 0.1
    done
    [ "$(fd_count "$pid")" -eq "$fds0" ]
    cat "$TD_DIR/fds" >&2
    ! grep -E 'socket:|our\.log' "$TD_DIR/fds"
    ! grep -v '^0 ' "$TD_DIR/fds" | grep -q memfd
    kill -0 "$pid"
}

@test "handlers: a program that cannot run does not disturb the daemon" {
    td_make_dir sktdh
    td_conf "authCommunity log,execute public
traphandle default $TD_DIR/missing-program
traphandle default /bin/false
format2 TRAP %v\\n"
    td_start_side our "$SK_OUR_TRAPD"
    local i
    for i in 1 2 3; do
        td_send our -v2c -c public AGENT 1 .1.3.6.1.4.1.99999.0.1
    done
    for _ in $(seq 1 50); do
        [ "$(grep -c '^TRAP' "$TD_DIR/our.log")" -eq 3 ] && break
        sleep 0.05
    done
    [ "$(grep -c '^TRAP' "$TD_DIR/our.log")" -eq 3 ]
    sleep 0.3
    [ "$(pgrep -P "$TD_PID_our" | wc -l)" -eq 0 ]
    kill -0 "$TD_PID_our"
}
