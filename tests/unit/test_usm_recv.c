/* test_usm_recv.c - the receiver side of the USM (sec/usm_recv.c):
 * discovery Reports from the authoritative engine, informs at each
 * level, the local and the learnt remote time windows (RFC 3414 3.2.7),
 * unknown users, wrong digests, unsupported levels, keys given as -m and
 * -l, and re-encoding a trap for forwarding. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sec/crypto.h"
#include "sec/usm.h"
#include "sec/usm_recv.h"
#include "wire/msg.h"

#include "check.h"

static const uint8_t own[] = { 0x80, 0x00, 0x1f, 0x88, 0x04, 't', 'r' };
static const uint8_t remote[] = { 0x80, 0, 0, 0, 1, 2, 3, 4 };
static uint8_t work[SK_USM_WORK], msg[SK_MSG_MAX], rep[SK_MSG_MAX];

#define SEC(x) ((int64_t)(x) * 1000000)

/* The sender's copy of user NAME with keys localized to ID. */
static void sender(struct sk_usm_user *u, const char *name,
                   enum sk_auth_proto a, enum sk_priv_proto x,
                   const uint8_t *id, size_t idlen)
{
    uint8_t ku[SK_KEY_MAX];
    size_t kulen;
    struct sk_error err;

    memset(u, 0, sizeof *u);
    memcpy(u->name, name, strlen(name));
    u->name_len = strlen(name);
    u->auth = a;
    u->priv = x;
    if (a == SK_AUTH_NONE)
        return;
    CHECK(sk_keys_password_to_key(a, "authpass1", 9, ku, &kulen, &err) == 0);
    CHECK(sk_keys_localize(a, ku, kulen, id, idlen, u->auth_key,
                           &u->auth_key_len, &err) == 0);
    if (x == SK_PRIV_NONE)
        return;
    CHECK(sk_keys_password_to_key(a, "privpass1", 9, ku, &kulen, &err) == 0);
    CHECK(sk_keys_priv_key(a, x, ku, kulen, id, idlen, u->priv_key,
                           &u->priv_key_len, &err) == 0);
}

static void add(struct sk_usm_recv *r, const char *name, enum sk_auth_proto a,
                enum sk_priv_proto x, const uint8_t *id, size_t idlen)
{
    struct sk_usm_user_spec s;
    struct sk_error err;

    memset(&s, 0, sizeof s);
    s.engine_id = id;
    s.engine_id_len = idlen;
    s.name = name;
    s.auth = a;
    s.auth_secret = (const uint8_t *)"authpass1";
    s.auth_secret_len = 9;
    s.priv = x;
    s.priv_secret = (const uint8_t *)"privpass1";
    s.priv_secret_len = 9;
    CHECK(sk_usm_recv_add_user(r, &s, &err) == 0);
}

/* Encode a notification of TYPE from U to ID at LEVEL with BOOTS/TIME. */
static size_t make(const struct sk_usm_user *u, const uint8_t *id,
                   size_t idlen, enum sk_sec_level level,
                   enum sk_pdu_type type, uint32_t boots, uint32_t time)
{
    struct sk_scoped_pdu sp;
    struct sk_usm_out o;
    struct sk_error err;
    const uint8_t *out;
    size_t len = 0;

    memset(&sp, 0, sizeof sp);
    memset(&o, 0, sizeof o);
    sp.pdu = sk_pdu_new(type, &err);
    sp.pdu->request_id = 4242;
    o.msg_id = 77;
    o.level = level;
    o.reportable = type == SK_PDU_INFORM;
    o.boots = boots;
    o.time = time;
    CHECK(sk_usm_encode(u, id, idlen, &o, &sp, work, msg, sizeof msg, &out,
                        &len, &err) == 0);
    memmove(msg, out, len);
    sk_pdu_free(sp.pdu);
    return len;
}

/* Process N bytes of msg at NOW; the error code, 0 on success. */
static int process(struct sk_usm_recv *r, size_t n, int64_t now,
                   struct sk_usm_in *in, size_t *replen,
                   struct sk_error *err)
{
    const struct sk_usm_user *u;
    const uint8_t *p;

