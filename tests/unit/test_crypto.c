/* test_crypto.c - the names of sec/sec.c, HMAC (sec/auth.c) and privacy
 * (sec/priv.c): MAC values for every protocol, DES/3DES/AES IV and salt
 * construction checked through known ciphertexts, round trips of odd
 * lengths, DES padding, and decryption failures.
 *
 * Expected values come from Python, not from OpenSSL:
 *   kul = pysnmp localkey.localizeKey(hashPassphrase(b'maplesyrup', H),
 *                                     000000000000000000000002, H)
 *   mac = hmac.new(kul, bytes(range(200)), H).digest()[:maclen]
 *   pt  = bytes((i * 7 + 3) & 0xff for i in range(37)); key = 10 11 .. 2f
 *   boots 0x01020304, time 0x0a0b0c0d, salt 0x1122334455667788
 *   DES:  Cryptodome DES.new(key[:8], MODE_CBC, iv) over pt || 03 03 03,
 *         iv = (boots || low 32 bits of salt) XOR key[8:16]
 *   3DES: DES3.new(key[:24], MODE_CBC, (same salt) XOR key[24:32])
 *   AES:  AES.new(key[:n], MODE_CFB, boots || time || salt,
 *                 segment_size=128) over pt
 * (Debian python3 3.11, python3-pysnmp4 4.4.12, python3-pycryptodome). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/err.h"
#include "check.h"
#include "sec/crypto.h"
#include "sec/sec.h"

static const uint8_t engine2[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2};

static void check_hex(const uint8_t *got, size_t n, const char *want)
{
    char text[2 * 128 + 1];
    size_t i;

    for (i = 0; i < n && 2 * i + 2 < sizeof text; i++) {
        snprintf(text + 2 * i, 3, "%02x", got[i]);
    }
    text[2 * i] = '\0';
    CHECK_STR(text, want);
}

static void test_names(void)
{
    CHECK(sk_auth_proto_parse("MD5") == SK_AUTH_MD5);
    CHECK(sk_auth_proto_parse("md5") == SK_AUTH_MD5);
    CHECK(sk_auth_proto_parse("SHA") == SK_AUTH_SHA1);
    CHECK(sk_auth_proto_parse("sha-1") == SK_AUTH_SHA1);
    CHECK(sk_auth_proto_parse("SHA1") == SK_AUTH_SHA1);
    CHECK(sk_auth_proto_parse("SHA-224") == SK_AUTH_SHA224);
    CHECK(sk_auth_proto_parse("sha256") == SK_AUTH_SHA256);
    CHECK(sk_auth_proto_parse("SHA-384") == SK_AUTH_SHA384);
    CHECK(sk_auth_proto_parse("SHA512") == SK_AUTH_SHA512);
    CHECK(sk_auth_proto_parse("SHA-2") == SK_AUTH_NONE);
    CHECK(sk_auth_proto_parse("") == SK_AUTH_NONE);
    CHECK(sk_auth_proto_parse(NULL) == SK_AUTH_NONE);
    CHECK(sk_priv_proto_parse("DES") == SK_PRIV_DES);
    CHECK(sk_priv_proto_parse("3des") == SK_PRIV_3DES);
    CHECK(sk_priv_proto_parse("AES") == SK_PRIV_AES128);
    CHECK(sk_priv_proto_parse("AES-128") == SK_PRIV_AES128);
    CHECK(sk_priv_proto_parse("aes128") == SK_PRIV_AES128);
    CHECK(sk_priv_proto_parse("AES-192") == SK_PRIV_AES192);
    CHECK(sk_priv_proto_parse("AES256") == SK_PRIV_AES256);
    CHECK(sk_priv_proto_parse("AES-192-C") == SK_PRIV_AES192C);
    CHECK(sk_priv_proto_parse("aes256c") == SK_PRIV_AES256C);
    CHECK(sk_priv_proto_parse("AES-256C") == SK_PRIV_NONE);
    CHECK(sk_priv_proto_parse("AES-512") == SK_PRIV_NONE);
    CHECK(sk_sec_level_parse("noAuthNoPriv") == SK_SEC_NOAUTH);
    CHECK(sk_sec_level_parse("NANP") == SK_SEC_NOAUTH);
    CHECK(sk_sec_level_parse("1") == SK_SEC_NOAUTH);
    CHECK(sk_sec_level_parse("authnopriv") == SK_SEC_AUTH);
    CHECK(sk_sec_level_parse("anp") == SK_SEC_AUTH);
    CHECK(sk_sec_level_parse("2") == SK_SEC_AUTH);
    CHECK(sk_sec_level_parse("AuthPriv") == SK_SEC_PRIV);
    CHECK(sk_sec_level_parse("ap") == SK_SEC_PRIV);
    CHECK(sk_sec_level_parse("3") == SK_SEC_PRIV);
    CHECK(sk_sec_level_parse("4") == 0);
    CHECK(sk_sec_level_parse("authpri") == 0);
}

struct mac_vec {
    enum sk_auth_proto proto;
    const char *mac200; /* over bytes 0..199 */
    const char *mac0;   /* over the empty message */
};

