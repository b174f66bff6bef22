/* session.c - one agent, one transport: request/response with retries.
 *
 * A request is encoded once into the session's fixed 64 KiB buffer and
 * the same bytes (same request-id, as Net-SNMP) are sent on the first
 * attempt and on each of the cfg->retries re-sends.  Every attempt waits
 * cfg->timeout_us from its send, measured on the monotonic clock; replies
 * that fail to decode, or carry another version, community, PDU type or
 * request-id, are dropped and the wait goes on for the time left.  After
 * the last attempt the request fails with SK_ERR_TIMEOUT.
 *
 * SNMPv3 (RFC 3412, RFC 3414) differs in three ways, all as Net-SNMP
 * 5.9 does it.  The engine is discovered at open (discover.c) unless -e
 * names it.  Every attempt is re-encoded with a fresh msgID, the
 * current engine-time estimate and a fresh privacy salt, under the same
 * request-id; replies are matched on msgID, then request-id.  A Report
 * answering the request becomes an error (usmStats -> SK_ERR_*), except
 * that an authenticated notInTimeWindow Report resynchronises the clock
 * and the request is re-sent once, outside the retry count.  Messages
 * from another engine ID, failing authentication or decryption, outside
 * the time window, or at a lower security level are dropped.
 *
 * Notification originators (sk_session_open_notify, net/notify.h) turn
 * this round for SNMPv3 as Net-SNMP's snmptrap does: a trap's sender is
 * the authoritative engine, so nothing is discovered; an inform's
 * receiver is, and it is discovered at the first request rather than
 * at open. */
#include "net/session.h"

#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "net/addr.h"
#include "net/discover.h"
#include "net/notify.h"
#include "net/transport.h"
#include "wire/msg.h"

struct sk_session {
    struct sk_transport *tp;
    enum sk_version version;
    uint8_t community[SK_COMMUNITY_MAX];
    size_t community_len;
    int retries;
    long timeout_us;
    sk_trace_fn *trace;
    void *trace_ctx;
    sk_drop_fn *drop;
    void *drop_ctx;
    int32_t next_reqid;
    struct sk_v3 *v3;           /* SNMPv3 only */
    bool discover_pending;      /* v3 inform: probe at the first request */
    struct sk_error deferred;   /* key error to report after that probe */
    uint8_t obuf[SK_MSG_MAX + 1];
};

/* Request-ids start at a random positive 31-bit value so that replies
 * to an earlier run of the tool cannot match (Net-SNMP does the same). */
static int32_t first_reqid(void)
{
    uint32_t r = 0;

    if (getrandom(&r, sizeof r, GRND_NONBLOCK) != (ssize_t)sizeof r)
        r = (uint32_t)time(NULL) ^ ((uint32_t)getpid() << 16);
    r &= 0x7fffffffu;
    return r == 0 ? 1 : (int32_t)r;
}

static int32_t take_reqid(struct sk_session *s)
{
    int32_t id = s->next_reqid;

    s->next_reqid = id == INT32_MAX ? 1 : id + 1;
    return id;
}

static void v3_io(struct sk_session *s, struct sk_v3_io *io)
{
    io->tp = s->tp;
    io->trace = s->trace;
    io->trace_ctx = s->trace_ctx;
    io->retries = s->retries;
    io->timeout_us = s->timeout_us;
    io->obuf = s->obuf;
    io->obufcap = sizeof s->obuf;
}

/* Keys, then the engine: Net-SNMP probes while opening the session, so
 * a silent agent fails the open ("snmpget: Timeout"). */
static int open_v3(struct sk_session *s, const struct sk_session_cfg *cfg,
                   struct sk_error *err)
{
    struct sk_v3_io io;

    if (cfg->usm == NULL)
        return sk_error_set(err, SK_ERR_GENERIC, "no USM settings");
    s->v3 = sk_v3_new(cfg->usm, err);
    if (s->v3 == NULL)
        return -1;
    v3_io(s, &io);
    return sk_v3_discover(s->v3, &io, take_reqid(s), err);
}

/* The session without its SNMPv3 state: peer, transport, settings. */
static struct sk_session *session_new(const struct sk_session_cfg *cfg,
                                      struct sk_error *err)
{
    struct sk_session *s;
    struct sk_addr peer;

