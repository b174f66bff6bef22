/* auth.c - USM message authentication: HMAC-MD5-96 and HMAC-SHA-96
 * (RFC 3414 sections 6 and 7) and the HMAC-SHA-2 family (RFC 7860
 * section 4.2), through OpenSSL 3's EVP_MAC interface (loaded on first
 * use, ossl.h).
 *
 * Every protocol is HMAC over the whole message with the localized key,
 * truncated to the length of msgAuthenticationParameters. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "sec/crypto.h"
#include "sec/ossl.h"

/* What each protocol needs: the digest OpenSSL knows it by, the hash
 * (and localized key) length, and the truncated MAC length.  RFC 3414
 * keeps 96 bits of MD5/SHA-1; RFC 7860 4.2.1 keeps 128/192/256/384. */
struct auth_info {
    const char *digest;
    size_t key_len;
    size_t mac_len;
};

static const struct auth_info *auth_info(enum sk_auth_proto proto)
{
    static const struct auth_info table[] = {
        [SK_AUTH_MD5] = {"MD5", 16, 12},
        [SK_AUTH_SHA1] = {"SHA1", 20, 12},
        [SK_AUTH_SHA224] = {"SHA2-224", 28, 16},
        [SK_AUTH_SHA256] = {"SHA2-256", 32, 24},
        [SK_AUTH_SHA384] = {"SHA2-384", 48, 32},
        [SK_AUTH_SHA512] = {"SHA2-512", 64, 48},
    };

    if (proto <= SK_AUTH_NONE || proto > SK_AUTH_SHA512) {
        return NULL;
    }
    return &table[proto];
}

size_t sk_auth_key_len(enum sk_auth_proto proto)
{
    const struct auth_info *ai = auth_info(proto);

    return ai != NULL ? ai->key_len : 0;
}

size_t sk_auth_mac_len(enum sk_auth_proto proto)
{
    const struct auth_info *ai = auth_info(proto);

    return ai != NULL ? ai->mac_len : 0;
}

/* Full HMAC of MSG under KEY with digest NAME into FULL (SK_KEY_MAX). */
static int hmac_full(const struct sk_ossl *lib, const char *name,
                     const uint8_t *key, size_t keylen, const uint8_t *msg,
                     size_t len, uint8_t *full, size_t *fulllen)
{
    EVP_MAC *mac;
    EVP_MAC_CTX *ctx = NULL;
    OSSL_PARAM params[2];
    int ok = 0;

    mac = lib->EVP_MAC_fetch(NULL, "HMAC", NULL);
    if (mac == NULL) {
        return -1;
    }
    ctx = lib->EVP_MAC_CTX_new(mac);
    params[0] = lib->OSSL_PARAM_construct_utf8_string(
        OSSL_MAC_PARAM_DIGEST, (char *)name, 0);
    params[1] = lib->OSSL_PARAM_construct_end();
    if (ctx != NULL && lib->EVP_MAC_init(ctx, key, keylen, params) == 1) {
        ok = (len == 0 || lib->EVP_MAC_update(ctx, msg, len) == 1) &&
             lib->EVP_MAC_final(ctx, full, fulllen, SK_KEY_MAX) == 1;
    }
    lib->EVP_MAC_CTX_free(ctx);
    lib->EVP_MAC_free(mac);
    return ok ? 0 : -1;
}

int sk_auth_mac(enum sk_auth_proto proto, const uint8_t *key, size_t keylen,
                const uint8_t *msg, size_t len, uint8_t *mac,
                struct sk_error *err)
{
    const struct auth_info *ai = auth_info(proto);
    const struct sk_ossl *lib;
    uint8_t full[SK_KEY_MAX];
    size_t fulllen = 0;
    int rc;

    if (ai == NULL) {
        return sk_error_set(err, SK_ERR_NOT_SUPPORTED,
                            "unknown authentication protocol");
    }
    /* A localized key is exactly one hash long (RFC 3414 A.2); like
     * Net-SNMP we refuse a shorter one rather than pad it. */
    if (key == NULL || keylen < ai->key_len || keylen > SK_KEY_MAX) {
        return sk_error_set(err, SK_ERR_BAD_VALUE,
                            "authentication key length %zu, want %zu",
                            keylen, ai->key_len);
    }
    if (msg == NULL && len != 0) {
        return sk_error_set(err, SK_ERR_BAD_VALUE, "no message");
    }
    lib = sk_ossl(err);
    if (lib == NULL) {
        return -1;
    }
    rc = hmac_full(lib, ai->digest, key, keylen, msg, len, full, &fulllen);
    if (rc != 0 || fulllen != ai->key_len) {
        sk_crypto_wipe(full, sizeof full);
        return sk_error_set(err, SK_ERR_GENERIC, "HMAC-%s failed",
                            ai->digest);
    }
    memcpy(mac, full, ai->mac_len);
    sk_crypto_wipe(full, sizeof full);
    return 0;
}
