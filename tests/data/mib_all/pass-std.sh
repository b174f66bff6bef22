#!/bin/sh
# pass-std.sh - snmpd "pass" handler serving fixed rows of the standard
# modules snmpd does not implement (ENTITY-MIB, BRIDGE-MIB and the
# EtherLike-MIB tables beside dot3StatsTable), for tests/cli/mib_all.bats.
#   pass-std.sh PREFIX -g OID   GET: print OID, type, value (or nothing)
#   pass-std.sh PREFIX -n OID   GETNEXT: the first entry after OID
# PREFIX is the subtree snmpd registered the handler for; only entries
# inside it are answered.  Entries are in OID order; values are constant.
E=.1.3.6.1.2.1.47.1
B=.1.3.6.1.2.1.17
D=.1.3.6.1.2.1.10.7
UUID="f8 1d 4f ae 7d ec 11 d0 a7 65 00 a0 c9 1e 6b f6"
MAC1="00 11 22 33 44 55"
MAC2="00 50 56 01 02 03"

data() {
    cat <<TABLE
$D.5.1.3.1.1	counter	10
$D.5.1.3.1.2	counter	3
$D.5.1.3.1.16	counter	0
$D.9.1.1.1	octet	80
$D.9.1.2.1	counter	0
$D.9.1.3.1	counter64	0
$D.10.1.1.1	integer	4
$D.10.1.2.1	integer	2
$D.10.1.3.1	counter	5
$D.10.1.4.1	counter	6
$D.10.1.5.1	counter64	5
$D.10.1.6.1	counter64	6
$D.11.1.1.1	counter64	0
$D.11.1.2.1	counter64	18446744073709551615
$D.11.1.3.1	counter64	4294967296
$D.11.1.4.1	counter64	1
$D.11.1.5.1	counter64	2
$D.11.1.6.1	counter64	3
$B.1.1.0	octet	$MAC1
$B.1.2.0	integer	2
$B.1.3.0	integer	2
$B.1.4.1.1.1	integer	1
$B.1.4.1.1.2	integer	2
$B.1.4.1.2.1	integer	1
$B.1.4.1.2.2	integer	3
$B.1.4.1.3.1	objectid	.0.0
$B.1.4.1.3.2	objectid	.1.3.6.1.2.1.31.1.1.1.1.3
$B.1.4.1.4.1	counter	0
$B.1.4.1.4.2	counter	4
$B.1.4.1.5.1	counter	0
$B.1.4.1.5.2	counter	9
$B.2.1.0	integer	3
$B.2.2.0	integer	32768
$B.2.3.0	timeticks	12345
$B.2.4.0	counter	7
$B.2.5.0	octet	80 00 $MAC1
$B.2.6.0	integer	4
$B.2.7.0	integer	1
$B.2.8.0	integer	2000
$B.2.9.0	integer	200
$B.2.10.0	integer	100
$B.2.11.0	integer	1500
$B.2.12.0	integer	2000
$B.2.13.0	integer	200
$B.2.14.0	integer	1500
$B.2.15.1.1.1	integer	1
$B.2.15.1.2.1	integer	128
$B.2.15.1.3.1	integer	5
$B.2.15.1.4.1	integer	1
$B.2.15.1.5.1	integer	100
$B.2.15.1.6.1	octet	80 00 $MAC1
$B.2.15.1.7.1	integer	0
$B.2.15.1.8.1	octet	80 00 $MAC2
$B.2.15.1.9.1	octet	80 01
$B.2.15.1.10.1	counter	1
$B.2.15.1.11.1	integer	200000
$B.4.1.0	counter	0
$B.4.2.0	integer	300
$B.4.3.1.1.0.17.34.51.68.85	octet	$MAC1
$B.4.3.1.1.0.80.86.1.2.3	octet	$MAC2
$B.4.3.1.2.0.17.34.51.68.85	integer	0
$B.4.3.1.2.0.80.86.1.2.3	integer	2
$B.4.3.1.3.0.17.34.51.68.85	integer	4
$B.4.3.1.3.0.80.86.1.2.3	integer	3
$B.4.4.1.1.1	integer	1
$B.4.4.1.2.1	integer	1500
$B.4.4.1.3.1	counter	100
$B.4.4.1.4.1	counter	200
$B.4.4.1.5.1	counter	3
$B.5.1.1.1.1.128.194.0.0.0.0	octet	01 80 c2 00 00 00
$B.5.1.1.2.1.128.194.0.0.0.0	integer	0
$B.5.1.1.3.1.128.194.0.0.0.0	octet	ff c0
$B.5.1.1.4.1.128.194.0.0.0.0	integer	3
$E.1.1.1.2.1	string	Test chassis
$E.1.1.1.2.2	string	Slot 1
$E.1.1.1.2.3	string	Line card
$E.1.1.1.2.10	string	Port 1/1
$E.1.1.1.3.1	objectid	.1.3.6.1.4.1.8072.3.2.10
$E.1.1.1.3.2	objectid	.0.0
$E.1.1.1.3.3	objectid	.0.0
$E.1.1.1.3.10	objectid	.0.0
$E.1.1.1.4.1	integer	0
$E.1.1.1.4.2	integer	1
$E.1.1.1.4.3	integer	2
$E.1.1.1.4.10	integer	3
$E.1.1.1.5.1	integer	3
$E.1.1.1.5.2	integer	5
$E.1.1.1.5.3	integer	9
$E.1.1.1.5.10	integer	99
$E.1.1.1.6.1	integer	-1
$E.1.1.1.6.2	integer	1
$E.1.1.1.6.3	integer	1
$E.1.1.1.6.10	integer	1
$E.1.1.1.7.1	string	chassis
$E.1.1.1.7.10	string	1/1
$E.1.1.1.11.1	string	SN0042
$E.1.1.1.14.1	string	
$E.1.1.1.16.1	integer	1
$E.1.1.1.16.10	integer	2
$E.1.1.1.17.1	octet	07 e7 0b 17 0c 1e 00 00 2b 01 00
$E.1.1.1.17.3	octet	00 00 00 00 00 00 00 00
$E.1.1.1.18.1	string	urn:example:chassis
$E.1.1.1.19.1	octet	$UUID
$E.1.1.1.19.3	string	
$E.2.1.1.2.1	string	bridge one
$E.2.1.1.3.1	objectid	.1.3.6.1.2.1.17
$E.2.1.1.4.1	string	public
$E.2.1.1.5.1	octet	7f 00 00 01 00 a1
$E.2.1.1.6.1	objectid	.1.3.6.1.6.1.1
$E.2.1.1.7.1	octet	80 00 1f 88 04 74 65 73 74
$E.2.1.1.8.1	string	bridge1
$E.3.1.1.1.1.3	integer	3
$E.3.2.1.2.10.0	objectid	.1.3.6.1.2.1.31.1.1.1.1.1
$E.3.3.1.1.1.2	integer	2
$E.3.3.1.1.2.3	integer	3
$E.3.3.1.1.3.10	integer	10
$E.4.1.0	timeticks	4200
TABLE
}

