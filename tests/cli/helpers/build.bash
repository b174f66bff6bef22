# build.bash - shared by tests/run, tests/demo and bench/bulkwalk.sh:
# install what is missing on Debian, and configure + build a tree.
#
#   sk_install_deps            apt-get install the missing packages (quiet)
#   sk_autoreconf              autoreconf -fi in $SK_ROOT (quiet)
#   sk_build DIR [ARGS...]     out-of-tree ./configure ARGS && make in DIR
# Each returns non-zero on failure after printing the tail of its log.

SK_ROOT=${SK_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)}
SK_JOBS=${SK_JOBS:-$(nproc 2>/dev/null || echo 2)}
SK_PACKAGES="build-essential autoconf automake libtool pkg-config \
libssl-dev libpopt-dev bats snmp snmpd clang libclang-rt-14-dev \
python3-pysnmp4 smitools snmptrapd cppcheck clang-tidy"

sk_log() {
    printf '==> %s\n' "$*" >&2
}

# Run "$@" with its output in LOG; on failure show the end of LOG.
sk_quiet() {
    local log=$1
    shift
    if "$@" >"$log" 2>&1; then
        return 0
    fi
    echo "FAILED: $* (last lines of $log):" >&2
    tail -n 40 "$log" >&2
    return 1
}

sk_missing_packages() {
    local pkg missing=
    for pkg in $SK_PACKAGES; do
        if [ "$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null)" \
            != installed ]; then
            missing+=" $pkg"
        fi
    done
    echo "$missing"
}

sk_install_deps() {
    local missing sudo=
    if ! command -v dpkg-query >/dev/null; then
        sk_log "not a Debian system: install by hand:$SK_PACKAGES"
        return 0
    fi
    missing=$(sk_missing_packages)
    if [ -z "$missing" ]; then
        return 0
    fi
    if [ "$(id -u)" -ne 0 ]; then
        sudo=sudo
    fi
    sk_log "installing:$missing"
    mkdir -p "$SK_ROOT/build-logs"
    sk_quiet "$SK_ROOT/build-logs/apt-update.log" \
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q || return 1
    # shellcheck disable=SC2086
    sk_quiet "$SK_ROOT/build-logs/apt-install.log" \
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
        --no-install-recommends $missing
}

sk_autoreconf() {
    sk_log "autoreconf -fi"
    mkdir -p "$SK_ROOT/build-logs"
    (cd "$SK_ROOT" && sk_quiet "$SK_ROOT/build-logs/autoreconf.log" \
        autoreconf -fi)
}

# sk_build DIR [CONFIGURE ARGS...]: configure (once) and make in DIR.
sk_build() {
    local dir=$1 name
    shift
    name=$(basename "$dir")
    mkdir -p "$dir" "$SK_ROOT/build-logs"
    sk_log "configure $name: $*"
    (cd "$dir" && sk_quiet "$SK_ROOT/build-logs/$name-configure.log" \
        "$SK_ROOT/configure" "$@") || return 1
    sk_log "make -j$SK_JOBS ($name)"
    (cd "$dir" && sk_quiet "$SK_ROOT/build-logs/$name-make.log" \
        make -k -j"$SK_JOBS")
}
