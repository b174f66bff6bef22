# compare.bash - differential runs: the same command with our tool and with
# Net-SNMP's, in the same isolated environment, must give the same stdout,
# stderr and exit code.
#
#   diffrun [OPTION]... TOOL ARG...
#
# Options (before TOOL):
#   --norm=dump   mask the ephemeral port and request-id in -d packet dumps
#   --norm=time   mask the numbers of -Ct/-CT timings
#   --norm=usage  mask the usage header and default MIB path (also for
#                 every case when SK_NORM_USAGE=1)
#   --conf=LINE   add LINE to the snmp.conf both tools read (repeatable)
#   --env=VAR=VAL set VAR for both tools (repeatable)
# Placeholders substituted in every ARG:
#   AGENT (a whole argument)  udp:127.0.0.1:PORT of the test agent
#   @PORT@ @DEAD@ @SOCK@ @TMP@  agent port, a port with no agent, the
#                             agent's unix socket, the agent's temp dir
#
# Our tools come from $SK_BIN (default: build/apps of this tree), Net-SNMP's
# from $SK_NETSNMP_BIN (default /usr/bin).  SK_BIN=/usr/bin gives a
# self-comparison that must pass.

SK_ROOT=${SK_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)}
SK_BIN=${SK_BIN:-$SK_ROOT/build/apps}
SK_NETSNMP_BIN=${SK_NETSNMP_BIN:-/usr/bin}
SK_HELPERS=$SK_ROOT/tests/cli/helpers

# Run one side: $1 = output prefix, $2 = program path, then the tool name
# and its arguments.  argv[0] is the bare tool name for both sides, so any
# message that echoes it is comparable.
diffrun_side() {
    local prefix=$1 prog=$2 tool=$3 rc=0
    shift 3
    # Net-SNMP announces "Created directory" when its persistent directory
    # is missing; each side gets a fresh one that already exists.
    mkdir -p "$prefix.persist/cert_indexes"
    (
        cd "$DIFFRUN_CWD" || exit 99
        unset MIBS MIBDIRS MIBFILES PREFIX SNMP_PERSISTENT_FILE
        export SNMPCONFPATH=$DIFFRUN_CONF HOME=$SK_AGENT_DIR
        export SNMP_PERSISTENT_DIR=$prefix.persist
        for kv in "${DIFFRUN_ENV[@]}"; do
            export "${kv?}"
        done
        exec -a "$tool" "$prog" "$@"
    ) </dev/null >"$prefix.out" 2>"$prefix.err" || rc=$?
    echo "$rc" > "$prefix.rc"
}

diffrun_normalise() {
    local prefix=$1 norm f
    for norm in "${DIFFRUN_NORM[@]}"; do
        for f in "$prefix.out" "$prefix.err"; do
            case $norm in
            dump)
                awk -f "$SK_HELPERS/normalise-dump.awk" "$f" > "$f.n" ;;
            v3dump)
                awk -f "$SK_HELPERS/v3dump.awk" "$f" > "$f.n" ;;
            time)
                sed -E 's/[0-9]+\.[0-9]+( s(econds)?)/N.N\1/g' "$f" > "$f.n" ;;
            usage)
                # The usage header's Version/Web/Email lines and the
                # default MIB path (only if the project decides these
                # differ on purpose; see SK_NORM_USAGE).
                awk '/^  Version:  /{print "  VERSION"; skip=1; next}
                     skip && /^  (Web|Email):  /{next}
                     {skip=0}
                     /^    \(default: .*mibs.*\)$/{print "    (default: MIBDIRS)"; next}
                     {print}' "$f" > "$f.n" ;;
            *)
                echo "diffrun: unknown normaliser $norm" >&2
                return 1 ;;
            esac
            mv "$f.n" "$f"
        done
    done
}

# Run one side until its dumps hold no short request-id (see the awk).
diffrun_side_stable() {
    for _ in 1 2 3 4 5 6 7 8; do
        diffrun_side "$@"
        diffrun_normalise "$1" || return 1
        if ! grep -q '^@@REQID-LEN' "$1.out" "$1.err"; then
            return 0
        fi
    done
}

# With SK_LOG_DIR set, keep a transcript of what Net-SNMP printed for every
# case (one file per .bats file), to review what the cases exercise.
diffrun_log() {
    local prefix=$1 log
    shift
    log=$SK_LOG_DIR/$(basename "${BATS_TEST_FILENAME:-diffrun}" .bats).log
    mkdir -p "$SK_LOG_DIR"
    {
        printf '=== %s\n$' "${BATS_TEST_DESCRIPTION:-}"
        printf ' %q' "$@"
        printf '\n--- stdout\n'
        cat "$prefix.out"
        printf -- '--- stderr\n'
        cat "$prefix.err"
        printf -- '--- exit %s\n' "$(cat "$prefix.rc")"
    } >> "$log"
}