    if (sk_usm_recv_process(r, msg, n, now, in, &u, rep, sizeof rep, &p,
                            replen, err) == 0)
        return 0;
    if (*replen > 0)
        memmove(rep, p, *replen);
    return err->code;
}

/* The Report in rep: its usmStats number, level and engine clock. */
static int report_stat(const struct sk_usm_user *u, size_t n,
                       enum sk_sec_level *level, uint32_t *boots)
{
    struct sk_usm_in in;
    struct sk_error err;
    int st = -1;

    if (sk_usm_decode(u, rep, n, work, &in, &err) < 0)
        return -1;
    *level = in.level;
    *boots = in.params.boots;
    CHECK(in.hdr.msg_id == 77);
    CHECK(in.params.engine_id_len == sizeof own &&
          memcmp(in.params.engine_id, own, sizeof own) == 0);
    if (in.scoped.pdu->type == SK_PDU_REPORT && in.scoped.pdu->nvbs == 1)
        st = (int)in.scoped.pdu->vbs[0].name.arc[9];
    sk_usm_in_clear(&in);
    return st;
}

static void test_inform(struct sk_usm_recv *r)
{
    struct sk_usm_user u, anon;
    struct sk_usm_in in;
    struct sk_error err;
    enum sk_sec_level lv = SK_SEC_NOAUTH;
    uint32_t boots = 0;
    size_t n, rl;

    memset(&anon, 0, sizeof anon);
    /* discovery: empty engine ID, reportable */
    n = make(&anon, NULL, 0, SK_SEC_NOAUTH, SK_PDU_INFORM, 0, 0);
    CHECK(process(r, n, SEC(10), &in, &rl, &err) == SK_ERR_UNKNOWN_ENGINE_ID);
    CHECK(rl > 0 && report_stat(&anon, rl, &lv, &boots) == 4);
    CHECK(lv == SK_SEC_NOAUTH && boots == 1);
    /* authPriv inform in the window */
    sender(&u, "ipriv", SK_AUTH_SHA1, SK_PRIV_AES128, own, sizeof own);
    n = make(&u, own, sizeof own, SK_SEC_PRIV, SK_PDU_INFORM, 1, 5);
    CHECK(process(r, n, SEC(10), &in, &rl, &err) == 0 && rl == 0);
    CHECK(in.level == SK_SEC_PRIV && in.scoped.pdu != NULL &&
          in.scoped.pdu->request_id == 4242);
    sk_usm_in_clear(&in);
    /* out of the window: an authenticated notInTimeWindow Report */
    n = make(&u, own, sizeof own, SK_SEC_PRIV, SK_PDU_INFORM, 1, 500);
    CHECK(process(r, n, SEC(10), &in, &rl, &err) ==
          SK_ERR_NOT_IN_TIME_WINDOW);
    CHECK(rl > 0 && report_stat(&u, rl, &lv, &boots) == 2);
    CHECK(lv == SK_SEC_AUTH && boots == 1);
    n = make(&u, own, sizeof own, SK_SEC_AUTH, SK_PDU_INFORM, 2, 10);
    CHECK(process(r, n, SEC(10), &in, &rl, &err) ==
          SK_ERR_NOT_IN_TIME_WINDOW);
    /* wrong key: wrongDigests, the user named in the error */
    sender(&u, "ipriv", SK_AUTH_SHA1, SK_PRIV_AES128, remote, sizeof remote);
    n = make(&u, own, sizeof own, SK_SEC_AUTH, SK_PDU_INFORM, 1, 10);
    CHECK(process(r, n, SEC(10), &in, &rl, &err) == SK_ERR_AUTH_FAILURE);
    CHECK_STR(err.detail, "ipriv");
    CHECK(rl > 0 && report_stat(&anon, rl, &lv, &boots) == 5);
    /* unknown user; a level the user cannot do */
    sender(&u, "nobody", SK_AUTH_NONE, SK_PRIV_NONE, own, sizeof own);
    n = make(&u, own, sizeof own, SK_SEC_NOAUTH, SK_PDU_INFORM, 1, 10);
    CHECK(process(r, n, SEC(10), &in, &rl, &err) == SK_ERR_UNKNOWN_USER);
    CHECK(rl > 0 && report_stat(&anon, rl, &lv, &boots) == 3);
    sender(&u, "inone", SK_AUTH_MD5, SK_PRIV_NONE, own, sizeof own);
    n = make(&u, own, sizeof own, SK_SEC_AUTH, SK_PDU_INFORM, 1, 10);
    CHECK(process(r, n, SEC(10), &in, &rl, &err) ==
          SK_ERR_UNSUPPORTED_SEC_LEVEL);
    CHECK(rl > 0 && report_stat(&anon, rl, &lv, &boots) == 1);
}

