/* notify.h - notifications, sender side: the SNMPv1 Trap-PDU, the
 * SNMPv2 notification varbind list (RFC 3416 4.2.6, 4.2.7), and the
 * session of a notification originator (RFC 3413 3.2, RFC 3414 3.1). */
#ifndef SK_NET_NOTIFY_H
#define SK_NET_NOTIFY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/err.h"
#include "net/session.h"
#include "wire/oid.h"
#include "wire/pdu.h"

/* Length of the engine ID sk_notify_engine_id makes. */
#define SK_NOTIFY_ENGINE_ID_LEN 17

/* A fresh local engine ID in Net-SNMP 5.9's default form (RFC 3411
 * SnmpEngineID, enterprise 8072, format 128): 80 00 1f 88 80, four
 * random octets, then time(NULL) as 8 octets in host byte order.  OUT
 * must hold SK_NOTIFY_ENGINE_ID_LEN octets. */
void sk_notify_engine_id(uint8_t out[SK_NOTIFY_ENGINE_ID_LEN]);

/* The host's uptime in hundredths of a second (/proc/uptime), cut to
 * 32 bits; 0 when it cannot be read. */
uint32_t sk_notify_uptime(void);

/* A new SNMPv1 Trap-PDU (RFC 1157 4.1.6) from its five fields; the
 * caller appends the variable bindings.  NULL with SK_ERR_NOMEM. */
struct sk_pdu *sk_notify_v1_new(const struct sk_oid *enterprise,
                                const uint8_t agent_addr[4],
                                int32_t generic, int32_t specific,
                                uint32_t uptime, struct sk_error *err);

/* A new SNMPv2-Trap-PDU or InformRequest-PDU (TYPE) whose list starts
 * with sysUpTime.0 = UPTIME (left out when UPTIME is NULL, as Net-SNMP
 * does with an unparsable uptime) and snmpTrapOID.0 = TRAP_OID.  NULL
 * with SK_ERR_NOMEM. */
struct sk_pdu *sk_notify_v2_new(enum sk_pdu_type type,
                                const uint32_t *uptime,
                                const struct sk_oid *trap_oid,
                                struct sk_error *err);

/* What a notification originator's session needs on top of
 * sk_session_cfg. */
struct sk_notify_cfg {
    bool inform;                /* InformRequest: the receiver is the
                                   authoritative engine, discovered */
    const uint8_t *local_engine_id; /* ours: the contextEngineID unless
                                   -E, and a trap's security engine
                                   unless -e */
    size_t local_engine_id_len;
    uint32_t uptime;            /* a trap's engine time unless -Z */
};

/* Open a session for notifications.  v1/v2c: as sk_session_open.  v3
 * trap: we are authoritative (RFC 3414 3.1.1 b): engine -e or
 * NCFG->local_engine_id, boots and time from -Z, else 1 and
 * NCFG->uptime; keys are localized here, no discovery.  v3 inform: the
 * receiver's engine is discovered by the first sk_session_request,
 * and key errors are reported then, after the discovery (Net-SNMP
 * 5.9).  Errors as sk_session_open. */
struct sk_session *sk_session_open_notify(const struct sk_session_cfg *cfg,
                                          const struct sk_notify_cfg *ncfg,
                                          struct sk_error *err);

#endif
