/* keys.c - USM key derivation: RFC 3414 A.2 password-to-key and key
 * localisation (with the SHA-2 hashes of RFC 7860 section 9.3), and
 * the two ways privacy keys longer than the hash are made:
 *
 *   Blumenthal (draft-blumenthal-aes-usm-04 3.1.2.1, Net-SNMP "AES-192"
 *   and "AES-256"): Kul = Kul || H(Kul), repeated over the growing key.
 *
 *   Reeder (draft-reeder-snmpv3-usm-3desede 2.1, used for 3DES and for
 *   Net-SNMP's "AES-192-C"/"AES-256-C"): Kul = Kul || localize(P2K(Kul)),
 *   i.e. the localized key so far is run through password-to-key as if it
 *   were a passphrase, localized to the same engine, and appended.
 *
 * Both work on the localized key only (never the password), so the same
 * code serves -3X/-X passphrases and -3K localized keys.  They match
 * Net-SNMP 5.9 keytools.c and pysnmp 4.4 eso/priv. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "sec/crypto.h"

#define P2K_TOTAL 1048576u /* RFC 3414 A.2.1: one megabyte of password */
#define P2K_BLOCK 64u      /* fed to the hash 64 octets at a time */

void sk_crypto_wipe(void *p, size_t n)
{
    if (p != NULL && n > 0) {
        OPENSSL_cleanse(p, n);
    }
}

/* The hash behind PROTO; NULL for NONE or an unknown value. */
static const EVP_MD *md_of(enum sk_auth_proto proto)
{
    switch (proto) {
    case SK_AUTH_MD5:
        return EVP_md5();
    case SK_AUTH_SHA1:
        return EVP_sha1();
    case SK_AUTH_SHA224:
        return EVP_sha224();
    case SK_AUTH_SHA256:
        return EVP_sha256();
    case SK_AUTH_SHA384:
        return EVP_sha384();
    case SK_AUTH_SHA512:
        return EVP_sha512();
    case SK_AUTH_NONE:
        break;
    }
    return NULL;
}

/* The hash of PROTO and its length, or an error in ERR. */
static const EVP_MD *md_check(enum sk_auth_proto proto, size_t *hlen,
                              struct sk_error *err)
{
    const EVP_MD *md = md_of(proto);

    *hlen = sk_auth_key_len(proto);
    if (md == NULL || *hlen == 0 || (size_t)EVP_MD_get_size(md) != *hlen) {
        sk_error_set(err, SK_ERR_NOT_SUPPORTED,
                     "unknown authentication protocol");
        return NULL;
    }
    return md;
}

/* OUT = H(A || B || A) with B optional; the localisation step. */
static int hash3(const EVP_MD *md, const uint8_t *a, size_t alen,
                 const uint8_t *b, size_t blen, uint8_t *out)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    unsigned int olen = 0;
    int ok;

    if (ctx == NULL) {
        return -1;
    }
    ok = EVP_DigestInit_ex(ctx, md, NULL) == 1 &&
         EVP_DigestUpdate(ctx, a, alen) == 1 &&
         (blen == 0 || EVP_DigestUpdate(ctx, b, blen) == 1) &&
         EVP_DigestUpdate(ctx, a, alen) == 1 &&
         EVP_DigestFinal_ex(ctx, out, &olen) == 1;
    EVP_MD_CTX_free(ctx);
    return ok ? 0 : -1;
}

/* RFC 3414 A.2.1/A.2.2: hash 1 MiB of PASS repeated, cut in 64-octet
 * blocks.  PASS is non-empty; OUT gets the digest. */
static int p2k(const EVP_MD *md, const uint8_t *pass, size_t passlen,
               uint8_t *out)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    uint8_t block[P2K_BLOCK];
    size_t pos = 0;
    unsigned int olen = 0;
    int ok;

    if (ctx == NULL) {
        return -1;
    }
    ok = EVP_DigestInit_ex(ctx, md, NULL) == 1;
    for (size_t done = 0; ok && done < P2K_TOTAL; done += P2K_BLOCK) {
        for (size_t i = 0; i < P2K_BLOCK; i++) {
            block[i] = pass[pos];
            pos = pos + 1 == passlen ? 0 : pos + 1;
        }
        ok = EVP_DigestUpdate(ctx, block, P2K_BLOCK) == 1;
    }
    ok = ok && EVP_DigestFinal_ex(ctx, out, &olen) == 1;
    EVP_MD_CTX_free(ctx);
    sk_crypto_wipe(block, sizeof block);
    return ok ? 0 : -1;
}

int sk_keys_password_to_key(enum sk_auth_proto proto, const char *pass,
                            size_t passlen, uint8_t *ku, size_t *kulen,
                            struct sk_error *err)
{
    size_t hlen;
    const EVP_MD *md = md_check(proto, &hlen, err);

    if (md == NULL) {
        return -1;
    }
    if (pass == NULL || passlen == 0) {
        return sk_error_set(err, SK_ERR_BAD_VALUE, "empty passphrase");
    }
    if (p2k(md, (const uint8_t *)pass, passlen, ku) != 0) {
        sk_crypto_wipe(ku, SK_KEY_MAX);
        return sk_error_set(err, SK_ERR_GENERIC, "password-to-key failed");
    }
    *kulen = hlen;
    return 0;
}

