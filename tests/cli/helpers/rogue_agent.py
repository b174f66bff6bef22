#!/usr/bin/env python3
"""rogue_agent.py - a misbehaving SNMPv1/v2c responder for tests/cli/limits.bats.

    rogue_agent.py READYFILE

Listens on a free UDP and TCP port of 127.0.0.1 (the same number for both),
writes that number to READYFILE and answers every request the way the
request's community string asks, so one process serves every case:

  noninc    GETNEXT/GETBULK answers repeat the requested name (a walk loop)
  cc        a walk that goes .2, .1, .3, end: not increasing, finite (-Cc)
  many      a GET is answered with MANY_VARBINDS varbinds
  longoid   the answer's name has 129 sub-identifiers (one over the limit)
  bigstr    the value is a 60,000-byte OCTET STRING
  deep      the value is nested SEQUENCEs, 40 deep
  badlen    the message's outer length claims more bytes than were sent
  wrongid   first an answer with another request-id, then the right one
  badstat   error-status 99, error-index 7 (neither is in range)
  badtype   the value has tag 0x4a, an application type SNMP lacks
  badseq    the value is a SEQUENCE { INTEGER 1 } (tag 0x30)
  badtype2  three varbinds: INTEGER 1, then tags 0x4a and 0x30
  bool      the value is an ASN.1 BOOLEAN (tag 0x01)
  huge      (TCP) a header announcing a 16 MiB message, then silence
anything else: GET/GETNEXT answer with one INTEGER 1 at the asked name.

Standard library only; it decodes just what a request needs.
"""
import os
import selectors
import socket
import sys

MANY_VARBINDS = 3000
BASE = (1, 3, 6, 1, 4, 1, 99)


