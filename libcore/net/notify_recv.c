/* notify_recv.c - notifications, receiver side.
 *
 * A receiver sees three PDU shapes: the SNMPv1 Trap-PDU (RFC 1157
 * 4.1.6), the SNMPv2-Trap-PDU and the InformRequest-PDU (RFC 3416 4.2.6,
 * 4.2.7).  Everything after decoding works on the SNMPv2 form, so a v1
 * trap is translated as a proxy would translate it (RFC 3584 3.1),
 * keeping the original PDU for the v1-only log fields. */
#include "net/notify_recv.h"

#include <string.h>
#include <sys/random.h>
#include <time.h>

#include "sec/usm_recv.h"

/* RFC 3418 sysUpTime.0, snmpTrapOID.0, snmpTraps; RFC 3584 2.1
 * snmpTrapAddress.0 and snmpTrapCommunity.0; RFC 3418
 * snmpTrapEnterprise.0. */
static const uint32_t sysuptime0[] = { 1, 3, 6, 1, 2, 1, 1, 3, 0 };
static const uint32_t trapoid0[] = { 1, 3, 6, 1, 6, 3, 1, 1, 4, 1, 0 };
static const uint32_t snmptraps[] = { 1, 3, 6, 1, 6, 3, 1, 1, 5 };
static const uint32_t trapaddr0[] = { 1, 3, 6, 1, 6, 3, 18, 1, 3, 0 };
static const uint32_t trapcomm0[] = { 1, 3, 6, 1, 6, 3, 18, 1, 4, 0 };
static const uint32_t trapent0[] = { 1, 3, 6, 1, 6, 3, 1, 1, 4, 3, 0 };

#define NARCS(a) (sizeof(a) / sizeof((a)[0]))

int sk_notify_v1_trap_oid(const struct sk_pdu *v1, struct sk_oid *out,
                          struct sk_error *err)
{
    /* RFC 3584 3.1 (2): generic traps 0..5 map to snmpTraps.1..6; an
     * enterpriseSpecific trap is enterprise.0.specific-trap. */
    if (v1->generic_trap >= 0 && v1->generic_trap < 6) {
        if (sk_oid_set(out, snmptraps, NARCS(snmptraps), err) < 0)
            return -1;
        return sk_oid_append(out, (uint32_t)v1->generic_trap + 1, err);
    }
    *out = v1->enterprise;
    if (sk_oid_append(out, 0, err) < 0)
        return -1;
    return sk_oid_append(out, (uint32_t)v1->specific_trap, err);
}

/* Append NAME (arcs) = V to PDU; V is consumed (cleared). */
static int add_vb(struct sk_pdu *pdu, const uint32_t *arcs, size_t n,
                  struct sk_value *v, struct sk_error *err)
{
    struct sk_varbind vb;
    int rc;

    memset(&vb, 0, sizeof vb);
    if (sk_oid_set(&vb.name, arcs, n, err) < 0) {
        sk_value_clear(v);
        return -1;
    }
    vb.value = *v;
    rc = sk_pdu_add(pdu, &vb, err);
    sk_value_clear(v);
    return rc;
}

/* The two leading varbinds of RFC 3584 3.1 (2). */
static int add_head(struct sk_pdu *out, const struct sk_pdu *v1,
                    struct sk_error *err)
{
    struct sk_value v;
    struct sk_oid trap;

    memset(&v, 0, sizeof v);
    sk_value_set_uint(&v, SK_T_TIMETICKS, v1->time_stamp);
    if (add_vb(out, sysuptime0, NARCS(sysuptime0), &v, err) < 0)
        return -1;
    if (sk_notify_v1_trap_oid(v1, &trap, err) < 0 ||
        sk_value_set_oid(&v, &trap, err) < 0)
        return -1;
    return add_vb(out, trapoid0, NARCS(trapoid0), &v, err);
}

/* The three trailing varbinds of RFC 3584 3.1 (3). */
static int add_tail(struct sk_pdu *out, const struct sk_pdu *v1,
                    const uint8_t *comm, size_t clen, struct sk_error *err)
{
    struct sk_value v;

    memset(&v, 0, sizeof v);
    if (sk_value_set_bytes(&v, SK_T_IPADDR, v1->agent_addr, 4, err) < 0 ||
        add_vb(out, trapaddr0, NARCS(trapaddr0), &v, err) < 0)
        return -1;
    if (sk_value_set_bytes(&v, SK_T_OCTETS, comm, clen, err) < 0 ||
        add_vb(out, trapcomm0, NARCS(trapcomm0), &v, err) < 0)
        return -1;
    if (sk_value_set_oid(&v, &v1->enterprise, err) < 0)
        return -1;
    return add_vb(out, trapent0, NARCS(trapent0), &v, err);
}

struct sk_pdu *sk_notify_v1_to_v2(const struct sk_pdu *v1,
                                  const uint8_t *community,
                                  size_t community_len,
                                  struct sk_error *err)
{
    struct sk_pdu *out = sk_pdu_new(SK_PDU_TRAP_V2, err);
    size_t i;

