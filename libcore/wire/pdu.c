/* pdu.c - SNMP PDUs, their varbind lists and their BER form.
 * PDUs ::= [n] IMPLICIT SEQUENCE { request-id, error-status,
 * error-index, variable-bindings } (RFC 3416 section 3); the v1
 * Trap-PDU has its own header (RFC 1157 section 4.1.6).  msg.c wraps
 * these for v1/v2c, and a v3 scopedPDU can wrap them the same way. */
#include "wire/pdu.h"

#include <stdlib.h>
#include <string.h>

#include "wire/ber.h"

#define VBS_FIRST 16

struct sk_pdu *sk_pdu_new(enum sk_pdu_type type, struct sk_error *err)
{
    struct sk_pdu *pdu;

    if (type < SK_PDU_GET || type > SK_PDU_REPORT) {
        sk_error_set(err, SK_ERR_UNKNOWN_PDU, "0x%02x", (unsigned)type);
        return NULL;
    }
    pdu = calloc(1, sizeof *pdu);
    if (pdu == NULL) {
        sk_error_set(err, SK_ERR_NOMEM, NULL);
        return NULL;
    }
    pdu->type = type;
    return pdu;
}

void sk_pdu_free(struct sk_pdu *pdu)
{
    size_t i;

    if (pdu == NULL)
        return;
    for (i = 0; i < pdu->nvbs; i++)
        sk_value_clear(&pdu->vbs[i].value);
    free(pdu->vbs);
    free(pdu);
}

/* Make room for one more varbind, growing the array geometrically so a
 * long bulk response costs O(n) copies overall. */
static int reserve(struct sk_pdu *pdu, struct sk_error *err)
{
    struct sk_varbind *nv;
    size_t ncap;

    if (pdu->nvbs >= SK_PDU_MAX_VARBINDS)
        return sk_error_set(err, SK_ERR_TOO_LONG, "more than %d varbinds",
                            SK_PDU_MAX_VARBINDS);
    if (pdu->nvbs < pdu->cap)
        return 0;
    ncap = pdu->cap == 0 ? VBS_FIRST : pdu->cap * 2;
    if (ncap > SK_PDU_MAX_VARBINDS)
        ncap = SK_PDU_MAX_VARBINDS;
    if (ncap > SIZE_MAX / sizeof *nv)
        return sk_error_set(err, SK_ERR_NOMEM, NULL);
    nv = realloc(pdu->vbs, ncap * sizeof *nv);
    if (nv == NULL)
        return sk_error_set(err, SK_ERR_NOMEM, NULL);
    pdu->vbs = nv;
    pdu->cap = ncap;
    return 0;
}

static int copy_name(struct sk_oid *dst, const struct sk_oid *src,
                     struct sk_error *err)
{
    if (src->len > SK_OID_MAX)
        return sk_error_set(err, SK_ERR_TOO_LONG, NULL);
    dst->len = src->len;
    memcpy(dst->arc, src->arc, src->len * sizeof src->arc[0]);
    return 0;
}

int sk_pdu_add(struct sk_pdu *pdu, const struct sk_varbind *vb,
               struct sk_error *err)
{
    struct sk_varbind *slot;

    if (reserve(pdu, err) < 0)
        return -1;
    slot = &pdu->vbs[pdu->nvbs];
    if (copy_name(&slot->name, &vb->name, err) < 0)
        return -1;
    if (sk_value_copy(&slot->value, &vb->value, err) < 0)
        return -1;
    pdu->nvbs++;
    return 0;
}

int sk_pdu_add_null(struct sk_pdu *pdu, const struct sk_oid *name,
                    struct sk_error *err)
{
    struct sk_varbind *slot;

    if (reserve(pdu, err) < 0)
        return -1;
    slot = &pdu->vbs[pdu->nvbs];
    if (copy_name(&slot->name, name, err) < 0)
        return -1;
    sk_value_set_null(&slot->value);
    pdu->nvbs++;
    return 0;
}

void sk_pdu_remove(struct sk_pdu *pdu, size_t i)
{
    if (i >= pdu->nvbs)
        return;
    sk_value_clear(&pdu->vbs[i].value);
    memmove(&pdu->vbs[i], &pdu->vbs[i + 1],
            (pdu->nvbs - i - 1) * sizeof pdu->vbs[0]);
    pdu->nvbs--;
}

