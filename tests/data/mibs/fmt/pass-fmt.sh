#!/bin/sh
# pass-fmt.sh - snmpd "pass" handler serving fixed values for the objects
# of SNMPKIT-FMT-MIB (.1.3.6.1.4.1.99998), for tests/cli/mib_output.bats.
#   pass-fmt.sh -g OID   GET: print OID, type, value (or nothing)
#   pass-fmt.sh -n OID   GETNEXT: the first entry after OID
# Entries are in OID order; every value is constant.
P=.1.3.6.1.4.1.99998

data() {
    cat <<TABLE
$P.1.1	string	Linux test 6.1 x86_64
$P.1.2	string	
$P.1.3	octet	36 16 80 e1 c0 df
$P.1.4	octet	07 ea 0b 17 12 2f 19 00 2b 05 1e
$P.1.5	octet	07 ea 0b 17 12 2f 19 00
$P.1.6	integer	1234
$P.1.7	integer	-5
$P.1.8	integer	255
$P.1.9	integer	8
$P.1.10	integer	5
$P.1.11	integer	2
$P.1.12	integer	7
$P.1.13	integer	5
$P.1.14	gauge	7
$P.1.15	counter	9
$P.1.16	timeticks	12345
$P.1.17	octet	e0 40
$P.1.18	integer	5
$P.1.19	string	five
$P.1.20	octet	c0 a8 01 02
$P.1.21	objectid	.1.3.6.1.2.1.2.2.1.3.1
$P.1.22	octet	c3 a9 74 c3 a9
$P.1.23	octet	41 00 42 22
$P.1.24	octet	03 0a 0b 0c 41 42
$P.1.25	octet	01 02 ff 08 41 42 43
$P.1.26	octet	01 02
$P.1.27	gauge	12
$P.1.28	octet	01 0a ff
$P.1.29	octet	00 05 5d 0a 0b 0c
$P.1.30	gauge	3
$P.1.31	counter	3
$P.1.32	ipaddress	10.1.2.3
$P.1.33	gauge	42
$P.2.1.3.1.4.127.0.0.1	integer	1
$P.2.1.3.2.16.254.128.0.0.0.0.0.0.0.0.0.0.0.0.0.1	integer	2
$P.2.1.3.16.3.97.98.99	integer	3
$P.3.1.6.97.98.99.500.10.0.0.1.2.1.3.6	integer	4
$P.4.1.1.1.4.10.0.0.1	integer	5
TABLE
}

lookup() {
    data | awk -F '\t' -v mode="$1" -v want="$2" '
        function cmp(a, b,    x, y, n, m, i) {
            n = split(a, x, "."); m = split(b, y, ".")
            for (i = 2; i <= n && i <= m; i++) {
                if (x[i] + 0 < y[i] + 0) return -1
                if (x[i] + 0 > y[i] + 0) return 1
            }
            return (n < m) ? -1 : (n > m)
        }
        {
            c = cmp($1, want)
            if ((mode == "g" && c == 0) || (mode == "n" && c > 0)) {
                printf "%s\n%s\n%s\n", $1, $2, $3
                exit
            }
        }'
}

case "$1" in
-g) lookup g "$2" ;;
-n) lookup n "$2" ;;
-s) echo "not-writable" ;;
esac
exit 0
