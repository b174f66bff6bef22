/* notify_recv.h - notifications, receiver side: one datagram decoded
 * into a notification in SNMPv2 form (RFC 3416 4.2.6, 4.2.7), SNMPv1
 * traps translated per RFC 3584 3.1, and the Response that
 * acknowledges an InformRequest (RFC 3416 4.2.7). */
#ifndef SK_NET_NOTIFY_RECV_H
#define SK_NET_NOTIFY_RECV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/err.h"
#include "sec/sec.h"
#include "wire/msg.h"
#include "wire/oid.h"
#include "wire/pdu.h"

/* One received notification.  PDU is what arrived (a v1 Trap-PDU keeps
 * its header fields); V2 is the SNMPv2 form handlers see: the same PDU
 * for v2c, the RFC 3584 translation for v1.  Both owned. */
struct sk_notification {
    int32_t version;                    /* enum sk_version */
    int32_t sec_model;                  /* 1 v1, 2 v2c, 3 USM */
    uint8_t community[SK_COMMUNITY_MAX];
    size_t community_len;
    struct sk_pdu *pdu;
    struct sk_pdu *v2;
    struct sk_oid trap_oid;             /* snmpTrapOID.0, len 0 if none */
    /* SNMPv3 only (version SK_VERSION_3, sec_model 3): */
    int32_t sec_level;                  /* enum sk_sec_level */
    int32_t msg_id;
    uint8_t sec_name[SK_COMMUNITY_MAX]; /* usm user name */
    size_t sec_name_len;
    uint8_t ctx_engine[SK_ENGINE_ID_MAX]; /* contextEngineID */
    size_t ctx_engine_len;
    uint8_t ctx_name[SK_CONTEXT_MAX];   /* contextName */
    size_t ctx_name_len;
    const void *usm_user;               /* borrowed from the receiver */
    uint8_t sec_engine[SK_ENGINE_ID_MAX]; /* msgAuthoritativeEngineID */
    size_t sec_engine_len;
};

/* Decode one whole v1/v2c message P[0..N) holding a Trap-PDU,
 * SNMPv2-Trap-PDU or InformRequest-PDU into OUT (release with
 * sk_notification_clear).  Errors: SK_ERR_ASN_PARSE (malformed),
 * SK_ERR_BAD_VERSION (v3 or unknown), SK_ERR_UNKNOWN_PDU (any other
 * PDU type, or a v1 Trap-PDU inside a v2c message); OUT is left
 * empty. */
int sk_notify_recv_decode(const uint8_t *p, size_t n,
                          struct sk_notification *out,
                          struct sk_error *err);

/* Free what N owns; leaves it zeroed.  Safe on a zeroed notification. */
void sk_notification_clear(struct sk_notification *n);

/* RFC 3584 3.1 (2): the SNMPv2 form of the SNMPv1 Trap-PDU V1 sent
 * with COMMUNITY: sysUpTime.0, snmpTrapOID.0, the varbinds, then
 * snmpTrapAddress.0, snmpTrapCommunity.0 and snmpTrapEnterprise.0.
 * NULL with SK_ERR_NOMEM / SK_ERR_TOO_LONG. */
struct sk_pdu *sk_notify_v1_to_v2(const struct sk_pdu *v1,
                                  const uint8_t *community,
                                  size_t community_len,
                                  struct sk_error *err);

/* The snmpTrapOID.0 of V1 per RFC 3584 3.1 (2): snmpTraps.(generic+1)
 * for the generic traps, enterprise.0.specific otherwise. */
int sk_notify_v1_trap_oid(const struct sk_pdu *v1, struct sk_oid *out,
                          struct sk_error *err);

/* Encode the Response acknowledging the v1/v2c InformRequest N (same
 * request-id and varbinds, error-status 0) into BUF[0..CAP); the
 * message is at *OUT.  SK_ERR_TOO_LONG when it does not fit. */
int sk_notify_ack_encode(const struct sk_notification *n, uint8_t *buf,
                         size_t cap, const uint8_t **out, size_t *outlen,
                         struct sk_error *err);

/* ---- SNMPv3 (RFC 3414 USM, receiver side; sec/usm_recv.c) ---- */

struct sk_usm_recv;

/* The receiver's USM: its own engine ID[0..IDLEN) at BOOTS (informs
 * are sent to it), clock started at NOW_US, no users yet.  NULL with
 * SK_ERR_BAD_VALUE / SK_ERR_NOMEM.  Free with sk_notify_usm_free. */
struct sk_usm_recv *sk_notify_usm_new(const uint8_t *id, size_t idlen,
                                      uint32_t boots, int64_t now_us,
                                      struct sk_error *err);
void sk_notify_usm_free(struct sk_usm_recv *r);    /* NULL-safe */

/* createUser: derive the keys of S (localized to its engine, or ours)
 * and add it.  SK_ERR_BAD_VALUE (bad secret), SK_ERR_NOMEM. */
int sk_notify_usm_add_user(struct sk_usm_recv *r,
                           const struct sk_usm_user_spec *s,
                           struct sk_error *err);

/* A fresh engine ID of Net-SNMP's default form (RFC 3411
 * SnmpEngineID, enterprise 8072, format 128): 80 00 1F 88 80, four
 * random octets, then the time in seconds as 8 octets, little-endian
 * as Net-SNMP stores its time_t on this platform.  Writes 17 octets. */
size_t sk_notify_engine_id_default(uint8_t out[17]);

/* Process one SNMPv3 message P[0..N) with R at NOW_US into OUT
 * (sk_notification_clear), as sk_notify_recv_decode does for v1/v2c.
 * On failure a Report to send back may be in BUF[0..CAP) at *REP
 * (*REPLEN > 0).  Errors as sk_usm_recv_process (sec/usm_recv.h):
 * SK_ERR_AUTH_FAILURE carries the user name as its detail, and
 * SK_ERR_USM_PARSE means the decrypted ScopedPDU did not parse;
 * SK_ERR_UNKNOWN_PDU for a PDU that is not a notification. */
int sk_notify_recv_decode3(struct sk_usm_recv *r, const uint8_t *p,
                           size_t n, int64_t now_us,
                           struct sk_notification *out, uint8_t *buf,
                           size_t cap, const uint8_t **rep, size_t *replen,
                           struct sk_error *err);

/* Encode the Response to the v3 InformRequest N (decoded with R): same
 * msgID, user, level, context and varbinds, from our engine. */
int sk_notify_ack_encode3(struct sk_usm_recv *r,
                          const struct sk_notification *n, int64_t now_us,
                          uint8_t *buf, size_t cap, const uint8_t **out,
                          size_t *outlen, struct sk_error *err);

/* Encode the v3 SNMPv2-Trap N (decoded with R) again as it came - the
 * same user, level, engine and context - for forwarding it.
 * SK_ERR_UNKNOWN_PDU for an inform, SK_ERR_UNKNOWN_ENGINE_ID. */
int sk_notify_forward_encode3(struct sk_usm_recv *r,
                              const struct sk_notification *n,
                              int64_t now_us, uint8_t *buf, size_t cap,
                              const uint8_t **out, size_t *outlen,
                              struct sk_error *err);

#endif