static const struct mac_vec mac_vecs[] = {
    {SK_AUTH_MD5, "663deb8465c8e29008688395", "9ebd1666a67d22c81fb94bcc"},
    {SK_AUTH_SHA1, "d427533d8185955208e7325c", "4aabd714951ef96c6d589d3c"},
    {SK_AUTH_SHA224, "5cdba62222343a37c1a2daa6c087a7fc",
     "72e8b2e8890820a27e42a6b57a5757c1"},
    {SK_AUTH_SHA256, "8da35438a8a61ad1811cc90327ce0cca5dc8171c79b86f1c",
     "2c82fa40039bfb3752f9fac60dce64abd3f0370a54f2a278"},
    {SK_AUTH_SHA384,
     "262d8537991554f62d71b3b129da30f70f837749ab467c3c0d531239f7ba2129",
     "0d23658aee179881e22265b1913d82bba5cdb732918c9e1d07888d8da197a68e"},
    {SK_AUTH_SHA512,
     "17fb0219cc26938e8c24bd2f4fe4214e3ddf076806df57eced9c21ae8e830786"
     "fccbcd0cf3e395f0b187c0a2bfef59cf",
     "43a145ef6bd2b8d71f85046e278c7140367b3b6ae0c2164a009f7da6b13a0c71"
     "6411c23bc37471bf8bfe81b8cf71d905"},
};

static void test_mac(void)
{
    static const size_t lens[] = {0, 16, 20, 28, 32, 48, 64};
    static const size_t macs[] = {0, 12, 12, 16, 24, 32, 48};
    uint8_t msg[200], ku[SK_KEY_MAX], kul[SK_KEY_MAX], mac[SK_MAC_MAX + 1];
    size_t kulen = 0, kullen = 0;
    struct sk_error err;

    for (size_t i = 0; i < sizeof msg; i++) {
        msg[i] = (uint8_t)i;
    }
    for (int p = SK_AUTH_NONE; p <= SK_AUTH_SHA512; p++) {
        CHECK(sk_auth_key_len((enum sk_auth_proto)p) == lens[p]);
        CHECK(sk_auth_mac_len((enum sk_auth_proto)p) == macs[p]);
    }
    for (size_t i = 0; i < sizeof mac_vecs / sizeof mac_vecs[0]; i++) {
        const struct mac_vec *v = &mac_vecs[i];
        size_t ml = sk_auth_mac_len(v->proto);

        CHECK(sk_keys_password_to_key(v->proto, "maplesyrup", 10, ku,
                                      &kulen, &err) == 0);
        CHECK(sk_keys_localize(v->proto, ku, kulen, engine2, 12, kul,
                               &kullen, &err) == 0);
        memset(mac, 0xee, sizeof mac);
        CHECK(sk_auth_mac(v->proto, kul, kullen, msg, sizeof msg, mac,
                          &err) == 0);
        check_hex(mac, ml, v->mac200);
        CHECK(mac[ml] == 0xee); /* nothing past the truncated MAC */
        CHECK(sk_auth_mac(v->proto, kul, kullen, NULL, 0, mac, &err) == 0);
        check_hex(mac, ml, v->mac0);
        /* a key shorter than the hash is refused */
        CHECK(sk_auth_mac(v->proto, kul, kullen - 1, msg, 1, mac, &err) ==
              -1);
        CHECK(err.code == SK_ERR_BAD_VALUE);
    }
    CHECK(sk_auth_mac(SK_AUTH_NONE, kul, 16, msg, 1, mac, &err) == -1);
    CHECK(err.code == SK_ERR_NOT_SUPPORTED);
}