# Print $1 with the @NAME@ placeholders replaced.
diffrun_subst() {
    local arg=$1
    arg=${arg//@PORT@/$SK_AGENT_PORT}
    arg=${arg//@DEAD@/$SK_DEAD_PORT}
    arg=${arg//@SOCK@/$SK_AGENT_SOCK}
    arg=${arg//@TMP@/$SK_AGENT_DIR}
    printf '%s\n' "$arg"
}

diffrun() {
    local tool arg d line status=0 what
    local -a args=()
    DIFFRUN_NORM=()
    # Our usage text names snmpkit's version and MIB path on purpose (as
    # -V does); those lines are masked unless SK_NORM_USAGE=0.
    if [ "${SK_NORM_USAGE:-1}" = 1 ]; then
        DIFFRUN_NORM+=(usage)
    fi
    DIFFRUN_ENV=()
    local -a conf=()
    while [ $# -gt 0 ]; do
        case $1 in
        --norm=*) DIFFRUN_NORM+=("${1#--norm=}") ;;
        --conf=*) conf+=("${1#--conf=}") ;;
        --env=*) DIFFRUN_ENV+=("${1#--env=}") ;;
        *) break ;;
        esac
        shift
    done
    tool=$1
    shift
    for arg in "$@"; do
        if [ "$arg" = AGENT ]; then
            arg=$SK_AGENT
        fi
        args+=("$(diffrun_subst "$arg")")
    done

    d=$(mktemp -d "$SK_AGENT_DIR/run.XXXXXX")
    DIFFRUN_CWD=$d
    DIFFRUN_CONF=$d/conf
    mkdir -p "$DIFFRUN_CONF"
    {
        echo "mibs :"
        for line in "${conf[@]}"; do
            diffrun_subst "$line"
        done
    } > "$DIFFRUN_CONF/snmp.conf"

    if [ ! -x "$SK_BIN/$tool" ]; then
        echo "ours: $SK_BIN/$tool does not exist (not built?)" >&2
        return 1
    fi
    diffrun_side_stable "$d/ref" "$SK_NETSNMP_BIN/$tool" "$tool" "${args[@]}"
    diffrun_side_stable "$d/our" "$SK_BIN/$tool" "$tool" "${args[@]}"

    for what in out err rc; do
        if ! cmp -s "$d/ref.$what" "$d/our.$what"; then
            if [ $status -eq 0 ]; then
                printf 'command: %s' "$tool" >&2
                printf ' %q' "${args[@]}" >&2
                printf '\n' >&2
            fi
            status=1
            case $what in
            out) echo "--- stdout differs (- netsnmp, + ours):" >&2 ;;
            err) echo "--- stderr differs (- netsnmp, + ours):" >&2 ;;
            rc) echo "--- exit code differs (- netsnmp, + ours):" >&2 ;;
            esac
            diff -u --label netsnmp --label ours \
                "$d/ref.$what" "$d/our.$what" >&2
        fi
    done
    if [ -n "${SK_LOG_DIR:-}" ]; then
        diffrun_log "$d/ref" "$tool" "${args[@]}"
    fi
    if [ $status -eq 0 ]; then
        rm -rf "$d"
    fi
    return $status
}

# Run only our tool, in the same environment, for the few checks that are
# deliberately not differential (-V).  Sets $status, $stdout and $stderr.
# shellcheck disable=SC2034  # stdout, stderr and status are for the caller
ourrun() {
    local d arg tool=$1
    local -a args=()
    shift
    for arg in "$@"; do
        [ "$arg" = AGENT ] && arg=$SK_AGENT
        args+=("$(diffrun_subst "$arg")")
    done
    d=$(mktemp -d "$SK_AGENT_DIR/our.XXXXXX")
    DIFFRUN_CWD=$d
    DIFFRUN_CONF=$SK_AGENT_DIR/conf
    DIFFRUN_ENV=()
    diffrun_side "$d/our" "$SK_BIN/$tool" "$tool" "${args[@]}"
    stdout=$(cat "$d/our.out")
    stderr=$(cat "$d/our.err")
    status=$(cat "$d/our.rc")
    rm -rf "$d"
}
