/* fuzz_notify3.c - libFuzzer entry for what snmptrapd runs on every
 * SNMPv3 datagram: sk_notify_recv_decode3 (the receiver's USM,
 * sec/usm_recv.c: user lookup, engine and level checks, Reports, time
 * window, HMAC, decryption, the ScopedPDU), then the inform Response
 * (sk_notify_ack_encode3) or the trap's re-encoding for forwarding.
 *
 * The receiver is authoritative for informs (engine LOCAL, RFC 3412
 * 6.4) and learns the clock of the trap sender (engine REMOTE, RFC 3414
 * 3.2.7 b); both engines know the eight users below, one per auth/priv
 * pair.  A fuzzer cannot forge an HMAC, so the harness recomputes the
 * digest of whatever it is given, or wraps and encrypts fuzzed bytes as
 * the ScopedPDU itself.  Input: three header bytes, then the payload.
 *   byte 0  bits 0-2 user; bit 3 build mode (payload = ScopedPDU, the
 *           harness makes the message), else the payload is the whole
 *           message; bit 4 build: reportable, raw: keep the digest
 *           as is; bit 5 process a second time later (a replay against
 *           the learnt clock); bits 6-7 build: level (0 = the user's)
 *   byte 1  build: claimed time, offset in 2 s steps (signed)
 *   byte 2  bits 0-1 build: engine (local, remote, empty, unknown);
 *           bits 2-3 boots (same, +1, -1, 2^31-1); bits 4-7 the second
 *           pass comes 64 s later per step
 * Seeds: tests/fuzz/corpus/notify3 (Net-SNMP snmptrap/snmpinform -v3
 * output with these keys, header bytes in front). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "net/notify_recv.h"
#include "sec/crypto.h"
#include "sec/usm.h"
#include "wire/ber.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define NUSERS 8
#define BOOTS 0u                        /* the receiver's snmpEngineBoots */
#define NOW_US 100000000LL              /* 100 s after its start */

static const uint8_t local_id[] = {
    0x80, 0x00, 0x1f, 0x88, 0x80, 0x0a, 0x0b, 0x0c, 0x0d,
};
static const uint8_t remote_id[] = {
    0x80, 0x00, 0x1f, 0x88, 0x80, 0x01, 0x02, 0x03, 0x04, 0x05,
};
static const uint8_t other_id[] = { 0x80, 0x00, 0x00, 0x09, 0x04, 0x01 };

/* The localized keys (-3k/-3K) for every user: Kul is the first
 * sk_auth_key_len bytes of kul, the privacy key those of kpriv. */
static const uint8_t kul[64] = {
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
    21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38,
    39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56,
    57, 58, 59, 60, 61, 62, 63, 64,
};
static const uint8_t kpriv[32] = {
    0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x2b,
    0x2c, 0x2d, 0x2e, 0x2f, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36,
    0x37, 0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f, 0x40,
};

static const struct {
    const char *name;
    enum sk_auth_proto auth;
    enum sk_priv_proto priv;
} users[NUSERS] = {
    { "nanp", SK_AUTH_NONE, SK_PRIV_NONE },
    { "md5", SK_AUTH_MD5, SK_PRIV_NONE },
    { "shades", SK_AUTH_SHA1, SK_PRIV_DES },
    { "sha224aes", SK_AUTH_SHA224, SK_PRIV_AES128 },
    { "sha256aes192", SK_AUTH_SHA256, SK_PRIV_AES192 },
    { "sha384aes256c", SK_AUTH_SHA384, SK_PRIV_AES256C },
    { "sha5123des", SK_AUTH_SHA512, SK_PRIV_3DES },
    { "md5aes256", SK_AUTH_MD5, SK_PRIV_AES256 },
};

static uint8_t work[SK_USM_WORK];
static uint8_t msg[SK_MSG_MAX + 64];
static uint8_t ct[SK_MSG_MAX + 64];
static uint8_t rbuf[SK_MSG_MAX];
static uint8_t abuf[SK_MSG_MAX];

/* The engines whose users are cached: LOCAL, REMOTE, OTHER. */
static const uint8_t *const engine_ids[3] = { local_id, remote_id,
                                              other_id };
static const size_t engine_lens[3] = { sizeof local_id, sizeof remote_id,
                                       sizeof other_id };
static struct sk_usm_user cache[3][NUSERS];
static bool cached;

/* User I as the sender holds it, keys for engine ID[0..IDLEN).  3DES
 * and the -C AES key extensions run password-to-key (a megabyte of
 * hashing), so every key is made once. */
