/* pdu.h - SNMP PDUs (RFC 1157, RFC 3416) and their varbind lists. */
#ifndef SK_WIRE_PDU_H
#define SK_WIRE_PDU_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/err.h"
#include "wire/value.h"

/* msgVersion values (RFC 1157, RFC 1901, RFC 3412) */
enum sk_version { SK_VERSION_1 = 0, SK_VERSION_2C = 1, SK_VERSION_3 = 3 };

enum sk_pdu_type {
    SK_PDU_GET = 0xa0,
    SK_PDU_GETNEXT = 0xa1,
    SK_PDU_RESPONSE = 0xa2,
    SK_PDU_SET = 0xa3,
    SK_PDU_TRAP_V1 = 0xa4,
    SK_PDU_GETBULK = 0xa5,
    SK_PDU_INFORM = 0xa6,
    SK_PDU_TRAP_V2 = 0xa7,
    SK_PDU_REPORT = 0xa8,
};

#define SK_PDU_MAX_VARBINDS 65535 /* decode refuses more */

/* Error-status values (RFC 3416 section 3) */
enum sk_pdu_status {
    SK_STAT_NOERROR = 0, SK_STAT_TOOBIG = 1, SK_STAT_NOSUCHNAME = 2,
    SK_STAT_BADVALUE = 3, SK_STAT_READONLY = 4, SK_STAT_GENERR = 5,
    SK_STAT_NOACCESS = 6, SK_STAT_WRONGTYPE = 7, SK_STAT_WRONGLENGTH = 8,
    SK_STAT_WRONGENCODING = 9, SK_STAT_WRONGVALUE = 10,
    SK_STAT_NOCREATION = 11, SK_STAT_INCONSISTENTVALUE = 12,
    SK_STAT_RESOURCEUNAVAILABLE = 13, SK_STAT_COMMITFAILED = 14,
    SK_STAT_UNDOFAILED = 15, SK_STAT_AUTHORIZATIONERROR = 16,
    SK_STAT_NOTWRITABLE = 17, SK_STAT_INCONSISTENTNAME = 18,
};

struct sk_pdu {
    enum sk_pdu_type type;
    int32_t request_id;
    int32_t error_status;   /* GETBULK: non-repeaters */
    int32_t error_index;    /* GETBULK: max-repetitions */
    /* SNMPv1 Trap-PDU only (RFC 1157 section 4.1.6) */
    struct sk_oid enterprise;
    uint8_t agent_addr[4];
    int32_t generic_trap;
    int32_t specific_trap;
    uint32_t time_stamp;
    /* varbinds, owned */
    struct sk_varbind *vbs;
    size_t nvbs;
    size_t cap;
};

/* A new, empty PDU of TYPE, or NULL (SK_ERR_NOMEM). */
struct sk_pdu *sk_pdu_new(enum sk_pdu_type type, struct sk_error *err);
/* Free the PDU and everything it owns.  NULL-safe. */
void sk_pdu_free(struct sk_pdu *pdu);
/* Append a deep copy of VB; -1 on SK_ERR_NOMEM or over the maximum. */
int sk_pdu_add(struct sk_pdu *pdu, const struct sk_varbind *vb,
               struct sk_error *err);
/* Append NAME with a NULL value (for GET/GETNEXT/GETBULK). */
int sk_pdu_add_null(struct sk_pdu *pdu, const struct sk_oid *name,
                    struct sk_error *err);
/* Remove varbind I (0-based), freeing its value. No-op if out of range. */
void sk_pdu_remove(struct sk_pdu *pdu, size_t i);
/* A deep copy of PDU, or NULL. */
struct sk_pdu *sk_pdu_dup(const struct sk_pdu *pdu, struct sk_error *err);

/* Net-SNMP's snmp_errstring() text for an error-status, e.g.
 * "(noSuchName) There is no such variable name in this MIB." */
const char *sk_pdu_errstring(int error_status);

#endif
