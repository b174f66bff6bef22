/* test_usm.c - User-based Security Model processing (RFC 3414): a
 * Response captured from snmpd 5.9.3 decrypted with keys derived from
 * the passphrases, round trips for every auth x priv pair, tampering
 * and wrong-key rejections, DES padding errors, the usmStats Report
 * mapping, the time window (RFC 3414 3.2.7), and the corpus of
 * malformed v3 messages in $srcdir/tests/data/packets/v3. */
#include <dirent.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/hex.h"
#include "sec/crypto.h"
#include "sec/usm.h"
#include "wire/ber.h"
#include "wire/msg.h"

#include "check.h"

static const uint8_t eid[] = {0x80, 0x00, 0x1F, 0x88, 0x80, 0x69,
                              0x22, 0x05, 0x75, 0xA4, 0xB3, 0x04,
                              0x6B, 0x00, 0x00, 0x00, 0x00};
static uint8_t work[SK_USM_WORK], in[70000], out[70000];

/* The user snmpd knows as `createUser u1 SHA password1 AES password2`
 * (or another protocol pair), keys localized to EID. */
static void make_user(struct sk_usm_user *u, enum sk_auth_proto a,
                      enum sk_priv_proto x)
{
    uint8_t ku[SK_KEY_MAX];
    size_t kulen;
    struct sk_error err;

    memset(u, 0, sizeof *u);
    memcpy(u->name, "u1", 2);
    u->name_len = 2;
    u->auth = a;
    u->priv = x;
    CHECK(sk_keys_password_to_key(a, "password1", 9, ku, &kulen, &err) == 0);
    CHECK(sk_keys_localize(a, ku, kulen, eid, sizeof eid, u->auth_key,
                           &u->auth_key_len, &err) == 0);
    if (x == SK_PRIV_NONE)
        return;
    CHECK(sk_keys_password_to_key(a, "password2", 9, ku, &kulen, &err) == 0);
    CHECK(sk_keys_priv_key(a, x, ku, kulen, eid, sizeof eid, u->priv_key,
                           &u->priv_key_len, &err) == 0);
}

static long load(const char *name, uint8_t *buf, size_t cap)
{
    static char text[200000];
    char path[4096];
    const char *srcdir = getenv("srcdir");
    FILE *f;
    size_t len;

    snprintf(path, sizeof path, "%s/tests/data/packets/v3/%s",
             srcdir != NULL ? srcdir : ".", name);
    f = fopen(path, "r");
    if (f == NULL)
        return -1;
    len = fread(text, 1, sizeof text - 1, f);
    fclose(f);
    text[len] = '\0';
    return sk_hex_decode(text, 1, buf, cap);
}

static void test_captured(const struct sk_usm_user *u)
{
    struct sk_usm_in m;
    struct sk_error err;
    long n = load("good.hex", in, sizeof in);
    const struct sk_value *v;

    CHECK(n == 139);
    if (n < 0)
        return;
    CHECK(sk_usm_decode(u, in, (size_t)n, work, &m, &err) == 0);
    CHECK(m.level == SK_SEC_PRIV && m.params.boots == 1);
    CHECK(m.scoped.pdu != NULL && m.scoped.pdu->type == SK_PDU_RESPONSE);
    if (m.scoped.pdu == NULL || m.scoped.pdu->nvbs != 1)
        return;
    v = &m.scoped.pdu->vbs[0].value;
    CHECK(v->type == SK_T_OCTETS && v->len == 2 &&
          memcmp(v->str, "vm", 2) == 0);
    sk_usm_in_clear(&m);
}

static void test_corpus(const struct sk_usm_user *u)
{
    char path[4096];
    const char *srcdir = getenv("srcdir");
    struct sk_usm_in m;
    struct sk_error err;
    struct dirent *e;
    size_t files = 0, len;
    DIR *d;
    long n;

    snprintf(path, sizeof path, "%s/tests/data/packets/v3",
             srcdir != NULL ? srcdir : ".");
    d = opendir(path);
    CHECK(d != NULL);
    if (d == NULL)
        return;
    for (e = readdir(d); e != NULL; e = readdir(d)) {
        len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".hex") != 0 ||
            strcmp(e->d_name, "good.hex") == 0)
            continue;
        n = load(e->d_name, in, sizeof in);
        CHECK(n >= 0);
        if (n < 0)
            continue;
        CHECK(sk_usm_decode(u, in, (size_t)n, work, &m, &err) == -1);
        CHECK(m.scoped.pdu == NULL);
        if (err.code == SK_ERR_OK)
            fprintf(stderr, "  accepted: %s\n", e->d_name);
        files++;
    }
    closedir(d);
    CHECK(files >= 40);
}

