# normalise-dump.awk - mask the parts of Net-SNMP-style `-d` packet dumps
# that legitimately differ between two runs:
#   - the local ephemeral port in "Sending/Received ... ->[addr]:PORT"
#   - the request-id value bytes (found by walking the BER header of each
#     v1/v2c message), in both the hex and the ASCII column.
# A request-id whose encoding is not 4 bytes long shifts every later byte,
# so such a packet is flagged with a line "@@REQID-LEN n@@"; the caller
# reruns the command until no packet is flagged (Net-SNMP draws 31-bit
# random ids, about 1 in 256 is shorter).

function flush(    i, j, n, p, L, hdr, start, len, lbytes, off, s, a, col) {
    if (nlines == 0)
        return
    # Rebuild the packet bytes from the hex columns.
    n = 0
    for (i = 1; i <= nlines; i++) {
        s = substr(lines[i], 7)
        sub(/    .*$/, "", s)       # ASCII column starts after 4 spaces
        gsub(/  /, " ", s)
        cnt = split(s, hx, " ")
        lineb[i] = cnt
        for (j = 1; j <= cnt; j++)
            b[n++] = hx[j]
    }
    # 30 L  02 L ver  04 L community  Ax L  02 L reqid
    p = 0; start = -1
    if (b[p] == "30") {
        p = skiplen(p + 1)
        if (b[p] == "02") {
            p = skiptlv(p)
            if (b[p] == "04") {
                p = skiptlv(p)
                if (b[p] ~ /^A[0-8]$/ && b[p] != "A4") {
                    p = skiplen(p + 1)
                    if (b[p] == "02") {
                        len = hex2dec(b[p + 1])
                        start = p + 2
                    }
                }
            }
        }
    }
    if (start >= 0 && len != 4)
        print "@@REQID-LEN " len "@@"
    off = 0
    for (i = 1; i <= nlines; i++) {
        s = lines[i]
        if (start >= 0) {
            for (j = 0; j < lineb[i]; j++) {
                if (off + j >= start && off + j < start + len) {
                    col = 7 + j * 3 + int(j / 4)
                    s = substr(s, 1, col - 1) "XX" substr(s, col + 2)
                    a = length(s) - lineb[i] + 1 + j
                    s = substr(s, 1, a - 1) "?" substr(s, a + 1)
                }
            }
        }
        off += lineb[i]
        print s
    }
    nlines = 0
    delete b
}

function hex2dec(h,    i, v) {
    v = 0
    for (i = 1; i <= length(h); i++)
        v = v * 16 + index("0123456789ABCDEF", toupper(substr(h, i, 1))) - 1
    return v
}

# p points at a length octet; return the index after the length field.
function skiplen(p,    l) {
    l = hex2dec(b[p])
    return (l < 128) ? p + 1 : p + 1 + (l - 128)
}

# p points at a tag; return the index after the whole TLV.
function skiptlv(p,    l, q, i, k) {
    l = hex2dec(b[p + 1])
    if (l < 128)
        return p + 2 + l
    q = p + 2; k = l - 128; l = 0
    for (i = 0; i < k; i++)
        l = l * 256 + hex2dec(b[q + i])
    return q + k + l
}

/^[0-9][0-9][0-9][0-9]: / { lines[++nlines] = $0; next }
{
    flush()
    if ($0 ~ /^(Sending|Received) /)
        sub(/->\[[^]]*\]:[0-9]+$/, "->[ADDR]:PORT")
    print
}
END { flush() }
