#!/usr/bin/python3
"""pysnmp_keys.py AUTH PRIV PASSWORD ENGINEID-HEX

The second implementation for tests/cli/keys.bats: prints what
tests/unit/keytool prints -- the localized authentication key and the
localized (extended) privacy key, one hex line each -- computed with
Debian's python3-pysnmp4 (pysnmp 4.4).  Needs Debian's python3, not a
pyenv one, since python3-pysnmp4 lives in /usr/lib/python3.
"""
import sys

from pyasn1.type import univ
# pysnmp 4.4's modules import each other in a circle: load the USM
# service first, as pysnmp itself does, and the rest resolves.
import pysnmp.proto.secmod.rfc3414  # noqa: F401  pylint: disable=W0611
from pysnmp.proto.secmod.eso.priv import aes192, aes256, des3
from pysnmp.proto.secmod.rfc3414.auth import hmacmd5, hmacsha
from pysnmp.proto.secmod.rfc3414.priv import des
from pysnmp.proto.secmod.rfc3826.priv import aes
from pysnmp.proto.secmod.rfc7860.auth import hmacsha2

SHA2 = hmacsha2.HmacSha2
AUTH = {
    'MD5': (hmacmd5.HmacMd5.serviceID, hmacmd5.HmacMd5),
    'SHA': (hmacsha.HmacSha.serviceID, hmacsha.HmacSha),
    'SHA-224': (SHA2.sha224ServiceID, lambda: SHA2(SHA2.sha224ServiceID)),
    'SHA-256': (SHA2.sha256ServiceID, lambda: SHA2(SHA2.sha256ServiceID)),
    'SHA-384': (SHA2.sha384ServiceID, lambda: SHA2(SHA2.sha384ServiceID)),
    'SHA-512': (SHA2.sha512ServiceID, lambda: SHA2(SHA2.sha512ServiceID)),
}
# pysnmp's names are confusing: AesBlumenthal192/256 are Blumenthal
# (Net-SNMP "AES-192"), Aes192/Aes256 are the Reeder/Cisco variant
# (Net-SNMP "AES-192-C").
PRIV = {
    'DES': des.Des,
    '3DES': des3.Des3,
    'AES': aes.Aes,
    'AES-192': aes192.AesBlumenthal192,
    'AES-256': aes256.AesBlumenthal256,
    'AES-192-C': aes192.Aes192,
    'AES-256-C': aes256.Aes256,
}


def main(argv):
    if len(argv) != 5:
        sys.stderr.write(__doc__)
        return 1
    auth_oid, auth_cls = AUTH[argv[1].upper()]
    priv = PRIV[argv[2].upper()]()
    password = argv[3].encode()
    engine = univ.OctetString(hexValue=argv[4])
    auth = auth_cls()
    auth_key = auth.localizeKey(auth.hashPassphrase(password), engine)
    priv_key = priv.localizeKey(auth_oid,
                                priv.hashPassphrase(auth_oid, password),
                                engine)
    print(bytes(auth_key.asOctets()).hex())
    print(bytes(priv_key.asOctets()).hex())
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