    if (out == NULL)
        return NULL;
    out->request_id = v1->request_id;
    if (add_head(out, v1, err) < 0)
        goto fail;
    for (i = 0; i < v1->nvbs; i++)
        if (sk_pdu_add(out, &v1->vbs[i], err) < 0)
            goto fail;
    if (add_tail(out, v1, community, community_len, err) < 0)
        goto fail;
    return out;
fail:
    sk_pdu_free(out);
    return NULL;
}

/* snmpTrapOID.0 of a v2 PDU: RFC 3416 4.2.6 puts it second, but take
 * it wherever it is, as a receiver should not be fussier than
 * Net-SNMP. */
static void find_trap_oid(const struct sk_pdu *pdu, struct sk_oid *out)
{
    struct sk_oid name;
    struct sk_error err;
    size_t i;

    out->len = 0;
    if (sk_oid_set(&name, trapoid0, NARCS(trapoid0), &err) < 0)
        return;
    for (i = 0; i < pdu->nvbs; i++) {
        const struct sk_varbind *vb = &pdu->vbs[i];

        if (vb->value.type == SK_T_OID && vb->value.oid != NULL &&
            sk_oid_cmp(&vb->name, &name) == 0) {
            *out = *vb->value.oid;
            return;
        }
    }
}

/* Move the decoded message M into OUT, building the v2 form. */
static int take_msg(struct sk_msg *m, struct sk_notification *out,
                    struct sk_error *err)
{
    out->version = m->version;
    out->sec_model = m->version == SK_VERSION_1 ? 1 : 2;
    if (m->community_len > 0)   /* an empty community has no buffer */
        memcpy(out->community, m->community, m->community_len);
    out->community_len = m->community_len;
    out->pdu = m->pdu;
    m->pdu = NULL;
    if (out->pdu->type == SK_PDU_TRAP_V1) {
        out->v2 = sk_notify_v1_to_v2(out->pdu, out->community,
                                     out->community_len, err);
        if (out->v2 == NULL)
            return -1;
        return sk_notify_v1_trap_oid(out->pdu, &out->trap_oid, err);
    }
    out->v2 = out->pdu;
    find_trap_oid(out->v2, &out->trap_oid);
    return 0;
}

int sk_notify_recv_decode(const uint8_t *p, size_t n,
                          struct sk_notification *out,
                          struct sk_error *err)
{
    struct sk_msg m;
    enum sk_pdu_type t;
    int rc;

    memset(out, 0, sizeof *out);
    memset(&m, 0, sizeof m);
    if (sk_msg_decode(p, n, &m, err) < 0)
        return -1;
    t = m.pdu->type;
    /* RFC 3584 2.1: a v1 message carries only the Trap-PDU, a v2c one
     * only the v2 notifications. */
    if ((m.version == SK_VERSION_1 && t != SK_PDU_TRAP_V1) ||
        (m.version == SK_VERSION_2C && t != SK_PDU_TRAP_V2 &&
         t != SK_PDU_INFORM)) {
        sk_msg_clear(&m);
        return sk_error_set(err, SK_ERR_UNKNOWN_PDU, NULL);
    }
    rc = take_msg(&m, out, err);
    sk_msg_clear(&m);
    if (rc < 0)
        sk_notification_clear(out);
    return rc;
}

void sk_notification_clear(struct sk_notification *n)
{
    if (n->v2 != n->pdu)
        sk_pdu_free(n->v2);
    sk_pdu_free(n->pdu);
    memset(n, 0, sizeof *n);
}

int sk_notify_ack_encode(const struct sk_notification *n, uint8_t *buf,
                         size_t cap, const uint8_t **out, size_t *outlen,
                         struct sk_error *err)
{
    struct sk_msg m;
    struct sk_pdu resp;

    /* RFC 3416 4.2.7: the Response carries the request-id and the
     * variable bindings of the InformRequest, error-status noError.
     * A shallow copy is enough: the encoder only reads. */
    resp = *n->pdu;
    resp.type = SK_PDU_RESPONSE;
    resp.error_status = 0;
    resp.error_index = 0;
    memset(&m, 0, sizeof m);
    m.version = n->version;
    m.community = (uint8_t *)n->community;
    m.community_len = n->community_len;
    m.pdu = &resp;
    return sk_msg_encode(&m, buf, cap, out, outlen, err);
}

/* ---- SNMPv3 ---- */

struct sk_usm_recv *sk_notify_usm_new(const uint8_t *id, size_t idlen,
                                      uint32_t boots, int64_t now_us,
                                      struct sk_error *err)
{
    return sk_usm_recv_new(id, idlen, boots, now_us, err);
}

void sk_notify_usm_free(struct sk_usm_recv *r)
{
    sk_usm_recv_free(r);
}

int sk_notify_usm_add_user(struct sk_usm_recv *r,
                           const struct sk_usm_user_spec *s,
                           struct sk_error *err)
{
    return sk_usm_recv_add_user(r, s, err);
}

