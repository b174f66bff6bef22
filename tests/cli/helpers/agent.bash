# agent.bash - start and stop Debian's snmpd on a free loopback port for the
# CLI tests, the demo and the benchmark.  Sourced by bats files (through
# `load helpers/agent`) and by plain bash scripts; it only defines functions.
#
#   agent_start [EXTRA_CONF_LINES]   start snmpd; exports the SK_AGENT_* names
#   agent_stop                       stop it by PID and remove its directory
#   agent_client_env                 print the client isolation env (VAR=VAL)
#
# After agent_start:
#   SK_AGENT_DIR   temp dir holding snmpd.conf, the pid file, the log, the
#                  client config dir conf/ (snmp.conf = "mibs :") and HOME
#   SK_AGENT_PORT  the port snmpd listens on (udp, udp6, tcp, tcp6)
#   SK_AGENT       udp:127.0.0.1:PORT
#   SK_AGENT_SOCK  the unix socket path, empty if snmpd refused it
#   SK_DEAD_PORT   a loopback port where no agent answers
# Ports 161/162 are never used: a distribution snmpd may own them.

SK_ROOT=${SK_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)}
SK_SNMPD=${SK_SNMPD:-/usr/sbin/snmpd}
# shellcheck source=tests/cli/helpers/proc.bash
source "$(dirname "${BASH_SOURCE[0]}")/proc.bash"
SK_NETSNMP_BIN=${SK_NETSNMP_BIN:-/usr/bin}

# Write snmpd.conf for PORT into DIR from the template; $3 says whether to
# listen on the unix socket too, $4 are extra config lines.
agent_write_conf() {
    local dir=$1 port=$2 unix=$3 extra=$4 addrs
    addrs="udp:127.0.0.1:$port,udp6:[::1]:$port"
    addrs+=",tcp:127.0.0.1:$port,tcp6:[::1]:$port"
    if [ "$unix" = yes ]; then
        addrs+=",unix:$dir/agent.sock"
    fi
    # awk, not sed: the values hold characters sed would treat specially.
    awk -v addrs="$addrs" -v data="$SK_ROOT/tests/data/conf" \
        -v dir="$dir" -v extra="$extra" '
        { gsub(/@ADDRS@/, addrs); gsub(/@DATA@/, data); gsub(/@DIR@/, dir)
          if ($0 == "@EXTRA@") { print extra; next }
          print }' "$SK_ROOT/tests/data/conf/snmpd.conf.in" > "$dir/snmpd.conf"
}

# The environment every client (ours and Net-SNMP's) runs in: no machine
# config, no MIBs.
agent_client_env() {
    printf '%s\n' "SNMPCONFPATH=$SK_AGENT_DIR/conf" "HOME=$SK_AGENT_DIR"
}

# Net-SNMP's snmpget against the agent, isolated; used to poll readiness.
agent_probe() {
    env -u MIBS -u MIBDIRS SNMPCONFPATH="$SK_AGENT_DIR/conf" \
        HOME="$SK_AGENT_DIR" "$SK_NETSNMP_BIN/snmpget" -v2c -c public \
        -t 0.2 -r 0 "udp:127.0.0.1:$1" .1.3.6.1.2.1.1.5.0 2>/dev/null
}

# Try one port: start snmpd and wait (bounded) until it answers.  Returns 1
# when snmpd exits (port taken, unsupported transport) or never answers.
agent_try_port() {
    local port=$1 unix=$2 extra=$3 pid
    agent_write_conf "$SK_AGENT_DIR" "$port" "$unix" "$extra"
    rm -f "$SK_AGENT_DIR/snmpd.pid"
    # -I -smux... keeps snmpd off TCP port 199 and out of the event MIB;
    # fd 3 is closed so bats does not wait for the daemon.
    SNMP_PERSISTENT_DIR="$SK_AGENT_DIR/persist" MIBS='' MIBDIRS=/nonexistent \
        "$SK_SNMPD" -f -Lo -C -c "$SK_AGENT_DIR/snmpd.conf" \
        -p "$SK_AGENT_DIR/snmpd.pid" -I -smux,mteTrigger,mteTriggerConf \
        </dev/null >"$SK_AGENT_DIR/snmpd.log" 2>&1 3>&- &
    pid=$!
    for _ in $(seq 1 50); do
        if ! kill -0 "$pid" 2>/dev/null; then
            wait "$pid" 2>/dev/null
            return 1
        fi
        if agent_probe "$port" | grep -q 'test-agent'; then
            echo "$pid" > "$SK_AGENT_DIR/agent.pid"
            return 0
        fi
        sleep 0.1
    done
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    return 1
}

agent_start() {
    local extra=${1:-} try port unix=yes
    if [ ! -x "$SK_SNMPD" ]; then
        echo "agent_start: $SK_SNMPD not found (apt-get install snmpd)" >&2
        return 1
    fi
    # A short path: the unix socket name must fit in sun_path.
    SK_AGENT_DIR=$(mktemp -d /tmp/skagent.XXXXXX) || return 1
    mkdir -p "$SK_AGENT_DIR/conf" "$SK_AGENT_DIR/persist"
    echo "mibs :" > "$SK_AGENT_DIR/conf/snmp.conf"
    for try in $(seq 1 12); do
        port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
        # After two failures, drop the unix socket in case snmpd lacks it.
        if [ "$try" -gt 2 ]; then
            unix=no
        fi
        if agent_try_port "$port" "$unix" "$extra"; then
            export SK_AGENT_DIR SK_AGENT_PORT=$port
            export SK_AGENT="udp:127.0.0.1:$port"
            export SK_AGENT_SOCK=
            if [ "$unix" = yes ]; then
                SK_AGENT_SOCK="$SK_AGENT_DIR/agent.sock"
            fi
            export SK_DEAD_PORT=$((port == 65535 ? port - 1 : port + 1))
            return 0
        fi
    done
    echo "agent_start: snmpd did not come up; last log:" >&2
    cat "$SK_AGENT_DIR/snmpd.log" >&2
    return 1
}

agent_stop() {
    if [ -z "${SK_AGENT_DIR:-}" ] || [ ! -d "$SK_AGENT_DIR" ]; then
        return 0
    fi
    if [ -f "$SK_AGENT_DIR/agent.pid" ]; then
        sk_stop_pid "$(cat "$SK_AGENT_DIR/agent.pid")"
    fi
    rm -rf "$SK_AGENT_DIR"
    SK_AGENT_DIR=
}
