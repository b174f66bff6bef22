# v3dump.awk - mask the parts of Net-SNMP-style `-d` dumps of SNMPv3
# messages (RFC 3412 section 6) that differ between two runs, so that
# diffrun --norm=v3dump can compare our dump with Net-SNMP's byte for byte:
#   - the local ephemeral port in "Sending/Received ... ->[addr]:PORT"
#   - msgID (random per message)
#   - msgAuthoritativeEngineTime (the agent's clock ticks between runs)
#   - msgAuthenticationParameters (the HMAC covers the masked fields)
#   - msgPrivacyParameters (the salt) and the encrypted scopedPDU
#   - the request-id of a plaintext PDU
#   - the counter values of a Report PDU (usmStats* grow with every run)
# The byte layout is kept: a field whose encoding is not the usual length
# (msgID or request-id not 4 bytes) shifts every later byte, so the packet
# is flagged with "@@REQID-LEN n@@" and the caller reruns the command, as
# normalise-dump.awk does for v1/v2c.  v1/v2c packets pass through
# unchanged except for the port.

function flush(    i, j, s, cnt, hx, off, col, a) {
    if (nlines == 0)
        return
    n = 0
    for (i = 1; i <= nlines; i++) {
        s = substr(lines[i], 7)
        sub(/    .*$/, "", s)       # the ASCII column starts after 4 spaces
        gsub(/  /, " ", s)
        cnt = split(s, hx, " ")
        lineb[i] = cnt
        for (j = 1; j <= cnt; j++)
            b[n++] = hx[j]
    }
    parse_v3()
    off = 0
    for (i = 1; i <= nlines; i++) {
        s = lines[i]
        for (j = 0; j < lineb[i]; j++) {
            if (!((off + j) in m))
                continue
            col = 7 + j * 3 + int(j / 4)
            s = substr(s, 1, col - 1) "XX" substr(s, col + 2)
            a = length(s) - lineb[i] + 1 + j
            s = substr(s, 1, a - 1) "?" substr(s, a + 1)
        }
        off += lineb[i]
        print s
    }
    nlines = 0
    delete b
    delete m
}

function hex2dec(h,    i, v) {
    v = 0
    for (i = 1; i <= length(h); i++)
        v = v * 16 + index("0123456789ABCDEF", toupper(substr(h, i, 1))) - 1
    return v
}

# p points at a tag: set L (content length) and C (content start); return 0
# when the TLV does not fit in the packet.
function tlv(p,    l, k, i) {
    if (p + 1 >= n)
        return 0
    l = hex2dec(b[p + 1])
    C = p + 2
    if (l >= 128) {
        k = l - 128
        l = 0
        for (i = 0; i < k; i++)
            l = l * 256 + hex2dec(b[C + i])
        C += k
    }
    L = l
    return C + L <= n
}

function mask(start, len,    i) {
    for (i = 0; i < len; i++)
        m[start + i] = 1
}

# Mask the content of the TLV at p if it has tag t; return the next index
# (-1 on a mismatch).
function field(p, t, msk) {
    if (b[p] != t || !tlv(p))
        return -1
    if (msk)
        mask(C, L)
    return C + L
}

function parse_v3(    p, flags, pdu, end, vb) {
    if (b[0] != "30" || !tlv(0))
        return
    p = C
    if (b[p] != "02" || b[p + 1] != "01" || b[p + 2] != "03")
        return
    p += 3
    if (b[p] != "30" || !tlv(p))            # msgGlobalData
        return
    p = C
    if (b[p] != "02" || !tlv(p))            # msgID
        return
    if (L != 4)
        print "@@REQID-LEN " L "@@"
    mask(C, L)
    p = C + L
    p = field(p, "02", 0)                   # msgMaxSize
    if (p < 0 || b[p] != "04" || !tlv(p))   # msgFlags
        return
    flags = hex2dec(b[C])
    p = field(C + L, "02", 0)               # msgSecurityModel
    if (p < 0 || b[p] != "04" || !tlv(p))   # msgSecurityParameters
        return
    if (b[C] != "30" || !tlv(C))            # UsmSecurityParameters
        return
    p = field(C, "04", 0)                   # engineID
    p = p < 0 ? p : field(p, "02", 0)       # engineBoots
    p = p < 0 ? p : field(p, "02", 1)       # engineTime
    p = p < 0 ? p : field(p, "04", 0)       # userName
    p = p < 0 ? p : field(p, "04", 1)       # authenticationParameters
    p = p < 0 ? p : field(p, "04", 1)       # privacyParameters
    if (p < 0)
        return
    if (flags % 4 >= 2) {                   # privFlag: encrypted scopedPDU
        field(p, "04", 1)
        return
    }
    if (b[p] != "30" || !tlv(p))
        return
    p = field(C, "04", 0)                   # contextEngineID
    p = p < 0 ? p : field(p, "04", 0)       # contextName
    if (p < 0 || b[p] !~ /^A[0-8]$/ || !tlv(p))
        return
    pdu = b[p]
    p = C
    if (b[p] != "02" || !tlv(p))            # request-id
        return
    if (L != 4)
        print "@@REQID-LEN " L "@@"
    mask(C, L)
    p = field(C + L, "02", 0)               # error-status
    p = p < 0 ? p : field(p, "02", 0)       # error-index
    if (p < 0 || pdu != "A8" || b[p] != "30" || !tlv(p))
        return
    end = C + L
    p = C
    while (p < end && b[p] == "30" && tlv(p)) {
        vb = C + L
        p = field(C, "06", 0)
        if (p > 0 && b[p] == "41")
            field(p, "41", 1)
        p = vb
    }
}

/^[0-9][0-9][0-9][0-9]: / { lines[++nlines] = $0; next }
{
    flush()
    if ($0 ~ /^(Sending|Received) /)
        sub(/->\[[^]]*\]:[0-9]+$/, "->[ADDR]:PORT")
    print
}
END { flush() }
