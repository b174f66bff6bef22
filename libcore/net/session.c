/* session.c - one agent, one transport: request/response with retries.
 *
 * A request is encoded once into the session's fixed 64 KiB buffer and
 * the same bytes (same request-id, as Net-SNMP) are sent on the first
 * attempt and on each of the cfg->retries re-sends.  Every attempt waits
 * cfg->timeout_us from its send, measured on the monotonic clock; replies
 * that fail to decode, or carry another version, community, PDU type or
 * request-id, are dropped and the wait goes on for the time left.  After
 * the last attempt the request fails with SK_ERR_TIMEOUT. */
#include "net/session.h"

#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "net/addr.h"
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
    int32_t next_reqid;
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

struct sk_session *sk_session_open(const struct sk_session_cfg *cfg,
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
    s->next_reqid = first_reqid();
    return s;
}

void sk_session_close(struct sk_session *s)
{
    if (s == NULL)
        return;
    sk_transport_close(s->tp);
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

/* Decode P[0..N) and keep it only if it answers REQID on this session:
 * 1 with *RESP set, 0 to drop it. */
static int match_reply(const struct sk_session *s, const uint8_t *p,
                       size_t n, int32_t reqid, struct sk_pdu **resp)
{
    struct sk_msg msg;
    struct sk_error ignored;
    bool ok;

    if (sk_msg_decode(p, n, &msg, &ignored) < 0)
        return 0;
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

/* Wait until DEADLINE for the reply to REQID: 1 got it, 0 timed out. */
static int await_reply(struct sk_session *s, int64_t deadline, int32_t reqid,
                       struct sk_pdu **resp, struct sk_error *err)
{
    for (;;) {
        const uint8_t *p;
        size_t n;
        int rc = s->tp->ops->recv(s->tp, deadline, &p, &n, err);

        if (rc <= 0)
            return rc;
        if (s->trace != NULL)
            s->trace(s->trace_ctx, false, s->tp->desc_in, p, n);
        if (match_reply(s, p, n, reqid, resp) == 1)
            return 1;
    }
}

int sk_session_request(struct sk_session *s, const struct sk_pdu *req,
                       struct sk_pdu **resp, struct sk_error *err)
{
    const uint8_t *p;
    size_t n;
    int32_t reqid = take_reqid(s);

    *resp = NULL;
    if (encode(s, req, reqid, &p, &n, err) < 0)
        return -1;
    for (int attempt = 0; attempt <= s->retries; attempt++) {
        int64_t deadline;
        int rc;

        if (send_msg(s, p, n, err) < 0)
            return -1;
        deadline = sk_transport_now_us() + s->timeout_us;
        rc = await_reply(s, deadline, reqid, resp, err);
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

    if (encode(s, pdu, take_reqid(s), &p, &n, err) < 0)
        return -1;
    return send_msg(s, p, n, err);
}
