/* priv.c - USM privacy: CBC-DES (RFC 3414 8.1.1), 3DES-EDE-CBC
 * (draft-reeder-snmpv3-usm-3desede 5.1.1) and AES-CFB-128 with 128, 192
 * and 256-bit keys (RFC 3826 3.1; draft-blumenthal-aes-usm-04), through
 * OpenSSL's EVP cipher interface (loaded on first use, ossl.h).
 *
 * msgPrivacyParameters is always 8 octets: for DES and 3DES the salt
 * engineBoots || counter whose XOR with the key's pre-IV is the IV; for
 * AES the 64-bit counter, with the IV engineBoots || engineTime || salt. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "sec/crypto.h"
#include "sec/ossl.h"

#define BLOCK 8            /* DES and 3DES block size */
#define IV_MAX 16          /* the AES IV is the longest */
#define PRIV_IN_MAX 0x7fff0000u /* EVP counts in int */

/* Single DES lives in OpenSSL 3's legacy provider.  Loading any provider
 * explicitly stops the default one from loading implicitly, so both are
 * loaded, once, the first time DES is wanted.  Process-wide by nature. */
static EVP_CIPHER *des_cipher(const struct sk_ossl *lib)
{
    static int tried;
    static EVP_CIPHER *des;

    if (!tried) {
        tried = 1;
        if (lib->OSSL_PROVIDER_load(NULL, "default") != NULL &&
            lib->OSSL_PROVIDER_load(NULL, "legacy") != NULL) {
            des = lib->EVP_CIPHER_fetch(NULL, "DES-CBC", NULL);
        }
    }
    return des;
}

size_t sk_priv_key_len(enum sk_priv_proto priv)
{
    switch (priv) {
    case SK_PRIV_DES:
        return 16; /* 8-octet key + 8-octet pre-IV (RFC 3414 8.1.1.1) */
    case SK_PRIV_3DES:
        return 32; /* 24-octet key + 8-octet pre-IV (Reeder 5.1.1.1) */
    case SK_PRIV_AES128:
        return 16;
    case SK_PRIV_AES192:
    case SK_PRIV_AES192C:
        return 24;
    case SK_PRIV_AES256:
    case SK_PRIV_AES256C:
        return 32;
    case SK_PRIV_NONE:
        break;
    }
    return 0;
}

/* The cipher for PRIV, or NULL with ERR set. */
static const EVP_CIPHER *cipher_of(const struct sk_ossl *lib,
                                   enum sk_priv_proto priv,
                                   struct sk_error *err)
{
    const EVP_CIPHER *c = NULL;

    switch (priv) {
    case SK_PRIV_DES:
        c = des_cipher(lib);
        if (c == NULL) {
            sk_error_set(err, SK_ERR_NOT_SUPPORTED,
                         "DES needs OpenSSL's legacy provider");
            return NULL;
        }
        return c;
    case SK_PRIV_3DES:
        return lib->EVP_des_ede3_cbc();
    case SK_PRIV_AES128:
        return lib->EVP_aes_128_cfb128();
    case SK_PRIV_AES192:
    case SK_PRIV_AES192C:
        return lib->EVP_aes_192_cfb128();
    case SK_PRIV_AES256:
    case SK_PRIV_AES256C:
        return lib->EVP_aes_256_cfb128();
    case SK_PRIV_NONE:
        break;
    }
    sk_error_set(err, SK_ERR_NOT_SUPPORTED, "unknown privacy protocol");
    return NULL;
}

static int is_cbc(enum sk_priv_proto priv)
{
    return priv == SK_PRIV_DES || priv == SK_PRIV_3DES;
}

static void put32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
}

/* The IV from PARAMS (8 octets) into IV: for CBC the salt XOR the
 * pre-IV stored after the cipher key (RFC 3414 8.1.1.1, Reeder
 * 5.1.1.1.2); for AES boots || time || salt (RFC 3826 3.1.2.1). */
static void make_iv(enum sk_priv_proto priv, const uint8_t *key,
                    uint32_t boots, uint32_t time, const uint8_t *params,
                    uint8_t *iv)
{
    if (is_cbc(priv)) {
        const uint8_t *pre = key + sk_priv_key_len(priv) - BLOCK;

        for (size_t i = 0; i < BLOCK; i++) {
            iv[i] = params[i] ^ pre[i];
        }
        return;
    }
    put32(iv, boots);
    put32(iv + 4, time);
    memcpy(iv + 8, params, SK_PRIV_PARAMS_LEN);
}

/* Run C over IN (LEN bytes), then over TAIL (TAILLEN bytes, may be 0),
 * into OUT; ENC 1 to encrypt.  No EVP padding: USM pads by hand. */
static int run_cipher(const struct sk_ossl *lib, const EVP_CIPHER *c,
                      const uint8_t *key, const uint8_t *iv, int enc,
                      const uint8_t *in, size_t len, const uint8_t *tail,
                      size_t taillen, uint8_t *out, size_t *outlen)
{
    EVP_CIPHER_CTX *ctx = lib->EVP_CIPHER_CTX_new();
    int n1 = 0, n2 = 0, n3 = 0, ok;

    if (ctx == NULL) {
        return -1;
    }
    ok = lib->EVP_CipherInit_ex2(ctx, c, key, iv, enc, NULL) == 1 &&
         lib->EVP_CIPHER_CTX_set_padding(ctx, 0) == 1;
    if (ok && len > 0) {
        ok = lib->EVP_CipherUpdate(ctx, out, &n1, in, (int)len) == 1;
    }
    if (ok && taillen > 0) {
        ok = lib->EVP_CipherUpdate(ctx, out + n1, &n2, tail,
                                   (int)taillen) == 1;
    }
    ok = ok && lib->EVP_CipherFinal_ex(ctx, out + n1 + n2, &n3) == 1;
    lib->EVP_CIPHER_CTX_free(ctx);
    if (!ok || (size_t)n1 + (size_t)n2 + (size_t)n3 != len + taillen) {
        return -1;
    }
    *outlen = len + taillen;
    return 0;
}