static void test_trap(struct sk_usm_recv *r)
{
    static const struct { uint32_t boots, time; int want; } seq[] = {
        { 5, 1000, 0 }, { 5, 100, SK_ERR_NOT_IN_TIME_WINDOW },
        { 4, 2000, SK_ERR_NOT_IN_TIME_WINDOW }, { 5, 900, 0 },
        { 6, 1, 0 }, { 6, 0, 0 },
    };
    struct sk_usm_user u;
    struct sk_usm_in in;
    struct sk_error err;
    size_t i, n, rl;

    sender(&u, "trap", SK_AUTH_SHA256, SK_PRIV_AES256, remote, sizeof remote);
    for (i = 0; i < sizeof seq / sizeof seq[0]; i++) {
        n = make(&u, remote, sizeof remote, SK_SEC_PRIV, SK_PDU_TRAP_V2,
                 seq[i].boots, seq[i].time);
        CHECK(process(r, n, SEC(20), &in, &rl, &err) == seq[i].want);
        CHECK(rl == 0);                 /* traps get no Report */
        sk_usm_in_clear(&in);
    }
    /* the same user and engine, but configured for another engine */
    n = make(&u, own, sizeof own, SK_SEC_PRIV, SK_PDU_TRAP_V2, 1, 20);
    CHECK(process(r, n, SEC(20), &in, &rl, &err) == SK_ERR_UNKNOWN_USER);
}

static void test_forward(struct sk_usm_recv *r)
{
    struct sk_usm_user u;
    struct sk_usm_in in;
    struct sk_scoped_pdu sp;
    struct sk_error err;
    const uint8_t *out;
    size_t len;

    sender(&u, "trap", SK_AUTH_SHA256, SK_PRIV_AES256, remote, sizeof remote);
    memset(&sp, 0, sizeof sp);
    sp.pdu = sk_pdu_new(SK_PDU_TRAP_V2, &err);
    CHECK(sk_usm_recv_encode_as(r, &u, remote, sizeof remote, SK_SEC_PRIV,
                                &sp, SEC(30), rep, sizeof rep, &out, &len,
                                &err) == 0);
    CHECK(sk_usm_decode(&u, out, len, work, &in, &err) == 0);
    CHECK(in.params.boots == 6 && in.params.time == 11);
    sk_usm_in_clear(&in);
    CHECK(sk_usm_recv_encode_as(r, &u, own, sizeof own, SK_SEC_PRIV, &sp,
                                SEC(30), rep, sizeof rep, &out, &len,
                                &err) < 0);
    sk_pdu_free(sp.pdu);
}

int main(void)
{
    struct sk_error err;
    struct sk_usm_recv *r = sk_usm_recv_new(own, sizeof own, 1, 0, &err);

    CHECK(r != NULL);
    CHECK(sk_usm_recv_new(own, 0, 1, 0, &err) == NULL);
    add(r, "ipriv", SK_AUTH_SHA1, SK_PRIV_AES128, NULL, 0);
    add(r, "inone", SK_AUTH_NONE, SK_PRIV_NONE, NULL, 0);
    add(r, "trap", SK_AUTH_SHA256, SK_PRIV_AES256, remote, sizeof remote);
    test_inform(r);
    test_trap(r);
    test_forward(r);
    sk_usm_recv_free(r);
    return CHECK_DONE("test_usm_recv");
}
