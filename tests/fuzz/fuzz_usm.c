/* fuzz_usm.c - libFuzzer entry for SNMPv3 incoming message processing
 * with the User-based Security Model (RFC 3414 3.2): sk_usm_decode with
 * fixed localized keys.  A mutated message would never get past the
 * HMAC check, so the harness recomputes the digest of whatever it is
 * given before processing it (the first input byte chooses the user and
 * whether to do so), and in "plaintext" mode encrypts the input as a
 * ScopedPDU itself so that the decrypted-data parser sees fuzzed bytes.
 * Seeds: tests/fuzz/corpus/usm (Net-SNMP snmptrap -3k/-3K output with
 * these keys, a mode byte in front). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sec/crypto.h"
#include "sec/usm.h"
#include "wire/ber.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The keys the seeds were made with (snmptrap -3k/-3K, user "fuzz",
 * engine 0x80001f88800102030405). */
static const uint8_t kul[20] = {
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
};
static const uint8_t kpriv[32] = {
    0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x2b,
    0x2c, 0x2d, 0x2e, 0x2f, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36,
    0x37, 0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f, 0x40,
};
static const uint8_t engine[] = {
    0x80, 0x00, 0x1f, 0x88, 0x80, 0x01, 0x02, 0x03, 0x04, 0x05,
};

static uint8_t work[SK_USM_WORK];
static uint8_t msg[SK_MSG_MAX + 64];
static uint8_t ct[SK_MSG_MAX + 64];

/* Users by the low two bits of the mode byte. */
static void make_user(unsigned which, struct sk_usm_user *u)
{
    static const enum sk_auth_proto auths[4] = {
        SK_AUTH_NONE, SK_AUTH_SHA1, SK_AUTH_MD5, SK_AUTH_SHA256,
    };
    static const enum sk_priv_proto privs[4] = {
        SK_PRIV_NONE, SK_PRIV_AES128, SK_PRIV_DES, SK_PRIV_AES256,
    };
    size_t klen;

    memset(u, 0, sizeof *u);
    memcpy(u->name, "fuzz", 4);
    u->name_len = 4;
    u->auth = auths[which & 3];
    u->priv = privs[which & 3];
    if (u->auth == SK_AUTH_NONE)
        return;
    /* any bytes serve as a localized key; MD5's is 16 long */
    klen = u->auth == SK_AUTH_MD5 ? 16 : sizeof kul;
    memcpy(u->auth_key, kul, klen);
    if (u->auth == SK_AUTH_SHA256) {
        memcpy(u->auth_key + 20, kul, 12);
        klen = 32;
    }
    u->auth_key_len = klen;
    u->priv_key_len = sk_priv_key_len(u->priv);
    memcpy(u->priv_key, kpriv, u->priv_key_len);
}

/* RFC 3414 6.3.1: write the HMAC the user's key gives message M[0..N)
 * into its digest field, if it has one of the right size. */
static void fix_digest(const struct sk_usm_user *u, uint8_t *m, size_t n)
{
    struct sk_msg3 h;
    struct sk_usm_params prm;
    struct sk_error err;
    size_t maclen = sk_auth_mac_len(u->auth), off;

    if (maclen == 0 || sk_msg3_decode(m, n, &h, &err) < 0 ||
        sk_usm_params_decode(h.sec_params, h.sec_params_len, &prm,
                             &err) < 0 || prm.auth_len != maclen)
        return;
    off = h.sec_params_off + prm.auth_off;
    if (off + maclen > n)
        abort();                /* the decoder's offsets must be inside */
    memset(m + off, 0, maclen);
    (void)sk_auth_mac(u->auth, u->auth_key, u->auth_key_len, m, n, ct,
                      &err);
    memcpy(m + off, ct, maclen);
}

/* Encrypt PT[0..N) as the ScopedPDU of an authPriv message from U and
 * put the whole message into msg; returns its length, 0 on failure. */
static size_t build_priv(const struct sk_usm_user *u, const uint8_t *pt,
                         size_t n)
{
    struct sk_usm_params prm;
    struct sk_msg3 m;
    struct sk_writer w;
    struct sk_error err;
    uint8_t privp[SK_PRIV_PARAMS_LEN], pbuf[512];
    const uint8_t *out;
    size_t ctlen, outlen;

    if (n > SK_MSG_MAX - 1024 ||
        sk_priv_encrypt(u->priv, u->priv_key, u->priv_key_len, 7, 1234, 42,
                        pt, n, ct, &ctlen, privp, &err) < 0)
        return 0;
    memset(&prm, 0, sizeof prm);
    memcpy(prm.engine_id, engine, sizeof engine);
    prm.engine_id_len = sizeof engine;
    prm.boots = 7;
    prm.time = 1234;
    memcpy(prm.user, u->name, u->name_len);
    prm.user_len = u->name_len;
    prm.auth_len = sk_auth_mac_len(u->auth);
    prm.priv = privp;
    prm.priv_len = sizeof privp;
    memset(&m, 0, sizeof m);
    if (sk_usm_params_encode(&prm, pbuf, sizeof pbuf, &m.sec_params,
                             &m.sec_params_len, &err) < 0)
        return 0;
    /* msgData: the encryptedPDU OCTET STRING, built in work */
    sk_ber_writer_init(&w, work, sizeof work);
    if (sk_ber_put_octets(&w, 0x04, ct, ctlen, &err) < 0)
        return 0;
    m.data = sk_ber_data(&w);
    m.data_len = sk_ber_written(&w);
    m.msg_id = 1;
    m.max_size = SK_MSG3_MAX_SIZE;
    m.flags = SK_MSG3_FLAG_AUTH | SK_MSG3_FLAG_PRIV;
    m.sec_model = SK_SEC_MODEL_USM;
    if (sk_msg3_encode(&m, msg, sizeof msg, &out, &outlen, &err) < 0)
        return 0;
    memmove(msg, out, outlen);
    return outlen;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct sk_usm_user u;
    struct sk_usm_in in;
    struct sk_error err;
    size_t n;
    uint8_t mode;

    if (size < 1 || size > SK_MSG_MAX)
        return 0;
    mode = data[0];
    make_user(mode, &u);
    if ((mode & 0x08) != 0 && u.priv != SK_PRIV_NONE) {
        n = build_priv(&u, data + 1, size - 1);
        if (n == 0)
            return 0;
        fix_digest(&u, msg, n);
    } else {
        n = size - 1;
        memcpy(msg, data + 1, n);
        if ((mode & 0x04) == 0)
            fix_digest(&u, msg, n);
    }
    if (sk_usm_decode(&u, msg, n, work, &in, &err) == 0) {
        if (in.scoped.pdu == NULL)
            abort();
        sk_usm_in_clear(&in);
    } else if (in.scoped.pdu != NULL) {
        abort();                /* failure must leave nothing behind */
    }
    return 0;
}
