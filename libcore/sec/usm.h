/* usm.h - the User-based Security Model (RFC 3414) as a command generator
 * uses it (internal to libcore): UsmSecurityParameters, outgoing and
 * incoming message processing, the engine time window (usm_time.c) and
 * the usmStats Report mapping.  Keys are localized before they get here
 * (crypto.h); this layer never includes OpenSSL. */
#ifndef SK_SEC_USM_H
#define SK_SEC_USM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/err.h"
#include "sec/crypto.h"
#include "sec/sec.h"
#include "wire/msg.h"

#define SK_USM_USER_MAX 32  /* usmUserName SIZE(1..32): what we accept */
#define SK_USM_NAME_CAP 255 /* what we send: Net-SNMP sends longer names
                               too, and the agent then stays silent */
#define SK_USM_TIME_WINDOW 150 /* seconds, RFC 3414 2.2.3 */
#define SK_USM_WORK (2 * (SK_MSG_MAX + 16)) /* scratch sk_usm_* needs */

/* One user, with keys localized to the authoritative engine. */
struct sk_usm_user {
    uint8_t name[SK_USM_NAME_CAP];
    size_t name_len;
    enum sk_auth_proto auth;            /* NONE below authNoPriv */
    enum sk_priv_proto priv;            /* NONE below authPriv */
    uint8_t auth_key[SK_KEY_MAX];       /* Kul */
    size_t auth_key_len;
    uint8_t priv_key[SK_KEY_MAX];       /* localized (and extended) */
    size_t priv_key_len;
};

/* What we know of the authoritative engine (RFC 3414 2.3). */
struct sk_usm_engine {
    uint8_t id[SK_ENGINE_ID_MAX];
    size_t id_len;
    bool synced;                        /* boots/time known */
    uint32_t boots;                     /* snmpEngineBoots */
    uint32_t time;                      /* snmpEngineTime at SYNCED_US */
    uint32_t latest_time;               /* latestReceivedEngineTime */
    int64_t synced_us;                  /* local monotonic clock then */
};

/* UsmSecurityParameters (RFC 3414 2.4); spans borrow the message. */
struct sk_usm_params {
    uint8_t engine_id[SK_ENGINE_ID_MAX];
    size_t engine_id_len;
    uint32_t boots, time;
    uint8_t user[SK_USM_NAME_CAP];
    size_t user_len;
    const uint8_t *auth;                /* msgAuthenticationParameters */
    size_t auth_len;
    size_t auth_off;                    /* its offset in the params */
    const uint8_t *priv;                /* msgPrivacyParameters */
    size_t priv_len;
};

/* Outgoing message settings. */
struct sk_usm_out {
    int32_t msg_id;
    enum sk_sec_level level;
    bool reportable;
    uint32_t boots, time;               /* what to claim */
    uint64_t salt;                      /* privacy salt/IV counter */
};

/* An incoming message after processing; SCOPED owns its PDU. */
struct sk_usm_in {
    struct sk_msg3 hdr;                 /* spans borrow the message */
    struct sk_usm_params params;
    enum sk_sec_level level;            /* from msgFlags */
    struct sk_scoped_pdu scoped;
};

/* Decode the UsmSecurityParameters SEQUENCE filling P[0..N) exactly.
 * SK_ERR_ASN_PARSE on malformation, over-long engine ID/user name,
 * boots/time outside 0..2^31-1. */
int sk_usm_params_decode(const uint8_t *p, size_t n,
                         struct sk_usm_params *out, struct sk_error *err);
/* Encode PRM (auth span content written as given, or zeroes when
 * PRM->auth is NULL) into BUF; sets PRM->auth_off. */
int sk_usm_params_encode(struct sk_usm_params *prm, uint8_t *buf,
                         size_t cap, const uint8_t **out, size_t *outlen,
                         struct sk_error *err);

/* Build a message for SP from U to engine ID[0..IDLEN) at O->level
 * (noAuthNoPriv with an empty U and ID is the discovery probe):
 * encrypt the ScopedPDU for authPriv, encode with zeroed auth params,
 * then patch in the HMAC.  WORK holds SK_USM_WORK bytes of scratch;
 * the message is in BUF[0..CAP) at *OUT.  SK_ERR_TOO_LONG, crypto
 * errors, SK_ERR_UNSUPPORTED_SEC_LEVEL when U lacks the keys. */
int sk_usm_encode(const struct sk_usm_user *u, const uint8_t *id,
                  size_t idlen, const struct sk_usm_out *o,
                  const struct sk_scoped_pdu *sp, uint8_t *work,
                  uint8_t *buf, size_t cap, const uint8_t **out,
                  size_t *outlen, struct sk_error *err);

/* Process message P[0..N) received for U: decode, check the HMAC in
 * constant time, decrypt, decode the ScopedPDU into IN (release with
 * sk_usm_in_clear).  Errors: SK_ERR_ASN_PARSE, SK_ERR_BAD_VERSION,
 * SK_ERR_UNKNOWN_USER (another user), SK_ERR_UNSUPPORTED_SEC_LEVEL,
 * SK_ERR_AUTH_FAILURE, SK_ERR_DECRYPTION. */
int sk_usm_decode(const struct sk_usm_user *u, const uint8_t *p, size_t n,
                  uint8_t *work, struct sk_usm_in *in,
                  struct sk_error *err);
void sk_usm_in_clear(struct sk_usm_in *in);

/* The error a Report PDU stands for (usmStats*, RFC 3414 5): the
 * SK_ERR_* code, or SK_ERR_GENERIC with the OID in ERR's detail. */
enum sk_err sk_usm_report_error(const struct sk_pdu *report,
                                struct sk_error *err);

/* ---- usm_time.c: the engine clock (RFC 3414 2.2.3, 3.2.7) ---- */

/* Learn boots/time (discovery, -Z, a notInTimeWindow Report). */
void sk_usm_time_set(struct sk_usm_engine *e, uint32_t boots,
                     uint32_t time, int64_t now_us);
/* Our estimate of the engine's boots and time now. */
void sk_usm_time_now(const struct sk_usm_engine *e, int64_t now_us,
                     uint32_t *boots, uint32_t *time);
/* RFC 3414 3.2.7 b for an authenticated message from E claiming BOOTS
 * and TIME: -1 with SK_ERR_NOT_IN_TIME_WINDOW when outside the window,
 * else 0 after advancing E's notion of the clock. */
int sk_usm_time_check(struct sk_usm_engine *e, uint32_t boots,
                      uint32_t time, int64_t now_us, struct sk_error *err);

#endif