    if (cfg->peername == NULL) {
        sk_error_set(err, SK_ERR_BAD_ADDRESS, NULL);
        return NULL;
    }
    if (cfg->community_len > SK_COMMUNITY_MAX) {
        sk_error_set(err, SK_ERR_BAD_COMMUNITY, NULL);
        return NULL;
    }
    if (sk_addr_parse(cfg->peername, cfg->default_domain,
                      cfg->default_port, &peer, err) < 0)
        return NULL;
    s = calloc(1, sizeof *s);
    if (s == NULL) {
        sk_error_set(err, SK_ERR_NOMEM, NULL);
        return NULL;
    }
    s->tp = sk_transport_open(&peer, cfg->local_addr, cfg->peername, err);
    if (s->tp == NULL) {
        free(s);
        return NULL;
    }
    s->version = cfg->version;
    if (cfg->community_len > 0)
        memcpy(s->community, cfg->community, cfg->community_len);
    s->community_len = cfg->community_len;
    s->retries = cfg->retries < 0 ? 0 : cfg->retries;
    s->timeout_us = cfg->timeout_us < 0 ? 0 : cfg->timeout_us;
    s->trace = cfg->trace;
    s->trace_ctx = cfg->trace_ctx;
    s->drop = cfg->drop;
    s->drop_ctx = cfg->drop_ctx;
    s->next_reqid = first_reqid();
    return s;
}

struct sk_session *sk_session_open(const struct sk_session_cfg *cfg,
                                   struct sk_error *err)
{
    struct sk_session *s = session_new(cfg, err);

    if (s != NULL && s->version == SK_VERSION_3 && open_v3(s, cfg, err) < 0) {
        sk_session_close(s);
        return NULL;
    }
    return s;
}

void sk_session_close(struct sk_session *s)
{
    if (s == NULL)
        return;
    sk_transport_close(s->tp);
    sk_v3_free(s->v3);
    free(s);
}

/* Net-SNMP refuses v2-only PDUs on a v1 session, the v1 Trap on v2c/v3
 * and negative GETBULK counts before anything is encoded (snmp_api.c,
 * _snmp_build). */
static int check_pdu_version(const struct sk_session *s,
                             const struct sk_pdu *pdu, struct sk_error *err)
{
    enum sk_pdu_type type = pdu->type;
    bool v2only = type == SK_PDU_GETBULK || type == SK_PDU_INFORM ||
                  type == SK_PDU_TRAP_V2 || type == SK_PDU_REPORT;

    if (s->version == SK_VERSION_1 && v2only)
        return sk_error_set(err, SK_ERR_V2_IN_V1, NULL);
    if (s->version != SK_VERSION_1 && type == SK_PDU_TRAP_V1)
        return sk_error_set(err, SK_ERR_V1_IN_V2, NULL);
    if (type == SK_PDU_GETBULK && pdu->error_index < 0)
        return sk_error_set(err, SK_ERR_BAD_REPETITIONS, NULL);
    if (type == SK_PDU_GETBULK && pdu->error_status < 0)
        return sk_error_set(err, SK_ERR_BAD_REPEATERS, NULL);
    return 0;
}

/* Encode PDU (borrowed; only its request-id is replaced, in a shallow
 * copy) into the session buffer. */
static int encode(struct sk_session *s, const struct sk_pdu *pdu,
                  int32_t reqid, const uint8_t **out, size_t *outlen,
                  struct sk_error *err)
{
    struct sk_pdu copy = *pdu;
    struct sk_msg msg;

    if (check_pdu_version(s, pdu, err) < 0)
        return -1;
    copy.request_id = reqid;
    msg.version = (int32_t)s->version;
    msg.community = s->community;
    msg.community_len = s->community_len;
    msg.pdu = &copy;
    return sk_msg_encode(&msg, s->obuf, sizeof s->obuf, out, outlen, err);
}

static int send_msg(struct sk_session *s, const uint8_t *p, size_t n,
                    struct sk_error *err)
{
    if (s->trace != NULL)
        s->trace(s->trace_ctx, true, s->tp->desc_out, p, n);
    return s->tp->ops->send(s->tp, p, n, err);
}

/* Tell the app why a message was dropped unread (Net-SNMP parses the
 * whole message before matching it, and logs a bad value type then). */
static void dropped(const struct sk_session *s, const struct sk_error *why)
{
    if (s->drop != NULL)
        s->drop(s->drop_ctx, why);
}

/* Decode P[0..N) and keep it only if it answers REQID on this session:
 * 1 with *RESP set, 0 to drop it. */
