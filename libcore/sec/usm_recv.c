/* usm_recv.c - the User-based Security Model on the receiving side of
 * notifications (RFC 3414 3.2), with the user table and the clocks.
 *
 * A notification receiver plays both USM roles.  For an SNMPv2-Trap the
 * sender is authoritative (RFC 3412 6.4), so its users are configured
 * with the sender's engine ID and its clock is learnt from what it
 * claims (3.2.7 b).  For an InformRequest we are authoritative: the
 * sender discovers our engine ID with a probe answered by a
 * usmStatsUnknownEngineIDs Report, is held to our clock (3.2.7 a), and
 * learns it from a usmStatsNotInTimeWindows Report.  Only confirmed
 * (reportable) messages get Reports; traps are dropped in silence. */
#include "sec/usm_recv.h"

#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#define MAX_REMOTES 1024        /* learnt clocks kept, then recycled */
#define BOOTS_MAX 2147483647u

struct recv_user {
    uint8_t engine_id[SK_ENGINE_ID_MAX];
    size_t engine_id_len;
    struct sk_usm_user u;
};

struct remote {
    uint8_t id[SK_ENGINE_ID_MAX];
    size_t id_len;
    struct sk_usm_engine clock;
};

struct sk_usm_recv {
    uint8_t id[SK_ENGINE_ID_MAX];
    size_t id_len;
    uint32_t boots;
    int64_t start_us;
    uint64_t salt;
    uint32_t stats[6];          /* usmStats 1..6 (RFC 3414 5) */
    struct recv_user *users;
    size_t nusers;
    struct remote *remotes;
    size_t nremotes, next_remote;
    uint8_t *work;              /* SK_USM_WORK bytes */
};

/* usmStats counters, RFC 3414 5: 1.3.6.1.6.3.15.1.1.N.0 */
enum stat { UNSUPPORTED_LEVEL = 1, NOT_IN_WINDOW, UNKNOWN_USER,
            UNKNOWN_ENGINE, WRONG_DIGEST, DECRYPTION };

struct sk_usm_recv *sk_usm_recv_new(const uint8_t *id, size_t idlen,
                                    uint32_t boots, int64_t now_us,
                                    struct sk_error *err)
{
    struct sk_usm_recv *r;

    if (idlen == 0 || idlen > SK_ENGINE_ID_MAX) {
        sk_error_set(err, SK_ERR_BAD_VALUE, "engine ID length");
        return NULL;
    }
    r = calloc(1, sizeof *r);
    if (r != NULL)
        r->work = malloc(SK_USM_WORK);
    if (r == NULL || r->work == NULL) {
        free(r);
        sk_error_set(err, SK_ERR_NOMEM, NULL);
        return NULL;
    }
    memcpy(r->id, id, idlen);
    r->id_len = idlen;
    r->boots = boots;
    r->start_us = now_us;
    if (getrandom(&r->salt, sizeof r->salt, 0) != (ssize_t)sizeof r->salt)
        r->salt = (uint64_t)now_us * 2654435761u;
    return r;
}

void sk_usm_recv_free(struct sk_usm_recv *r)
{
    if (r == NULL)
        return;
    if (r->users != NULL)
        sk_crypto_wipe(r->users, r->nusers * sizeof *r->users);
    free(r->users);
    free(r->remotes);
    free(r->work);
    free(r);
}

const uint8_t *sk_usm_recv_engine(const struct sk_usm_recv *r, size_t *len)
{
    *len = r->id_len;
    return r->id;
}

void sk_usm_recv_clock(const struct sk_usm_recv *r, int64_t now_us,
                       uint32_t *boots, uint32_t *time)
{
    int64_t s = now_us > r->start_us ? (now_us - r->start_us) / 1000000 : 0;

    *boots = r->boots;
    *time = s > (int64_t)BOOTS_MAX ? BOOTS_MAX : (uint32_t)s;
}

/* Kul for PROTO from a secret of KIND (RFC 3414 A.2). */
static int auth_key(enum sk_auth_proto proto, enum sk_usm_secret kind,
                    const uint8_t *sec, size_t len, const uint8_t *id,
                    size_t idlen, uint8_t *out, size_t *outlen,
                    struct sk_error *err)
{
    uint8_t ku[SK_KEY_MAX];
    size_t kulen = 0;
    int rc;

