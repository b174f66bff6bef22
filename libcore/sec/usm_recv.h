/* usm_recv.h - the User-based Security Model (RFC 3414) as a
 * notification receiver uses it (internal to libcore): a table of users
 * keyed by (engine ID, name), the local authoritative engine that
 * informs are sent to, the clocks of the remote engines that send
 * traps, and the Reports an authoritative engine answers with. */
#ifndef SK_SEC_USM_RECV_H
#define SK_SEC_USM_RECV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/err.h"
#include "sec/usm.h"

struct sk_usm_recv;

/* A receiver whose own engine is ID[0..IDLEN) at BOOTS, its clock
 * starting at NOW_US.  NULL with SK_ERR_NOMEM / SK_ERR_BAD_VALUE. */
struct sk_usm_recv *sk_usm_recv_new(const uint8_t *id, size_t idlen,
                                    uint32_t boots, int64_t now_us,
                                    struct sk_error *err);
void sk_usm_recv_free(struct sk_usm_recv *r);      /* NULL-safe; wipes */

/* Derive S's keys for its engine and add the user (a later one of the
 * same engine and name replaces it).  SK_ERR_BAD_VALUE for bad
 * secrets, SK_ERR_NOMEM. */
int sk_usm_recv_add_user(struct sk_usm_recv *r,
                         const struct sk_usm_user_spec *s,
                         struct sk_error *err);

/* The local engine ID (borrowed) and its boots/time at NOW_US. */
const uint8_t *sk_usm_recv_engine(const struct sk_usm_recv *r,
                                  size_t *len);
void sk_usm_recv_clock(const struct sk_usm_recv *r, int64_t now_us,
                       uint32_t *boots, uint32_t *time);

/* Process the v3 message P[0..N) (RFC 3414 3.2): find the user, check
 * the level it can do, the HMAC, the time window (the local clock for
 * messages to us, the sender's learnt clock otherwise), decrypt.  On
 * success IN holds the ScopedPDU (sk_usm_in_clear) and *USER the user
 * (borrowed, valid until R changes).  On failure, when the message was
 * reportable, the Report an authoritative engine answers with is
 * encoded into BUF[0..CAP) at *REP (*REPLEN 0 when none).  Errors:
 * SK_ERR_ASN_PARSE, SK_ERR_UNKNOWN_ENGINE_ID, SK_ERR_UNKNOWN_USER,
 * SK_ERR_UNSUPPORTED_SEC_LEVEL, SK_ERR_AUTH_FAILURE (detail: the user
 * name), SK_ERR_NOT_IN_TIME_WINDOW, SK_ERR_DECRYPTION, SK_ERR_USM_PARSE
 * (the decrypted ScopedPDU did not parse). */
int sk_usm_recv_process(struct sk_usm_recv *r, const uint8_t *p, size_t n,
                        int64_t now_us, struct sk_usm_in *in,
                        const struct sk_usm_user **user, uint8_t *buf,
                        size_t cap, const uint8_t **rep, size_t *replen,
                        struct sk_error *err);

/* Encode, as the local authoritative engine, a message from U at LEVEL
 * with MSG_ID carrying SP (not reportable) into BUF[0..CAP). */
int sk_usm_recv_encode(struct sk_usm_recv *r, const struct sk_usm_user *u,
                       enum sk_sec_level level, int32_t msg_id,
                       const struct sk_scoped_pdu *sp, int64_t now_us,
                       uint8_t *buf, size_t cap, const uint8_t **out,
                       size_t *outlen, struct sk_error *err);

/* Encode, as user U of the remote engine ID[0..IDLEN) (a trap sender
 * whose clock we learnt), the unconfirmed message SP at LEVEL: how a
 * received v3 trap is forwarded.  SK_ERR_UNKNOWN_ENGINE_ID when that
 * engine's clock is unknown. */
int sk_usm_recv_encode_as(struct sk_usm_recv *r, const struct sk_usm_user *u,
                          const uint8_t *id, size_t idlen,
                          enum sk_sec_level level,
                          const struct sk_scoped_pdu *sp, int64_t now_us,
                          uint8_t *buf, size_t cap, const uint8_t **out,
                          size_t *outlen, struct sk_error *err);

#endif
