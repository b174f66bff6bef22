/* session.h - one peer, one transport, request/response with retries. */
#ifndef SK_NET_SESSION_H
#define SK_NET_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/err.h"
#include "sec/sec.h"
#include "wire/pdu.h"

/* Called for -d with every datagram sent or received.  DESC is
 * Net-SNMP's transport description of the exchange, e.g.
 * "UDP: [127.0.0.1]:161->[0.0.0.0]:0". */
typedef void sk_trace_fn(void *ctx, bool sent, const char *desc,
                         const uint8_t *p, size_t n);

/* Called with the reason for every received message the session drops
 * because it failed to decode or authenticate (before any matching):
 * SK_ERR_BAD_TYPE (detail: the value's tag in hex) is what Net-SNMP
 * logs as "bad type returned". */
typedef void sk_drop_fn(void *ctx, const struct sk_error *why);

/* SNMPv3 USM settings (snmpcmd -u -l -a -A -x -X -e -E -n -Z -3m -3M
 * -3k -3K and their snmp.conf defaults).  Byte fields are raw (hex
 * already decoded); a NULL/0-length field is "not given". */
struct sk_usm_cfg {
    const char *sec_name;                 /* -u */
    enum sk_sec_level level;              /* -l */
    enum sk_auth_proto auth;              /* -a (MD5 when only -A given) */
    enum sk_priv_proto priv;              /* -x (DES when only -X given) */
    const char *auth_pass;                /* -A */
    const char *priv_pass;                /* -X */
    const uint8_t *auth_master; size_t auth_master_len;     /* -3m */
    const uint8_t *priv_master; size_t priv_master_len;     /* -3M */
    const uint8_t *auth_local; size_t auth_local_len;       /* -3k */
    const uint8_t *priv_local; size_t priv_local_len;       /* -3K */
    const uint8_t *sec_engine_id; size_t sec_engine_id_len; /* -e */
    const uint8_t *ctx_engine_id; size_t ctx_engine_id_len; /* -E */
    const char *context;                  /* -n, "" by default */
    int have_boots_time;                  /* -Z given */
    uint32_t boots, time;                 /* -Z BOOTS,TIME */
};

struct sk_session_cfg {
    const char *peername;       /* agent spec as the user typed it */
    const char *default_domain; /* "udp" when NULL (snmp.conf defDomain) */
    uint16_t default_port;      /* 161 for requests, 162 for notifications */
    const char *local_addr;     /* -s / clientaddr; NULL for any */
    enum sk_version version;
    const uint8_t *community;   /* v1/v2c; borrowed for the open call */
    size_t community_len;
    int retries;                /* -r: extra attempts after the first */
    long timeout_us;            /* -t: per attempt, microseconds */
    sk_trace_fn *trace;         /* NULL: no packet dumps */
    void *trace_ctx;
    sk_drop_fn *drop;           /* NULL: drop in silence */
    void *drop_ctx;
    const struct sk_usm_cfg *usm; /* SNMPv3 only; borrowed for the open */
};

struct sk_session;

/* Resolve the peer and open the transport.  NULL on failure with
 * SK_ERR_BAD_ADDRESS (detail = the peer spec, errno for connect errors)
 * or SK_ERR_NO_SOCKET. */
struct sk_session *sk_session_open(const struct sk_session_cfg *cfg,
                                   struct sk_error *err);

/* Send REQ (borrowed; the session assigns the request-id) and wait for
 * the matching response, retrying on timeout.  On success *RESP is a new
 * PDU the caller frees; its error_status may be non-zero (that is not a
 * failure here).  Failures: SK_ERR_TIMEOUT, SK_ERR_V2_IN_V1 (GETBULK on
 * v1), SK_ERR_TOO_LONG, SK_ERR_BAD_SENDTO, SK_ERR_BAD_RECVFROM.
 * Messages that fail to decode (cfg->drop hears why) or do not match
 * are dropped. */
int sk_session_request(struct sk_session *s, const struct sk_pdu *req,
                       struct sk_pdu **resp, struct sk_error *err);

/* Send PDU (a trap) without waiting for anything. */
int sk_session_send(struct sk_session *s, const struct sk_pdu *pdu,
                    struct sk_error *err);

/* Close the transport and free the session.  NULL-safe. */
void sk_session_close(struct sk_session *s);

#endif