    if (kind == SK_USM_LOCALIZED) {
        if (len != sk_auth_key_len(proto))
            return sk_error_set(err, SK_ERR_BAD_VALUE, "key length");
        memcpy(out, sec, len);
        *outlen = len;
        return 0;
    }
    if (kind == SK_USM_MASTER) {
        if (len != sk_auth_key_len(proto))
            return sk_error_set(err, SK_ERR_BAD_VALUE, "key length");
        memcpy(ku, sec, len);
        kulen = len;
    } else if (sk_keys_password_to_key(proto, (const char *)sec, len, ku,
                                       &kulen, err) < 0) {
        return -1;
    }
    rc = sk_keys_localize(proto, ku, kulen, id, idlen, out, outlen, err);
    sk_crypto_wipe(ku, sizeof ku);
    return rc;
}

/* The privacy key: Ku is made with the auth hash, then localized and
 * extended (keys.c); a localized key (-l) only needs the extension. */
static int priv_key(const struct sk_usm_user_spec *s, const uint8_t *id,
                    size_t idlen, uint8_t *out, size_t *outlen,
                    struct sk_error *err)
{
    uint8_t k[SK_KEY_MAX];
    size_t klen = 0;
    int rc;

    if (s->priv_kind == SK_USM_LOCALIZED)
        return sk_keys_priv_extend(s->auth, s->priv, s->priv_secret,
                                   s->priv_secret_len, id, idlen, out,
                                   outlen, err);
    if (s->priv_kind == SK_USM_MASTER) {
        if (s->priv_secret_len != sk_auth_key_len(s->auth))
            return sk_error_set(err, SK_ERR_BAD_VALUE, "key length");
        memcpy(k, s->priv_secret, s->priv_secret_len);
        klen = s->priv_secret_len;
    } else if (sk_keys_password_to_key(s->auth,
                                       (const char *)s->priv_secret,
                                       s->priv_secret_len, k, &klen,
                                       err) < 0) {
        return -1;
    }
    rc = sk_keys_priv_key(s->auth, s->priv, k, klen, id, idlen, out,
                          outlen, err);
    sk_crypto_wipe(k, sizeof k);
    return rc;
}

static struct recv_user *find_user(struct sk_usm_recv *r, const uint8_t *id,
                                   size_t idlen, const uint8_t *name,
                                   size_t nlen)
{
    for (size_t i = 0; i < r->nusers; i++) {
        struct recv_user *u = &r->users[i];

        if (u->engine_id_len == idlen && u->u.name_len == nlen &&
            memcmp(u->engine_id, id, idlen) == 0 &&
            memcmp(u->u.name, name, nlen) == 0)
            return u;
    }
    return NULL;
}

static int make_user(struct sk_usm_recv *r, const struct sk_usm_user_spec *s,
                     struct recv_user *nu, struct sk_error *err)
{
    const uint8_t *id = s->engine_id_len > 0 ? s->engine_id : r->id;
    size_t idlen = s->engine_id_len > 0 ? s->engine_id_len : r->id_len;
    size_t nlen = strlen(s->name);

    if (idlen > SK_ENGINE_ID_MAX || nlen == 0 || nlen > SK_USM_USER_MAX)
        return sk_error_set(err, SK_ERR_BAD_VALUE, "user or engine ID");
    memset(nu, 0, sizeof *nu);
    memcpy(nu->engine_id, id, idlen);
    nu->engine_id_len = idlen;
    memcpy(nu->u.name, s->name, nlen);
    nu->u.name_len = nlen;
    if (s->auth == SK_AUTH_NONE)
        return 0;
    nu->u.auth = s->auth;
    if (auth_key(s->auth, s->auth_kind, s->auth_secret, s->auth_secret_len,
                 id, idlen, nu->u.auth_key, &nu->u.auth_key_len, err) < 0)
        return -1;
    if (s->priv == SK_PRIV_NONE)
        return 0;
    nu->u.priv = s->priv;
    return priv_key(s, id, idlen, nu->u.priv_key, &nu->u.priv_key_len, err);
}

