#!/bin/sh
# pass.sh - snmpd "pass" handler serving fixed test values under
# .1.3.6.1.4.1.99999 (see snmpd.conf(5), "pass").  snmpd runs it as
#   pass.sh -g OID            GET: print OID, type, value (or nothing)
#   pass.sh -n OID            GETNEXT: the first entry after OID
#   pass.sh -s OID TYPE VAL   SET: print nothing to accept, or an error
# Branch .1 is read-only (SET -> not-writable); branch .2 accepts every
# SET without storing it, so tests stay independent of their order;
# .2.97-.2.99 answer SETs with fixed errors.  Every value is constant so
# that two clients querying the agent one after the other see the same.

data() {
    cat <<'TABLE'
.1.3.6.1.4.1.99999.1.1.1	integer	42
.1.3.6.1.4.1.99999.1.1.2	integer	-5
.1.3.6.1.4.1.99999.1.1.3	integer	0
.1.3.6.1.4.1.99999.1.1.4	integer	2147483647
.1.3.6.1.4.1.99999.1.1.5	integer	-2147483648
.1.3.6.1.4.1.99999.1.2.1	gauge	4294967295
.1.3.6.1.4.1.99999.1.2.2	gauge	0
.1.3.6.1.4.1.99999.1.2.3	unsigned	123456
.1.3.6.1.4.1.99999.1.3.1	counter	4294967295
.1.3.6.1.4.1.99999.1.3.2	counter	0
.1.3.6.1.4.1.99999.1.4.1	counter64	18446744073709551615
.1.3.6.1.4.1.99999.1.4.2	counter64	0
.1.3.6.1.4.1.99999.1.4.3	counter64	4294967296
.1.3.6.1.4.1.99999.1.5.1	timeticks	0
.1.3.6.1.4.1.99999.1.5.2	timeticks	8640000
.1.3.6.1.4.1.99999.1.5.3	timeticks	864000000
.1.3.6.1.4.1.99999.1.5.4	timeticks	4294967295
.1.3.6.1.4.1.99999.1.5.5	timeticks	12345
.1.3.6.1.4.1.99999.1.5.6	timeticks	8640001
.1.3.6.1.4.1.99999.1.6.1	ipaddress	10.20.30.40
.1.3.6.1.4.1.99999.1.6.2	ipaddress	0.0.0.0
.1.3.6.1.4.1.99999.1.6.3	ipaddress	255.255.255.255
.1.3.6.1.4.1.99999.1.7.1	objectid	.1.3.6.1.4.1.99999.42
.1.3.6.1.4.1.99999.1.7.2	objectid	.1.3.6.1.2.1.1.1.0
.1.3.6.1.4.1.99999.1.7.3	objectid	.0.0
.1.3.6.1.4.1.99999.1.8.1	string	hello world
.1.3.6.1.4.1.99999.1.8.2	string	
.1.3.6.1.4.1.99999.1.8.3	string	say "hi" \ back\slash \\ end
.1.3.6.1.4.1.99999.1.8.4	octet	6c 69 6e 65 31 0a 6c 69 6e 65 32
.1.3.6.1.4.1.99999.1.8.5	octet	00 01 02 ff
.1.3.6.1.4.1.99999.1.8.6	octet	00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 80
.1.3.6.1.4.1.99999.1.8.7	octet	00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 80 81
.1.3.6.1.4.1.99999.1.8.8	octet	80 81 82 83 84 85 86 87 88 89 8a 8b 8c 8d 8e 8f 90 91 92 93 94 95 96 97 98 99 9a 9b 9c 9d 9e 9f a0
.1.3.6.1.4.1.99999.1.8.9	octet	41 09 42 0d 43 20
.1.3.6.1.4.1.99999.1.8.10	octet	c3 a9 74 c3 a9
.1.3.6.1.4.1.99999.1.8.11	octet	41 42 43 00
.1.3.6.1.4.1.99999.1.8.12	octet	00
.1.3.6.1.4.1.99999.1.8.13	string	The quick brown fox jumps over the lazy dog; The quick brown fox jumps over the lazy dog; 0123456789
.1.3.6.1.4.1.99999.1.8.14	octet	00 11 22 33 44 55
.1.3.6.1.4.1.99999.1.8.15	octet	30 31 32 33 34 35 36 37 38 39 41 42 43 44 45 46 47 01
.1.3.6.1.4.1.99999.1.9.1	opaque	01 02 03
.1.3.6.1.4.1.99999.1.9.2	opaque	9f 78 04 3f 80 00 00
.1.3.6.1.4.1.99999.1.9.3	opaque	9f 79 08 40 09 21 fb 54 44 2d 18
.1.3.6.1.4.1.99999.1.9.4	opaque	9f 76 08 ff ff ff ff ff ff ff ff
.1.3.6.1.4.1.99999.1.9.5	opaque	9f 7a 01 fb
.1.3.6.1.4.1.99999.1.9.6	opaque	9f 7b 02 01 00
.1.3.6.1.4.1.99999.2.1	integer	1
.1.3.6.1.4.1.99999.2.2	string	writable
.1.3.6.1.4.1.99999.2.3	gauge	7
.1.3.6.1.4.1.99999.2.4	ipaddress	192.0.2.1
.1.3.6.1.4.1.99999.2.5	objectid	.1.3.6.1.4.1.99999
.1.3.6.1.4.1.99999.2.6	timeticks	100
.1.3.6.1.4.1.99999.2.7	counter	5
.1.3.6.1.4.1.99999.2.97	integer	97
.1.3.6.1.4.1.99999.2.98	integer	98
.1.3.6.1.4.1.99999.2.99	integer	99
TABLE
}

# Print the entry equal to (mode g) or right after (mode n) the OID, by
# numeric arc comparison.
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
-s)
    case "$2" in
    .1.3.6.1.4.1.99999.2.97) echo "wrong-value" ;;
    .1.3.6.1.4.1.99999.2.98) echo "inconsistent-value" ;;
    .1.3.6.1.4.1.99999.2.99) echo "commit-failed" ;;
    .1.3.6.1.4.1.99999.2.*) ;;
    *) echo "not-writable" ;;
    esac
    ;;
esac
exit 0
