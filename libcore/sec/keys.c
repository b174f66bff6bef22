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

#include "sec/crypto.h"
#include "sec/ossl.h"

#define P2K_TOTAL 1048576u /* RFC 3414 A.2.1: one megabyte of password */
#define P2K_BLOCK 64u      /* fed to the hash 64 octets at a time */

/* Not OPENSSL_cleanse: keys are wiped on paths that never load
 * libcrypto (freeing a v3 session that failed before its first hash,
 * snmptrapd's user table).  glibc's explicit_bzero is the same
 * guarantee, a store the compiler may not drop. */
void sk_crypto_wipe(void *p, size_t n)
{
    if (p != NULL && n > 0) {
        explicit_bzero(p, n);
    }
}

/* The hash behind PROTO; NULL for NONE or an unknown value. */
static const EVP_MD *md_of(const struct sk_ossl *lib,
                           enum sk_auth_proto proto)
{
    switch (proto) {
    case SK_AUTH_MD5:
        return lib->EVP_md5();
    case SK_AUTH_SHA1:
        return lib->EVP_sha1();
    case SK_AUTH_SHA224:
        return lib->EVP_sha224();
    case SK_AUTH_SHA256:
        return lib->EVP_sha256();
    case SK_AUTH_SHA384:
        return lib->EVP_sha384();
    case SK_AUTH_SHA512:
        return lib->EVP_sha512();
    case SK_AUTH_NONE:
        break;
    }
    return NULL;
}

/* A USM hash as the helpers below need it: the loaded library, the
 * digest, and its output length (= the key length, RFC 3414 A.2). */
struct hash {
    const struct sk_ossl *lib;
    const EVP_MD *md;
    size_t len;
};

/* Fill H for PROTO, loading libcrypto; -1 with an error in ERR.  The
 * protocol is checked before the load so that a bad argument is
 * reported as such even without libcrypto. */
static int hash_of(enum sk_auth_proto proto, struct hash *h,
                   struct sk_error *err)
{
    h->lib = NULL;
    h->md = NULL;
    h->len = sk_auth_key_len(proto);
    if (h->len != 0) {
        h->lib = sk_ossl(err);
        if (h->lib == NULL) {
            return -1;
        }
        h->md = md_of(h->lib, proto);
    }
    if (h->md == NULL || (size_t)h->lib->EVP_MD_get_size(h->md) != h->len) {
        sk_error_set(err, SK_ERR_NOT_SUPPORTED,
                     "unknown authentication protocol");
        return -1;
    }
    return 0;
}

/* OUT = H(A || B || A) with B optional; the localisation step. */
static int hash3(const struct hash *h, const uint8_t *a, size_t alen,
                 const uint8_t *b, size_t blen, uint8_t *out)
{
    const struct sk_ossl *lib = h->lib;
    EVP_MD_CTX *ctx = lib->EVP_MD_CTX_new();
    unsigned int olen = 0;
    int ok;

    if (ctx == NULL) {
        return -1;
    }
    ok = lib->EVP_DigestInit_ex(ctx, h->md, NULL) == 1 &&
         lib->EVP_DigestUpdate(ctx, a, alen) == 1 &&
         (blen == 0 || lib->EVP_DigestUpdate(ctx, b, blen) == 1) &&
         lib->EVP_DigestUpdate(ctx, a, alen) == 1 &&
         lib->EVP_DigestFinal_ex(ctx, out, &olen) == 1;
    lib->EVP_MD_CTX_free(ctx);
    return ok ? 0 : -1;
}

/* RFC 3414 A.2.1/A.2.2: hash 1 MiB of PASS repeated, cut in 64-octet
 * blocks.  PASS is non-empty; OUT gets the digest. */