/* Specific verdicts for a few corpus files. */
static void test_codes(const struct sk_usm_user *u)
{
    static const struct {
        const char *file;
        enum sk_err code;
    } t[] = {
        {"digest-wrong.hex", SK_ERR_AUTH_FAILURE},
        {"digest-11.hex", SK_ERR_AUTH_FAILURE},
        {"ciphertext-flipped.hex", SK_ERR_AUTH_FAILURE},
        {"unknown-user.hex", SK_ERR_UNKNOWN_USER},
        {"flags-priv-only.hex", SK_ERR_ASN_PARSE},
        {"boots-negative.hex", SK_ERR_ASN_PARSE},
        {"version-1.hex", SK_ERR_BAD_VERSION},
    };
    struct sk_usm_in m;
    struct sk_error err;

    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        long n = load(t[i].file, in, sizeof in);

        CHECK(n > 0 && sk_usm_decode(u, in, (size_t)n, work, &m, &err) < 0);
        CHECK(err.code == t[i].code);
    }
}

static size_t build(const struct sk_usm_user *u, enum sk_sec_level level,
                    const uint8_t **enc)
{
    struct sk_scoped_pdu sp;
    struct sk_usm_out o;
    struct sk_error err;
    struct sk_oid oid = {{1, 3, 6, 1, 2, 1, 1, 5, 0}, 9};
    size_t n = 0;

    memset(&sp, 0, sizeof sp);
    memcpy(sp.engine_id, eid, sizeof eid);
    sp.engine_id_len = sizeof eid;
    sp.pdu = sk_pdu_new(SK_PDU_GET, &err);
    CHECK(sk_pdu_add_null(sp.pdu, &oid, &err) == 0);
    sp.pdu->request_id = 4242;
    memset(&o, 0, sizeof o);
    o.msg_id = 99;
    o.level = level;
    o.reportable = true;
    o.boots = 3;
    o.time = 1234;
    o.salt = 0x0102030405060708ull;
    CHECK(sk_usm_encode(u, eid, sizeof eid, &o, &sp, work, out, sizeof out,
                        enc, &n, &err) == 0);
    sk_pdu_free(sp.pdu);
    return n;
}

static void round_trip(enum sk_auth_proto a, enum sk_priv_proto x)
{
    struct sk_usm_user u, other;
    struct sk_usm_in m;
    struct sk_error err;
    enum sk_sec_level level = x == SK_PRIV_NONE ? SK_SEC_AUTH : SK_SEC_PRIV;
    const uint8_t *enc;
    size_t n;

    make_user(&u, a, x);
    n = build(&u, level, &enc);
    memcpy(in, enc, n);
    CHECK(sk_usm_decode(&u, in, n, work, &m, &err) == 0);
    CHECK(m.level == level && m.params.boots == 3 && m.params.time == 1234);
    CHECK(m.params.auth_len == sk_auth_mac_len(a));
    CHECK(m.scoped.pdu != NULL && m.scoped.pdu->request_id == 4242);
    sk_usm_in_clear(&m);
    /* Any flipped byte fails authentication (or parsing). */
    for (size_t i = 0; i < n; i += 7) {
        in[i] ^= 0x01;
        CHECK(sk_usm_decode(&u, in, n, work, &m, &err) == -1);
        in[i] ^= 0x01;
    }
    /* The wrong authentication key is an authentication failure. */
    other = u;
    other.auth_key[0] ^= 1;
    CHECK(sk_usm_decode(&other, in, n, work, &m, &err) == -1 &&
          err.code == SK_ERR_AUTH_FAILURE);
}

static void test_round_trips(void)
{
    static const enum sk_auth_proto a[] = {
        SK_AUTH_MD5, SK_AUTH_SHA1, SK_AUTH_SHA224, SK_AUTH_SHA256,
        SK_AUTH_SHA384, SK_AUTH_SHA512};
    static const enum sk_priv_proto x[] = {
        SK_PRIV_NONE, SK_PRIV_DES, SK_PRIV_3DES, SK_PRIV_AES128,
        SK_PRIV_AES192, SK_PRIV_AES256, SK_PRIV_AES192C, SK_PRIV_AES256C};

    for (size_t i = 0; i < sizeof a / sizeof a[0]; i++)
        for (size_t j = 0; j < sizeof x / sizeof x[0]; j++)
            round_trip(a[i], x[j]);
}

/* A DES encryptedPDU that is not a multiple of 8 octets, correctly
 * authenticated: RFC 3414 8.3.2 makes it a decryption error. */
