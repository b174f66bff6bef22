#!/usr/bin/env bats
# SNMPv3 failures, diffed against Net-SNMP: Reports mapped to messages
# (wrong passphrase or protocol, unknown user, unsupported level), VACM
# denials, silent drops that end in a timeout (wrong priv key, wrong -e,
# unknown context), and bad -u/-a/-A/-x/-X/-l/-e/-E/-Z/-3m/-3M/-3k/-3K
# arguments.  Outcomes that are timeouts use -t 0.3 -r 0.  (-x 3DES is
# ours only: Net-SNMP 5.9.3 refuses it; see v3_pysnmp.bats.)

load helpers/common
load helpers/v3agent

@test "v3 wrong auth passphrase (authNoPriv)" {
    diffrun snmpget -v3 -u uSHA -l authNoPriv -a SHA -A wrongpass99 AGENT $SYSNAME
}
@test "v3 wrong auth passphrase (authPriv)" {
    diffrun snmpget -v3 -u uSHA256AES -l authPriv -a SHA-256 -A wrongpass99 -x AES -X $V3PRIVPASS AGENT $SYSNAME
}
@test "v3 wrong auth protocol (SHA user, -a MD5)" {
    diffrun snmpget -v3 -u uSHA -l authNoPriv -a MD5 -A $V3AUTHPASS AGENT $SYSNAME
}
@test "v3 wrong auth protocol (SHA-512 user, -a SHA-384)" {
    diffrun snmpget -v3 -u uSHA512 -l authNoPriv -a SHA-384 -A $V3AUTHPASS AGENT $SYSNAME
}
@test "v3 unknown user (noAuthNoPriv)" {
    diffrun snmpget -v3 -u nobody -l noAuthNoPriv AGENT $SYSNAME
}
@test "v3 unknown user (authNoPriv)" {
    diffrun snmpget -v3 -u nobody -l authNoPriv -a SHA -A $V3AUTHPASS AGENT $SYSNAME
}
@test "v3 unknown user (authPriv)" {
    diffrun snmpget -v3 -u nobody -l authPriv -a SHA -A $V3AUTHPASS -x AES -X $V3PRIVPASS AGENT $SYSNAME
}
@test "v3 unknown user (snmpwalk)" {
    diffrun snmpwalk -v3 -u nobody -l authNoPriv -a MD5 -A $V3AUTHPASS AGENT $SYS
}
@test "v3 level above the user's: Unsupported security level" {
    diffrun snmpget -v3 -u uSHA -l authPriv -a SHA -A $V3AUTHPASS -x AES -X $V3PRIVPASS AGENT $SYSNAME
}
@test "v3 noAuthNoPriv for a user with keys but access at auth: authorizationError" {
    diffrun snmpget -v3 -u uSHA -l noAuthNoPriv AGENT $SYSNAME
}
@test "v3 authNoPriv for a priv-only user: authorizationError" {
    diffrun snmpget $(v3u uprivonly authNoPriv) AGENT $SYSNAME
}
@test "v3 authNoPriv for a priv-only user: snmpwalk" {
    diffrun snmpwalk $(v3u uprivonly authNoPriv) AGENT $SYS
}
@test "v3 authNoPriv for a priv-only user: snmpbulkwalk" {
    diffrun snmpbulkwalk $(v3u uprivonly authNoPriv) AGENT $SYS
}
@test "v3 wrong priv passphrase (AES): timeout" {
    diffrun snmpget -t 0.3 -r 0 -v3 -u uSHAAES -l authPriv -a SHA -A $V3AUTHPASS -x AES -X wrongpass99 AGENT $SYSNAME
}
@test "v3 wrong priv passphrase (DES)" {
    diffrun snmpget -t 0.3 -r 0 -v3 -u uMD5DES -l authPriv -a MD5 -A $V3AUTHPASS -x DES -X wrongpass99 AGENT $SYSNAME
}
@test "v3 wrong priv protocol (AES user, -x DES)" {
    diffrun snmpget -t 0.3 -r 0 -v3 -u uSHAAES -l authPriv -a SHA -A $V3AUTHPASS -x DES -X $V3PRIVPASS AGENT $SYSNAME
}
@test "v3 wrong priv protocol (DES user, -x AES)" {
    diffrun snmpget -t 0.3 -r 0 -v3 -u uSHADES -l authPriv -a SHA -A $V3AUTHPASS -x AES -X $V3PRIVPASS AGENT $SYSNAME
}
@test "v3 wrong AES variant (AES-256 user, -x AES-256-C)" {
    diffrun snmpget -t 0.3 -r 0 -v3 -u uSHAAES256 -l authPriv -a SHA -A $V3AUTHPASS -x AES-256-C -X $V3PRIVPASS AGENT $SYSNAME
}
@test "v3 wrong AES variant (AES-192-C user, -x AES-192)" {
    diffrun snmpget -t 0.3 -r 0 -v3 -u uMD5AES192C -l authPriv -a MD5 -A $V3AUTHPASS -x AES-192 -X $V3PRIVPASS AGENT $SYSNAME
}
@test "v3 wrong -e: timeout" {
    diffrun snmpget -t 0.3 -r 0 -e 0x8000000001020304 $(v3user SHA AES) AGENT $SYSNAME
}
@test "v3 wrong -e with noAuthNoPriv" {
    diffrun snmpget -t 0.3 -r 0 -e 0x8000000001020304 $(v3u unoauth noAuthNoPriv) AGENT $SYSNAME
}
@test "v3 unknown context: timeout" {
    diffrun snmpget -t 0.3 -r 0 -n nosuchctx $(v3u uctx) AGENT $SYSNAME
}
@test "v3 -n sub for a rouser user (proxied context, no such instance)" {
    diffrun snmpget -t 0.3 -r 0 -n sub $(v3user MD5 AES) AGENT $SYSNAME
}
@test "v3 timeout against a dead port (noAuthNoPriv)" {
    diffrun snmpget -t 0.3 -r 0 $(v3u unoauth noAuthNoPriv) udp:127.0.0.1:@DEAD@ $SYSNAME
}
@test "v3 timeout against a dead port (authPriv, snmpwalk)" {
    diffrun snmpwalk -t 0.3 -r 0 $(v3user SHA AES) udp:127.0.0.1:@DEAD@ $SYS
}
@test "v3 timeout against a dead port with -e (no discovery)" {
    diffrun snmpbulkget -t 0.3 -r 0 -e $V3ENGINE $(v3user SHA-256 AES) udp:127.0.0.1:@DEAD@ $SYS
}
@test "v3 snmpset wrong auth passphrase" {
    diffrun snmpset -v3 -u uwrite -l authNoPriv -a SHA -A wrongpass99 AGENT $W.1 i 1
}
@test "v3 no -u: No securityName" {
    diffrun snmpget -v3 -l noAuthNoPriv AGENT $SYSNAME
}
@test "v3 -u empty" {
    diffrun snmpget -v3 -u '' AGENT $SYSNAME
}
@test "v3 -u longer than 32 characters" {
    diffrun snmpget -t 0.3 -r 0 -v3 -u abcdefghijklmnopqrstuvwxyz0123456789 AGENT $SYSNAME
}
@test "v3 auth passphrase too short" {
    diffrun snmpget -v3 -u uSHA -l authNoPriv -a SHA -A short AGENT $SYSNAME
}
@test "v3 auth passphrase of 7 characters" {
    diffrun snmpget -v3 -u uSHA -l authNoPriv -a SHA -A 1234567 AGENT $SYSNAME
}
@test "v3 priv passphrase too short" {
    diffrun snmpget -v3 -u uSHAAES -l authPriv -a SHA -A $V3AUTHPASS -x AES -X short AGENT $SYSNAME
}
@test "v3 empty auth passphrase" {
    diffrun snmpget -v3 -u uSHA -l authNoPriv -a SHA -A '' AGENT $SYSNAME
}
@test "v3 authNoPriv without -A" {
    diffrun snmpget -v3 -u uSHA -l authNoPriv -a SHA AGENT $SYSNAME
}
@test "v3 authPriv without -A or -X" {
    diffrun snmpget -v3 -u uSHAAES -l authPriv -a SHA -x AES AGENT $SYSNAME
}
@test "v3 short passphrase refused even at noAuthNoPriv" {
    diffrun snmpget -v3 -u unoauth -l noAuthNoPriv -a SHA -A short AGENT $SYSNAME
}
@test "v3 -a bogus" {
    diffrun snmpget -v3 -u uSHA -l authNoPriv -a BOGUS -A $V3AUTHPASS AGENT $SYSNAME
}
@test "v3 -a SHA-1024" {
    diffrun snmpget -v3 -u uSHA -l authNoPriv -a SHA-1024 -A $V3AUTHPASS AGENT $SYSNAME
}
@test "v3 -a with no value" {
    diffrun snmpget -v3 -u uSHA -l authNoPriv -a
}
@test "v3 -x bogus" {
    diffrun snmpget -v3 -u uSHAAES -l authPriv -a SHA -A $V3AUTHPASS -x BOGUS -X $V3PRIVPASS AGENT $SYSNAME
}
@test "v3 -x AES-512" {
    diffrun snmpget -v3 -u uSHAAES -l authPriv -a SHA -A $V3AUTHPASS -x AES-512 -X $V3PRIVPASS AGENT $SYSNAME
}
@test "v3 -l bogus" {
    diffrun snmpget -v3 -u uSHA -l bogus AGENT $SYSNAME
}
@test "v3 -l 4" {
    diffrun snmpget -v3 -u uSHA -l 4 AGENT $SYSNAME
}
@test "v3 -l 0" {
    diffrun snmpget -v3 -u uSHA -l 0 AGENT $SYSNAME
}
@test "v3 -l with no value" {
    diffrun snmpget -v3 -u uSHA -l
}
@test "v3 -Z x" {
    diffrun snmpget -Z x $(v3user SHA) AGENT $SYSNAME
}
@test "v3 -Z 5 (no time)" {
    diffrun snmpget -Z 5 $(v3user SHA) AGENT $SYSNAME
}
@test "v3 -Z 5, (empty time)" {
    diffrun snmpget -Z 5, $(v3user SHA) AGENT $SYSNAME
}
@test "v3 -Z ,5 (empty boots)" {
    diffrun snmpget -Z ,5 $(v3user SHA) AGENT $SYSNAME
}
@test "v3 -Z 1,x" {
    diffrun snmpget -Z 1,x $(v3user SHA) AGENT $SYSNAME
}
@test "v3 -Z -1,5" {
    diffrun snmpget -t 0.3 -r 0 -Z -1,5 -e $V3ENGINE $(v3user SHA) AGENT $SYSNAME
}
@test "v3 -Z 1:5 (wrong separator)" {
    diffrun snmpget -Z 1:5 $(v3user SHA) AGENT $SYSNAME
}
@test "v3 -3m bad hex" {
    diffrun snmpget -v3 -u uSHA -l authNoPriv -a SHA -3m 0xzz12 AGENT $SYSNAME
}
@test "v3 -3m odd number of digits" {
    diffrun snmpget -v3 -u uSHA -l authNoPriv -a SHA -3m 0x123 AGENT $SYSNAME
}
@test "v3 -3m key too short for SHA" {
    diffrun snmpget -v3 -u uSHA -l authNoPriv -a SHA -3m 0x1234 AGENT $SYSNAME
}
@test "v3 -3m MD5 key with -a SHA (wrong length)" {
    diffrun snmpget -v3 -u uSHA -l authNoPriv -a SHA -3m 0xec383d55dc669f484ee8a67e4f76213d AGENT $SYSNAME
}
@test "v3 -3m wrong key: authentication failure" {
    diffrun snmpget -v3 -u uSHA -l authNoPriv -a SHA -3m 0x0102030405060708090a0b0c0d0e0f1011121314 AGENT $SYSNAME
}
@test "v3 -3M bad hex" {
    diffrun snmpget -v3 -u uSHAAES -l authPriv -a SHA -A $V3AUTHPASS -x AES -3M 0xgg AGENT $SYSNAME
}
@test "v3 -3k bad hex" {
    diffrun snmpget -v3 -e $V3ENGINE -u uSHA -l authNoPriv -a SHA -3k nothex AGENT $SYSNAME
}
@test "v3 -3K bad hex" {
    diffrun snmpget -v3 -e $V3ENGINE -u uSHAAES -l authPriv -a SHA -A $V3AUTHPASS -x AES -3K 0x12x4 AGENT $SYSNAME
}
@test "v3 -3K too short for AES" {
    diffrun snmpget -t 0.3 -r 0 -v3 -e $V3ENGINE -u uSHAAES -l authPriv -a SHA -A $V3AUTHPASS -x AES -3K 0x0102 AGENT $SYSNAME
}
@test "v3 -3x: unknown -3 letter" {
    diffrun snmpget -v3 -3x 0x00 -u uSHA AGENT $SYSNAME
}
@test "v3 -e bad hex" {
    diffrun snmpget -e 0xzz $(v3user SHA) AGENT $SYSNAME
}
@test "v3 -e odd digits" {
    diffrun snmpget -e 0x123 $(v3user SHA) AGENT $SYSNAME
}
@test "v3 -e empty" {
    diffrun snmpget -e '' $(v3user SHA) AGENT $SYSNAME
}
@test "v3 -e 0x only" {
    diffrun snmpget -e 0x $(v3user SHA) AGENT $SYSNAME
}
@test "v3 -e longer than 32 bytes" {
    diffrun snmpget -t 0.3 -r 0 -e 0x$(printf '%066d' 1) $(v3user SHA) AGENT $SYSNAME
}
@test "v3 -E bad hex" {
    diffrun snmpget -E 0xzz $(v3user SHA) AGENT $SYSNAME
}
@test "v3 bad snmp.conf defSecurityLevel" {
    diffrun --conf='defSecurityLevel bogus' snmpget -v3 -u unoauth AGENT $SYSNAME
}
@test "v3 bad snmp.conf defAuthType" {
    diffrun --conf='defAuthType BOGUS' snmpget -v3 -u uSHA -l authNoPriv -A $V3AUTHPASS AGENT $SYSNAME
}
@test "v3 bad snmp.conf defPrivType" {
    diffrun --conf='defPrivType BOGUS' snmpget $(v3user SHA) AGENT $SYSNAME
}
@test "v3 short snmp.conf defAuthPassphrase" {
    diffrun --conf='defAuthPassphrase short' snmpget -v3 -u uSHA -l authNoPriv -a SHA AGENT $SYSNAME
}
@test "v3 --defAuthType=BOGUS" {
    diffrun snmpget -v3 --defAuthType=BOGUS -u uSHA -l authNoPriv -A $V3AUTHPASS AGENT $SYSNAME
}
@test "v3 --defSecurityLevel= (empty)" {
    diffrun snmpget -v3 --defSecurityLevel= -u unoauth AGENT $SYSNAME
}
@test "v3 -n with a context longer than 32 characters" {
    diffrun snmpget -t 0.3 -r 0 -n abcdefghijklmnopqrstuvwxyz0123456789 $(v3u uctx) AGENT $SYSNAME
}

