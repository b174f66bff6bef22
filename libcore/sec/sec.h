/* sec.h - the SNMPv3 User-based Security Model choices that apps name:
 * authentication and privacy protocols and security levels, with the
 * spellings Net-SNMP 5.9 accepts. */
#ifndef SK_SEC_SEC_H
#define SK_SEC_SEC_H

#include <stddef.h>
#include <stdint.h>

enum sk_sec_level {
    SK_SEC_NOAUTH = 1,  /* noAuthNoPriv */
    SK_SEC_AUTH = 2,    /* authNoPriv */
    SK_SEC_PRIV = 3,    /* authPriv */
};

enum sk_auth_proto {
    SK_AUTH_NONE = 0,
    SK_AUTH_MD5,        /* HMAC-MD5-96, RFC 3414 */
    SK_AUTH_SHA1,       /* HMAC-SHA-96, RFC 3414 */
    SK_AUTH_SHA224,     /* HMAC-SHA-224 (128-bit MAC), RFC 7860 */
    SK_AUTH_SHA256,     /* HMAC-SHA-256 (192-bit MAC) */
    SK_AUTH_SHA384,     /* HMAC-SHA-384 (256-bit MAC) */
    SK_AUTH_SHA512,     /* HMAC-SHA-512 (384-bit MAC) */
};

enum sk_priv_proto {
    SK_PRIV_NONE = 0,
    SK_PRIV_DES,        /* CBC-DES, RFC 3414 */
    SK_PRIV_3DES,       /* 3DES-EDE-CBC, draft-reeder-snmpv3-usm-3desede */
    SK_PRIV_AES128,     /* AES-128-CFB, RFC 3826 */
    SK_PRIV_AES192,     /* AES-192-CFB, Blumenthal key extension
                           (Net-SNMP "AES-192") */
    SK_PRIV_AES256,     /* AES-256-CFB, Blumenthal ("AES-256") */
    SK_PRIV_AES192C,    /* AES-192-CFB, Reeder/Cisco key extension
                           (Net-SNMP "AES-192-C") */
    SK_PRIV_AES256C,    /* AES-256-CFB, Reeder/Cisco ("AES-256-C") */
};

/* Net-SNMP's names, case-insensitive: "MD5", "SHA", "SHA-1", "SHA1",
 * "SHA-224", "SHA224", ... "SHA512".  Returns SK_AUTH_NONE if unknown. */
enum sk_auth_proto sk_auth_proto_parse(const char *name);
/* "DES", "3DES" (ours; Net-SNMP 5.9.3 lacks it), "AES", "AES-128",
 * "AES128", "AES-192", "AES192", "AES-256", "AES256", "AES-192-C",
 * "AES192C", "AES-256-C", "AES256C".  SK_PRIV_NONE if unknown. */
enum sk_priv_proto sk_priv_proto_parse(const char *name);
/* "noAuthNoPriv"/"1"/"nanp", "authNoPriv"/"2"/"anp", "authPriv"/"3"/"ap",
 * case-insensitive; 0 if unknown. */
int sk_sec_level_parse(const char *name);

/* Hash output length of PROTO (16, 20, 28, 32, 48, 64), 0 for NONE. */
size_t sk_auth_key_len(enum sk_auth_proto proto);
/* Key length PRIV needs (DES 16 = key+pre-IV, 3DES 32, AES 16/24/32). */
size_t sk_priv_key_len(enum sk_priv_proto priv);

/* How a secret of createUser is given: a passphrase, the master key
 * Ku (-m) or the key already localized, Kul (-l). */
enum sk_usm_secret { SK_USM_PASSWORD, SK_USM_MASTER, SK_USM_LOCALIZED };

struct sk_usm_user_spec {
    const uint8_t *engine_id;           /* NULL/0: the local engine */
    size_t engine_id_len;
    const char *name;
    enum sk_auth_proto auth;            /* NONE: noAuthNoPriv only */
    enum sk_usm_secret auth_kind;
    const uint8_t *auth_secret;
    size_t auth_secret_len;
    enum sk_priv_proto priv;            /* NONE: no privacy */
    enum sk_usm_secret priv_kind;
    const uint8_t *priv_secret;
    size_t priv_secret_len;
};

#endif
