#!/usr/bin/env bats
# Resource limits and broken agents (issue 6): what an agent controls -
# walk order, varbind counts, OID length, string size, nesting depth,
# message length, request-ids, error fields - against
# helpers/rogue_agent.py, whose community string picks the misbehaviour.
# Each case compares our tool with Net-SNMP's, except where the comment
# says why ours deliberately differs.

load helpers/common
load helpers/rogue

setup_file() {
    rogue_start
}

teardown_file() {
    agent_stop
}

B=.1.3.6.1.4.1.99
T=(-t 0.5 -r 0)

# The two cases that check our own behaviour skip the self-comparison
# (SK_BIN=/usr/bin).
needs_ours() {
    if "$SK_BIN/snmpget" --version 2>&1 | grep -q '^NET-SNMP'; then
        skip "checks snmpkit's own behaviour; SK_BIN is Net-SNMP"
    fi
}

@test "walk: an agent repeating the name stops with OID not increasing" {
    diffrun snmpwalk -v2c -c noninc "${T[@]}" AGENT $B
}

@test "walk: not increasing is reported for v1 too" {
    diffrun snmpwalk -v1 -c noninc "${T[@]}" AGENT $B
}

@test "bulkwalk: an agent repeating the name stops with OID not increasing" {
    diffrun snmpbulkwalk -v2c -c noninc "${T[@]}" AGENT $B
}

@test "walk: a name going backwards is an error without -Cc" {
    diffrun snmpwalk -v2c -c cc "${T[@]}" AGENT $B
}

@test "walk -Cc: a name going backwards is walked on to the end" {
    diffrun snmpwalk -Cc -v2c -c cc "${T[@]}" AGENT $B
}

@test "bulkwalk -Cc: a name going backwards is walked on to the end" {
    diffrun snmpbulkwalk -Cc -v2c -c cc "${T[@]}" AGENT $B
}

@test "get: 3000 varbinds in one response are all printed" {
    diffrun snmpget -v2c -c many "${T[@]}" AGENT $B
    ourrun snmpget -v2c -c many "${T[@]}" AGENT $B
    [ "$(printf '%s\n' "$stdout" | wc -l)" -eq 3000 ]
}

@test "get: 3000 varbinds over TCP, SNMPv1" {
    diffrun snmpget -v1 -c many "${T[@]}" tcp:127.0.0.1:@PORT@ $B
}

@test "get: a 60,000-byte string is printed whole" {
    diffrun snmpget -v2c -c bigstr "${T[@]}" AGENT $B
    ourrun snmpget -v2c -c bigstr "${T[@]}" AGENT $B
    [ "${#stdout}" -gt 60000 ]
}

@test "get: a name of 129 sub-identifiers drops the response" {
    diffrun snmpget -v2c -c longoid "${T[@]}" AGENT $B
}

@test "get: a message length beyond the datagram drops the response" {
    diffrun snmpget -v2c -c badlen "${T[@]}" AGENT $B
}

@test "get: a response with another request-id is ignored" {
    diffrun snmpget -v2c -c wrongid "${T[@]}" AGENT $B
}

@test "get: error-status and error-index out of range" {
    diffrun snmpget -v2c -c badstat "${T[@]}" AGENT $B
}

@test "get: SNMPv1 error-status out of range" {
    diffrun snmpget -v1 -c badstat "${T[@]}" AGENT $B
}

@test "set: error-status out of range" {
    diffrun snmpset -v2c -c badstat "${T[@]}" AGENT $B i 1
}

# A value type SNMP lacks: Net-SNMP's snmp_pdu_parse logs "bad type
# returned (TAG)" (the tag in hex) for the first such varbind, drops the
# response and waits on; one line per response that arrives.
@test "get: a value nested 40 SEQUENCEs deep is a bad type (30)" {
    diffrun snmpget -v2c -c deep "${T[@]}" AGENT $B
}

@test "get: a value of tag 0x4a is a bad type" {
    diffrun snmpget -v2c -c badtype "${T[@]}" AGENT $B
}

@test "get: a SEQUENCE value is a bad type" {
    diffrun snmpget -v2c -c badseq "${T[@]}" AGENT $B
}

@test "get: a BOOLEAN value is a bad type (1)" {
    diffrun snmpget -v2c -c bool "${T[@]}" AGENT $B
}

@test "get: only the first of two bad types is reported" {
    diffrun snmpget -v2c -c badtype2 "${T[@]}" AGENT $B
}

@test "get -v1 -r 2: each bad response is reported, then the timeout" {
    diffrun snmpget -v1 -c badtype -t 0.3 -r 2 AGENT $B
}

@test "get -d: the bad type is reported after the packet dump" {
    diffrun --norm=dump snmpget -d -v2c -c badtype "${T[@]}" AGENT $B
}

@test "getnext: a bad type in the response" {
    diffrun snmpgetnext -v2c -c badseq "${T[@]}" AGENT $B
}

@test "walk: a bad type ends the walk with a timeout" {
    diffrun snmpwalk -v2c -c badtype "${T[@]}" AGENT $B
}

@test "walk -v1: a bad type ends the walk with a timeout" {
    diffrun snmpwalk -v1 -c badseq "${T[@]}" AGENT $B
}

@test "bulkwalk: a bad type ends the walk with a timeout" {
    diffrun snmpbulkwalk -v2c -c badtype "${T[@]}" AGENT $B
}

@test "bulkget: a bad type among the varbinds" {
    diffrun snmpbulkget -v2c -c badtype2 "${T[@]}" AGENT $B
}

@test "set: a bad type in the response" {
    diffrun snmpset -v2c -c badtype "${T[@]}" AGENT $B i 1
}

# Deliberate difference: a TCP header announcing 16 MiB (more than any
# SNMP message, SK_MSG_MAX) ends the exchange at once; Net-SNMP waits for
# the bytes until its timeout.
@test "get over TCP: a 16 MiB length header is refused at once" {
    needs_ours
    local start=$SECONDS
    run env SNMPCONFPATH="$SK_AGENT_DIR/conf" HOME="$SK_AGENT_DIR" \
        "$SK_BIN/snmpget" -v2c -c huge -t 5 -r 0 \
        "tcp:127.0.0.1:$SK_AGENT_PORT" $B
    [ "$status" -eq 1 ]
    [ "$output" = "snmpget: ASN.1 parse error in message (message too long)" ]
    [ $((SECONDS - start)) -lt 4 ]
}

@test "bulkget: 3000 varbinds for max-repetitions 10" {
    diffrun snmpbulkget -v2c -c many "${T[@]}" -Cr10 AGENT $B
}

@test "bulkwalk: 3000 varbinds for max-repetitions 10" {
    diffrun snmpbulkwalk -v2c -c many "${T[@]}" -Cr10 AGENT $B
}

@test "bulkget: max-repetitions far above what fits is sent as given" {
    diffrun snmpbulkget -v2c -c plain "${T[@]}" -Cr2147483647 AGENT $B
}

@test "bulkget: max-repetitions beyond 32 bits" {
    diffrun snmpbulkget -v2c -c plain "${T[@]}" -Cr4294967296 AGENT $B
}
