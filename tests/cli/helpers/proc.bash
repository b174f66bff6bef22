# proc.bash - stopping the daemons the test helpers start.

# Ask process $1 to exit (SIGTERM), give it up to 3 s, then SIGKILL it.
# Never fails: the process may already be gone.
sk_stop_pid() {
    local pid=$1
    kill "$pid" 2>/dev/null || return 0
    for _ in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.05
    done
    kill -9 "$pid" 2>/dev/null || true
}
