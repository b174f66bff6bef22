#!/usr/bin/env python3
"""rawnotify.py - v2c notifications Net-SNMP's snmptrap cannot send,
for tests/cli/snmptrapd_vacm.bats and snmptrapd.bats: without
snmpTrapOID.0, with it of the wrong type, or with it out of its usual
place, or with a value of a type SNMP lacks.

  rawnotify.py PORT trap|inform KIND...
      send one notification of each KIND (none, str, late, badtype) with
      community "public" to udp 127.0.0.1:PORT; for informs print
      "KIND ack" or "KIND none" (no Response within half a second).

flood() sends numbered v2c traps quickly, for snmptrapd_forward.bats
and snmptrapd_handlers.bats.
"""
import socket
import sys
import time


def tlv(tag, body):
    n = len(body)
    if n < 128:
        head = bytes([n])
    elif n < 256:
        head = bytes([0x81, n])
    else:
        head = bytes([0x82, n >> 8, n & 255])
    return bytes([tag]) + head + body


def oid(arcs):
    out = bytes([40 * arcs[0] + arcs[1]])
    for a in arcs[2:]:
        sub = [a & 0x7F]
        a >>= 7
        while a:
            sub.insert(0, 0x80 | (a & 0x7F))
            a >>= 7
        out += bytes(sub)
    return tlv(6, out)


def vb(name, value):
    return tlv(0x30, oid(name) + value)


UPTIME = vb([1, 3, 6, 1, 2, 1, 1, 3, 0], tlv(0x43, b"\x05"))
TRAPOID = [1, 3, 6, 1, 6, 3, 1, 1, 4, 1, 0]
SYSNAME = vb([1, 3, 6, 1, 2, 1, 1, 5, 0], tlv(4, b"x"))
KINDS = {
    "none": [UPTIME, SYSNAME],
    "str": [UPTIME, vb(TRAPOID, tlv(4, b"abc"))],
    "late": [UPTIME, SYSNAME,
             vb(TRAPOID, oid([1, 3, 6, 1, 6, 3, 1, 1, 5, 1]))],
    # a value of application tag 10, which SNMP does not define
    "badtype": [UPTIME, vb(TRAPOID, oid([1, 3, 6, 1, 6, 3, 1, 1, 5, 1])),
                vb([1, 3, 6, 1, 2, 1, 1, 5, 0], tlv(0x4A, b"x"))],
}


def flood(port, n, value, every, pause):
    """Send N v2c traps (request-ids 1..N, trap OID 99999.0.1) to udp
    127.0.0.1:PORT, trap I carrying .1.3.6.1.4.1.99999.1 = VALUE(I);
    sleep PAUSE seconds after every EVERY of them."""
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    trap = vb(TRAPOID, oid([1, 3, 6, 1, 4, 1, 99999, 0, 1]))
    for i in range(1, n + 1):
        val = vb([1, 3, 6, 1, 4, 1, 99999, 1], tlv(4, value(i)))
        pdu = tlv(0xA7, tlv(2, i.to_bytes(2, "big")) + tlv(2, b"\x00") +
                  tlv(2, b"\x00") + tlv(0x30, UPTIME + trap + val))
        s.sendto(tlv(0x30, tlv(2, b"\x01") + tlv(4, b"public") + pdu),
                 ("127.0.0.1", port))
        if i % every == 0:
            time.sleep(pause)


def main():
    port, what = int(sys.argv[1]), sys.argv[2]
    tag = 0xA6 if what == "inform" else 0xA7
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(0.5)
    for reqid, kind in enumerate(sys.argv[3:], 1):
        pdu = tlv(tag, tlv(2, bytes([reqid])) + tlv(2, b"\x00") +
                  tlv(2, b"\x00") + tlv(0x30, b"".join(KINDS[kind])))
        s.sendto(tlv(0x30, tlv(2, b"\x01") + tlv(4, b"public") + pdu),
                 ("127.0.0.1", port))
        if what != "inform":
            continue
        try:
            s.recv(2000)
            print(kind, "ack")
        except socket.timeout:
            print(kind, "none")


if __name__ == "__main__":
    main()