static void make_user(unsigned i, const uint8_t *id, size_t idlen,
                      struct sk_usm_user *u)
{
    struct sk_error err;

    memset(u, 0, sizeof *u);
    u->name_len = strlen(users[i].name);
    memcpy(u->name, users[i].name, u->name_len);
    u->auth = users[i].auth;
    u->priv = users[i].priv;
    u->auth_key_len = sk_auth_key_len(u->auth);
    memcpy(u->auth_key, kul, u->auth_key_len);
    if (u->priv != SK_PRIV_NONE &&
        sk_keys_priv_extend(u->auth, u->priv, kpriv, 16, id, idlen,
                            u->priv_key, &u->priv_key_len, &err) < 0)
        abort();
}

static const struct sk_usm_user *find_user(unsigned i, const uint8_t *id,
                                           size_t idlen)
{
    unsigned e, j;

    if (!cached) {
        for (e = 0; e < 3; e++)
            for (j = 0; j < NUSERS; j++)
                make_user(j, engine_ids[e], engine_lens[e], &cache[e][j]);
        cached = true;
    }
    for (e = 0; e < 3; e++)
        if (idlen == engine_lens[e] && memcmp(id, engine_ids[e], idlen) == 0)
            return &cache[e][i];
    return &cache[0][i];
}

/* The spec createUser would give user I for engine E, with the keys
 * already localized (and extended). */
static void make_spec(unsigned i, unsigned e, struct sk_usm_user_spec *s)
{
    const struct sk_usm_user *u = find_user(i, engine_ids[e],
                                            engine_lens[e]);

    memset(s, 0, sizeof *s);
    s->engine_id = engine_ids[e];
    s->engine_id_len = engine_lens[e];
    s->name = users[i].name;
    s->auth = u->auth;
    s->auth_kind = SK_USM_LOCALIZED;
    s->auth_secret = u->auth_key;
    s->auth_secret_len = u->auth_key_len;
    s->priv = u->priv;
    s->priv_kind = SK_USM_LOCALIZED;
    s->priv_secret = u->priv_key;
    s->priv_secret_len = u->priv_key_len;
}

static struct sk_usm_recv *make_receiver(void)
{
    struct sk_usm_user_spec s;
    struct sk_error err;
    struct sk_usm_recv *r;
    unsigned i;

    r = sk_notify_usm_new(local_id, sizeof local_id, BOOTS, 0, &err);
    if (r == NULL)
        abort();
    for (i = 0; i < NUSERS; i++) {
        make_spec(i, 0, &s);
        if (sk_notify_usm_add_user(r, &s, &err) < 0)
            abort();
        make_spec(i, 1, &s);
        if (sk_notify_usm_add_user(r, &s, &err) < 0)
            abort();
    }
    return r;
}

/* RFC 3414 6.3.1: write the HMAC the user's key gives message M[0..N)
 * into its digest field, if it has one of the right size. */
static void fix_digest(const struct sk_usm_user *u, uint8_t *m, size_t n)
{
    struct sk_msg3 h;
    struct sk_usm_params prm;
    struct sk_error err;
    uint8_t mac[SK_KEY_MAX];
    size_t maclen = sk_auth_mac_len(u->auth), off;

    if (maclen == 0 || sk_msg3_decode(m, n, &h, &err) < 0 ||
        sk_usm_params_decode(h.sec_params, h.sec_params_len, &prm,
                             &err) < 0 || prm.auth_len != maclen)
        return;
    off = h.sec_params_off + prm.auth_off;
    if (off + maclen > n)
        abort();                /* the decoder's offsets must be inside */
    memset(m + off, 0, maclen);
    if (sk_auth_mac(u->auth, u->auth_key, u->auth_key_len, m, n, mac,
                    &err) == 0)
        memcpy(m + off, mac, maclen);
}

/* What build mode claims: engine, boots and time from the header. */
struct claim {
    const uint8_t *id;
    size_t idlen;
    uint32_t boots, time;
    enum sk_sec_level level;
    bool reportable;
};

static void make_claim(const uint8_t *h, const struct sk_usm_user *u,
                       struct claim *c)
{
    static const uint32_t boots_delta[4] = { 0, 1, 0xffffffffu, 0 };
    int level = h[0] >> 6;

    static const struct {
        const uint8_t *id;
        size_t len;
    } engines[4] = {
        { local_id, sizeof local_id },
        { remote_id, sizeof remote_id },
        { NULL, 0 },
        { other_id, sizeof other_id },
    };

