/* crypto.h - USM key derivation, authentication and privacy (internal to
 * libcore).  All cryptography goes through OpenSSL's EVP interface in
 * keys.c, auth.c and priv.c, with libcrypto loaded on first use (ossl.h);
 * nothing else includes <openssl/...>.  When libcrypto cannot be loaded
 * these calls fail with SK_ERR_GENERIC ("cannot load libcrypto: ...").
 * Keys and plaintext are wiped with sk_crypto_wipe when done. */
#ifndef SK_SEC_CRYPTO_H
#define SK_SEC_CRYPTO_H

#include <stddef.h>
#include <stdint.h>

#include "base/err.h"
#include "sec/sec.h"

#define SK_KEY_MAX 64        /* longest hash output (SHA-512) */
#define SK_MAC_MAX 48        /* longest truncated MAC (HMAC-SHA-512) */
#define SK_PRIV_PARAMS_LEN 8 /* msgPrivacyParameters: salt / IV part */

/* Length of msgAuthenticationParameters (12, 12, 16, 24, 32, 48). */
size_t sk_auth_mac_len(enum sk_auth_proto proto);

/* RFC 3414 A.2 password-to-key (1 MiB of repeated PASS hashed with
 * PROTO) into KU (SK_KEY_MAX bytes); *KULEN = sk_auth_key_len.  Fails
 * with SK_ERR_BAD_VALUE for an empty password. */
int sk_keys_password_to_key(enum sk_auth_proto proto, const char *pass,
                            size_t passlen, uint8_t *ku, size_t *kulen,
                            struct sk_error *err);

/* RFC 3414 A.2 key localisation: Kul = H(Ku || engineID || Ku). */
int sk_keys_localize(enum sk_auth_proto proto, const uint8_t *ku,
                     size_t kulen, const uint8_t *engine_id, size_t idlen,
                     uint8_t *kul, size_t *kullen, struct sk_error *err);

/* The localized privacy key for PRIV from KU (the privacy master key,
 * made with the *auth* hash) and the engine ID, extended to
 * sk_priv_key_len(PRIV) when the hash is too short: Blumenthal for
 * AES192/AES256, Reeder for 3DES, AES192C and AES256C, exactly as
 * Net-SNMP (and pysnmp) compute them.  OUT holds SK_KEY_MAX bytes. */
int sk_keys_priv_key(enum sk_auth_proto auth, enum sk_priv_proto priv,
                     const uint8_t *ku, size_t kulen,
                     const uint8_t *engine_id, size_t idlen, uint8_t *out,
                     size_t *outlen, struct sk_error *err);
/* The same from an already localized key KUL (-3K): only the extension. */
int sk_keys_priv_extend(enum sk_auth_proto auth, enum sk_priv_proto priv,
                        const uint8_t *kul, size_t kullen,
                        const uint8_t *engine_id, size_t idlen,
                        uint8_t *out, size_t *outlen, struct sk_error *err);

/* HMAC of MSG with the localized KEY; writes sk_auth_mac_len(PROTO)
 * bytes (the truncated MAC) to MAC. */
int sk_auth_mac(enum sk_auth_proto proto, const uint8_t *key, size_t keylen,
                const uint8_t *msg, size_t len, uint8_t *mac,
                struct sk_error *err);

/* Encrypt the scopedPDU IN for PRIV (RFC 3414 8.1.1 DES, RFC 3826 AES,
 * Reeder 3DES).  SALT is the sender's running counter (64-bit for AES,
 * 32-bit used with BOOTS for DES/3DES); PARAMS receives the 8-byte
 * msgPrivacyParameters.  OUT needs INLEN + 8 bytes (DES padding);
 * *OUTLEN is set. */
int sk_priv_encrypt(enum sk_priv_proto priv, const uint8_t *key,
                    size_t keylen, uint32_t boots, uint32_t time,
                    uint64_t salt, const uint8_t *in, size_t inlen,
                    uint8_t *out, size_t *outlen, uint8_t *params,
                    struct sk_error *err);
/* Decrypt; SK_ERR_DECRYPTION on a bad length or parameters. */
int sk_priv_decrypt(enum sk_priv_proto priv, const uint8_t *key,
                    size_t keylen, uint32_t boots, uint32_t time,
                    const uint8_t *params, size_t paramslen,
                    const uint8_t *in, size_t inlen, uint8_t *out,
                    size_t *outlen, struct sk_error *err);

/* Wipe N bytes at P so the compiler cannot drop it (explicit_bzero; it
 * never loads libcrypto). */
void sk_crypto_wipe(void *p, size_t n);

#endif