int sk_usm_recv_add_user(struct sk_usm_recv *r,
                         const struct sk_usm_user_spec *s,
                         struct sk_error *err)
{
    struct recv_user nu, *old, *grown;
    int rc;

    memset(&nu, 0, sizeof nu);
    rc = make_user(r, s, &nu, err);

    if (rc == 0) {
        old = find_user(r, nu.engine_id, nu.engine_id_len, nu.u.name,
                        nu.u.name_len);
        if (old != NULL) {
            *old = nu;
        } else {
            grown = realloc(r->users, (r->nusers + 1) * sizeof *grown);
            if (grown == NULL) {
                rc = sk_error_set(err, SK_ERR_NOMEM, NULL);
            } else {
                r->users = grown;
                r->users[r->nusers++] = nu;
            }
        }
    }
    sk_crypto_wipe(&nu, sizeof nu);
    return rc;
}

/* The clock learnt for remote engine ID, made when first seen. */
static struct sk_usm_engine *remote_clock(struct sk_usm_recv *r,
                                          const uint8_t *id, size_t idlen)
{
    struct remote *e;
    size_t i;

    for (i = 0; i < r->nremotes; i++)
        if (r->remotes[i].id_len == idlen &&
            memcmp(r->remotes[i].id, id, idlen) == 0)
            return &r->remotes[i].clock;
    if (r->remotes == NULL) {
        r->remotes = calloc(MAX_REMOTES, sizeof *r->remotes);
        if (r->remotes == NULL)
            return NULL;
    }
    if (r->nremotes < MAX_REMOTES) {
        e = &r->remotes[r->nremotes++];
    } else {
        e = &r->remotes[r->next_remote];
        r->next_remote = (r->next_remote + 1) % MAX_REMOTES;
    }
    memset(e, 0, sizeof *e);
    memcpy(e->id, id, idlen);
    e->id_len = idlen;
    return &e->clock;
}

/* RFC 3414 3.2.7: a message to us must be of our boot and within 150
 * seconds of our time either way; one from a remote engine is checked
 * against (and advances) what we learnt of its clock. */
static int timely(struct sk_usm_recv *r, const struct sk_usm_params *prm,
                  int64_t now_us, struct sk_error *err)
{
    struct sk_usm_engine *e;
    uint32_t boots, time, diff;

    if (prm->engine_id_len == r->id_len &&
        memcmp(prm->engine_id, r->id, r->id_len) == 0) {
        sk_usm_recv_clock(r, now_us, &boots, &time);
        diff = time > prm->time ? time - prm->time : prm->time - time;
        if (prm->boots >= BOOTS_MAX || prm->boots != boots ||
            diff > SK_USM_TIME_WINDOW)
            return sk_error_set(err, SK_ERR_NOT_IN_TIME_WINDOW, NULL);
        return 0;
    }
    e = remote_clock(r, prm->engine_id, prm->engine_id_len);
    if (e == NULL)
        return sk_error_set(err, SK_ERR_NOMEM, NULL);
    return sk_usm_time_check(e, prm->boots, prm->time, now_us, err);
}


int sk_usm_recv_encode(struct sk_usm_recv *r, const struct sk_usm_user *u,
                       enum sk_sec_level level, int32_t msg_id,
                       const struct sk_scoped_pdu *sp, int64_t now_us,
                       uint8_t *buf, size_t cap, const uint8_t **out,
                       size_t *outlen, struct sk_error *err)
{
    struct sk_usm_out o;

    memset(&o, 0, sizeof o);
    o.msg_id = msg_id;
    o.level = level;
    o.reportable = false;
    sk_usm_recv_clock(r, now_us, &o.boots, &o.time);
    o.salt = r->salt++;
    return sk_usm_encode(u, r->id, r->id_len, &o, sp, r->work, buf, cap, out,
                         outlen, err);
}