    c->id = engines[h[2] & 3].id;
    c->idlen = engines[h[2] & 3].len;
    c->boots = ((h[2] >> 2) & 3) == 3 ? 0x7fffffffu
                                      : BOOTS + boots_delta[(h[2] >> 2) & 3];
    c->time = (uint32_t)(100 + 2 * (int)(int8_t)h[1]);
    if (level == 0)
        level = u->priv != SK_PRIV_NONE   ? SK_SEC_PRIV
                : u->auth != SK_AUTH_NONE ? SK_SEC_AUTH
                                          : SK_SEC_NOAUTH;
    c->level = (enum sk_sec_level)level;
    c->reportable = (h[0] & 0x10) != 0;
}

/* msgData for PT[0..N): the ScopedPDU as given, or encrypted into an
 * OCTET STRING (sent in the clear when U has no privacy key, which the
 * receiver must refuse by level first).  Written into work. */
static int make_data(const struct sk_usm_user *u, const struct claim *c,
                     const uint8_t *pt, size_t n, uint8_t *privp,
                     struct sk_msg3 *m)
{
    struct sk_writer w;
    struct sk_error err;
    size_t ctlen = n;

    if (c->level != SK_SEC_PRIV) {
        m->data = pt;
        m->data_len = n;
        return 0;
    }
    if (u->priv == SK_PRIV_NONE)
        memcpy(ct, pt, n);
    else if (sk_priv_encrypt(u->priv, u->priv_key, u->priv_key_len,
                             c->boots, c->time, 42, pt, n, ct, &ctlen,
                             privp, &err) < 0)
        return -1;
    sk_ber_writer_init(&w, work, sizeof work);
    if (sk_ber_put_octets(&w, 0x04, ct, ctlen, &err) < 0)
        return -1;
    m->data = sk_ber_data(&w);
    m->data_len = sk_ber_written(&w);
    return 0;
}

/* Build mode: the message from U claiming C around ScopedPDU PT[0..N)
 * into msg; its length, 0 on failure. */
static size_t build(const struct sk_usm_user *u, const struct claim *c,
                    const uint8_t *pt, size_t n)
{
    struct sk_usm_params prm;
    struct sk_msg3 m;
    struct sk_error err;
    uint8_t privp[SK_PRIV_PARAMS_LEN], pbuf[512];
    const uint8_t *out;
    size_t outlen;

    if (n > SK_MSG_MAX - 1024)
        return 0;
    memset(&m, 0, sizeof m);
    memset(privp, 0, sizeof privp);
    if (make_data(u, c, pt, n, privp, &m) < 0)
        return 0;
    memset(&prm, 0, sizeof prm);
    if (c->idlen > 0)
        memcpy(prm.engine_id, c->id, c->idlen);
    prm.engine_id_len = c->idlen;
    prm.boots = c->boots;
    prm.time = c->time;
    memcpy(prm.user, u->name, u->name_len);
    prm.user_len = u->name_len;
    prm.auth_len = c->level >= SK_SEC_AUTH ? sk_auth_mac_len(u->auth) : 0;
    prm.priv = c->level == SK_SEC_PRIV ? privp : NULL;
    prm.priv_len = c->level == SK_SEC_PRIV ? sizeof privp : 0;
    if (sk_usm_params_encode(&prm, pbuf, sizeof pbuf, &m.sec_params,
                             &m.sec_params_len, &err) < 0)
        return 0;
    m.msg_id = 4242;
    m.max_size = SK_MSG3_MAX_SIZE;
    m.flags = (uint8_t)((c->level >= SK_SEC_AUTH ? SK_MSG3_FLAG_AUTH : 0) |
                        (c->level == SK_SEC_PRIV ? SK_MSG3_FLAG_PRIV : 0) |
                        (c->reportable ? SK_MSG3_FLAG_REPORTABLE : 0));
    m.sec_model = SK_SEC_MODEL_USM;
    if (sk_msg3_encode(&m, msg, sizeof msg, &out, &outlen, &err) < 0)
        return 0;
    memmove(msg, out, outlen);
    return outlen;
}

/* A Report must be a well-formed v3 message; an unauthenticated one
 * must carry a plaintext Report-PDU (RFC 3412 7.1 (3)). */
