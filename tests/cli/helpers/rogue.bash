# rogue.bash - start helpers/rogue_agent.py, a responder that misbehaves
# on purpose (the community string picks how), instead of snmpd, for
# tests/cli/limits.bats.  Loaded after helpers/common.
#
#   rogue_start    start it on a free loopback port (UDP and TCP) and set
#                  SK_AGENT_DIR/SK_AGENT/SK_AGENT_PORT/SK_DEAD_PORT the way
#                  agent_start does, so diffrun works against it
# agent_stop (agent.bash) stops it by the PID in agent.pid.

rogue_start() {
    local pid
    SK_AGENT_DIR=$(mktemp -d /tmp/skrogue.XXXXXX) || return 1
    mkdir -p "$SK_AGENT_DIR/conf"
    echo "mibs :" > "$SK_AGENT_DIR/conf/snmp.conf"
    python3 "$SK_ROOT/tests/cli/helpers/rogue_agent.py" \
        "$SK_AGENT_DIR/ready" </dev/null >"$SK_AGENT_DIR/rogue.log" 2>&1 3>&- &
    pid=$!
    echo "$pid" > "$SK_AGENT_DIR/agent.pid"
    for _ in $(seq 1 100); do
        if [ -s "$SK_AGENT_DIR/ready" ]; then
            SK_AGENT_PORT=$(cat "$SK_AGENT_DIR/ready")
            export SK_AGENT_DIR SK_AGENT_PORT SK_AGENT_SOCK=
            export SK_AGENT="udp:127.0.0.1:$SK_AGENT_PORT"
            export SK_DEAD_PORT=$((SK_AGENT_PORT == 65535 ? SK_AGENT_PORT - 1
                                   : SK_AGENT_PORT + 1))
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "rogue_start: the responder did not come up:" >&2
    cat "$SK_AGENT_DIR/rogue.log" >&2
    return 1
}
