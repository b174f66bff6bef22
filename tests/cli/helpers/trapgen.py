#!/usr/bin/env python3
"""trapgen.py - hostile and valid SNMP notifications for
tests/cli/snmptrapd_fuzz.bats.  Deterministic: the same seed gives the
same packets, so a failure can be replayed.

  trapgen.py fuzz PORT COUNT SEED [DUMPDIR]
      send COUNT hostile packets to udp 127.0.0.1:PORT: random bytes,
      truncations, byte flips, BER tree mutations (bad lengths, tags,
      deep nesting, huge lengths), wrong versions, SNMPv3 messages with
      bad security parameters, correctly authenticated SNMPv3 messages
      (user tsha of helpers/trapd.bash) whose ScopedPDU or ciphertext is
      hostile, and v1/v2c/v3 valid traps mutated; with DUMPDIR, also
      write each packet there (for replay).
  trapgen.py mixed PORT SECONDS RATE SEED [TAG]
      a sustained stream of RATE packets/s for SECONDS, one in four a
      valid notification (v2c trap, v1 trap or v2c inform, each with a
      varbind .1.3.6.1.4.1.99999.7 = "TAG-N", TAG default "mix"; every
      40th v2c trap has the trap OID .1.3.6.1.4.1.99999.0.2, for a
      traphandle), the rest hostile; prints
      "valid=N handler=H informs=I acks=A invalid=M".
"""
import hashlib
import hmac
import os
import random
import socket
import sys
import time

ENT = (1, 3, 6, 1, 4, 1, 99999)

# Captured with Net-SNMP 5.9.3 `snmptrap -d -v3 -e 0x8000000001020304
# -u tsha` at noAuthNoPriv, authNoPriv (SHA) and authPriv (SHA/AES).
V3_TEMPLATES = [bytes.fromhex(h) for h in (
    "30819A0201033011020436293A69020300FFE3040100020103041E301C040880"
    "0000000102030402010102030E5038040474736861040004003062041180001F"
    "8880A74CCB3F9FCF046B000000000400A74B02040C606B0C020100020100303D"
    "300D06082B0601020101030043014D3018060A2B060106030101040100060A2B"
    "06010401868D1F0001301206092B06010401868D1F01040568656C6C6F",
    "3081A6020103301102047723B487020300FFE3040101020103042A3028040880"
    "0000000102030402010102030E503C040474736861040CDF82BECA4F649850E3"
    "7A2AB704003062041180001F8880DED6A21F9FCF046B000000000400A74B0204"
    "2ACB752B020100020100303D300D06082B0601020101030043014D3018060A2B"
    "060106030101040100060A2B06010401868D1F0001301206092B06010401868D"
    "1F01040568656C6C6F",
    "3081B00201033011020404108648020300FFE304010302010304323030040880"
    "0000000102030402010102030E5042040474736861040C67436636580F3C66D8"
    "A1959F0408C81AF8ECB41C71AD0464F6B6F5CE49E72CCD671B5329978298E005"
    "CFF06A1C6FABE4D73E1A3BFC6A6BF5CFB8C99BC26C5408964983238C40CC0F5F"
    "CC27354EA9779AAD3A6BD99AAA3C7FECF8D04172EE86E6B8B9C79118812785C0"
    "090E9061F94141C67DC7E9FFA411C1BB7AA98E",
)]


# ---- BER encoding (X.690) ----

def enc_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, body):
    return bytes([tag]) + enc_len(len(body)) + body


def enc_int(v, tag=0x02):
    n = 1
    while not -(1 << (8 * n - 1)) <= v < (1 << (8 * n - 1)):
        n += 1
    return tlv(tag, v.to_bytes(n, "big", signed=True))