#define BOOTS 0x01020304u
#define TIME 0x0a0b0c0du
#define SALT 0x1122334455667788ull

struct enc_vec {
    enum sk_priv_proto priv;
    const char *params;
    const char *ct; /* of the 37-byte plaintext */
};

static const struct enc_vec enc_vecs[] = {
    {SK_PRIV_DES, "0102030455667788",
     "e2fed453a3243b81020d01c8ea7e14b0dd1d2d83a18d5668554d744cb5063f16"
     "074f49f708440f88"},
    {SK_PRIV_3DES, "0102030455667788",
     "40c616900e072d56e68055898db6d215cba9ed24f15a384855b29873d5a254d3"
     "8b17313e53d2cb11"},
    {SK_PRIV_AES128, "1122334455667788",
     "a4c11a805cb501815dc9fa5739e694109f8da4a8e62b05cfda3f3ccbc535844d"
     "1ceaed83b5"},
    {SK_PRIV_AES192, "1122334455667788",
     "476938eb2ab7383bc516f336edc26bc7666d0b3e7cc66a8046dc67a08a89932c"
     "7eab0b1564"},
    {SK_PRIV_AES256C, "1122334455667788",
     "e97a57411149bbbe36f765ac31e92bde2bb00da5b9ab90f4292c1b53050d61f0"
     "1b975012d3"},
};

static void fill(uint8_t *key, uint8_t *pt, size_t ptlen)
{
    for (size_t i = 0; i < 32; i++) {
        key[i] = (uint8_t)(0x10 + i);
    }
    for (size_t i = 0; i < ptlen; i++) {
        pt[i] = (uint8_t)((i * 7 + 3) & 0xff);
    }
}

/* Known ciphertexts: proves salt, IV and key-slice construction. */
static void test_known_ciphertext(void)
{
    uint8_t key[32], pt[37], ct[64], back[64], params[8];
    size_t ctlen = 0, backlen = 0;
    struct sk_error err;

    fill(key, pt, sizeof pt);
    for (size_t i = 0; i < sizeof enc_vecs / sizeof enc_vecs[0]; i++) {
        const struct enc_vec *v = &enc_vecs[i];

        CHECK(sk_priv_encrypt(v->priv, key, sk_priv_key_len(v->priv), BOOTS,
                              TIME, SALT, pt, sizeof pt, ct, &ctlen, params,
                              &err) == 0);
        check_hex(params, sizeof params, v->params);
        check_hex(ct, ctlen, v->ct);
        CHECK(sk_priv_decrypt(v->priv, key, sk_priv_key_len(v->priv), BOOTS,
                              TIME, params, 8, ct, ctlen, back, &backlen,
                              &err) == 0);
        CHECK(backlen == ctlen && memcmp(back, pt, sizeof pt) == 0);
    }
}

static void round_trip(enum sk_priv_proto priv, size_t len)
{
    uint8_t key[32], pt[300], ct[300 + 8], back[300 + 8], params[8];
    size_t ctlen = 0, backlen = 0, want = len;
    struct sk_error err;

    fill(key, pt, len);
    if (priv == SK_PRIV_DES || priv == SK_PRIV_3DES) {
        want = (len + 7) / 8 * 8;
    }
    CHECK(sk_priv_encrypt(priv, key, sizeof key, 7, 99, 0xfffffffffull + len,
                          pt, len, ct, &ctlen, params, &err) == 0);
    CHECK(ctlen == want);
    CHECK(sk_priv_decrypt(priv, key, sizeof key, 7, 99, params, 8, ct, ctlen,
                          back, &backlen, &err) == 0);
    CHECK(backlen == want && memcmp(back, pt, len) == 0);
    /* Net-SNMP pads with the pad length, nothing when aligned */
    for (size_t i = len; i < want; i++) {
        CHECK(back[i] == want - len);
    }
}

