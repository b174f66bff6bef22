#!/usr/bin/env bats
# SNMPv3 against Debian's snmpd (users of tests/data/conf/snmpd-v3.conf.in):
# every auth x priv combination snmpd supports with snmpget, a subset with
# the other apps, security levels, contexts, -e/-E/-Z, master and localized
# keys, snmp.conf defaults and -d dumps, all diffed against Net-SNMP.
# The -d cases come first: the agent's engineTime must still fit in one
# byte for the dump layout to be the same on both sides.

load helpers/common
load helpers/v3agent

# RFC 3414 A.2 password-to-key (Ku) and localisation with the agent's
# engineID (Kul) of authpass123 (_A) and privpass456 (_P), computed with
# pysnmp's localkey.hashPassphrase/localizeKey; snmpd accepts them.
KU_MD5_A=0xec383d55dc669f484ee8a67e4f76213d
KUL_MD5_A=0xceb3f4e4423f910dc8c8ac84c9273c03
KU_MD5_P=0x8ff64abfcffbc32a1befa6b271529ae9
KUL_MD5_P=0xdff213ad9b57e712b2b29b5cef99edaa
KU_SHA_A=0x3b29e8e187e10ffb46775587a87150c59d509e98
KUL_SHA_A=0x040ceffee23608ac604009b3a580d31f6ba5ae7b
KU_SHA_P=0x153ee1555bc001ba970076e4c3c4eee3a3e987bb
KUL_SHA_P=0xdade69bb9761acf2b1100ce83da7f3d22da1dff9
KU_SHA256_A=0x917188b639ed621b8a7d9d8faafc9e6fe5aa984fe3be6dd4260994b7ca95bfd0
KUL_SHA256_A=0xe99cf7db41610cb3ba9f48da949bc43a0b0410737957308f3ef72d13d095de79
KU_SHA256_P=0x491a3bebc36d83ea330f23ef614391b4944e1e07b5a246b8142da772f4ecc0c7
KUL_SHA256_P=0x9717246627f6e14a815e63ad25a82558bf99c3b84cb7d7998c95fad5ef613bae

