# common.bash - loaded by every tests/cli/*.bats file: one agent per file,
# the differential runner, and short names for the OIDs the agent serves
# (see tests/data/conf/pass.sh and snmpd.conf.in).

# shellcheck disable=SC2034  # the names below are used by the .bats files
source "$BATS_TEST_DIRNAME/helpers/agent.bash"
source "$BATS_TEST_DIRNAME/helpers/compare.bash"

setup_file() {
    agent_start
}

teardown_file() {
    agent_stop
}

SYS=.1.3.6.1.2.1.1                  # system group (sysUpTime hidden)
SYSDESCR=$SYS.1.0
SYSOBJID=$SYS.2.0
SYSCONTACT=$SYS.4.0
SYSNAME=$SYS.5.0
SYSLOCATION=$SYS.6.0
SYSSERVICES=$SYS.7.0
E=.1.3.6.1.4.1.99999               # pass.sh subtree
R=$E.1                             # read-only values, one per type
W=$E.2                             # writable values (SET accepted)
# R.1 integer, R.2 gauge, R.3 counter, R.4 counter64, R.5 timeticks,
# R.6 ipaddress, R.7 objectid, R.8 strings, R.9 opaque

# A mix of value types for the output-option tests.
MIX="$R.1.1 $R.1.2 $R.2.1 $R.3.1 $R.4.1 $R.5.2 $R.5.3 $R.6.1 $R.7.1 \
$R.8.1 $R.8.2 $R.8.3 $R.8.4 $R.8.7 $R.9.2 $R.9.1 $SYSOBJID $SYSNAME"
