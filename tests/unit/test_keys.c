/* test_keys.c - USM key derivation (sec/keys.c): RFC 3414 A.3 known
 * answers, the SHA-2 keys, both AES-192/256 key extensions and the 3DES
 * one, and bad arguments.  Privacy and HMAC are in test_crypto.c.
 *
 * Vectors other than RFC 3414 A.3's were made with Debian's
 * python3-pysnmp4 4.4.12 (a second implementation), essentially:
 *   ku  = localkey.hashPassphrase(b'maplesyrup', hashlib.sha256)
 *   kul = localkey.localizeKey(ku, OctetString(engine), hashlib.sha256)
 *   key = eso.priv.aes256.Aes256().localizeKey(authOid, ku, engine)
 * and tests/cli/keys.bats repeats the key comparison live for every
 * auth x privacy pair. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/err.h"
#include "base/hex.h"
#include "check.h"
#include "sec/crypto.h"
#include "sec/sec.h"

static const uint8_t engine2[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2};

/* CHECK that GOT (N bytes) is the hex string WANT. */
static void check_hex(const uint8_t *got, size_t n, const char *want)
{
    char text[2 * 2 * SK_KEY_MAX + 1];
    size_t i;

    for (i = 0; i < n && 2 * i + 2 < sizeof text; i++) {
        snprintf(text + 2 * i, 3, "%02x", got[i]);
    }
    text[2 * i] = '\0';
    CHECK_STR(text, want);
}

/* Ku and Kul of "maplesyrup" at engine 00..02 for PROTO. */
static void check_p2k(enum sk_auth_proto proto, const char *ku_hex,
                      const char *kul_hex)
{
    uint8_t ku[SK_KEY_MAX], kul[SK_KEY_MAX];
    size_t kulen = 0, kullen = 0;
    struct sk_error err;

    CHECK(sk_keys_password_to_key(proto, "maplesyrup", 10, ku, &kulen,
                                  &err) == 0);
    CHECK(kulen == sk_auth_key_len(proto));
    check_hex(ku, kulen, ku_hex);
    CHECK(sk_keys_localize(proto, ku, kulen, engine2, sizeof engine2, kul,
                           &kullen, &err) == 0);
    CHECK(kullen == kulen);
    check_hex(kul, kullen, kul_hex);
}

static void test_password_to_key(void)
{
    /* RFC 3414 A.3.1 and A.3.2 */
    check_p2k(SK_AUTH_MD5, "9faf3283884e92834ebc9847d8edd963",
              "526f5eed9fcce26f8964c2930787d82b");
    check_p2k(SK_AUTH_SHA1, "9fb5cc0381497b3793528939ff788d5d79145211",
              "6695febc9288e36282235fc7151f128497b38f3f");
    /* RFC 7860 gives no vectors: these are pysnmp's (see top). */
    check_p2k(SK_AUTH_SHA224,
              "282a5867ee9aac639ad59df9572c7d3ac0fbc13a905b6df07dbbf00b",
              "0bd8827c6e29f8065e08e09237f177e410f69b90e1782be682075674");
    check_p2k(SK_AUTH_SHA256,
              "ab51014d1e077f6017df2b12bee5f5aa72993177e9bb569c4dff5a4ca0b4"
              "afac",
              "8982e0e549e866db361a6b625d84cccc11162d453ee8ce3a6445c2d6776f"
              "0f8b");
    check_p2k(SK_AUTH_SHA384,
              "e06eccdf2c68a06ed034723c9c26e0db3b669e1e2efed49150b55377a2e9"
              "8f383c86fb836857444654b287c93f51ff64",
              "3b298f16164a11184279d5432bf169e2d2a48307de02b3d3f7e2b4f36eb6"
              "f0455a53689a3937eea07319a633d2ccba78");
    check_p2k(SK_AUTH_SHA512,
              "7e4396de5aadc77be853819b98c9406265b3a9c37cc3176569847a4e4f6f"
              "ba63dd3a73d04924d31a63f95a601f9385af6be4ed1b37f87d040f7c6ed6"
              "f8d38a91",
              "22a5a36cedfcc085807a128d7bc6c2382167ad6c0dbc5fdff856740f3d84"
              "c099ad1ea87a8db096714d9788bd544047c9021e4229ce27e4c0a69250ad"
              "fcffbb0b");
}

static void test_key_errors(void)
{
    uint8_t ku[SK_KEY_MAX], kul[SK_KEY_MAX];
    size_t len = 0;
    struct sk_error err;

    CHECK(sk_keys_password_to_key(SK_AUTH_MD5, "", 0, ku, &len, &err) ==
          -1);
    CHECK(err.code == SK_ERR_BAD_VALUE);
    CHECK(sk_keys_password_to_key(SK_AUTH_NONE, "maplesyrup", 10, ku, &len,
                                  &err) == -1);
    CHECK(err.code == SK_ERR_NOT_SUPPORTED);
    memset(ku, 0x5a, sizeof ku);
    /* Ku shorter than the hash, or an empty engine ID */
    CHECK(sk_keys_localize(SK_AUTH_SHA1, ku, 16, engine2, 12, kul, &len,
                           &err) == -1);
    CHECK(err.code == SK_ERR_BAD_VALUE);
    CHECK(sk_keys_localize(SK_AUTH_MD5, ku, 16, engine2, 0, kul, &len,
                           &err) == -1);
    CHECK(sk_keys_priv_extend(SK_AUTH_MD5, SK_PRIV_NONE, ku, 16, engine2,
                              12, kul, &len, &err) == -1);
    CHECK(err.code == SK_ERR_NOT_SUPPORTED);
    /* DES and AES-128 never extend: a short -3K key is refused */
    CHECK(sk_keys_priv_extend(SK_AUTH_MD5, SK_PRIV_DES, ku, 8, engine2, 12,
                              kul, &len, &err) == -1);
    CHECK(err.code == SK_ERR_BAD_VALUE);
    /* a long one is cut to the cipher's need */
    CHECK(sk_keys_priv_extend(SK_AUTH_SHA512, SK_PRIV_AES128, ku, 64,
                              engine2, 12, kul, &len, &err) == 0);
    CHECK(len == 16);
}

