# v3agent.bash - SNMPv3 additions for tests/cli/v3*.bats, loaded after
# helpers/common (which starts one snmpd per file through agent.bash and
# provides diffrun).  It adds, without editing those files:
#   - agent_write_conf also appends tests/data/conf/snmpd-v3.conf.in (the
#     USM users, a fixed engineID and the "sub" context), with @PORT@
#     replaced, and empties the persistent directory at every try so that
#     snmpd starts with engineBoots 1;
#   - (diffrun's --norm=v3dump, helpers/v3dump.awk, is in compare.bash);
#   - v3u/v3user print the options for one of the agent's users;
#   - pysnmp_start starts helpers/pysnmp_agent.py instead of snmpd.

# The agent's fixed engineID (snmpd-v3.conf.in, exactEngineID) and the
# passphrases of every user there.
# shellcheck disable=SC2034  # used by the .bats files
V3ENGINE=0x80001f88805e3b4a1c6d7e8f90
V3AUTHPASS=authpass123
V3PRIVPASS=privpass456

# Keep agent.bash's writer under another name and wrap it.
eval "v3_base_write_conf() $(declare -f agent_write_conf | tail -n +2)"

agent_write_conf() {
    local dir=$1 port=$2 unix=$3 extra=$4 v3
    rm -rf "$dir/persist"
    mkdir -p "$dir/persist"
    v3=$(awk -v port="$port" '{ gsub(/@PORT@/, port); print }' \
        "$SK_ROOT/tests/data/conf/snmpd-v3.conf.in") || return 1
    v3_base_write_conf "$dir" "$port" "$unix" "$v3
$extra"
}

# The agent's user name for AUTH and PRIV ("" = no privacy).
v3name() {
    local name="u${1//-/}${2//-/}"
    printf '%s\n' "$name"
}

# Print the options (one word each, for unquoted expansion) to use the
# agent's AUTH x PRIV user at its highest level, or at LEVEL ($3).
v3user() {
    local auth=$1 priv=${2:-} level=${3:-}
    if [ -z "$level" ]; then
        level=authNoPriv
        [ -n "$priv" ] && level=authPriv
    fi
    printf '%s ' -v3 -u "$(v3name "$auth" "$priv")" -l "$level" \
        -a "$auth" -A "$V3AUTHPASS"
    if [ -n "$priv" ]; then
        printf '%s ' -x "$priv" -X "$V3PRIVPASS"
    fi
    printf '\n'
}

# Options for a named special user of snmpd-v3.conf.in (all but unoauth
# use SHA + AES keys; unoauth and uanylevel-at-noauth need no keys).
v3u() {
    local user=$1 level=${2:-authPriv}
    case $level in
    noAuthNoPriv) printf '%s\n' "-v3 -u $user -l noAuthNoPriv" ;;
    authNoPriv)
        printf '%s\n' "-v3 -u $user -l authNoPriv -a $(v3u_auth "$user") \
-A $V3AUTHPASS" ;;
    *)
        printf '%s\n' "-v3 -u $user -l authPriv -a $(v3u_auth "$user") \
-A $V3AUTHPASS -x AES -X $V3PRIVPASS" ;;
    esac
}

v3u_auth() {
    case $1 in
    uanylevel) echo SHA-256 ;;
    *) echo SHA ;;
    esac
}

# --- the pysnmp command responder (helpers/pysnmp_agent.py) -------------
# pysnmp_start: start it on a free loopback port and wait (bounded) until
# it answers; sets up SK_AGENT_DIR/SK_AGENT/SK_AGENT_PORT/SK_DEAD_PORT the
# way agent_start does, so diffrun and ourrun work against it.  Debian's
# /usr/bin/python3 is used on purpose: python3-pysnmp4 is installed there.
SK_PYTHON=${SK_PYTHON:-/usr/bin/python3}
# shellcheck disable=SC2034  # the responder's engineID, for v3_pysnmp.bats
PYENGINE=0x80001f8880a1b2c3d4e5f60718

pysnmp_try_port() {
    local port=$1 pid
    rm -f "$SK_AGENT_DIR/ready"
    "$SK_PYTHON" "$SK_ROOT/tests/cli/helpers/pysnmp_agent.py" "$port" \
        "$SK_AGENT_DIR/ready" </dev/null >"$SK_AGENT_DIR/pysnmp.log" 2>&1 3>&- &
    pid=$!
    for _ in $(seq 1 100); do
        if ! kill -0 "$pid" 2>/dev/null; then
            wait "$pid" 2>/dev/null
            return 1
        fi
        if [ -f "$SK_AGENT_DIR/ready" ] &&
            env -u MIBS -u MIBDIRS SNMPCONFPATH="$SK_AGENT_DIR/conf" \
                HOME="$SK_AGENT_DIR" "$SK_NETSNMP_BIN/snmpget" -v3 \
                -u pnoauth -l noAuthNoPriv -t 0.3 -r 0 \
                "udp:127.0.0.1:$port" .1.3.6.1.4.1.99999.7.1.0 2>/dev/null |
                grep -q pysnmp-test; then
            echo "$pid" > "$SK_AGENT_DIR/agent.pid"
            return 0
        fi
        sleep 0.1
    done
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    return 1
}

pysnmp_start() {
    local port
    if ! "$SK_PYTHON" -c 'import pysnmp.entity.engine' 2>/dev/null; then
        echo "pysnmp_start: no pysnmp (apt-get install python3-pysnmp4)" >&2
        return 1
    fi
    SK_AGENT_DIR=$(mktemp -d /tmp/skpysnmp.XXXXXX) || return 1
    mkdir -p "$SK_AGENT_DIR/conf"
    echo "mibs :" > "$SK_AGENT_DIR/conf/snmp.conf"
    for _ in $(seq 1 8); do
        port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
        if pysnmp_try_port "$port"; then
            export SK_AGENT_DIR SK_AGENT_PORT=$port SK_AGENT_SOCK=
            export SK_AGENT="udp:127.0.0.1:$port"
            export SK_DEAD_PORT=$((port == 65535 ? port - 1 : port + 1))
            return 0
        fi
    done
    echo "pysnmp_start: the pysnmp agent did not come up; last log:" >&2
    cat "$SK_AGENT_DIR/pysnmp.log" >&2
    return 1
}

# agent_stop (agent.bash) stops it: by the PID in agent.pid, then removes
# SK_AGENT_DIR.