# Print the entry equal to (mode g) or right after (mode n) the OID, by
# numeric arc comparison, keeping to the registered prefix.
lookup() {
    data | awk -F '\t' -v mode="$1" -v want="$2" -v prefix="$3" '
        function cmp(a, b,    x, y, n, m, i) {
            n = split(a, x, "."); m = split(b, y, ".")
            for (i = 2; i <= n && i <= m; i++) {
                if (x[i] + 0 < y[i] + 0) return -1
                if (x[i] + 0 > y[i] + 0) return 1
            }
            return (n < m) ? -1 : (n > m)
        }
        index($1 ".", prefix ".") == 1 {
            c = cmp($1, want)
            if ((mode == "g" && c == 0) || (mode == "n" && c > 0)) {
                best = $0
                if (mode == "g") { exit }
                if (!found || cmp($1, bo) < 0) { bo = $1; bl = $0 }
                found = 1
            }
        }
        END {
            if (mode == "g" && best != "") line = best
            else if (mode == "n" && found) line = bl
            else exit
            split(line, f, "\t")
            printf "%s\n%s\n%s\n", f[1], f[2], f[3]
        }'
}

prefix=$1
shift
case "$1" in
-g) lookup g "$2" "$prefix" ;;
-n) lookup n "$2" "$prefix" ;;
-s) echo "not-writable" ;;
esac
exit 0