@test "v3 -d noAuthNoPriv get (discovery, request, response)" {
    diffrun --norm=v3dump snmpget -d $(v3u unoauth noAuthNoPriv) AGENT $SYSNAME
}
@test "v3 -d authNoPriv SHA get" {
    diffrun --norm=v3dump snmpget -d $(v3user SHA) AGENT $SYSNAME
}
@test "v3 -d authPriv MD5/DES get (padding hides a short request-id)" {
    diffrun --norm=v3dump snmpget -d $(v3user MD5 DES) AGENT $R.1.1
}
@test "v3 -d noAuthNoPriv with -e: no discovery" {
    diffrun --norm=v3dump snmpget -d -e $V3ENGINE $(v3u unoauth noAuthNoPriv) AGENT $SYSNAME
}
@test "v3 -d authNoPriv with -e: time synchronisation, then the request" {
    diffrun --norm=v3dump snmpget -d -e $V3ENGINE $(v3user SHA-256) AGENT $SYSNAME
}
@test "v3 -d walk: discovery once, then one engine for every request" {
    diffrun --norm=v3dump snmpwalk -d $(v3user SHA-512) AGENT $R.1
}
@test "v3 -d snmpset authNoPriv" {
    diffrun --norm=v3dump snmpset -d $(v3u uwrite authNoPriv) AGENT $W.1 i 7
}
@test "v3 snmpget authNoPriv MD5" {
    diffrun snmpget $(v3user MD5) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv MD5 DES" {
    diffrun snmpget $(v3user MD5 DES) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv MD5 AES" {
    diffrun snmpget $(v3user MD5 AES) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv MD5 AES-192" {
    diffrun snmpget $(v3user MD5 AES-192) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv MD5 AES-256" {
    diffrun snmpget $(v3user MD5 AES-256) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv MD5 AES-192-C" {
    diffrun snmpget $(v3user MD5 AES-192-C) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv MD5 AES-256-C" {
    diffrun snmpget $(v3user MD5 AES-256-C) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authNoPriv SHA" {
    diffrun snmpget $(v3user SHA) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA DES" {
    diffrun snmpget $(v3user SHA DES) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA AES" {
    diffrun snmpget $(v3user SHA AES) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA AES-192" {
    diffrun snmpget $(v3user SHA AES-192) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA AES-256" {
    diffrun snmpget $(v3user SHA AES-256) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA AES-192-C" {
    diffrun snmpget $(v3user SHA AES-192-C) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA AES-256-C" {
    diffrun snmpget $(v3user SHA AES-256-C) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authNoPriv SHA-224" {
    diffrun snmpget $(v3user SHA-224) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA-224 DES" {
    diffrun snmpget $(v3user SHA-224 DES) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA-224 AES" {
    diffrun snmpget $(v3user SHA-224 AES) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA-224 AES-192" {
    diffrun snmpget $(v3user SHA-224 AES-192) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA-224 AES-256" {
    diffrun snmpget $(v3user SHA-224 AES-256) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA-224 AES-192-C" {
    diffrun snmpget $(v3user SHA-224 AES-192-C) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA-224 AES-256-C" {
    diffrun snmpget $(v3user SHA-224 AES-256-C) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authNoPriv SHA-256" {
    diffrun snmpget $(v3user SHA-256) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA-256 DES" {
    diffrun snmpget $(v3user SHA-256 DES) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA-256 AES" {
    diffrun snmpget $(v3user SHA-256 AES) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA-256 AES-192" {
    diffrun snmpget $(v3user SHA-256 AES-192) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA-256 AES-256" {
    diffrun snmpget $(v3user SHA-256 AES-256) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA-256 AES-192-C" {
    diffrun snmpget $(v3user SHA-256 AES-192-C) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA-256 AES-256-C" {
    diffrun snmpget $(v3user SHA-256 AES-256-C) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authNoPriv SHA-384" {
    diffrun snmpget $(v3user SHA-384) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA-384 DES" {
    diffrun snmpget $(v3user SHA-384 DES) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA-384 AES" {
    diffrun snmpget $(v3user SHA-384 AES) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA-384 AES-192" {
    diffrun snmpget $(v3user SHA-384 AES-192) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA-384 AES-256" {
    diffrun snmpget $(v3user SHA-384 AES-256) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA-384 AES-192-C" {
    diffrun snmpget $(v3user SHA-384 AES-192-C) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA-384 AES-256-C" {
    diffrun snmpget $(v3user SHA-384 AES-256-C) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authNoPriv SHA-512" {
    diffrun snmpget $(v3user SHA-512) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA-512 DES" {
    diffrun snmpget $(v3user SHA-512 DES) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA-512 AES" {
    diffrun snmpget $(v3user SHA-512 AES) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA-512 AES-192" {
    diffrun snmpget $(v3user SHA-512 AES-192) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA-512 AES-256" {
    diffrun snmpget $(v3user SHA-512 AES-256) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA-512 AES-192-C" {
    diffrun snmpget $(v3user SHA-512 AES-192-C) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget authPriv SHA-512 AES-256-C" {
    diffrun snmpget $(v3user SHA-512 AES-256-C) AGENT $SYSNAME $R.1.1 $R.8.3
}
@test "v3 snmpget noAuthNoPriv user" {
    diffrun snmpget $(v3u unoauth noAuthNoPriv) AGENT $SYSNAME $R.4.1
}
@test "v3 snmpget every value type (SHA-256 AES)" {
    diffrun snmpget $(v3user SHA-256 AES) AGENT $MIX
}
@test "v3 snmpget noSuchObject / noSuchInstance (SHA AES-128 spelling)" {
    diffrun snmpget -v3 -u uSHAAES -l authPriv -a SHA -A $V3AUTHPASS -x AES-128 -X $V3PRIVPASS AGENT $R.1.99 $SYS.99.0 .1.3.6.1.2.1.1.3.0
}
@test "v3 priv-capable user at authNoPriv" {
    diffrun snmpget $(v3user SHA-384 AES-256 authNoPriv) AGENT $SYSNAME
}
@test "v3 -l 1 / 2 / 3 numeric levels" {
    diffrun snmpget $(v3u uanylevel noAuthNoPriv | sed 's/noAuthNoPriv/1/') AGENT $SYSNAME
    diffrun snmpget -v3 -u uanylevel -l 2 -a SHA-256 -A $V3AUTHPASS AGENT $SYSNAME
    diffrun snmpget -v3 -u uanylevel -l 3 -a SHA-256 -A $V3AUTHPASS -x AES -X $V3PRIVPASS AGENT $SYSNAME
}
@test "v3 -l nanp / anp / ap short levels" {
    diffrun snmpget -v3 -u uanylevel -l nanp AGENT $SYSNAME
    diffrun snmpget -v3 -u uanylevel -l anp -a SHA-256 -A $V3AUTHPASS AGENT $SYSNAME
    diffrun snmpget -v3 -u uanylevel -l ap -a SHA-256 -A $V3AUTHPASS -x AES -X $V3PRIVPASS AGENT $SYSNAME
}
@test "v3 -l in other cases (AUTHPRIV, noauthnopriv)" {
    diffrun snmpget -v3 -u uanylevel -l AUTHPRIV -a SHA-256 -A $V3AUTHPASS -x AES -X $V3PRIVPASS AGENT $SYSNAME
    diffrun snmpget -v3 -u uanylevel -l noauthnopriv AGENT $SYSNAME
}
@test "v3 -a / -x aliases and case (sha256, SHA1, aes128, Aes256c)" {
    diffrun snmpget -v3 -u uSHA256AES -l authPriv -a sha256 -A $V3AUTHPASS -x aes128 -X $V3PRIVPASS AGENT $SYSNAME
    diffrun snmpget -v3 -u uSHAAES256C -l authPriv -a SHA1 -A $V3AUTHPASS -x Aes256c -X $V3PRIVPASS AGENT $SYSNAME
    diffrun snmpget -v3 -u uSHA512AES192 -l authPriv -a SHA512 -A $V3AUTHPASS -x AES192 -X $V3PRIVPASS AGENT $SYSNAME
}
@test "v3 no -l: noAuthNoPriv by default" {
    diffrun snmpget -v3 -u unoauth AGENT $SYSNAME
}
@test "v3 -v 3 spelled with a space and -v3 default version" {
    diffrun snmpget -v 3 -u unoauth AGENT $SYSNAME
    diffrun snmpget -u unoauth AGENT $SYSNAME
}
@test "v3 authPriv without -X: USM generic error" {
    diffrun snmpget -v3 -u usame -l authPriv -a SHA -A authpass123 -x AES AGENT $SYSNAME
}
@test "v3 -x omitted: DES by default" {
    diffrun snmpget -v3 -u uSHADES -l authPriv -a SHA -A $V3AUTHPASS -X $V3PRIVPASS AGENT $SYSNAME
}
@test "v3 -a omitted: MD5 by default" {
    diffrun snmpget -v3 -u uMD5 -l authNoPriv -A $V3AUTHPASS AGENT $SYSNAME
}
@test "v3 snmpgetnext MD5 DES" {
    diffrun snmpgetnext $(v3user MD5 DES) AGENT $SYS $R.1.5 $R.9.6
}
@test "v3 snmpgetnext SHA AES" {
    diffrun snmpgetnext $(v3user SHA AES) AGENT $SYS $R.1.5 $R.9.6
}
@test "v3 snmpgetnext SHA-224 AES-192-C" {
    diffrun snmpgetnext $(v3user SHA-224 AES-192-C) AGENT $SYS $R.1.5 $R.9.6
}
@test "v3 snmpgetnext SHA-512 AES-256" {
    diffrun snmpgetnext $(v3user SHA-512 AES-256) AGENT $SYS $R.1.5 $R.9.6
}
@test "v3 snmpgetnext noAuthNoPriv" {
    diffrun snmpgetnext $(v3u unoauth noAuthNoPriv) AGENT $SYSNAME
}
@test "v3 snmpset integer and string (authPriv)" {
    diffrun snmpset $(v3u uwrite) AGENT $W.1 i 5 $W.2 s hello
}
@test "v3 snmpset authNoPriv" {
    diffrun snmpset $(v3u uwrite authNoPriv) AGENT $W.1 i -3
}
@test "v3 snmpset read-only object: notWritable" {
    diffrun snmpset $(v3u uwrite) AGENT $R.1.1 i 5
}
@test "v3 snmpset by a read-only user: noAccess" {
    diffrun snmpset $(v3user SHA AES) AGENT $W.1 i 5
}
@test "v3 snmpset error from the agent (pass.sh .2.97)" {
    diffrun snmpset $(v3u uwrite) AGENT $W.97 i 1
}
@test "v3 snmpwalk MD5 AES" {
    diffrun snmpwalk $(v3user MD5 AES) AGENT $E
}
@test "v3 snmpwalk SHA-224 AES-192" {
    diffrun snmpwalk $(v3user SHA-224 AES-192) AGENT $E
}
@test "v3 snmpwalk SHA-384 AES-256-C" {
    diffrun snmpwalk $(v3user SHA-384 AES-256-C) AGENT $E
}
@test "v3 snmpwalk SHA-256 DES" {
    diffrun snmpwalk $(v3user SHA-256 DES) AGENT $E
}
@test "v3 snmpwalk system group noAuthNoPriv" {
    diffrun snmpwalk $(v3u unoauth noAuthNoPriv) AGENT $SYS
}
@test "v3 snmpwalk authNoPriv SHA-512 -Cc -Cp" {
    diffrun snmpwalk -Cc -Cp $(v3user SHA-512) AGENT $R
}
@test "v3 snmpbulkwalk SHA-256 AES" {
    diffrun snmpbulkwalk $(v3user SHA-256 AES) AGENT $E
}
@test "v3 snmpbulkwalk SHA DES" {
    diffrun snmpbulkwalk $(v3user SHA DES) AGENT $E
}
@test "v3 snmpbulkwalk SHA-512 AES-256" {
    diffrun snmpbulkwalk $(v3user SHA-512 AES-256) AGENT $E
}
@test "v3 snmpbulkwalk MD5 AES-192-C" {
    diffrun snmpbulkwalk $(v3user MD5 AES-192-C) AGENT $E
}
@test "v3 snmpbulkwalk -Cr3 noAuthNoPriv" {
    diffrun snmpbulkwalk -Cr3 $(v3u unoauth noAuthNoPriv) AGENT $SYS
}
@test "v3 snmpbulkwalk -Cr1 authNoPriv SHA-224" {
    diffrun snmpbulkwalk -Cr1 $(v3user SHA-224) AGENT $R.1
}
@test "v3 snmpbulkget SHA-256 AES-192-C -Cn1 -Cr5" {
    diffrun snmpbulkget -Cn1 -Cr5 $(v3user SHA-256 AES-192-C) AGENT $SYSDESCR $R.1
}
@test "v3 snmpbulkget SHA AES defaults" {
    diffrun snmpbulkget $(v3user SHA AES) AGENT $R.8
}
@test "v3 snmpbulkget noAuthNoPriv -Cr2" {
    diffrun snmpbulkget -Cr2 $(v3u unoauth noAuthNoPriv) AGENT $SYS
}
@test "v3 -n sub: proxied context" {
    diffrun snmpget $(v3u uctx) -n sub AGENT $SYS.8.1 $SYS.1.1 $SYSNAME
}
@test "v3 -n sub walk" {
    diffrun snmpwalk $(v3u uctx authNoPriv) -n sub AGENT $SYS
}
@test "v3 -n with an empty name (the default context)" {
    diffrun snmpget $(v3u uctx) -n '' AGENT $SYS.8.1 $SYSNAME
}
@test "v3 -n sub bulkwalk" {
    diffrun snmpbulkwalk $(v3u uctx) -n sub AGENT $SYS.8
}
@test "v3 -e engine ID (0x form), authPriv" {
    diffrun snmpget -e $V3ENGINE $(v3user SHA AES) AGENT $SYSNAME
}
@test "v3 -e engine ID without 0x" {
    diffrun snmpget -e ${V3ENGINE#0x} $(v3user MD5 DES) AGENT $SYSNAME
}
@test "v3 -e engine ID in upper case" {
    diffrun snmpget -e 0x80001F88805E3B4A1C6D7E8F90 $(v3user SHA-256 AES-256) AGENT $SYSNAME
}
@test "v3 -e with noAuthNoPriv walk" {
    diffrun snmpwalk -e $V3ENGINE $(v3u unoauth noAuthNoPriv) AGENT $R.2
}
@test "v3 -E context engine ID (the agent's)" {
    diffrun snmpget -E $V3ENGINE $(v3user SHA AES) AGENT $SYSNAME
}
@test "v3 -E another context engine ID" {
    diffrun snmpget -E 0x8000000001 $(v3user SHA AES) AGENT $SYSNAME
}
@test "v3 -e and -E" {
    diffrun snmpget -e $V3ENGINE -E $V3ENGINE $(v3user SHA-224 AES-192) AGENT $SYSNAME
}
@test "v3 -Z 1,0 with -e: not in time window, resync, retry" {
    diffrun snmpget -Z 1,0 -e $V3ENGINE $(v3user SHA AES) AGENT $SYSNAME
}
@test "v3 -Z with a far time (re-sync)" {
    diffrun snmpget -Z 9,99999 -e $V3ENGINE $(v3user SHA-256) AGENT $SYSNAME
}
@test "v3 -Z without -e (discovery still runs)" {
    diffrun snmpget -Z 1,5 $(v3user MD5) AGENT $SYSNAME
}
@test "v3 -Z noAuthNoPriv" {
    diffrun snmpget -Z 1,1 $(v3u unoauth noAuthNoPriv) AGENT $SYSNAME
}
@test "v3 -3m master auth key (MD5, authNoPriv)" {
    diffrun snmpget -v3 -u uMD5 -l authNoPriv -a MD5 -3m $KU_MD5_A AGENT $SYSNAME
}
@test "v3 -3m/-3M master keys (MD5 DES)" {
    diffrun snmpget -v3 -u uMD5DES -l authPriv -a MD5 -3m $KU_MD5_A -x DES -3M $KU_MD5_P AGENT $SYSNAME
}
@test "v3 -3m/-3M master keys (SHA AES-256: Blumenthal extension)" {
    diffrun snmpget -v3 -u uSHAAES256 -l authPriv -a SHA -3m $KU_SHA_A -x AES-256 -3M $KU_SHA_P AGENT $SYSNAME
}
@test "v3 -3m/-3M master keys (SHA AES-256-C: Reeder extension)" {
    diffrun snmpget -v3 -u uSHAAES256C -l authPriv -a SHA -3m $KU_SHA_A -x AES-256-C -3M $KU_SHA_P AGENT $SYSNAME
}
@test "v3 -3m/-3M master keys (SHA-256 AES-256)" {
    diffrun snmpget -v3 -u uSHA256AES256 -l authPriv -a SHA-256 -3m $KU_SHA256_A -x AES-256 -3M $KU_SHA256_P AGENT $SYSNAME
}
@test "v3 -3m without 0x" {
    diffrun snmpget -v3 -u uSHA -l authNoPriv -a SHA -3m ${KU_SHA_A#0x} AGENT $SYSNAME
}
@test "v3 -3k/-3K localized keys with -e (MD5 DES)" {
    diffrun snmpget -e $V3ENGINE -v3 -u uMD5DES -l authPriv -a MD5 -3k $KUL_MD5_A -x DES -3K $KUL_MD5_P AGENT $SYSNAME
}
@test "v3 -3k/-3K localized keys with -e (SHA AES, 20-byte priv key)" {
    diffrun snmpget -e $V3ENGINE -v3 -u uSHAAES -l authPriv -a SHA -3k $KUL_SHA_A -x AES -3K $KUL_SHA_P AGENT $SYSNAME
}
@test "v3 -3K localized priv key cut to 16 bytes (SHA AES)" {
    diffrun snmpget -e $V3ENGINE -v3 -u uSHAAES -l authPriv -a SHA -3k $KUL_SHA_A -x AES -3K ${KUL_SHA_P:0:34} AGENT $SYSNAME
}
@test "v3 -3k/-3K localized keys (SHA-256 AES-256)" {
    diffrun snmpget -e $V3ENGINE -v3 -u uSHA256AES256 -l authPriv -a SHA-256 -3k $KUL_SHA256_A -x AES-256 -3K $KUL_SHA256_P AGENT $SYSNAME
}
@test "v3 -3k without -e" {
    diffrun snmpget -v3 -u uSHA -l authNoPriv -a SHA -3k $KUL_SHA_A AGENT $SYSNAME
}
@test "v3 -3m with -A too (which wins)" {
    diffrun snmpget -v3 -u uSHA -l authNoPriv -a SHA -A wrongpass99 -3m $KU_SHA_A AGENT $SYSNAME
    diffrun snmpget -v3 -u uSHA -l authNoPriv -a SHA -3m $KU_SHA_A -A wrongpass99 AGENT $SYSNAME
}
@test "v3 snmp.conf defSecurityName/defSecurityLevel/defAuthType/defPrivType/passphrases" {
    diffrun --conf='defSecurityName uSHA256AES192C' --conf='defSecurityLevel authPriv' \
        --conf='defAuthType SHA-256' --conf='defPrivType AES-192-C' \
        --conf='defAuthPassphrase authpass123' --conf='defPrivPassphrase privpass456' \
        snmpget -v3 AGENT $SYSNAME
}
@test "v3 snmp.conf defVersion 3 and defSecurityName (noAuthNoPriv)" {
    diffrun --conf='defVersion 3' --conf='defSecurityName unoauth' snmpget AGENT $SYSNAME
}
@test "v3 snmp.conf defPassphrase (auth and priv)" {
    diffrun --conf='defSecurityName usame' --conf='defSecurityLevel authPriv' \
        --conf='defAuthType SHA' --conf='defPrivType AES' --conf='defPassphrase authpass123' \
        snmpget -v3 AGENT $SYSNAME
}
@test "v3 snmp.conf defSecurityLevel with a short form (anp)" {
    diffrun --conf='defSecurityLevel anp' snmpget -v3 -u uMD5 -a MD5 -A $V3AUTHPASS AGENT $SYSNAME
}
@test "v3 snmp.conf defContext sub" {
    diffrun --conf='defContext sub' snmpget $(v3u uctx) AGENT $SYS.8.1
}
@test "v3 snmp.conf defSecurityModel usm" {
    diffrun --conf='defSecurityModel usm' snmpget $(v3user SHA AES) AGENT $SYSNAME
}
@test "v3 snmp.conf defAuthMasterKey/defPrivMasterKey" {
    diffrun --conf="defAuthMasterKey $KU_SHA256_A" --conf="defPrivMasterKey $KU_SHA256_P" \
        snmpget -v3 -u uSHA256AES256 -l authPriv -a SHA-256 -x AES-256 AGENT $SYSNAME
}
@test "v3 snmp.conf defAuthLocalizedKey/defPrivLocalizedKey with -e" {
    diffrun --conf="defAuthLocalizedKey $KUL_MD5_A" --conf="defPrivLocalizedKey $KUL_MD5_P" \
        snmpget -e $V3ENGINE -v3 -u uMD5DES -l authPriv -a MD5 -x DES AGENT $SYSNAME
}
@test "v3 command line -u/-l/-A over snmp.conf defaults" {
    diffrun --conf='defSecurityName nobody' --conf='defSecurityLevel noAuthNoPriv' \
        --conf='defAuthPassphrase wrongpass99' snmpget $(v3user SHA) AGENT $SYSNAME
}
@test "v3 --defSecurityName= and friends on the command line" {
    diffrun snmpget -v3 --defSecurityName=uSHA384AES256C --defSecurityLevel=authPriv \
        --defAuthType=SHA-384 --defPrivType=AES-256-C --defAuthPassphrase=authpass123 \
        --defPrivPassphrase=privpass456 AGENT $SYSNAME
}
@test "v3 --defContext= and --defSecurityName= (context sub)" {
    diffrun snmpget -v3 --defSecurityName=uctx --defContext=sub -l authNoPriv -a SHA -A $V3AUTHPASS AGENT $SYS.8.1
}
@test "v3 --defPassphrase= and --defVersion=3" {
    diffrun snmpget --defVersion=3 -u usame -l authPriv -a SHA -x AES --defPassphrase=authpass123 AGENT $SYSNAME
}
@test "v3 -Y defSecurityName=... form" {
    diffrun snmpget -v3 -Y defSecurityName=unoauth AGENT $SYSNAME
}
@test "v3 snmpwalk with snmp.conf defaults" {
    diffrun --conf='defSecurityName uSHA512AES' --conf='defSecurityLevel authPriv' \
        --conf='defAuthType SHA-512' --conf='defPrivType AES' \
        --conf='defAuthPassphrase authpass123' --conf='defPrivPassphrase privpass456' \
        snmpwalk -v3 AGENT $R.5
}