size_t sk_notify_engine_id_default(uint8_t out[17])
{
    static const uint8_t head[] = { 0x80, 0x00, 0x1f, 0x88, 0x80 };
    uint64_t now = (uint64_t)time(NULL);
    uint32_t rnd;
    int i;

    memcpy(out, head, sizeof head);
    if (getrandom(&rnd, sizeof rnd, 0) != (ssize_t)sizeof rnd)
        rnd = (uint32_t)now * 2654435761u;
    memcpy(out + 5, &rnd, sizeof rnd);
    for (i = 0; i < 8; i++)
        out[9 + i] = (uint8_t)(now >> (8 * i));
    return 17;
}

/* Move the processed message IN (from user U) into OUT. */
static void take_v3(struct sk_usm_in *in, const void *u,
                    struct sk_notification *out)
{
    out->version = SK_VERSION_3;
    out->sec_model = SK_SEC_MODEL_USM;
    out->sec_level = in->level;
    out->msg_id = in->hdr.msg_id;
    memcpy(out->sec_name, in->params.user, in->params.user_len);
    out->sec_name_len = in->params.user_len;
    memcpy(out->ctx_engine, in->scoped.engine_id, in->scoped.engine_id_len);
    out->ctx_engine_len = in->scoped.engine_id_len;
    memcpy(out->ctx_name, in->scoped.name, in->scoped.name_len);
    out->ctx_name_len = in->scoped.name_len;
    out->pdu = in->scoped.pdu;
    in->scoped.pdu = NULL;
    out->v2 = out->pdu;
    out->usm_user = u;
    memcpy(out->sec_engine, in->params.engine_id, in->params.engine_id_len);
    out->sec_engine_len = in->params.engine_id_len;
    find_trap_oid(out->v2, &out->trap_oid);
}

int sk_notify_recv_decode3(struct sk_usm_recv *r, const uint8_t *p,
                           size_t n, int64_t now_us,
                           struct sk_notification *out, uint8_t *buf,
                           size_t cap, const uint8_t **rep, size_t *replen,
                           struct sk_error *err)
{
    struct sk_usm_in in;
    const struct sk_usm_user *u;
    enum sk_pdu_type t;

    memset(out, 0, sizeof *out);
    if (sk_usm_recv_process(r, p, n, now_us, &in, &u, buf, cap, rep,
                            replen, err) < 0)
        return -1;
    t = in.scoped.pdu->type;
    /* RFC 3416 4.2.6, 4.2.7: only these two are notifications */
    if (t != SK_PDU_TRAP_V2 && t != SK_PDU_INFORM) {
        sk_usm_in_clear(&in);
        return sk_error_set(err, SK_ERR_UNKNOWN_PDU, NULL);
    }
    take_v3(&in, u, out);
    sk_usm_in_clear(&in);
    return 0;
}

static void scoped_of(const struct sk_notification *n, struct sk_pdu *pdu,
                      struct sk_scoped_pdu *sp)
{
    memset(sp, 0, sizeof *sp);
    memcpy(sp->engine_id, n->ctx_engine, n->ctx_engine_len);
    sp->engine_id_len = n->ctx_engine_len;
    memcpy(sp->name, n->ctx_name, n->ctx_name_len);
    sp->name_len = n->ctx_name_len;
    sp->pdu = pdu;
}

int sk_notify_ack_encode3(struct sk_usm_recv *r,
                          const struct sk_notification *n, int64_t now_us,
                          uint8_t *buf, size_t cap, const uint8_t **out,
                          size_t *outlen, struct sk_error *err)
{
    struct sk_scoped_pdu sp;
    struct sk_pdu resp;

    if (n->usm_user == NULL)
        return sk_error_set(err, SK_ERR_GENERIC, "not a v3 inform");
    /* RFC 3416 4.2.7 and RFC 3412 7.1 (a): the same msgID, security
     * name, level and context as the request, sent from our engine. */
    resp = *n->pdu;
    resp.type = SK_PDU_RESPONSE;
    resp.error_status = 0;
    resp.error_index = 0;
    scoped_of(n, &resp, &sp);
    return sk_usm_recv_encode(r, n->usm_user, (enum sk_sec_level)n->sec_level,
                              n->msg_id, &sp, now_us, buf, cap, out, outlen,
                              err);
}

int sk_notify_forward_encode3(struct sk_usm_recv *r,
                              const struct sk_notification *n,
                              int64_t now_us, uint8_t *buf, size_t cap,
                              const uint8_t **out, size_t *outlen,
                              struct sk_error *err)
{
    struct sk_scoped_pdu sp;

    if (n->usm_user == NULL || n->pdu->type != SK_PDU_TRAP_V2)
        return sk_error_set(err, SK_ERR_UNKNOWN_PDU, NULL);
    scoped_of(n, n->pdu, &sp);
    return sk_usm_recv_encode_as(r, n->usm_user, n->sec_engine,
                                 n->sec_engine_len,
                                 (enum sk_sec_level)n->sec_level, &sp,
                                 now_us, buf, cap, out, outlen, err);
}