static void check_report(const uint8_t *p, size_t n)
{
    struct sk_msg3 h;
    struct sk_usm_params prm;
    struct sk_scoped_pdu sp;
    struct sk_error err;
    size_t used;

    if (sk_msg3_decode(p, n, &h, &err) < 0 ||
        sk_usm_params_decode(h.sec_params, h.sec_params_len, &prm,
                             &err) < 0 ||
        (h.flags & SK_MSG3_FLAG_REPORTABLE) != 0)
        abort();
    if (h.flags & SK_MSG3_FLAG_AUTH)
        return;
    if (sk_scoped_pdu_decode(h.data, h.data_len, &sp, &used, &err) < 0 ||
        sp.pdu->type != SK_PDU_REPORT || sp.pdu->nvbs != 1)
        abort();
    sk_scoped_pdu_clear(&sp);
}

/* The user of the name N decoded for engine ID, as the peer holds it. */
static bool peer_user(const struct sk_notification *n, const uint8_t *id,
                      size_t idlen, struct sk_usm_user *u)
{
    unsigned i;

    for (i = 0; i < NUSERS; i++)
        if (strlen(users[i].name) == n->sec_name_len &&
            memcmp(users[i].name, n->sec_name, n->sec_name_len) == 0) {
            *u = *find_user(i, id, idlen);
            return true;
        }
    return false;
}

/* What we send back must be readable by the peer's user: the inform's
 * Response from our engine, the trap re-encoded as its sender. */
static void check_answer(struct sk_usm_recv *r,
                         const struct sk_notification *n, int64_t now)
{
    struct sk_usm_user u;
    struct sk_usm_in in;
    struct sk_error err;
    const uint8_t *out;
    size_t outlen;
    int rc;
    bool inform = n->pdu->type == SK_PDU_INFORM;

    if (inform)
        rc = sk_notify_ack_encode3(r, n, now, abuf, sizeof abuf, &out,
                                   &outlen, &err);
    else
        rc = sk_notify_forward_encode3(r, n, now, abuf, sizeof abuf, &out,
                                       &outlen, &err);
    if (rc < 0 || !peer_user(n, n->sec_engine, n->sec_engine_len, &u))
        return;
    if (sk_usm_decode(&u, out, outlen, work, &in, &err) < 0)
        abort();
    if ((inform && (in.scoped.pdu->type != SK_PDU_RESPONSE ||
                    in.hdr.msg_id != n->msg_id)) ||
        in.scoped.pdu->nvbs != n->pdu->nvbs ||
        (int)in.level != n->sec_level)
        abort();
    sk_usm_in_clear(&in);
}

static void process(struct sk_usm_recv *r, size_t n, int64_t now)
{
    struct sk_msg3 hdr;
    struct sk_notification note;
    struct sk_error err;
    const uint8_t *rep;
    size_t replen;

    if (sk_notify_recv_decode3(r, msg, n, now, &note, rbuf, sizeof rbuf,
                               &rep, &replen, &err) == 0) {
        if (note.pdu == NULL || replen != 0 ||
            (note.pdu->type != SK_PDU_TRAP_V2 &&
             note.pdu->type != SK_PDU_INFORM))
            abort();
        check_answer(r, &note, now);
        sk_notification_clear(&note);
        return;
    }
    if (note.pdu != NULL || note.v2 != NULL)
        abort();                /* failure must leave nothing behind */
    if (replen == 0)
        return;
    /* RFC 3412 7.1 (3) b: only a reportable message gets a Report */
    if (sk_msg3_decode(msg, n, &hdr, &err) < 0 ||
        (hdr.flags & SK_MSG3_FLAG_REPORTABLE) == 0)
        abort();
    check_report(rep, replen);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct sk_usm_recv *r;
    const struct sk_usm_user *u;
    struct claim c;
    size_t n;

    if (size < 3 || size > SK_MSG_MAX)
        return 0;
    u = find_user(data[0] & 7, local_id, sizeof local_id);
    if (data[0] & 0x08) {
        make_claim(data, u, &c);
        /* the privacy key is localized to the engine claimed */
        u = find_user(data[0] & 7, c.id, c.idlen);
        n = build(u, &c, data + 3, size - 3);
        if (n == 0)
            return 0;
        if (c.level >= SK_SEC_AUTH)
            fix_digest(u, msg, n);
    } else {
        n = size - 3;
        memcpy(msg, data + 3, n);
        if ((data[0] & 0x10) == 0)
            fix_digest(u, msg, n);
    }
    r = make_receiver();
    process(r, n, NOW_US);
    if (data[0] & 0x20)
        process(r, n, NOW_US + (int64_t)(data[2] >> 4) * 64000000);
    sk_notify_usm_free(r);
    return 0;
}