static void test_round_trips(void)
{
    static const size_t lens[] = {1, 7, 8, 9, 15, 16, 17, 31, 33, 255, 300};

    for (int p = SK_PRIV_DES; p <= SK_PRIV_AES256C; p++) {
        for (size_t i = 0; i < sizeof lens / sizeof lens[0]; i++) {
            round_trip((enum sk_priv_proto)p, lens[i]);
        }
    }
}

static void test_priv_errors(void)
{
    uint8_t key[32], buf[64], out[72], params[8] = {0};
    size_t outlen = 0;
    struct sk_error err;

    fill(key, buf, sizeof buf);
    CHECK(sk_priv_key_len(SK_PRIV_NONE) == 0);
    CHECK(sk_priv_key_len(SK_PRIV_DES) == 16);
    CHECK(sk_priv_key_len(SK_PRIV_3DES) == 32);
    CHECK(sk_priv_key_len(SK_PRIV_AES192C) == 24);
    /* DES ciphertext must be whole blocks, and not empty */
    CHECK(sk_priv_decrypt(SK_PRIV_DES, key, 16, 1, 1, params, 8, buf, 15,
                          out, &outlen, &err) == -1);
    CHECK(err.code == SK_ERR_DECRYPTION);
    CHECK(sk_priv_decrypt(SK_PRIV_3DES, key, 32, 1, 1, params, 8, buf, 9,
                          out, &outlen, &err) == -1);
    CHECK(err.code == SK_ERR_DECRYPTION);
    CHECK(sk_priv_decrypt(SK_PRIV_AES128, key, 16, 1, 1, params, 8, buf, 0,
                          out, &outlen, &err) == -1);
    CHECK(err.code == SK_ERR_DECRYPTION);
    /* msgPrivacyParameters must be exactly 8 octets */
    CHECK(sk_priv_decrypt(SK_PRIV_AES128, key, 16, 1, 1, params, 7, buf, 16,
                          out, &outlen, &err) == -1);
    CHECK(err.code == SK_ERR_DECRYPTION);
    CHECK(sk_priv_decrypt(SK_PRIV_DES, key, 16, 1, 1, params, 9, buf, 16,
                          out, &outlen, &err) == -1);
    CHECK(err.code == SK_ERR_DECRYPTION);
    CHECK(sk_priv_decrypt(SK_PRIV_DES, key, 16, 1, 1, NULL, 0, buf, 16,
                          out, &outlen, &err) == -1);
    CHECK(err.code == SK_ERR_DECRYPTION);
    /* short keys and unknown protocols */
    CHECK(sk_priv_encrypt(SK_PRIV_AES256, key, 24, 1, 1, 1, buf, 16, out,
                          &outlen, params, &err) == -1);
    CHECK(err.code == SK_ERR_BAD_VALUE);
    CHECK(sk_priv_encrypt(SK_PRIV_DES, key, 8, 1, 1, 1, buf, 16, out,
                          &outlen, params, &err) == -1);
    CHECK(err.code == SK_ERR_BAD_VALUE);
    CHECK(sk_priv_encrypt(SK_PRIV_NONE, key, 32, 1, 1, 1, buf, 16, out,
                          &outlen, params, &err) == -1);
    CHECK(err.code == SK_ERR_NOT_SUPPORTED);
    CHECK(sk_priv_decrypt(SK_PRIV_NONE, key, 32, 1, 1, params, 8, buf, 16,
                          out, &outlen, &err) == -1);
    CHECK(err.code == SK_ERR_NOT_SUPPORTED);
}

int main(void)
{
    test_names();
    test_mac();
    test_known_ciphertext();
    test_round_trips();
    test_priv_errors();
    return CHECK_DONE("test_crypto");
}