def enc_uint(v, tag):
    b = v.to_bytes((v.bit_length() + 8) // 8 or 1, "big")
    return tlv(tag, b)


def enc_subid(a):
    out = [a & 0x7F]
    a >>= 7
    while a:
        out.append(0x80 | (a & 0x7F))
        a >>= 7
    return bytes(reversed(out))


def enc_oid(arcs):
    body = enc_subid(arcs[0] * 40 + arcs[1])
    for a in arcs[2:]:
        body += enc_subid(a)
    return tlv(0x06, body)


def vb(oid, value):
    return tlv(0x30, enc_oid(oid) + value)


def v2_pdu(tag, reqid, vbs):
    return tlv(tag, enc_int(reqid) + enc_int(0) + enc_int(0) +
               tlv(0x30, b"".join(vbs)))


def message(version, community, pdu):
    return tlv(0x30, enc_int(version) + tlv(0x04, community) + pdu)


def v2_vbs(uptime, trapoid, extra):
    return [vb((1, 3, 6, 1, 2, 1, 1, 3, 0), enc_uint(uptime, 0x43)),
            vb((1, 3, 6, 1, 6, 3, 1, 1, 4, 1, 0), enc_oid(trapoid))] + extra


def v2c_trap(reqid, trapoid, extra, community=b"public", tag=0xA7):
    return message(1, community, v2_pdu(tag, reqid,
                                        v2_vbs(reqid, trapoid, extra)))


def v1_trap(ent, addr, generic, specific, ts, vbs, community=b"public"):
    pdu = tlv(0xA4, enc_oid(ent) + tlv(0x40, addr) + enc_int(generic) +
              enc_int(specific) + enc_uint(ts, 0x43) +
              tlv(0x30, b"".join(vbs)))
    return message(0, community, pdu)


# ---- a BER tree, for structural mutations ----

def parse(b, depth=0):
    """Nodes [tag, value] where value is a list (constructed, or an
    OCTET STRING that parses whole) or bytes; None if B is not BER."""
    nodes, i = [], 0
    while i < len(b):
        if i + 2 > len(b) or depth > 20:
            return None
        tag, ln = b[i], b[i + 1]
        i += 2
        if ln & 0x80:
            k = ln & 0x7F
            if k == 0 or k > 3 or i + k > len(b):
                return None
            ln = int.from_bytes(b[i:i + k], "big")
            i += k
        if i + ln > len(b):
            return None
        body = b[i:i + ln]
        i += ln
        sub = None
        if tag & 0x20 or (tag == 0x04 and ln > 2):
            sub = parse(body, depth + 1)
        if tag & 0x20 and sub is None:
            return None
        nodes.append([tag, sub if sub is not None else body])
    return nodes


def build(nodes):
    out = b""
    for n in nodes:
        if len(n) > 2:                  # a forced (wrong) length
            val = build(n[1]) if isinstance(n[1], list) else n[1]
            out += bytes([n[0]]) + n[2] + val
        elif isinstance(n[1], list):
            out += tlv(n[0], build(n[1]))
        else:
            out += tlv(n[0], n[1])
    return out


def all_nodes(nodes, acc):
    for n in nodes:
        acc.append(n)
        if isinstance(n[1], list):
            all_nodes(n[1], acc)
    return acc


BAD_LENGTHS = [b"\x80", b"\x84\xff\xff\xff\xff", b"\x84\x7f\xff\xff\xff",
               b"\x89\x01\x00\x00\x00\x00\x00\x00\x00\x00", b"\x81\x05",
               b"\x82\x00\x03", b"\x00", b"\xff", b"\x88" + b"\xff" * 8]


def mutate_tree(rnd, pkt):
    tree = parse(pkt)
    if not tree:
        return flip(rnd, pkt)
    nodes = all_nodes(tree, [])
    n = rnd.choice(nodes)
    op = rnd.randrange(9)
    if op == 0:
        n[0] = rnd.choice([0x02, 0x04, 0x05, 0x06, 0x30, 0x40, 0x41, 0x43,
                           0x44, 0x46, 0x80, 0x81, 0x82, 0xA0, 0xA2, 0xA4,
                           0xA6, 0xA7, 0xA8, 0x1F, 0xBF, rnd.randrange(256)])
    elif op == 1:
        n.append(rnd.choice(BAD_LENGTHS))
    elif op == 2:
        body = build(n[1]) if isinstance(n[1], list) else n[1]
        k = len(body) + rnd.choice([-2, -1, 1, 2, 100])
        n.append(enc_len(max(k, 0)))
    elif op == 3:
        n[1] = rnd.randbytes(rnd.randrange(0, 40))
    elif op == 4:
        n[1] = b"\xff" * rnd.choice([9, 17, 33, 300, 5000])
    elif op == 5 and isinstance(n[1], list) and n[1]:
        del n[1][rnd.randrange(len(n[1]))]
    elif op == 6 and isinstance(n[1], list) and n[1]:
        n[1].extend([n[1][-1]] * rnd.choice([2, 50, 2000]))
    elif op == 7:
        n[1] = b""
    else:
        n[1] = [[0x30, [[0x30, []]]]] if rnd.random() < 0.5 else b"\x00"
    return build(tree)


def flip(rnd, pkt):
    b = bytearray(pkt)
    for _ in range(rnd.randint(1, 8)):
        b[rnd.randrange(len(b))] = rnd.randrange(256)
    return bytes(b)


# ---- hostile packet families ----

def templates(rnd):
    extra = [vb(ENT + (1,), tlv(0x04, b"fuzz"))]
    return [
        v2c_trap(rnd.randrange(1 << 31), ENT + (0, 1), extra),
        v2c_trap(rnd.randrange(1 << 31), ENT + (0, 1), extra, tag=0xA6),
        v1_trap(ENT, b"\x0a\x00\x00\x01", 6, 1, 42, extra),
        v1_trap(ENT, b"\x0a\x00\x00\x01", 3, 0, 42, []),
    ] + V3_TEMPLATES


def weird_values(rnd):
    """Valid framing around hostile contents."""
    k = rnd.randrange(10)
    if k == 0:      # an OID of 200 sub-ids (RFC 2578 7.1.3 allows 128)
        return [vb(ENT + (1,) * 200, tlv(0x05, b""))]
    if k == 1:      # a sub-identifier past 2^32, then past 2^64
        return [tlv(0x30, tlv(0x06, b"\x2b" + b"\xff" * rnd.choice(
            [5, 10, 40]) + b"\x01") + tlv(0x05, b""))]
    if k == 2:      # integers and counters too wide
        return [vb(ENT + (2,), tlv(t, b"\x7f" + b"\xff" * rnd.choice(
            [4, 8, 9, 40]))) for t in (0x02, 0x41, 0x46, 0x43)]
    if k == 3:      # IpAddress of the wrong size
        return [vb(ENT + (3,), tlv(0x40, rnd.randbytes(rnd.choice([0, 3, 5,
                                                                16]))))]
    if k == 4:      # thousands of varbinds
        return [vb(ENT + (4,), tlv(0x05, b""))] * rnd.choice([1000, 70000])
    if k == 5:      # a long string
        return [vb(ENT + (5,), tlv(0x04, b"A" * rnd.choice([1400, 60000])))]
    if k == 6:      # unknown application and context tags as values
        return [vb(ENT + (6,), tlv(rnd.choice([0x45, 0x47, 0x48, 0x5F,
                                                0x83, 0x9F]), b"\x01"))]
    if k == 7:      # non-minimal sub-identifier, empty OID
        return [tlv(0x30, tlv(0x06, b"\x2b\x80\x80\x01") + tlv(0x05, b"")),
                tlv(0x30, tlv(0x06, b"") + tlv(0x05, b""))]
    if k == 8:      # Opaque, Float inside Opaque, NsapAddress
        return [vb(ENT + (8,), tlv(0x44, b"\x9f\x78\x04\x01\x02")),
                vb(ENT + (9,), tlv(0x45, b"\x01"))]
    return [vb(ENT + (10,), tlv(0x30, b""))]


def bad_versions(rnd):
    pdu = v2_pdu(0xA7, 1, v2_vbs(1, ENT + (0, 1), []))
    v = rnd.choice([2, 3, -1, 4, 255, 256, 1 << 31, -(1 << 31), 1 << 70])
    return message(v, b"public", pdu)


def usm_params(rnd):
    """msgSecurityParameters (RFC 3414 2.4) with one field hostile."""
    f = [tlv(0x04, bytes.fromhex("8000000001020304")), enc_int(1),
         enc_int(100), tlv(0x04, b"tsha"), tlv(0x04, b""), tlv(0x04, b"")]
    k = rnd.randrange(9)
    if k == 0:
        f[0] = tlv(0x04, rnd.randbytes(rnd.choice([0, 1, 4, 33, 300])))
    elif k == 1:
        f[1] = enc_int(rnd.choice([-1, 1 << 31, 1 << 40]))
    elif k == 2:
        f[2] = enc_int(rnd.choice([-5, 1 << 31, 1 << 33]))
    elif k == 3:
        f[3] = tlv(0x04, b"u" * rnd.choice([0, 33, 1000]))
    elif k == 4:
        f[4] = tlv(0x04, rnd.randbytes(rnd.choice([1, 11, 13, 24, 48, 64])))
    elif k == 5:
        f[5] = tlv(0x04, rnd.randbytes(rnd.choice([1, 7, 9, 16])))
    elif k == 6:
        del f[rnd.randrange(len(f))]
    elif k == 7:
        f[rnd.randrange(len(f))] = tlv(0x30, b"")
    else:
        f.append(enc_int(7))
    return tlv(0x04, tlv(0x30, b"".join(f)))


def bad_v3(rnd):
    msgid = rnd.choice([1, -1, 0, 1 << 31])
    maxsize = rnd.choice([65507, 484, 0, -1, 100, 1 << 31])
    flags = rnd.choice([b"\x00", b"\x01", b"\x02", b"\x03", b"\x04",
                        b"\x07", b"", b"\x00\x00", b"\xff"])
    model = rnd.choice([3, 0, 1, 2, 99, -1, 1 << 31])
    header = tlv(0x30, enc_int(msgid) + enc_int(maxsize) + tlv(0x04, flags)
                 + enc_int(model))
    scoped = tlv(0x30, tlv(0x04, bytes.fromhex("8000000001020304")) +
                 tlv(0x04, b"") + v2_pdu(0xA7, 1, v2_vbs(1, ENT, [])))
    if rnd.random() < 0.3:
        scoped = tlv(0x04, rnd.randbytes(rnd.choice([0, 7, 8, 16, 100])))
    return tlv(0x30, enc_int(3) + header + usm_params(rnd) + scoped)


# ---- authenticated SNMPv3 (RFC 3414) with hostile contents ----

ENGINE = bytes.fromhex("8000000001020304")


def localized_key(password, engine):
    """RFC 3414 A.2.1 password-to-key (SHA-1), localized to ENGINE."""
    n = 1048576
    stream = (password * (n // len(password) + 1))[:n]
    ku = hashlib.sha1(stream).digest()
    return hashlib.sha1(ku + engine + ku).digest()


AUTH_KEY = localized_key(b"tpassword", ENGINE)


def authed_v3(rnd, scoped, priv, privparams=b"\x00" * 8):
    """User tsha's message around SCOPED (a ScopedPDU, or with PRIV the
    encryptedPDU bytes), with a correct HMAC-SHA-96 (RFC 3414 6.3.1):
    the digest check passes and the hostile part reaches decryption or
    the ScopedPDU decoder."""
    flags = b"\x03" if priv else b"\x01"
    header = tlv(0x30, enc_int(rnd.randrange(1 << 31)) + enc_int(65507) +
                 tlv(0x04, flags) + enc_int(3))
    mark = b"\xaa" * 12
    params = tlv(0x04, tlv(0x30, tlv(0x04, ENGINE) + enc_int(1) +
                            enc_int(0x0E5038) + tlv(0x04, b"tsha") +
                            tlv(0x04, mark) +
                            tlv(0x04, privparams if priv else b"")))
    data = tlv(0x04, scoped) if priv else scoped
    msg = tlv(0x30, enc_int(3) + header + params + data)
    at = msg.index(mark)
    msg = msg[:at] + b"\x00" * 12 + msg[at + 12:]
    digest = hmac.new(AUTH_KEY, msg, hashlib.sha1).digest()[:12]
    return msg[:at] + digest + msg[at + 12:]


def authed(rnd):
    if rnd.random() < 0.4:
        # ciphertext of every awkward size; salt of the wrong size too
        return authed_v3(rnd, rnd.randbytes(rnd.choice(
            [0, 1, 15, 16, 17, 64, 100, 1000])), True,
            rnd.choice([b"\x00" * 8, b"", b"\x01" * 7, b"\x02" * 9]))
    # at most 4000 varbinds: the message must fit a datagram whole, or
    # the digest would not cover what is sent
    pdu = v2_pdu(rnd.choice([0xA7, 0xA6, 0xA0, 0xA2, 0xA8, 0xA4]),
                 rnd.randrange(1 << 31),
                 v2_vbs(5, ENT + (0, 1), weird_values(rnd)[:4000]))
    scoped = tlv(0x30, tlv(0x04, ENGINE) + tlv(0x04, b"") + pdu)
    if rnd.random() < 0.6 and len(scoped) < 4096:
        scoped = mutate_tree(rnd, scoped)
    return authed_v3(rnd, scoped, False)


def deep(rnd):
    d = rnd.choice([50, 500, 5000])
    body = b""
    for _ in range(d):
        body = tlv(0x30, body)
    return body[:65000]


def hostile(rnd, i):
    k = i % 13
    base = rnd.choice(templates(rnd))
    if k == 0:
        return rnd.randbytes(rnd.randrange(0, 600))
    if k == 1:
        return base[:rnd.randrange(len(base))]
    if k == 2:
        return flip(rnd, base)
    if k in (3, 4, 5):
        return mutate_tree(rnd, base)
    if k == 6:
        return bad_versions(rnd)
    if k in (7, 8):
        return bad_v3(rnd)
    if k == 9:
        return v2c_trap(i, ENT + (0, 3), weird_values(rnd),
                        community=rnd.choice([b"public", b"x"]))
    if k == 10:
        return deep(rnd)
    if k == 12:
        return authed(rnd)
    head = rnd.choice([b"\x30\x84\xff\xff\xff\xff", b"\x30\x80",
                       b"\x30\x83\x01\x00\x00", b"\x30\x82\xff\xff"])
    return head + rnd.randbytes(rnd.randrange(0, 40))


def fuzz(port, count, seed, dump):
    rnd = random.Random(seed)
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    for i in range(count):
        pkt = hostile(rnd, i)[:65507]
        if dump:
            with open(os.path.join(dump, "%05d.bin" % i), "wb") as f:
                f.write(pkt)
        s.sendto(pkt, ("127.0.0.1", port))
        if i % 200 == 199:
            time.sleep(0.01)        # let the receiver keep up
    print("sent=%d" % count)


# ---- the sustained mixed stream ----

def valid(n, tag):
    """Valid notification number N: (packet, is_inform, is_handler)."""
    mark = [vb(ENT + (7,), tlv(0x04, b"%s-%d" % (tag, n)))]
    k = n % 4
    if k == 3:
        return message(0, b"public", tlv(0xA4, enc_oid(ENT) +
                       tlv(0x40, b"\x7f\x00\x00\x01") + enc_int(6) +
                       enc_int(1) + enc_uint(n, 0x43) +
                       tlv(0x30, b"".join(mark)))), False, False
    if k == 2:
        return v2c_trap(n, ENT + (0, 1), mark, tag=0xA6), True, False
    if n % 40 == 0:
        return v2c_trap(n, ENT + (0, 2), mark), False, True
    return v2c_trap(n, ENT + (0, 1), mark), False, False


def mixed(port, secs, rate, seed, tag):
    rnd = random.Random(seed)
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setblocking(False)
    nvalid = nhandler = ninform = nacks = ninvalid = 0
    start = time.monotonic()
    i = 0
    while time.monotonic() - start < secs:
        for _ in range(max(rate // 100, 1)):
            if i % 4 == 0:
                pkt, inform, handler = valid(nvalid, tag)
                nvalid += 1
                ninform += inform
                nhandler += handler
            else:
                pkt = hostile(rnd, i)[:65507]
                ninvalid += 1
            i += 1
            try:
                s.sendto(pkt, ("127.0.0.1", port))
            except BlockingIOError:
                time.sleep(0.001)
                s.sendto(pkt, ("127.0.0.1", port))
        nacks += drain(s, tag)
        deadline = start + i / rate
        # the clock moves on between the test and the sleep
        time.sleep(max(0.0, deadline - time.monotonic()))
    end = time.monotonic() + 3
    while nacks < ninform and time.monotonic() < end:
        nacks += drain(s, tag)
        time.sleep(0.05)
    print("valid=%d handler=%d informs=%d acks=%d invalid=%d" %
          (nvalid, nhandler, ninform, nacks, ninvalid))


def drain(s, tag):
    """Count the Responses (RFC 3416 4.2.7) to our informs."""
    n = 0
    while True:
        try:
            b = s.recv(65535)
        except BlockingIOError:
            return n
        if tag + b"-" in b and b"\xa2" in b:
            n += 1


def main(argv):
    if len(argv) >= 4 and argv[1] == "fuzz":
        fuzz(int(argv[2]), int(argv[3]), int(argv[4]),
             argv[5] if len(argv) > 5 else None)
    elif len(argv) in (6, 7) and argv[1] == "mixed":
        tag = argv[6] if len(argv) == 7 else "mix"
        mixed(int(argv[2]), float(argv[3]), int(argv[4]), int(argv[5]),
              tag.encode())
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