struct ext_vec {
    enum sk_auth_proto auth;
    enum sk_priv_proto priv;
    const char *key;
};

/* "maplesyrup" at engine 00..02, computed by pysnmp (see top). */
static const struct ext_vec ext_vecs[] = {
    {SK_AUTH_MD5, SK_PRIV_DES, "526f5eed9fcce26f8964c2930787d82b"},
    {SK_AUTH_SHA1, SK_PRIV_DES, "6695febc9288e36282235fc7151f1284"},
    {SK_AUTH_SHA1, SK_PRIV_AES128, "6695febc9288e36282235fc7151f1284"},
    {SK_AUTH_MD5, SK_PRIV_3DES,
     "526f5eed9fcce26f8964c2930787d82b79eff44a90650ee0a3a40abfac5acc12"},
    {SK_AUTH_MD5, SK_PRIV_AES192,
     "526f5eed9fcce26f8964c2930787d82bfa24a92467426c2f"},
    {SK_AUTH_MD5, SK_PRIV_AES256,
     "526f5eed9fcce26f8964c2930787d82bfa24a92467426c2f4b09192be10dfaec"},
    {SK_AUTH_MD5, SK_PRIV_AES192C,
     "526f5eed9fcce26f8964c2930787d82b79eff44a90650ee0"},
    {SK_AUTH_MD5, SK_PRIV_AES256C,
     "526f5eed9fcce26f8964c2930787d82b79eff44a90650ee0a3a40abfac5acc12"},
    {SK_AUTH_SHA1, SK_PRIV_3DES,
     "6695febc9288e36282235fc7151f128497b38f3f9b8b6d78936ba6e7d19dfd9c"},
    {SK_AUTH_SHA1, SK_PRIV_AES192,
     "6695febc9288e36282235fc7151f128497b38f3f505e07eb"},
    {SK_AUTH_SHA1, SK_PRIV_AES256,
     "6695febc9288e36282235fc7151f128497b38f3f505e07eb9af25568fa1f5dbe"},
    {SK_AUTH_SHA1, SK_PRIV_AES192C,
     "6695febc9288e36282235fc7151f128497b38f3f9b8b6d78"},
    {SK_AUTH_SHA1, SK_PRIV_AES256C,
     "6695febc9288e36282235fc7151f128497b38f3f9b8b6d78936ba6e7d19dfd9c"},
    /* SHA-256 is long enough: no extension, only truncation */
    {SK_AUTH_SHA256, SK_PRIV_AES192,
     "8982e0e549e866db361a6b625d84cccc11162d453ee8ce3a"},
    {SK_AUTH_SHA256, SK_PRIV_AES192C,
     "8982e0e549e866db361a6b625d84cccc11162d453ee8ce3a"},
    {SK_AUTH_SHA256, SK_PRIV_AES256,
     "8982e0e549e866db361a6b625d84cccc11162d453ee8ce3a6445c2d6776f0f8b"},
    {SK_AUTH_SHA256, SK_PRIV_AES256C,
     "8982e0e549e866db361a6b625d84cccc11162d453ee8ce3a6445c2d6776f0f8b"},
    {SK_AUTH_SHA256, SK_PRIV_3DES,
     "8982e0e549e866db361a6b625d84cccc11162d453ee8ce3a6445c2d6776f0f8b"},
};

static void test_extension(void)
{
    for (size_t i = 0; i < sizeof ext_vecs / sizeof ext_vecs[0]; i++) {
        const struct ext_vec *v = &ext_vecs[i];
        uint8_t ku[SK_KEY_MAX], kul[SK_KEY_MAX], out[SK_KEY_MAX];
        uint8_t out2[SK_KEY_MAX];
        size_t kulen = 0, kullen = 0, outlen = 0, out2len = 0;
        struct sk_error err;

        CHECK(sk_keys_password_to_key(v->auth, "maplesyrup", 10, ku,
                                      &kulen, &err) == 0);
        CHECK(sk_keys_priv_key(v->auth, v->priv, ku, kulen, engine2,
                               sizeof engine2, out, &outlen, &err) == 0);
        CHECK(outlen == sk_priv_key_len(v->priv));
        check_hex(out, outlen, v->key);
        /* -3K: extending the localized key gives the same key */
        CHECK(sk_keys_localize(v->auth, ku, kulen, engine2, sizeof engine2,
                               kul, &kullen, &err) == 0);
        CHECK(sk_keys_priv_extend(v->auth, v->priv, kul, kullen, engine2,
                                  sizeof engine2, out2, &out2len,
                                  &err) == 0);
        CHECK(out2len == outlen && memcmp(out, out2, outlen) == 0);
    }
}

int main(void)
{
    test_password_to_key();
    test_key_errors();
    test_extension();
    return CHECK_DONE("test_keys");
}
