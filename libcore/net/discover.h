/* discover.h - SNMPv3 session state, key set-up and engine discovery
 * (internal to libcore/net; used by session.c). */
#ifndef SK_NET_DISCOVER_H
#define SK_NET_DISCOVER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/err.h"
#include "net/session.h"
#include "net/transport.h"
#include "sec/usm.h"

struct sk_v3 {
    enum sk_sec_level level;
    struct sk_usm_user user;            /* keys localized once known */
    struct sk_usm_engine engine;        /* -e, or discovered */
    uint8_t auth_ku[SK_KEY_MAX];        /* master keys until localized */
    size_t auth_ku_len;
    uint8_t priv_ku[SK_KEY_MAX];
    size_t priv_ku_len;
    bool auth_given_local, priv_given_local; /* -3k, -3K */
    uint8_t ctx_engine[SK_ENGINE_ID_MAX];    /* -E */
    size_t ctx_engine_len;
    bool ctx_engine_set;
    uint8_t context[SK_CONTEXT_MAX];         /* -n */
    size_t context_len;
    bool preset_time;                   /* -Z */
    uint32_t preset_boots, preset_secs;
    int32_t next_msgid;
    uint64_t salt;
    uint8_t work[SK_USM_WORK];
};

/* What the probe needs of the session to talk to the agent. */
struct sk_v3_io {
    struct sk_transport *tp;
    sk_trace_fn *trace;
    void *trace_ctx;
    int retries;
    long timeout_us;
    uint8_t *obuf;
    size_t obufcap;
};

/* A new v3 state from CFG: user, level, -E/-n/-Z, and the master keys
 * (password-to-key runs here, once per passphrase).  NULL with
 * SK_ERR_GENERIC (no user), SK_ERR_UNSUPPORTED_SEC_LEVEL (no key for
 * the level), crypto errors. */
struct sk_v3 *sk_v3_new(const struct sk_usm_cfg *cfg, struct sk_error *err);
/* Wipe the keys and free V.  NULL-safe. */
void sk_v3_free(struct sk_v3 *v);

/* Learn the engine: -e as given, else the noAuthNoPriv probe with an
 * empty engine ID and user and an empty GET (REQID) whose
 * usmStatsUnknownEngineIDs Report carries the engine ID, boots and time
 * (RFC 3414 4).  Then localize the keys.  SK_ERR_TIMEOUT when no Report
 * comes back after the retries. */
int sk_v3_discover(struct sk_v3 *v, const struct sk_v3_io *io,
                   int32_t reqid, struct sk_error *err);

/* The next msgID (RFC 3412 6.2: 0..2^31-1, fresh for every message). */
int32_t sk_v3_msgid(struct sk_v3 *v);

#endif