int sk_usm_recv_encode_as(struct sk_usm_recv *r, const struct sk_usm_user *u,
                          const uint8_t *id, size_t idlen,
                          enum sk_sec_level level,
                          const struct sk_scoped_pdu *sp, int64_t now_us,
                          uint8_t *buf, size_t cap, const uint8_t **out,
                          size_t *outlen, struct sk_error *err)
{
    struct sk_usm_engine *e = remote_clock(r, id, idlen);
    struct sk_usm_out o;

    if (e == NULL || !e->synced)
        return sk_error_set(err, SK_ERR_UNKNOWN_ENGINE_ID, NULL);
    memset(&o, 0, sizeof o);
    o.msg_id = (int32_t)(r->salt & 0x7fffffff);
    o.level = level;
    sk_usm_time_now(e, now_us, &o.boots, &o.time);
    o.salt = r->salt++;
    return sk_usm_encode(u, id, idlen, &o, sp, r->work, buf, cap, out,
                         outlen, err);
}

/* What a failed message is answered with (RFC 3414 3.2, RFC 3412
 * 7.2.6): the request's msgID and, when it could be read, its
 * request-id, the counter's OID and value, from our engine.  The Report
 * is unauthenticated except for notInTimeWindow (3.2.7 a), which is
 * how the sender learns our clock and must be able to trust it. */
struct failure {
    const struct sk_msg3 *hdr;
    const struct sk_usm_params *prm;
    int32_t request_id;
    const struct sk_usm_user *auth_user;  /* NULL: noAuthNoPriv */
};

static int report(struct sk_usm_recv *r, enum stat st,
                  const struct failure *f, int64_t now_us, uint8_t *buf,
                  size_t cap, const uint8_t **rep, size_t *replen)
{
    static const uint32_t stats[] = { 1, 3, 6, 1, 6, 3, 15, 1, 1, 0, 0 };
    struct sk_scoped_pdu sp;
    struct sk_usm_user anon;
    struct sk_varbind vb;
    struct sk_error err;
    int rc = -1;

    r->stats[st - 1]++;
    if (!(f->hdr->flags & SK_MSG3_FLAG_REPORTABLE))
        return 0;
    memset(&sp, 0, sizeof sp);
    memset(&vb, 0, sizeof vb);
    memset(&anon, 0, sizeof anon);
    memcpy(anon.name, f->prm->user, f->prm->user_len);
    anon.name_len = f->prm->user_len;
    sp.pdu = sk_pdu_new(SK_PDU_REPORT, &err);
    if (sp.pdu == NULL || sk_oid_set(&vb.name, stats, 11, &err) < 0)
        goto out;
    vb.name.arc[9] = st;
    sp.pdu->request_id = f->request_id;
    sk_value_set_uint(&vb.value, SK_T_COUNTER32, r->stats[st - 1]);
    if (sk_pdu_add(sp.pdu, &vb, &err) < 0)
        goto out;
    memcpy(sp.engine_id, r->id, r->id_len);
    sp.engine_id_len = r->id_len;
    rc = sk_usm_recv_encode(r, f->auth_user != NULL ? f->auth_user : &anon,
                            f->auth_user != NULL ? SK_SEC_AUTH
                                                 : SK_SEC_NOAUTH,
                            f->hdr->msg_id, &sp, now_us, buf, cap, rep,
                            replen, &err);
out:
    sk_pdu_free(sp.pdu);
    return rc;
}

/* The request-id of a plaintext ScopedPDU, 0 when it cannot be read. */
static int32_t plain_request_id(const struct sk_msg3 *hdr)
{
    struct sk_scoped_pdu sp;
    struct sk_error err;
    size_t used;
    int32_t id = 0;

    if (hdr->flags & SK_MSG3_FLAG_PRIV)
        return 0;
    if (sk_scoped_pdu_decode(hdr->data, hdr->data_len, &sp, &used,
                             &err) == 0) {
        id = sp.pdu->request_id;
        sk_scoped_pdu_clear(&sp);
    }
    return id;
}

static bool level_ok(const struct sk_usm_user *u, uint8_t flags)
{
    if ((flags & SK_MSG3_FLAG_AUTH) && u->auth == SK_AUTH_NONE)
        return false;
    return !(flags & SK_MSG3_FLAG_PRIV) || u->priv != SK_PRIV_NONE;
}