def tlv(tag, body):
    n = len(body)
    if n < 0x80:
        head = bytes([n])
    else:
        raw = n.to_bytes((n.bit_length() + 7) // 8, 'big')
        head = bytes([0x80 | len(raw)]) + raw
    return bytes([tag]) + head + body


def enc_int(v):
    return tlv(0x02, v.to_bytes(max(1, (v.bit_length() + 8) // 8), 'big',
                                signed=True))


def enc_oid(arcs):
    out = bytearray([arcs[0] * 40 + arcs[1]])
    for a in arcs[2:]:
        chunk = [a & 0x7f]
        a >>= 7
        while a:
            chunk.append(0x80 | (a & 0x7f))
            a >>= 7
        out += bytes(reversed(chunk))
    return tlv(0x06, bytes(out))


def read_tlv(buf, pos):
    """(tag, value start, value end) of the TLV at POS."""
    tag = buf[pos]
    n = buf[pos + 1]
    pos += 2
    if n & 0x80:
        k = n & 0x7f
        n = int.from_bytes(buf[pos:pos + k], 'big')
        pos += k
    return tag, pos, pos + n


def dec_oid(body):
    arcs = [body[0] // 40, body[0] % 40]
    v = 0
    for b in body[1:]:
        v = (v << 7) | (b & 0x7f)
        if not b & 0x80:
            arcs.append(v)
            v = 0
    return tuple(arcs)


def parse_request(msg):
    """(version, community, pdu tag, request-id, names) of MSG."""
    _, p, _ = read_tlv(msg, 0)
    _, s, e = read_tlv(msg, p)
    version = int.from_bytes(msg[s:e], 'big')
    _, s, e = read_tlv(msg, e)
    community = msg[s:e].decode('latin-1')
    tag, p, _ = read_tlv(msg, e)
    _, s, e = read_tlv(msg, p)
    reqid = int.from_bytes(msg[s:e], 'big', signed=True)
    _, _, e = read_tlv(msg, e)            # error-status / non-repeaters
    _, _, e = read_tlv(msg, e)            # error-index / max-repetitions
    _, p, end = read_tlv(msg, e)          # VarBindList
    names = []
    while p < end:
        _, vp, vend = read_tlv(msg, p)
        _, s, e = read_tlv(msg, vp)
        names.append(dec_oid(msg[s:e]))
        p = vend
    return version, community, tag, reqid, names


def response(version, community, reqid, varbinds, status=0, index=0):
    vbl = b''.join(tlv(0x30, enc_oid(n) + v) for n, v in varbinds)
    pdu = tlv(0xa2, enc_int(reqid) + enc_int(status) + enc_int(index) +
              tlv(0x30, vbl))
    return tlv(0x30, enc_int(version) + tlv(0x04, community.encode()) + pdu)


def cc_next(name):
    """The -Cc walk: BASE -> .2 -> .1 -> .3 -> end of the MIB view."""
    order = [BASE, BASE + (2,), BASE + (1,), BASE + (3,)]
    if name in order[:-1]:
        return order[order.index(name) + 1], enc_int(len(name))
    return name, b'\x82\x00'              # endOfMibView


def answers(version, community, tag, reqid, names):
    """The datagrams to send back, in order."""
    one = enc_int(1)
    first = names[0] if names else BASE
    if community == 'noninc':
        vbs = [(first if len(first) > len(BASE) else BASE + (1,), one)]
    elif community == 'cc':
        vbs = [cc_next(first)]
    elif community == 'many':
        vbs = [(BASE + (i,), enc_int(i)) for i in range(1, MANY_VARBINDS + 1)]
    elif community == 'longoid':
        vbs = [(BASE + (1,) * 122, one)]
    elif community == 'bigstr':
        vbs = [(first, tlv(0x04, b'x' * 60000))]
    elif community == 'deep':
        value = enc_int(1)
        for _ in range(40):
            value = tlv(0x30, value)
        vbs = [(first, value)]
    elif community == 'badtype':
        vbs = [(first, tlv(0x4a, b'\x01'))]
    elif community == 'badseq':
        vbs = [(first, tlv(0x30, enc_int(1)))]
    elif community == 'badtype2':
        vbs = [(first, one), (BASE + (2,), tlv(0x4a, b'')),
               (BASE + (3,), tlv(0x30, b''))]
    elif community == 'bool':
        vbs = [(first, tlv(0x01, b'\xff'))]
    elif community == 'badstat':
        return [response(version, community, reqid, [(first, one)], 99, 7)]
    else:
        vbs = [(first, one)]
    msg = response(version, community, reqid, vbs)
    if community == 'badlen':
        return [msg[:1] + b'\x82\x7f\xff' + msg[2:]]
    if community == 'wrongid':
        return [response(version, community, reqid + 1, vbs), msg]
    return [msg]


def serve_udp(sock):
    msg, peer = sock.recvfrom(65535)
    try:
        req = parse_request(msg)
    except (IndexError, ValueError):
        return
    for out in answers(*req):
        sock.sendto(out, peer)


def serve_tcp(conn):
    """One request per connection; 'huge' announces 16 MiB and stalls."""
    conn.settimeout(5)
    try:
        msg = conn.recv(65535)
        req = parse_request(msg)
        if req[1] == 'huge':
            conn.sendall(b'\x30\x84\x01\x00\x00\x00\x02\x01\x01')
            conn.recv(1)                  # until the client gives up
            return
        for out in answers(*req):
            conn.sendall(out)
        conn.recv(1)
    except (OSError, IndexError, ValueError):
        pass
    finally:
        conn.close()


def main():
    ready = sys.argv[1]
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 1 << 20)
    for _ in range(50):
        udp.bind(('127.0.0.1', 0))
        port = udp.getsockname()[1]
        tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            tcp.bind(('127.0.0.1', port))
            break
        except OSError:
            tcp.close()
            udp.close()
            udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    tcp.listen(8)
    tmp = ready + '.tmp'
    with open(tmp, 'w') as f:
        f.write('%d\n' % port)
    os.rename(tmp, ready)
    sel = selectors.DefaultSelector()
    sel.register(udp, selectors.EVENT_READ)
    sel.register(tcp, selectors.EVENT_READ)
    while True:
        for key, _ in sel.select():
            if key.fileobj is udp:
                serve_udp(udp)
            else:
                conn, _ = tcp.accept()
                serve_tcp(conn)


if __name__ == '__main__':
    main()