static int p2k(const struct hash *h, const uint8_t *pass, size_t passlen,
               uint8_t *out)
{
    const struct sk_ossl *lib = h->lib;
    EVP_MD_CTX *ctx = lib->EVP_MD_CTX_new();
    uint8_t block[P2K_BLOCK];
    size_t pos = 0;
    unsigned int olen = 0;
    int ok;

    if (ctx == NULL) {
        return -1;
    }
    ok = lib->EVP_DigestInit_ex(ctx, h->md, NULL) == 1;
    for (size_t done = 0; ok && done < P2K_TOTAL; done += P2K_BLOCK) {
        for (size_t i = 0; i < P2K_BLOCK; i++) {
            block[i] = pass[pos];
            pos = pos + 1 == passlen ? 0 : pos + 1;
        }
        ok = lib->EVP_DigestUpdate(ctx, block, P2K_BLOCK) == 1;
    }
    ok = ok && lib->EVP_DigestFinal_ex(ctx, out, &olen) == 1;
    lib->EVP_MD_CTX_free(ctx);
    sk_crypto_wipe(block, sizeof block);
    return ok ? 0 : -1;
}

int sk_keys_password_to_key(enum sk_auth_proto proto, const char *pass,
                            size_t passlen, uint8_t *ku, size_t *kulen,
                            struct sk_error *err)
{
    struct hash h;

    if (hash_of(proto, &h, err) < 0) {
        return -1;
    }
    if (pass == NULL || passlen == 0) {
        return sk_error_set(err, SK_ERR_BAD_VALUE, "empty passphrase");
    }
    if (p2k(&h, (const uint8_t *)pass, passlen, ku) != 0) {
        sk_crypto_wipe(ku, SK_KEY_MAX);
        return sk_error_set(err, SK_ERR_GENERIC, "password-to-key failed");
    }
    *kulen = h.len;
    return 0;
}

int sk_keys_localize(enum sk_auth_proto proto, const uint8_t *ku,
                     size_t kulen, const uint8_t *engine_id, size_t idlen,
                     uint8_t *kul, size_t *kullen, struct sk_error *err)
{
    struct hash h;

    if (hash_of(proto, &h, err) < 0) {
        return -1;
    }
    /* Net-SNMP's generate_kul: Ku must be at least one hash long (only
     * that much is used), and the engine ID must not be empty. */
    if (ku == NULL || kulen < h.len) {
        return sk_error_set(err, SK_ERR_BAD_VALUE,
                            "master key length %zu, want %zu", kulen, h.len);
    }
    if (engine_id == NULL || idlen == 0) {
        return sk_error_set(err, SK_ERR_BAD_VALUE, "empty engine ID");
    }
    if (hash3(&h, ku, h.len, engine_id, idlen, kul) != 0) {
        sk_crypto_wipe(kul, SK_KEY_MAX);
        return sk_error_set(err, SK_ERR_GENERIC, "key localisation failed");
    }
    *kullen = h.len;
    return 0;
}

/* Blumenthal step: append H(KEY[0..*LEN]) (at most NEED - *LEN bytes). */
static int extend_blumenthal(const struct hash *h, uint8_t *key,
                             size_t *len, size_t need)
{
    uint8_t d[SK_KEY_MAX];
    size_t take = need - *len < h->len ? need - *len : h->len;
    int rc = -1;

    if (h->lib->EVP_Digest(key, *len, d, NULL, h->md, NULL) == 1) {
        memcpy(key + *len, d, take);
        *len += take;
        rc = 0;
    }
    sk_crypto_wipe(d, sizeof d);
    return rc;
}

/* Reeder step: append localize(P2K(KEY[0..*LEN]), ENGINE). */
static int extend_reeder(const struct hash *h, uint8_t *key, size_t *len,
                         size_t need, const uint8_t *engine_id, size_t idlen)
{
    uint8_t ku[SK_KEY_MAX], kul[SK_KEY_MAX];
    size_t take = need - *len < h->len ? need - *len : h->len;
    int rc = p2k(h, key, *len, ku);

    if (rc == 0) {
        rc = hash3(h, ku, h->len, engine_id, idlen, kul);
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
    size_t len, need = sk_priv_key_len(priv);
    struct hash h;
    int scheme = scheme_of(priv), rc = 0;

    if (hash_of(auth, &h, err) < 0) {
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
            rc = extend_blumenthal(&h, key, &len, need);
        } else {
            rc = extend_reeder(&h, key, &len, need, engine_id, idlen);
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