struct sk_pdu *sk_pdu_dup(const struct sk_pdu *pdu, struct sk_error *err)
{
    struct sk_pdu *d;
    size_t i;

    d = sk_pdu_new(pdu->type, err);
    if (d == NULL)
        return NULL;
    d->request_id = pdu->request_id;
    d->error_status = pdu->error_status;
    d->error_index = pdu->error_index;
    d->enterprise = pdu->enterprise;
    memcpy(d->agent_addr, pdu->agent_addr, sizeof d->agent_addr);
    d->generic_trap = pdu->generic_trap;
    d->specific_trap = pdu->specific_trap;
    d->time_stamp = pdu->time_stamp;
    for (i = 0; i < pdu->nvbs; i++) {
        if (sk_pdu_add(d, &pdu->vbs[i], err) < 0) {
            sk_pdu_free(d);
            return NULL;
        }
    }
    return d;
}

/* Net-SNMP 5.9 snmp_api.c error_string[], word for word (including its
 * spelling and its mix of two styles). */
static const char *const status_text[] = {
    "(noError) No Error",
    "(tooBig) Response message would have been too large.",
    "(noSuchName) There is no such variable name in this MIB.",
    "(badValue) The value given has the wrong type or length.",
    "(readOnly) The two parties used do not have access to use the "
    "specified SNMP PDU.",
    "(genError) A general failure occured",
    "noAccess",
    "wrongType (The set datatype does not match the data type the agent "
    "expects)",
    "wrongLength (The set value has an illegal length from what the agent "
    "expects)",
    "wrongEncoding",
    "wrongValue (The set value is illegal or unsupported in some way)",
    "noCreation (That table does not support row creation or that object "
    "can not ever be created)",
    "inconsistentValue (The set value is illegal or unsupported in some "
    "way)",
    "resourceUnavailable (This is likely a out-of-memory failure within "
    "the agent)",
    "commitFailed",
    "undoFailed",
    "authorizationError (access denied to that object)",
    "notWritable (That object does not support modification)",
    "inconsistentName (That object can not currently be created)",
};

const char *sk_pdu_errstring(int error_status)
{
    if (error_status < 0 ||
        (size_t)error_status >= sizeof status_text / sizeof status_text[0])
        return "Unknown Error";
    return status_text[error_status];
}

/* ---- decoding ---- */

static int decode_header(struct sk_cursor *c, struct sk_pdu *pdu,
                         struct sk_error *err)
{
    const uint8_t *addr;
    size_t len;

    if (pdu->type != SK_PDU_TRAP_V1) {
        if (sk_ber_read_int32(c, 0x02, &pdu->request_id, err) < 0 ||
            sk_ber_read_int32(c, 0x02, &pdu->error_status, err) < 0 ||
            sk_ber_read_int32(c, 0x02, &pdu->error_index, err) < 0)
            return -1;
        return 0;
    }
    if (sk_ber_read_oid(c, &pdu->enterprise, err) < 0 ||
        sk_ber_read_prim(c, SK_T_IPADDR, &addr, &len, err) < 0)
        return -1;
    if (len != 4)
        return sk_error_set(err, SK_ERR_ASN_PARSE,
                            "agent-addr of length %zu", len);
    memcpy(pdu->agent_addr, addr, 4);
    if (sk_ber_read_int32(c, 0x02, &pdu->generic_trap, err) < 0 ||
        sk_ber_read_int32(c, 0x02, &pdu->specific_trap, err) < 0 ||
        sk_ber_read_uint32(c, SK_T_TIMETICKS, &pdu->time_stamp, err) < 0)
        return -1;
    return 0;
}

/* VarBind ::= SEQUENCE { name ObjectName, value ObjectSyntax }; the name
 * and value are decoded straight into the next array slot. */
static int decode_varbind(struct sk_cursor *list, struct sk_pdu *pdu,
                          struct sk_error *err)
{
    struct sk_cursor vc;
    struct sk_varbind *slot;