/* sk_usm_decode failed for a known user: count, answer, explain. */
static int decode_failed(struct sk_usm_recv *r, const struct failure *f,
                         const struct sk_usm_user *u, int64_t now_us,
                         uint8_t *buf, size_t cap, const uint8_t **rep,
                         size_t *replen, struct sk_error *err)
{
    enum sk_err code = err->code;

    if (code == SK_ERR_AUTH_FAILURE) {
        report(r, WRONG_DIGEST, f, now_us, buf, cap, rep, replen);
        return sk_error_set(err, code, "%.*s", (int)u->name_len,
                            (const char *)u->name);
    }
    if (code == SK_ERR_DECRYPTION) {
        report(r, DECRYPTION, f, now_us, buf, cap, rep, replen);
        return -1;
    }
    if ((code == SK_ERR_ASN_PARSE || code == SK_ERR_BAD_TYPE) &&
        (f->hdr->flags & SK_MSG3_FLAG_PRIV))
        return sk_error_set(err, SK_ERR_USM_PARSE, "ScopedPDU");
    return -1;
}

int sk_usm_recv_process(struct sk_usm_recv *r, const uint8_t *p, size_t n,
                        int64_t now_us, struct sk_usm_in *in,
                        const struct sk_usm_user **user, uint8_t *buf,
                        size_t cap, const uint8_t **rep, size_t *replen,
                        struct sk_error *err)
{
    struct sk_msg3 hdr;
    struct sk_usm_params prm;
    struct failure f = { &hdr, &prm, 0, NULL };
    struct recv_user *ru;
    bool local;

    *rep = NULL;
    *replen = 0;
    *user = NULL;
    memset(in, 0, sizeof *in);
    if (sk_msg3_decode(p, n, &hdr, err) < 0)
        return -1;
    if (hdr.sec_model != SK_SEC_MODEL_USM)
        return sk_error_set(err, SK_ERR_UNKNOWN_SEC_MODEL, NULL);
    if (sk_usm_params_decode(hdr.sec_params, hdr.sec_params_len, &prm,
                             err) < 0)
        return -1;
    f.request_id = plain_request_id(&hdr);
    local = prm.engine_id_len == r->id_len &&
            memcmp(prm.engine_id, r->id, r->id_len) == 0;
    /* 3.2.3: an empty or foreign engine ID in a confirmed message is
     * the sender's discovery: tell it ours */
    if (prm.engine_id_len == 0 ||
        (!local && (hdr.flags & SK_MSG3_FLAG_REPORTABLE))) {
        report(r, UNKNOWN_ENGINE, &f, now_us, buf, cap, rep, replen);
        return sk_error_set(err, SK_ERR_UNKNOWN_ENGINE_ID, NULL);
    }
    ru = find_user(r, prm.engine_id, prm.engine_id_len, prm.user,
                   prm.user_len);
    if (ru == NULL) {                           /* 3.2.4 */
        report(r, UNKNOWN_USER, &f, now_us, buf, cap, rep, replen);
        return sk_error_set(err, SK_ERR_UNKNOWN_USER, NULL);
    }
    if (!level_ok(&ru->u, hdr.flags)) {         /* 3.2.5 */
        report(r, UNSUPPORTED_LEVEL, &f, now_us, buf, cap, rep, replen);
        return sk_error_set(err, SK_ERR_UNSUPPORTED_SEC_LEVEL, NULL);
    }
    if (sk_usm_decode(&ru->u, p, n, r->work, in, err) < 0)
        return decode_failed(r, &f, &ru->u, now_us, buf, cap, rep, replen,
                             err);
    if (in->level >= SK_SEC_AUTH && timely(r, &prm, now_us, err) < 0) {
        f.request_id = in->scoped.pdu->request_id;
        f.auth_user = local ? &ru->u : NULL;
        sk_usm_in_clear(in);
        report(r, NOT_IN_WINDOW, &f, now_us, buf, cap, rep, replen);
        return sk_error_set(err, SK_ERR_NOT_IN_TIME_WINDOW, NULL);
    }
    *user = &ru->u;
    return 0;
}