static void test_des_padding(void)
{
    struct sk_usm_user u;
    struct sk_usm_in m;
    struct sk_msg3 h;
    struct sk_error err;
    const uint8_t *enc, *msg, *ct;
    size_t n, mlen, ctlen;
    struct sk_cursor c;
    uint8_t ctbuf[512];

    make_user(&u, SK_AUTH_SHA1, SK_PRIV_DES);
    n = build(&u, SK_SEC_PRIV, &enc);
    memcpy(in, enc, n);
    CHECK(sk_msg3_decode(in, n, &h, &err) == 0);
    sk_ber_init(&c, h.data, h.data_len);
    CHECK(sk_ber_read_octets(&c, 0x04, 500, &ct, &ctlen, &err) == 0);
    CHECK(ctlen % 8 == 0 && ctlen > 8);
    memcpy(ctbuf, ct, ctlen);
    ctbuf[0] = 0x04;
    ctbuf[1] = (uint8_t)(ctlen - 3);        /* 3 octets short, re-wrapped */
    memcpy(ctbuf + 2, ct, ctlen - 3);
    h.data = ctbuf;
    h.data_len = ctlen - 1;
    CHECK(sk_msg3_encode(&h, out, sizeof out, &msg, &mlen, &err) == 0);
    {   /* re-authenticate: zero the digest, MAC, patch */
        struct sk_usm_params prm;
        uint8_t *p = out + (msg - out);

        CHECK(sk_usm_params_decode(p + h.sec_params_off, h.sec_params_len,
                                   &prm, &err) == 0);
        memset(p + h.sec_params_off + prm.auth_off, 0, prm.auth_len);
        CHECK(sk_auth_mac(u.auth, u.auth_key, u.auth_key_len, p, mlen,
                          p + h.sec_params_off + prm.auth_off, &err) == 0);
        CHECK(sk_usm_decode(&u, p, mlen, work, &m, &err) == -1);
        CHECK(err.code == SK_ERR_DECRYPTION);
    }
}

static void test_reports(void)
{
    static const enum sk_err want[] = {
        SK_ERR_UNSUPPORTED_SEC_LEVEL, SK_ERR_NOT_IN_TIME_WINDOW,
        SK_ERR_UNKNOWN_USER, SK_ERR_UNKNOWN_ENGINE_ID, SK_ERR_AUTH_FAILURE,
        SK_ERR_DECRYPTION};
    struct sk_error err;
    struct sk_pdu *r = sk_pdu_new(SK_PDU_REPORT, &err);
    struct sk_oid o = {{1, 3, 6, 1, 6, 3, 15, 1, 1, 0, 0}, 11};

    CHECK(sk_usm_report_error(r, &err) == SK_ERR_GENERIC);
    CHECK(sk_pdu_add_null(r, &o, &err) == 0);
    for (uint32_t i = 1; i <= 6; i++) {
        r->vbs[0].name.arc[9] = i;
        CHECK(sk_usm_report_error(r, &err) == want[i - 1]);
        CHECK(err.code == want[i - 1]);
    }
    r->vbs[0].name.arc[9] = 7;
    CHECK(sk_usm_report_error(r, &err) == SK_ERR_GENERIC);
    r->vbs[0].name.len = 10;               /* no .0 */
    r->vbs[0].name.arc[9] = 3;
    CHECK(sk_usm_report_error(r, &err) == SK_ERR_GENERIC);
    sk_pdu_free(r);
}

static void test_time(void)
{
    struct sk_usm_engine e;
    struct sk_error err;
    uint32_t b, t;
    const int64_t s = 1000000;

    memset(&e, 0, sizeof e);
    sk_usm_time_now(&e, 0, &b, &t);
    CHECK(b == 0 && t == 0);
    /* Unsynced: anything below the ceiling is taken. */
    CHECK(sk_usm_time_check(&e, 5, 100, 10 * s, &err) == 0);
    sk_usm_time_now(&e, 70 * s, &b, &t);
    CHECK(b == 5 && t == 160);
    CHECK(sk_usm_time_check(&e, 5, 100, 70 * s, &err) == 0);  /* 60 late */
    CHECK(sk_usm_time_check(&e, 5, 9, 70 * s, &err) == -1);   /* 151 */
    CHECK(err.code == SK_ERR_NOT_IN_TIME_WINDOW);
    CHECK(sk_usm_time_check(&e, 4, 500, 70 * s, &err) == -1); /* old boot */
    CHECK(sk_usm_time_check(&e, 2147483647u, 1, 70 * s, &err) == -1);
    /* A later boot resynchronises; the clock never goes back. */
    CHECK(sk_usm_time_check(&e, 6, 2, 80 * s, &err) == 0);
    sk_usm_time_now(&e, 90 * s, &b, &t);
    CHECK(b == 6 && t == 12);
    CHECK(sk_usm_time_check(&e, 6, 1, 90 * s, &err) == 0);
    sk_usm_time_now(&e, 90 * s, &b, &t);
    CHECK(t == 12);
}

int main(void)
{
    struct sk_usm_user u1;

    make_user(&u1, SK_AUTH_SHA1, SK_PRIV_AES128);
    test_captured(&u1);
    test_corpus(&u1);
    test_codes(&u1);
    test_round_trips();
    test_des_padding();
    test_reports();
    test_time();
    return CHECK_DONE("test_usm");
}