/* Check what encrypt and decrypt share, and load libcrypto into *LIB;
 * returns the cipher or NULL. */
static const EVP_CIPHER *check_args(const struct sk_ossl **lib,
                                    enum sk_priv_proto priv,
                                    const uint8_t *key, size_t keylen,
                                    const uint8_t *in, size_t inlen,
                                    struct sk_error *err)
{
    size_t need = sk_priv_key_len(priv);

    if (need == 0) {
        sk_error_set(err, SK_ERR_NOT_SUPPORTED, "unknown privacy protocol");
        return NULL;
    }
    if (key == NULL || keylen < need) {
        sk_error_set(err, SK_ERR_BAD_VALUE,
                     "privacy key length %zu, want %zu", keylen, need);
        return NULL;
    }
    if ((in == NULL && inlen != 0) || inlen > PRIV_IN_MAX) {
        sk_error_set(err, SK_ERR_TOO_LONG, NULL);
        return NULL;
    }
    *lib = sk_ossl(err);
    if (*lib == NULL) {
        return NULL;
    }
    return cipher_of(*lib, priv, err);
}

int sk_priv_encrypt(enum sk_priv_proto priv, const uint8_t *key,
                    size_t keylen, uint32_t boots, uint32_t time,
                    uint64_t salt, const uint8_t *in, size_t inlen,
                    uint8_t *out, size_t *outlen, uint8_t *params,
                    struct sk_error *err)
{
    const struct sk_ossl *lib = NULL;
    const EVP_CIPHER *c = check_args(&lib, priv, key, keylen, in, inlen,
                                     err);
    uint8_t iv[IV_MAX], tail[BLOCK];
    size_t whole = inlen, pad = 0;
    int rc;

    if (c == NULL) {
        return -1;
    }
    if (is_cbc(priv)) {
        /* RFC 3414 8.1.1.1: salt = boots || local 32-bit integer.  Pad
         * the last block as Net-SNMP does (each pad octet holds the pad
         * length, none when already aligned); 8.1.1.2 allows any. */
        put32(params, boots);
        put32(params + 4, (uint32_t)salt);
        pad = (BLOCK - inlen % BLOCK) % BLOCK;
        whole = inlen - inlen % BLOCK;
        if (pad > 0) {
            memcpy(tail, in + whole, BLOCK - pad);
            memset(tail + BLOCK - pad, (int)pad, pad);
        }
    } else {
        put32(params, (uint32_t)(salt >> 32));
        put32(params + 4, (uint32_t)salt);
    }
    make_iv(priv, key, boots, time, params, iv);
    rc = run_cipher(lib, c, key, iv, 1, in, whole, tail,
                    pad > 0 ? BLOCK : 0, out, outlen);
    sk_crypto_wipe(iv, sizeof iv);
    sk_crypto_wipe(tail, sizeof tail);
    if (rc != 0) {
        return sk_error_set(err, SK_ERR_GENERIC, "encryption failed");
    }
    return 0;
}

int sk_priv_decrypt(enum sk_priv_proto priv, const uint8_t *key,
                    size_t keylen, uint32_t boots, uint32_t time,
                    const uint8_t *params, size_t paramslen,
                    const uint8_t *in, size_t inlen, uint8_t *out,
                    size_t *outlen, struct sk_error *err)
{
    const struct sk_ossl *lib = NULL;
    const EVP_CIPHER *c = check_args(&lib, priv, key, keylen, in, inlen,
                                     err);
    uint8_t iv[IV_MAX];
    int rc;

    if (c == NULL) {
        return -1;
    }
    /* RFC 3414 8.3.2.1 / RFC 3826 3.3.2.1: the parameters must be 8
     * octets; 8.3.2.4 (and Reeder 5.1.1.3): CBC input is whole blocks.
     * An empty encryptedPDU can hold no scopedPDU. */
    if (params == NULL || paramslen != SK_PRIV_PARAMS_LEN) {
        return sk_error_set(err, SK_ERR_DECRYPTION,
                            "privacy parameters length %zu", paramslen);
    }
    if (inlen == 0 || (is_cbc(priv) && inlen % BLOCK != 0)) {
        return sk_error_set(err, SK_ERR_DECRYPTION,
                            "encrypted PDU length %zu", inlen);
    }
    make_iv(priv, key, boots, time, params, iv);
    /* The plaintext keeps any CBC padding: the scopedPDU's own BER
     * length tells where it ends (RFC 3414 8.1.1.3). */
    rc = run_cipher(lib, c, key, iv, 0, in, inlen, NULL, 0, out, outlen);
    sk_crypto_wipe(iv, sizeof iv);
    if (rc != 0) {
        sk_crypto_wipe(out, inlen);
        return sk_error_set(err, SK_ERR_DECRYPTION, NULL);
    }
    return 0;
}
