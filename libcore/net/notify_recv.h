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

#endif