    if (reserve(pdu, err) < 0)
        return -1;
    slot = &pdu->vbs[pdu->nvbs];
    if (sk_ber_enter(list, 0x30, &vc, err) < 0 ||
        sk_ber_read_oid(&vc, &slot->name, err) < 0 ||
        sk_value_decode(&vc, &slot->value, err) < 0)
        return -1;
    if (sk_ber_done(&vc, err) < 0) {
        sk_value_clear(&slot->value);
        return -1;
    }
    pdu->nvbs++;
    return 0;
}

int sk_pdu_decode(struct sk_cursor *c, struct sk_pdu **out,
                  struct sk_error *err)
{
    struct sk_cursor pc, lc;
    struct sk_pdu *pdu;
    uint8_t tag;

    *out = NULL;
    if (sk_ber_peek(c, &tag) < 0)
        return sk_error_set(err, SK_ERR_ASN_PARSE, "missing PDU");
    if (tag < SK_PDU_GET || tag > SK_PDU_REPORT)
        return sk_error_set(err, SK_ERR_ASN_PARSE, "unknown PDU 0x%02x",
                            tag);
    if (sk_ber_enter(c, tag, &pc, err) < 0)
        return -1;
    pdu = sk_pdu_new((enum sk_pdu_type)tag, err);
    if (pdu == NULL)
        return -1;
    if (decode_header(&pc, pdu, err) < 0 ||
        sk_ber_enter(&pc, 0x30, &lc, err) < 0)
        goto fail;
    while (sk_ber_left(&lc) > 0) {
        if (decode_varbind(&lc, pdu, err) < 0)
            goto fail;
    }
    if (sk_ber_done(&pc, err) < 0)
        goto fail;
    *out = pdu;
    return 0;
fail:
    /* Rule 8: one outcome for any malformation (even "too many"),
     * but a value type SNMP lacks, which Net-SNMP reports. */
    if (err->code != SK_ERR_NOMEM && err->code != SK_ERR_BAD_TYPE)
        err->code = SK_ERR_ASN_PARSE;
    sk_pdu_free(pdu);
    return -1;
}

/* ---- encoding (backwards: varbinds last to first, then header) ---- */

static int encode_header(struct sk_writer *w, const struct sk_pdu *pdu,
                         struct sk_error *err)
{
    if (pdu->type != SK_PDU_TRAP_V1) {
        if (sk_ber_put_int(w, 0x02, pdu->error_index, err) < 0 ||
            sk_ber_put_int(w, 0x02, pdu->error_status, err) < 0 ||
            sk_ber_put_int(w, 0x02, pdu->request_id, err) < 0)
            return -1;
        return 0;
    }
    if (sk_ber_put_uint(w, SK_T_TIMETICKS, pdu->time_stamp, err) < 0 ||
        sk_ber_put_int(w, 0x02, pdu->specific_trap, err) < 0 ||
        sk_ber_put_int(w, 0x02, pdu->generic_trap, err) < 0 ||
        sk_ber_put_octets(w, SK_T_IPADDR, pdu->agent_addr, 4, err) < 0 ||
        sk_ber_put_oid(w, &pdu->enterprise, err) < 0)
        return -1;
    return 0;
}

int sk_pdu_encode(struct sk_writer *w, const struct sk_pdu *pdu,
                  struct sk_error *err)
{
    size_t mark = sk_ber_written(w), list, vb, i;

    if (pdu->type < SK_PDU_GET || pdu->type > SK_PDU_REPORT)
        return sk_error_set(err, SK_ERR_UNKNOWN_PDU, "0x%02x",
                            (unsigned)pdu->type);
    list = sk_ber_written(w);
    for (i = pdu->nvbs; i > 0; i--) {
        vb = sk_ber_written(w);
        if (sk_value_encode(w, &pdu->vbs[i - 1].value, err) < 0 ||
            sk_ber_put_oid(w, &pdu->vbs[i - 1].name, err) < 0 ||
            sk_ber_wrap(w, 0x30, vb, err) < 0)
            return -1;
    }
    if (sk_ber_wrap(w, 0x30, list, err) < 0 ||
        encode_header(w, pdu, err) < 0)
        return -1;
    return sk_ber_wrap(w, (uint8_t)pdu->type, mark, err);
}
