#!/usr/bin/env bats
# Output options: every -O letter and common combinations, the output
# directives through --name=value, -Y name=value and snmp.conf, diffed
# against Net-SNMP on a mix of value types ($MIX).

load helpers/common

@test "-Oa" {
    diffrun snmpget -v2c -c public -Oa AGENT $MIX
}
@test "-Ob" {
    diffrun snmpget -v2c -c public -Ob AGENT $MIX
}
@test "-Oe" {
    diffrun snmpget -v2c -c public -Oe AGENT $MIX
}
@test "-OE" {
    diffrun snmpget -v2c -c public -OE AGENT $MIX
}
@test "-Of" {
    diffrun snmpget -v2c -c public -Of AGENT $MIX
}
@test "-On" {
    diffrun snmpget -v2c -c public -On AGENT $MIX
}
@test "-Oq" {
    diffrun snmpget -v2c -c public -Oq AGENT $MIX
}
@test "-OQ" {
    diffrun snmpget -v2c -c public -OQ AGENT $MIX
}
@test "-Os" {
    diffrun snmpget -v2c -c public -Os AGENT $MIX
}
@test "-OS" {
    diffrun snmpget -v2c -c public -OS AGENT $MIX
}
@test "-Ot" {
    diffrun snmpget -v2c -c public -Ot AGENT $MIX
}
@test "-OT" {
    diffrun snmpget -v2c -c public -OT AGENT $MIX
}
@test "-Ou" {
    diffrun snmpget -v2c -c public -Ou AGENT $MIX
}
@test "-OU" {
    diffrun snmpget -v2c -c public -OU AGENT $MIX
}
@test "-Ov" {
    diffrun snmpget -v2c -c public -Ov AGENT $MIX
}
@test "-Ox" {
    diffrun snmpget -v2c -c public -Ox AGENT $MIX
}
@test "-OX" {
    diffrun snmpget -v2c -c public -OX AGENT $MIX
}
@test "-O0" {
    diffrun snmpget -v2c -c public -O0 AGENT $MIX
}
@test "-Oqv" {
    diffrun snmpget -v2c -c public -Oqv AGENT $MIX
}
@test "-Ofn" {
    diffrun snmpget -v2c -c public -Ofn AGENT $MIX
}
@test "-Onq" {
    diffrun snmpget -v2c -c public -Onq AGENT $MIX
}
@test "-OQs" {
    diffrun snmpget -v2c -c public -OQs AGENT $MIX
}
@test "-Otq" {
    diffrun snmpget -v2c -c public -Otq AGENT $MIX
}
@test "-OxT" {
    diffrun snmpget -v2c -c public -OxT AGENT $MIX
}
@test "-OTq" {
    diffrun snmpget -v2c -c public -OTq AGENT $MIX
}
@test "-Ovx" {
    diffrun snmpget -v2c -c public -Ovx AGENT $MIX
}
@test "-Onqv" {
    diffrun snmpget -v2c -c public -Onqv AGENT $MIX
}
@test "-Oab" {
    diffrun snmpget -v2c -c public -Oab AGENT $MIX
}
@test "-Ofu" {
    diffrun snmpget -v2c -c public -Ofu AGENT $MIX
}
@test "-Onn" {
    diffrun snmpget -v2c -c public -Onn AGENT $MIX
}
@test "-Oqq" {
    diffrun snmpget -v2c -c public -Oqq AGENT $MIX
}
@test "-O letters as separate options: -On -Oq -Ot" {
    diffrun snmpget -v2c -c public -On -Oq -Ot AGENT $MIX
}
@test "-On on a walk with OID values" {
    diffrun snmpwalk -v2c -c public -On AGENT $R.7
}
@test "-Oz: unknown output option" {
    diffrun snmpget -v2c -c public -Oz AGENT $SYSNAME
}
@test "--hexOutputLength=0 (no wrapping)" {
    diffrun snmpget -v2c -c public --hexOutputLength=0 AGENT $R.8.7 $R.8.8
}
@test "--hexOutputLength=8" {
    diffrun snmpget -v2c -c public --hexOutputLength=8 AGENT $R.8.6 $R.8.8
}
@test "--hexOutputLength=1" {
    diffrun snmpget -v2c -c public --hexOutputLength=1 AGENT $R.8.5
}
@test "-Y hexOutputLength=4" {
    diffrun snmpget -v2c -c public -Y hexOutputLength=4 AGENT $R.8.8
}
@test "snmp.conf hexOutputLength 5" {
    diffrun --conf="hexOutputLength 5" snmpget -v2c -c public AGENT $R.8.8
}
@test "snmp.conf hexOutputLength with -OT" {
    diffrun --conf="hexOutputLength 10" snmpget -v2c -c public -OT AGENT $R.8.8 $R.8.15
}
@test "--printNumericOids=yes" {
    diffrun snmpget -v2c -c public --printNumericOids=yes AGENT $SYSOBJID
}
@test "snmp.conf printNumericOids yes" {
    diffrun --conf="printNumericOids yes" snmpget -v2c -c public AGENT $MIX
}
@test "snmp.conf quickPrinting yes" {
    diffrun --conf="quickPrinting yes" snmpget -v2c -c public AGENT $MIX
}
@test "-Y quickPrinting=1" {
    diffrun snmpget -v2c -c public -Y quickPrinting=1 AGENT $MIX
}
@test "snmp.conf printValueOnly yes" {
    diffrun --conf="printValueOnly yes" snmpget -v2c -c public AGENT $MIX
}
@test "snmp.conf numericTimeticks yes" {
    diffrun --conf="numericTimeticks yes" snmpget -v2c -c public AGENT $R.5.1 $R.5.3
}
@test "--printHexText=yes" {
    diffrun snmpget -v2c -c public --printHexText=yes AGENT $R.8.7 $R.8.15
}
@test "snmp.conf oidOutputFormat 1..6" {
    local f
    for f in 1 2 3 4 5 6; do
        diffrun --conf="oidOutputFormat $f" snmpget -v2c -c public AGENT $SYSOBJID $R.1.1
    done
}
@test "--oidOutputFormat=4" {
    diffrun snmpget -v2c -c public --oidOutputFormat=4 AGENT $SYSOBJID
}
@test "snmp.conf suffixPrinting 1 and 2" {
    diffrun --conf="suffixPrinting 1" snmpget -v2c -c public AGENT $SYSOBJID
    diffrun --conf="suffixPrinting 2" snmpget -v2c -c public AGENT $SYSOBJID
}
@test "snmp.conf extendedIndex, dontBreakdownOids, escapeQuotes" {
    diffrun --conf="extendedIndex yes" --conf="dontBreakdownOids yes" \
        --conf="escapeQuotes yes" snmpget -v2c -c public AGENT $MIX
}
@test "snmp.conf printNumericEnums and dontPrintUnits" {
    diffrun --conf="printNumericEnums yes" --conf="dontPrintUnits yes" \
        snmpget -v2c -c public AGENT $MIX
}
@test "snmp.conf defVersion and defCommunity" {
    diffrun --conf="defVersion 2c" --conf="defCommunity public" \
        snmpget AGENT $SYSNAME $R.4.1
}
@test "snmp.conf defVersion 1" {
    diffrun --conf="defVersion 1" --conf="defCommunity public" \
        snmpget AGENT $SYSNAME $R.4.1
}
@test "-c overrides defCommunity" {
    diffrun --conf="defVersion 2c" --conf="defCommunity wrong" \
        snmpget -c public AGENT $SYSNAME
}
@test "--defCommunity=public --defVersion=2c" {
    diffrun snmpget --defCommunity=public --defVersion=2c AGENT $SYSNAME
}
@test "snmp.conf timeout and retries against a dead port" {
    diffrun --conf="timeout 1" --conf="retries 0" \
        snmpget -v2c -c public udp:127.0.0.1:@DEAD@ $SYSNAME
}
@test "snmp.conf defaultPort" {
    diffrun --conf="defaultPort @PORT@" snmpget -v2c -c public 127.0.0.1 $SYSNAME
}
@test "snmp.conf unknown token is reported" {
    diffrun --conf="noSuchToken 1" snmpget -v2c -c public AGENT $SYSNAME
}
@test "-Y with an unknown token" {
    diffrun snmpget -v2c -c public -Y noSuchToken=1 AGENT $SYSNAME
}
@test "--unknownToken=1" {
    diffrun snmpget -v2c -c public --noSuchToken=1 AGENT $SYSNAME
}
@test "snmp.conf bad hexOutputLength value" {
    diffrun --conf="hexOutputLength many" snmpget -v2c -c public AGENT $R.8.8
}
@test "snmpwalk -Ob -OX -OE -OU on strings" {
    diffrun snmpwalk -v2c -c public -Ob -OX -OE -OU AGENT $R.8
}
@test "snmpbulkwalk -Oa on hex strings" {
    diffrun snmpbulkwalk -v2c -c public -Oa AGENT $R.8
}
@test "snmpbulkwalk -OT -O0 on hex strings" {
    diffrun snmpbulkwalk -v2c -c public -OT -O0 AGENT $R.8
}