static int match_reply(const struct sk_session *s, const uint8_t *p,
                       size_t n, int32_t reqid, struct sk_pdu **resp)
{
    struct sk_msg msg;
    struct sk_error why;
    bool ok;

    if (sk_msg_decode(p, n, &msg, &why) < 0) {
        dropped(s, &why);
        return 0;
    }
    ok = msg.version == (int32_t)s->version && msg.pdu != NULL &&
         msg.pdu->type == SK_PDU_RESPONSE &&
         msg.pdu->request_id == reqid &&
         msg.community_len == s->community_len &&
         (s->community_len == 0 ||
          memcmp(msg.community, s->community, s->community_len) == 0);
    if (ok) {
        *resp = msg.pdu;
        msg.pdu = NULL;
    }
    sk_msg_clear(&msg);
    return ok ? 1 : 0;
}


/* ---- SNMPv3 ---- */

/* The confirmed class (RFC 3411 2.8) asks for Reports. */
static bool confirmed(enum sk_pdu_type t)
{
    return t == SK_PDU_GET || t == SK_PDU_GETNEXT || t == SK_PDU_SET ||
           t == SK_PDU_GETBULK || t == SK_PDU_INFORM;
}

/* Encode PDU in a ScopedPDU (contextEngineID -E, else the security
 * engine ID; contextName -n) under a fresh msgID, the engine clock as
 * we estimate it now and a fresh salt. */
static int encode_v3(struct sk_session *s, const struct sk_pdu *pdu,
                     int32_t reqid, int32_t msgid, const uint8_t **out,
                     size_t *outlen, struct sk_error *err)
{
    struct sk_v3 *v = s->v3;
    struct sk_pdu copy = *pdu;
    struct sk_scoped_pdu sp;
    struct sk_usm_out o;

    if (check_pdu_version(s, pdu, err) < 0)
        return -1;
    copy.request_id = reqid;
    memset(&sp, 0, sizeof sp);
    sp.engine_id_len = v->ctx_engine_set ? v->ctx_engine_len
                                         : v->engine.id_len;
    memcpy(sp.engine_id, v->ctx_engine_set ? v->ctx_engine : v->engine.id,
           sp.engine_id_len);
    memcpy(sp.name, v->context, v->context_len);
    sp.name_len = v->context_len;
    sp.pdu = &copy;
    memset(&o, 0, sizeof o);
    o.msg_id = msgid;
    o.level = v->level;
    o.reportable = confirmed(pdu->type);
    sk_usm_time_now(&v->engine, sk_transport_now_us(), &o.boots, &o.time);
    o.salt = v->salt++;
    return sk_usm_encode(&v->user, v->engine.id, v->engine.id_len, &o, &sp,
                         v->work, s->obuf, sizeof s->obuf, out, outlen,
                         err);
}

/* A Report answering our message is the agent's error; an
 * authenticated notInTimeWindow one (its clock already taken by
 * sk_usm_time_check) asks for the re-send: 2. */
static int take_report_v3(const struct sk_usm_in *in, struct sk_error *err)
{
    enum sk_err code = sk_usm_report_error(in->scoped.pdu, err);

    if (code == SK_ERR_NOT_IN_TIME_WINDOW && in->level >= SK_SEC_AUTH)
        return 2;
    return -1;
}

/* Classify P[0..N): 1 the response (in *RESP), 2 resync and re-send,
 * -1 a Report's error (ERR set), 0 drop it. */
static int match_v3(struct sk_session *s, const uint8_t *p, size_t n,
                    int32_t msgid, int32_t reqid, struct sk_pdu **resp,
                    struct sk_error *err)
{
    struct sk_v3 *v = s->v3;
    struct sk_usm_in in;
    struct sk_error ignored;
    const struct sk_pdu *pdu;
    int rc = 0;

    if (sk_usm_decode(&v->user, p, n, v->work, &in, &ignored) < 0) {
        dropped(s, &ignored);
        return 0;
    }
    pdu = in.scoped.pdu;
    /* RFC 3412 7.2.10-12: only our msgID, from the engine we talk to. */
    if (in.hdr.msg_id != msgid ||
        in.params.engine_id_len != v->engine.id_len ||
        memcmp(in.params.engine_id, v->engine.id, v->engine.id_len) != 0)
        goto out;
    /* RFC 3414 3.2.7 b: an authenticated message outside the window is
     * dropped, a notInTimeWindow Report too (Net-SNMP then times out). */
    if (in.level >= SK_SEC_AUTH &&
        sk_usm_time_check(&v->engine, in.params.boots, in.params.time,
                          sk_transport_now_us(), &ignored) < 0)
        goto out;
    if (pdu->type == SK_PDU_REPORT) {
        rc = take_report_v3(&in, err);
    } else if (pdu->type == SK_PDU_RESPONSE && pdu->request_id == reqid &&
               in.level == v->level) {
        *resp = in.scoped.pdu;
        in.scoped.pdu = NULL;
        rc = 1;
    }
out:
    sk_usm_in_clear(&in);
    return rc;
}

