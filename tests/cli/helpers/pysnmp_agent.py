#!/usr/bin/python3
"""pysnmp_agent.py - a small SNMPv3 command responder for v3_pysnmp.bats.

A second USM implementation (Debian's python3-pysnmp4, pysnmp 4.4) for the
privacy protocols Debian's snmpd lacks: 3DES-EDE (draft-reeder-snmpv3-usm-
3desede) and the Reeder ("Cisco") key extension for AES-192/256, next to
the Blumenthal AES-192/256 and plain AES-128 for comparison.

    pysnmp_agent.py PORT [READY_FILE]

Listens on udp 127.0.0.1:PORT (exits 1 if the port is taken), writes
READY_FILE once the socket is bound, and serves fixed values only:
    .1.3.6.1.4.1.99999.7.1.0  OCTET STRING  "pysnmp-test"
    .1.3.6.1.4.1.99999.7.2.0  INTEGER       4242
    .1.3.6.1.4.1.99999.7.3.0  Counter64     18446744073709551615
    .1.3.6.1.4.1.99999.7.4.0  OCTET STRING  00 01 02 ff (Hex-STRING)
Users (auth passphrase authpass123, priv passphrase privpass456; the view
is .1.3.6.1.4.1.99999.7 for reading and writing):
    pnoauth       noAuthNoPriv
    pSHA          SHA           -
    pSHA3DES      SHA           3DES
    pMD53DES      MD5           3DES
    pSHA2563DES   SHA-256       3DES
    pSHAAES       SHA           AES-128
    pSHAAES192    SHA           AES-192 (Blumenthal)
    pSHAAES256    SHA           AES-256 (Blumenthal)
    pSHAAES192C   SHA           AES-192 (Reeder, Net-SNMP's AES-192-C)
    pSHAAES256C   SHA           AES-256 (Reeder, Net-SNMP's AES-256-C)
    pMD5AES256C   MD5           AES-256 (Reeder)
    pSHA512AES256C SHA-512      AES-256 (Reeder)
The engineID is fixed: 0x80001f8880a1b2c3d4e5f60718.
"""

import sys

from pysnmp.carrier.asyncore.dgram import udp
from pysnmp.entity import config, engine
from pysnmp.entity.rfc3413 import cmdrsp, context
from pysnmp.proto.api import v2c

ENGINE_ID = "80001f8880a1b2c3d4e5f60718"
AUTHPASS = "authpass123"
PRIVPASS = "privpass456"
SUBTREE = (1, 3, 6, 1, 4, 1, 99999, 7)

A_MD5 = config.usmHMACMD5AuthProtocol
A_SHA = config.usmHMACSHAAuthProtocol
A_SHA256 = config.usmHMAC192SHA256AuthProtocol
A_SHA512 = config.usmHMAC384SHA512AuthProtocol

USERS = [
    ("pSHA", A_SHA, None),
    ("pSHA3DES", A_SHA, config.usm3DESEDEPrivProtocol),
    ("pMD53DES", A_MD5, config.usm3DESEDEPrivProtocol),
    ("pSHA2563DES", A_SHA256, config.usm3DESEDEPrivProtocol),
    ("pSHAAES", A_SHA, config.usmAesCfb128Protocol),
    ("pSHAAES192", A_SHA, config.usmAesBlumenthalCfb192Protocol),
    ("pSHAAES256", A_SHA, config.usmAesBlumenthalCfb256Protocol),
    ("pSHAAES192C", A_SHA, config.usmAesCfb192Protocol),
    ("pSHAAES256C", A_SHA, config.usmAesCfb256Protocol),
    ("pMD5AES256C", A_MD5, config.usmAesCfb256Protocol),
    ("pSHA512AES256C", A_SHA512, config.usmAesCfb256Protocol),
]


def add_users(snmp_engine):
    config.addV3User(snmp_engine, "pnoauth")
    config.addVacmUser(snmp_engine, 3, "pnoauth", "noAuthNoPriv",
                       SUBTREE, SUBTREE)
    for name, auth, priv in USERS:
        if priv is None:
            config.addV3User(snmp_engine, name, auth, AUTHPASS)
            level = "authNoPriv"
        else:
            config.addV3User(snmp_engine, name, auth, AUTHPASS,
                             priv, PRIVPASS)
            level = "authPriv"
        config.addVacmUser(snmp_engine, 3, name, level, SUBTREE, SUBTREE)


def add_objects(snmp_context):
    """Export fixed read-only scalars under SUBTREE."""
    builder = snmp_context.getMibInstrum().getMibBuilder()
    scalar, instance = builder.importSymbols(
        "SNMPv2-SMI", "MibScalar", "MibScalarInstance")
    values = [
        (1, v2c.OctetString("pysnmp-test")),
        (2, v2c.Integer(4242)),
        (3, v2c.Counter64(18446744073709551615)),
        (4, v2c.OctetString(hexValue="000102ff")),
    ]
    symbols = {}
    for sub, value in values:
        oid = SUBTREE + (sub,)
        symbols["pkScalar%d" % sub] = scalar(oid, value.clone())
        symbols["pkInstance%d" % sub] = instance(oid, (0,), value)
    builder.exportSymbols("__PYSNMP_TEST_MIB", **symbols)


def main():
    if len(sys.argv) not in (2, 3):
        sys.stderr.write("usage: pysnmp_agent.py PORT [READY_FILE]\n")
        return 2
    port = int(sys.argv[1])
    snmp_engine = engine.SnmpEngine(
        snmpEngineID=v2c.OctetString(hexValue=ENGINE_ID))
    try:
        transport = udp.UdpTransport().openServerMode(("127.0.0.1", port))
    except Exception as exc:  # the port is taken: the caller retries
        sys.stderr.write("pysnmp_agent: cannot bind %d: %s\n" % (port, exc))
        return 1
    config.addTransport(snmp_engine, udp.domainName, transport)
    add_users(snmp_engine)
    snmp_context = context.SnmpContext(snmp_engine)
    add_objects(snmp_context)
    cmdrsp.GetCommandResponder(snmp_engine, snmp_context)
    cmdrsp.NextCommandResponder(snmp_engine, snmp_context)
    cmdrsp.BulkCommandResponder(snmp_engine, snmp_context)
    if len(sys.argv) == 3:
        with open(sys.argv[2], "w") as ready:
            ready.write("%d\n" % port)
    snmp_engine.transportDispatcher.jobStarted(1)
    try:
        snmp_engine.transportDispatcher.runDispatcher()
    finally:
        snmp_engine.transportDispatcher.closeDispatcher()
    return 0


if __name__ == "__main__":
    sys.exit(main())