# Net-SNMP's leftover lookup detail: a bare name found by random access
# leaves "Sub-id not found: (top) -> NAME" behind, appended once to the
# next library error.  Module-qualified, numeric and -IR names leave none.
SKMIBS="-M $SK_ROOT/mibs -m ALL"
@test "stale detail: unknown user after a bare name" {
    diffrun snmpget $SKMIBS -v3 -u nobody -l noAuthNoPriv AGENT sysName.0
}
@test "stale detail: the last bare name wins, numeric names leave it" {
    diffrun snmpget $SKMIBS -v3 -u nobody -l noAuthNoPriv AGENT ifDescr.1 sysName.0 .1.3.6.1.2.1.1.5.0
}
@test "stale detail: none for MODULE::name, iso.3... or -IR" {
    diffrun snmpget $SKMIBS -IR -v3 -u nobody -l noAuthNoPriv AGENT SNMPv2-MIB::sysName.0 iso.3.6.1.2.1.1.5.0 sysName.0
}
@test "stale detail: wrong passphrase in snmpwalk of a bare name" {
    diffrun snmpwalk $SKMIBS -v3 -u uSHA -l authNoPriv -a SHA -A wrongpass99 AGENT system
}
@test "stale detail: snmpinform's trap OID and varbind names" {
    diffrun snmpinform $SKMIBS -v3 -u nobody -l noAuthNoPriv AGENT 0 coldStart
    diffrun snmpinform $SKMIBS -v3 -u nobody -l noAuthNoPriv AGENT 0 .1.3.6.1.6.3.1.1.5.1 sysName.0 s x
}
@test "stale detail: snmpinform timeout" {
    diffrun snmpinform $SKMIBS -v2c -c public -t 0.3 -r 0 udp:127.0.0.1:@DEAD@ 0 coldStart
}
@test "stale detail: snmpset of an OID value given by name" {
    diffrun snmpset $SKMIBS -v3 -u nobody -l noAuthNoPriv AGENT .1.3.6.1.2.1.1.2.0 o sysName
}