/* Wait until DEADLINE for the answer to REQID (and, for SNMPv3, to
 * MSGID): 1 got it in *RESP, 0 timed out, or match_v3's 2 and -1. */
static int await_reply(struct sk_session *s, int64_t deadline,
                       int32_t msgid, int32_t reqid, struct sk_pdu **resp,
                       struct sk_error *err)
{
    for (;;) {
        const uint8_t *p;
        size_t n;
        int rc = s->tp->ops->recv(s->tp, deadline, &p, &n, err);

        if (rc <= 0)
            return rc;
        if (s->trace != NULL)
            s->trace(s->trace_ctx, false, s->tp->desc_in, p, n);
        rc = s->v3 != NULL ? match_v3(s, p, n, msgid, reqid, resp, err)
                           : match_reply(s, p, n, reqid, resp);
        if (rc != 0)
            return rc;
    }
}

static int request_v3(struct sk_session *s, const struct sk_pdu *req,
                      int32_t reqid, struct sk_pdu **resp,
                      struct sk_error *err)
{
    bool resent = false;
    int attempt = 0;

    while (attempt <= s->retries) {
        int32_t msgid = sk_v3_msgid(s->v3);
        const uint8_t *p;
        size_t n;
        int rc;

        if (encode_v3(s, req, reqid, msgid, &p, &n, err) < 0 ||
            send_msg(s, p, n, err) < 0)
            return -1;
        rc = await_reply(s, sk_transport_now_us() + s->timeout_us, msgid,
                      reqid, resp, err);
        if (rc == 2 && resent)
            return sk_error_set(err, SK_ERR_NOT_IN_TIME_WINDOW, NULL);
        if (rc == 2) {
            /* RFC 3414 4: one automatic re-send with the clock just
             * learnt.  Like Net-SNMP it uses up a retry when one is
             * left, and happens even with -r 0. */
            resent = true;
            if (attempt < s->retries)
                attempt++;
            continue;
        }
        if (rc != 0)
            return rc > 0 ? 0 : -1;
        attempt++;
    }
    return sk_error_set(err, SK_ERR_TIMEOUT, NULL);
}

/* The discovery an inform session left for its first request, then
 * the key error sk_v3_new found at open, if any. */
static int discover_late(struct sk_session *s, struct sk_error *err)
{
    struct sk_v3_io io;

    v3_io(s, &io);
    if (sk_v3_discover(s->v3, &io, take_reqid(s), err) < 0)
        return -1;
    s->discover_pending = false;
    if (s->deferred.code != SK_ERR_OK) {
        *err = s->deferred;
        return -1;
    }
    return 0;
}

int sk_session_request(struct sk_session *s, const struct sk_pdu *req,
                       struct sk_pdu **resp, struct sk_error *err)
{
    const uint8_t *p;
    size_t n;
    int32_t reqid;

    *resp = NULL;
    if (s->discover_pending && discover_late(s, err) < 0)
        return -1;
    reqid = take_reqid(s);
    if (s->v3 != NULL)
        return request_v3(s, req, reqid, resp, err);
    if (encode(s, req, reqid, &p, &n, err) < 0)
        return -1;
    for (int attempt = 0; attempt <= s->retries; attempt++) {
        int64_t deadline;
        int rc;

        if (send_msg(s, p, n, err) < 0)
            return -1;
        deadline = sk_transport_now_us() + s->timeout_us;
        rc = await_reply(s, deadline, 0, reqid, resp, err);
        if (rc != 0)
            return rc > 0 ? 0 : -1;
    }
    return sk_error_set(err, SK_ERR_TIMEOUT, NULL);
}

int sk_session_send(struct sk_session *s, const struct sk_pdu *pdu,
                    struct sk_error *err)
{
    const uint8_t *p;
    size_t n;