int sk_keys_localize(enum sk_auth_proto proto, const uint8_t *ku,
                     size_t kulen, const uint8_t *engine_id, size_t idlen,
                     uint8_t *kul, size_t *kullen, struct sk_error *err)
{
    size_t hlen;
    const EVP_MD *md = md_check(proto, &hlen, err);

    if (md == NULL) {
        return -1;
    }
    /* Net-SNMP's generate_kul: Ku must be at least one hash long (only
     * that much is used), and the engine ID must not be empty. */
    if (ku == NULL || kulen < hlen) {
        return sk_error_set(err, SK_ERR_BAD_VALUE,
                            "master key length %zu, want %zu", kulen, hlen);
    }
    if (engine_id == NULL || idlen == 0) {
        return sk_error_set(err, SK_ERR_BAD_VALUE, "empty engine ID");
    }
    if (hash3(md, ku, hlen, engine_id, idlen, kul) != 0) {
        sk_crypto_wipe(kul, SK_KEY_MAX);
        return sk_error_set(err, SK_ERR_GENERIC, "key localisation failed");
    }
    *kullen = hlen;
    return 0;
}

/* Blumenthal step: append H(KEY[0..*LEN]) (at most NEED - *LEN bytes). */
static int extend_blumenthal(const EVP_MD *md, size_t hlen, uint8_t *key,
                             size_t *len, size_t need)
{
    uint8_t h[SK_KEY_MAX];
    size_t take = need - *len < hlen ? need - *len : hlen;
    int rc = EVP_Digest(key, *len, h, NULL, md, NULL) == 1 ? 0 : -1;

    if (rc == 0) {
        memcpy(key + *len, h, take);
        *len += take;
    }
    sk_crypto_wipe(h, sizeof h);
    return rc;
}

/* Reeder step: append localize(P2K(KEY[0..*LEN]), ENGINE). */
static int extend_reeder(const EVP_MD *md, size_t hlen, uint8_t *key,
                         size_t *len, size_t need, const uint8_t *engine_id,
                         size_t idlen)
{
    uint8_t ku[SK_KEY_MAX], kul[SK_KEY_MAX];
    size_t take = need - *len < hlen ? need - *len : hlen;
    int rc = p2k(md, key, *len, ku);

    if (rc == 0) {
        rc = hash3(md, ku, hlen, engine_id, idlen, kul);
    }
    if (rc == 0) {
        memcpy(key + *len, kul, take);
        *len += take;
    }
    sk_crypto_wipe(ku, sizeof ku);
    sk_crypto_wipe(kul, sizeof kul);
    return rc;
}

/* Which extension PRIV uses: 'B'lumenthal, 'R'eeder, or 0 for none. */
static int scheme_of(enum sk_priv_proto priv)
{
    switch (priv) {
    case SK_PRIV_AES192:
    case SK_PRIV_AES256:
        return 'B';
    case SK_PRIV_3DES:
    case SK_PRIV_AES192C:
    case SK_PRIV_AES256C:
        return 'R';
    default:
        return 0;
    }
}

int sk_keys_priv_extend(enum sk_auth_proto auth, enum sk_priv_proto priv,
                        const uint8_t *kul, size_t kullen,
                        const uint8_t *engine_id, size_t idlen,
                        uint8_t *out, size_t *outlen, struct sk_error *err)
{
    uint8_t key[2 * SK_KEY_MAX];
    size_t hlen, len, need = sk_priv_key_len(priv);
    const EVP_MD *md = md_check(auth, &hlen, err);
    int scheme = scheme_of(priv), rc = 0;

    if (md == NULL) {
        return -1;
    }
    if (need == 0) {
        return sk_error_set(err, SK_ERR_NOT_SUPPORTED,
                            "unknown privacy protocol");
    }
    if (kul == NULL || kullen == 0 || kullen > SK_KEY_MAX ||
        (kullen < need && scheme == 0)) {
        return sk_error_set(err, SK_ERR_BAD_VALUE,
                            "privacy key length %zu, want %zu", kullen, need);
    }
    if (kullen < need && scheme == 'R' && (engine_id == NULL || idlen == 0)) {
        return sk_error_set(err, SK_ERR_BAD_VALUE, "empty engine ID");
    }
    memcpy(key, kul, kullen);
    len = kullen;
    while (rc == 0 && len < need) {
        if (scheme == 'B') {
            rc = extend_blumenthal(md, hlen, key, &len, need);
        } else {
            rc = extend_reeder(md, hlen, key, &len, need, engine_id, idlen);
        }
    }
    if (rc == 0) {
        memcpy(out, key, need);
        *outlen = need;
    }
    sk_crypto_wipe(key, sizeof key);
    if (rc != 0) {
        return sk_error_set(err, SK_ERR_GENERIC, "key extension failed");
    }
    return 0;
}

int sk_keys_priv_key(enum sk_auth_proto auth, enum sk_priv_proto priv,
                     const uint8_t *ku, size_t kulen,
                     const uint8_t *engine_id, size_t idlen, uint8_t *out,
                     size_t *outlen, struct sk_error *err)
{
    uint8_t kul[SK_KEY_MAX];
    size_t kullen = 0;
    int rc;

    if (sk_priv_key_len(priv) == 0) {
        return sk_error_set(err, SK_ERR_NOT_SUPPORTED,
                            "unknown privacy protocol");
    }
    rc = sk_keys_localize(auth, ku, kulen, engine_id, idlen, kul, &kullen,
                          err);
    if (rc == 0) {
        rc = sk_keys_priv_extend(auth, priv, kul, kullen, engine_id, idlen,
                                 out, outlen, err);
    }
    sk_crypto_wipe(kul, sizeof kul);
    return rc;
}