    if (s->v3 != NULL) {
        if (encode_v3(s, pdu, take_reqid(s), sk_v3_msgid(s->v3), &p, &n,
                      err) < 0)
            return -1;
    } else if (encode(s, pdu, take_reqid(s), &p, &n, err) < 0) {
        return -1;
    }
    return send_msg(s, p, n, err);
}

/* ---- notification originators (RFC 3413 3.2) ---- */

/* Our engine ID as contextEngineID unless -E: Net-SNMP's snmptrap does
 * this for traps and informs alike. */
static int local_context(struct sk_v3 *v, const struct sk_notify_cfg *n,
                         struct sk_error *err)
{
    if (n->local_engine_id_len == 0 ||
        n->local_engine_id_len > SK_ENGINE_ID_MAX)
        return sk_error_set(err, SK_ERR_BAD_ENG_ID, NULL);
    if (!v->ctx_engine_set) {
        memcpy(v->ctx_engine, n->local_engine_id, n->local_engine_id_len);
        v->ctx_engine_len = n->local_engine_id_len;
        v->ctx_engine_set = true;
    }
    return 0;
}

/* A trap's sender is the authoritative engine (RFC 3414 3.1.1 b): -e
 * or our own engine ID, and no discovery.  Net-SNMP takes boots and
 * time from -Z, with 0 meaning boots 1 and the host uptime - which it
 * reads in hundredths of a second and sends as seconds. */
static int open_trap_v3(struct sk_session *s, const struct sk_session_cfg *cfg,
                        const struct sk_notify_cfg *n, struct sk_error *err)
{
    const struct sk_usm_cfg *u = cfg->usm;
    uint32_t boots = u->have_boots_time ? u->boots : 0;
    uint32_t secs = u->have_boots_time ? u->time : 0;
    struct sk_v3 *v;
    struct sk_v3_io io;

    s->v3 = sk_v3_new(u, err);
    v = s->v3;
    if (v == NULL || local_context(v, n, err) < 0)
        return -1;
    if (v->engine.id_len == 0) {
        memcpy(v->engine.id, n->local_engine_id, n->local_engine_id_len);
        v->engine.id_len = n->local_engine_id_len;
    }
    v3_io(s, &io);
    /* with the engine known this only localizes the keys */
    if (sk_v3_discover(v, &io, take_reqid(s), err) < 0)
        return -1;
    sk_usm_time_set(&v->engine, boots == 0 ? 1 : boots,
                    secs == 0 ? n->uptime : secs, sk_transport_now_us());
    return 0;
}

/* An inform's receiver is authoritative; Net-SNMP 5.9 probes it at the
 * first send, so a silent receiver is a Timeout even when the keys are
 * unusable.  Such a key error waits in s->deferred. */
static int open_inform_v3(struct sk_session *s,
                          const struct sk_session_cfg *cfg,
                          const struct sk_notify_cfg *n, struct sk_error *err)
{
    s->v3 = sk_v3_new(cfg->usm, err);
    if (s->v3 == NULL) {
        struct sk_usm_cfg probe_only = *cfg->usm;

        s->deferred = *err;
        probe_only.level = SK_SEC_NOAUTH;
        s->v3 = sk_v3_new(&probe_only, err);
        if (s->v3 == NULL)
            return -1;
    }
    s->discover_pending = s->v3->engine.id_len == 0 ||
                          s->deferred.code != SK_ERR_OK;
    if (!s->discover_pending) {
        struct sk_v3_io io;

        v3_io(s, &io);
        if (sk_v3_discover(s->v3, &io, take_reqid(s), err) < 0)
            return -1;
    }
    return local_context(s->v3, n, err);
}

struct sk_session *sk_session_open_notify(const struct sk_session_cfg *cfg,
                                          const struct sk_notify_cfg *ncfg,
                                          struct sk_error *err)
{
    struct sk_session *s;
    int rc = 0;

    if (cfg->version == SK_VERSION_3 && cfg->usm == NULL) {
        sk_error_set(err, SK_ERR_GENERIC, "no USM settings");
        return NULL;
    }
    s = session_new(cfg, err);
    if (s == NULL || s->version != SK_VERSION_3)
        return s;
    if (ncfg->inform)
        rc = open_inform_v3(s, cfg, ncfg, err);
    else
        rc = open_trap_v3(s, cfg, ncfg, err);
    if (rc < 0) {
        sk_session_close(s);
        return NULL;
    }
    return s;
}
