/* msg.c - SNMP message framing.  Community-based messages (RFC 1157
 * section 4, RFC 1901 section 3): Message ::= SEQUENCE { version INTEGER,
 * community OCTET STRING, data PDUs }.  SNMPv3 (RFC 3412 section 6):
 * SNMPv3Message ::= SEQUENCE { msgVersion, msgGlobalData HeaderData,
 * msgSecurityParameters OCTET STRING, msgData ScopedPduData }, and the
 * ScopedPDU.  The PDU itself is pdu.c's; the security parameters are
 * opaque bytes here, sec/usm.c owns their content. */
#include "wire/msg.h"

#include <stdlib.h>
#include <string.h>

#include "wire/ber.h"

/* Versions as they travel in the message (RFC 3412 section 6). */

/* Net-SNMP's snmp_build refuses PDU types the version cannot carry. */
static int check_pdu_version(int32_t version, enum sk_pdu_type type,
                             struct sk_error *err)
{
    bool v2only = type == SK_PDU_GETBULK || type == SK_PDU_INFORM ||
                  type == SK_PDU_TRAP_V2 || type == SK_PDU_REPORT;

    if (version == SK_VERSION_1 && v2only)
        return sk_error_set(err, SK_ERR_V2_IN_V1, NULL);
    if (version != SK_VERSION_1 && type == SK_PDU_TRAP_V1)
        return sk_error_set(err, SK_ERR_V1_IN_V2, NULL);
    return 0;
}

static int encode_community(struct sk_writer *w, const struct sk_msg *msg,
                            struct sk_error *err)
{
    if (msg->community_len > SK_COMMUNITY_MAX)
        return sk_error_set(err, SK_ERR_BAD_COMMUNITY,
                            "community of %zu bytes", msg->community_len);
    if (msg->community_len > 0 && msg->community == NULL)
        return sk_error_set(err, SK_ERR_BAD_COMMUNITY, NULL);
    if (check_pdu_version(msg->version, msg->pdu->type, err) < 0 ||
        sk_pdu_encode(w, msg->pdu, err) < 0 ||
        sk_ber_put_octets(w, 0x04, msg->community, msg->community_len,
                          err) < 0 ||
        sk_ber_put_int(w, 0x02, msg->version, err) < 0)
        return -1;
    return sk_ber_wrap(w, 0x30, 0, err);
}

int sk_msg_encode(const struct sk_msg *msg, uint8_t *buf, size_t cap,
                  const uint8_t **out, size_t *outlen, struct sk_error *err)
{
    struct sk_writer w;
    size_t room = cap < SK_MSG_MAX ? cap : SK_MSG_MAX;

    *out = NULL;
    *outlen = 0;
    if (msg->version != SK_VERSION_1 && msg->version != SK_VERSION_2C)
        return sk_error_set(err, SK_ERR_BAD_VERSION, NULL);
    if (msg->pdu == NULL)
        return sk_error_set(err, SK_ERR_UNKNOWN_PDU, "no PDU");
    /* Only the last SK_MSG_MAX bytes are usable, so an oversized
     * message fails with SK_ERR_TOO_LONG like a full buffer does. */
    sk_ber_writer_init(&w, buf + (cap - room), room);
    if (encode_community(&w, msg, err) < 0)
        return -1;
    *out = sk_ber_data(&w);
    *outlen = sk_ber_written(&w);
    return 0;
}

static int decode_community(struct sk_cursor *mc, struct sk_msg *out,
                            struct sk_error *err)
{
    const uint8_t *comm;
    size_t len;

    if (sk_ber_read_octets(mc, 0x04, SK_COMMUNITY_MAX, &comm, &len,
                           err) < 0)
        return -1;
    if (len > 0) {
        out->community = malloc(len);
        if (out->community == NULL)
            return sk_error_set(err, SK_ERR_NOMEM, NULL);
        memcpy(out->community, comm, len);
    }
    out->community_len = len;
    if (sk_pdu_decode(mc, &out->pdu, err) < 0)
        return -1;
    return sk_ber_done(mc, err);
}

int sk_msg_decode(const uint8_t *p, size_t n, struct sk_msg *out,
                  struct sk_error *err)
{
    struct sk_cursor c, mc;

    memset(out, 0, sizeof *out);
    if (n > SK_MSG_MAX)
        return sk_error_set(err, SK_ERR_ASN_PARSE, "message too long");
    sk_ber_init(&c, p, n);
    if (sk_ber_enter(&c, 0x30, &mc, err) < 0 ||
        sk_ber_done(&c, err) < 0 ||
        sk_ber_read_int32(&mc, 0x02, &out->version, err) < 0)
        goto fail;
    if (out->version != SK_VERSION_1 && out->version != SK_VERSION_2C) {
        sk_error_set(err, SK_ERR_BAD_VERSION, "version %ld",
                     (long)out->version);
        goto fail;
    }
    if (decode_community(&mc, out, err) < 0)
        goto fail;
    return 0;
fail:
    if (err->code != SK_ERR_NOMEM && err->code != SK_ERR_BAD_VERSION &&
        err->code != SK_ERR_BAD_TYPE)
        err->code = SK_ERR_ASN_PARSE;
    sk_msg_clear(out);
    return -1;
}

void sk_msg_clear(struct sk_msg *msg)
{
    free(msg->community);
    sk_pdu_free(msg->pdu);
    memset(msg, 0, sizeof *msg);
}

int sk_msg_frame_len(const uint8_t *p, size_t n, size_t *total,
                     struct sk_error *err)
{
    struct sk_cursor c;
    struct sk_error scratch;
    const uint8_t *b;
    size_t k, i, len;

    sk_ber_init(&c, p, n);
    if (sk_ber_take(&c, 1, &b, &scratch) < 0)
        return 0;
    if (b[0] != 0x30)
        return sk_error_set(err, SK_ERR_ASN_PARSE, "not a SEQUENCE");
    if (sk_ber_take(&c, 1, &b, &scratch) < 0)
        return 0;
    len = b[0];
    k = 0;
    if (b[0] & 0x80) {
        k = b[0] & 0x7f;
        if (k == 0 || k > 4)
            return sk_error_set(err, SK_ERR_ASN_PARSE, "bad length");
        if (sk_ber_take(&c, k, &b, &scratch) < 0)
            return 0;
        len = 0;
        for (i = 0; i < k; i++)
            len = (len << 8) | b[i];
    }
    if (len > SK_MSG_MAX || 2 + k + len > SK_MSG_MAX)
        return sk_error_set(err, SK_ERR_ASN_PARSE, "message too long");
    *total = 2 + k + len;
    return 1;
}

/* ---- SNMPv3 ---- */

static int encode_global(struct sk_writer *w, const struct sk_msg3 *m,
                         struct sk_error *err)
{
    size_t mark = sk_ber_written(w);

    if (sk_ber_put_int(w, 0x02, m->sec_model, err) < 0 ||
        sk_ber_put_octets(w, 0x04, &m->flags, 1, err) < 0 ||
        sk_ber_put_int(w, 0x02, m->max_size, err) < 0 ||
        sk_ber_put_int(w, 0x02, m->msg_id, err) < 0)
        return -1;
    return sk_ber_wrap(w, 0x30, mark, err);
}

int sk_msg3_encode(struct sk_msg3 *m, uint8_t *buf, size_t cap,
                   const uint8_t **out, size_t *outlen,
                   struct sk_error *err)
{
    struct sk_writer w;
    size_t room = cap < SK_MSG_MAX ? cap : SK_MSG_MAX;
    size_t sp_end;

    *out = NULL;
    *outlen = 0;
    sk_ber_writer_init(&w, buf + (cap - room), room);
    if (sk_ber_put(&w, m->data, m->data_len, err) < 0)
        return -1;
    /* The security parameters end SP_END bytes before the end of the
     * message; their offset from the start is known once it is built,
     * which is where usm.c patches the HMAC (DESIGN.md codec rule 7). */
    sp_end = sk_ber_written(&w);
    if (sk_ber_put_octets(&w, 0x04, m->sec_params, m->sec_params_len,
                          err) < 0 ||
        encode_global(&w, m, err) < 0 ||
        sk_ber_put_int(&w, 0x02, SK_VERSION_3, err) < 0 ||
        sk_ber_wrap(&w, 0x30, 0, err) < 0)
        return -1;
    *out = sk_ber_data(&w);
    *outlen = sk_ber_written(&w);
    m->sec_params_off = *outlen - sp_end - m->sec_params_len;
    return 0;
}

/* HeaderData (RFC 3412 section 6): the ranges are the ASN.1 ones. */
static int decode_global(struct sk_cursor *mc, struct sk_msg3 *out,
                         struct sk_error *err)
{
    struct sk_cursor gc;
    const uint8_t *flags;
    size_t flen;

    if (sk_ber_enter(mc, 0x30, &gc, err) < 0 ||
        sk_ber_read_int32(&gc, 0x02, &out->msg_id, err) < 0 ||
        sk_ber_read_int32(&gc, 0x02, &out->max_size, err) < 0 ||
        sk_ber_read_octets(&gc, 0x04, 1, &flags, &flen, err) < 0 ||
        sk_ber_read_int32(&gc, 0x02, &out->sec_model, err) < 0 ||
        sk_ber_done(&gc, err) < 0)
        return -1;
    if (out->msg_id < 0 || out->max_size < 484 || out->sec_model < 1)
        return sk_error_set(err, SK_ERR_ASN_PARSE, "bad header field");
    if (flen != 1)
        return sk_error_set(err, SK_ERR_ASN_PARSE, "msgFlags length");
    out->flags = flags[0];
    /* RFC 3412 7.2.5: privacy without authentication is invalid. */
    if ((out->flags & (SK_MSG3_FLAG_AUTH | SK_MSG3_FLAG_PRIV)) ==
        SK_MSG3_FLAG_PRIV)
        return sk_error_set(err, SK_ERR_ASN_PARSE, "priv without auth");
    return 0;
}

/* msgData: a plaintext ScopedPDU SEQUENCE, or with privacy the
 * encryptedPDU OCTET STRING; the whole TLV is handed on. */
static int decode_data(struct sk_cursor *mc, struct sk_msg3 *out,
                       struct sk_error *err)
{
    const uint8_t *start = mc->p;
    const uint8_t *val;
    struct sk_cursor dc;
    size_t len;

    if (out->flags & SK_MSG3_FLAG_PRIV) {
        if (sk_ber_read_octets(mc, 0x04, SK_MSG_MAX, &val, &len, err) < 0)
            return -1;
    } else if (sk_ber_enter(mc, 0x30, &dc, err) < 0) {
        return -1;
    }
    out->data = start;
    out->data_len = (size_t)(mc->p - start);
    return sk_ber_done(mc, err);
}

int sk_msg3_decode(const uint8_t *p, size_t n, struct sk_msg3 *out,
                   struct sk_error *err)
{
    struct sk_cursor c, mc;
    int32_t version;

    memset(out, 0, sizeof *out);
    if (n > SK_MSG_MAX)
        return sk_error_set(err, SK_ERR_ASN_PARSE, "message too long");
    sk_ber_init(&c, p, n);
    if (sk_ber_enter(&c, 0x30, &mc, err) < 0 ||
        sk_ber_done(&c, err) < 0 ||
        sk_ber_read_int32(&mc, 0x02, &version, err) < 0)
        goto fail;
    if (version != SK_VERSION_3) {
        sk_error_set(err, SK_ERR_BAD_VERSION, "version %ld", (long)version);
        goto fail;
    }
    if (decode_global(&mc, out, err) < 0 ||
        sk_ber_read_octets(&mc, 0x04, SK_MSG_MAX, &out->sec_params,
                           &out->sec_params_len, err) < 0 ||
        decode_data(&mc, out, err) < 0)
        goto fail;
    out->sec_params_off = (size_t)(out->sec_params - p);
    return 0;
fail:
    if (err->code != SK_ERR_BAD_VERSION)
        err->code = SK_ERR_ASN_PARSE;
    memset(out, 0, sizeof *out);
    return -1;
}

int sk_scoped_pdu_encode(const struct sk_scoped_pdu *sp, uint8_t *buf,
                         size_t cap, const uint8_t **out, size_t *outlen,
                         struct sk_error *err)
{
    struct sk_writer w;

    *out = NULL;
    *outlen = 0;
    if (sp->pdu == NULL)
        return sk_error_set(err, SK_ERR_UNKNOWN_PDU, "no PDU");
    if (sp->engine_id_len > SK_ENGINE_ID_MAX ||
        sp->name_len > SK_CONTEXT_MAX)
        return sk_error_set(err, SK_ERR_TOO_LONG, NULL);
    if (sp->pdu->type == SK_PDU_TRAP_V1)
        return sk_error_set(err, SK_ERR_V1_IN_V2, NULL);
    sk_ber_writer_init(&w, buf, cap);
    if (sk_pdu_encode(&w, sp->pdu, err) < 0 ||
        sk_ber_put_octets(&w, 0x04, sp->name, sp->name_len, err) < 0 ||
        sk_ber_put_octets(&w, 0x04, sp->engine_id, sp->engine_id_len,
                          err) < 0 ||
        sk_ber_wrap(&w, 0x30, 0, err) < 0)
        return -1;
    *out = sk_ber_data(&w);
    *outlen = sk_ber_written(&w);
    return 0;
}

int sk_scoped_pdu_decode(const uint8_t *p, size_t n,
                         struct sk_scoped_pdu *out, size_t *used,
                         struct sk_error *err)
{
    struct sk_cursor c, sc;
    const uint8_t *id, *name;

    memset(out, 0, sizeof *out);
    *used = 0;
    sk_ber_init(&c, p, n);
    if (sk_ber_enter(&c, 0x30, &sc, err) < 0 ||
        sk_ber_read_octets(&sc, 0x04, SK_ENGINE_ID_MAX, &id,
                           &out->engine_id_len, err) < 0 ||
        sk_ber_read_octets(&sc, 0x04, SK_CONTEXT_MAX, &name,
                           &out->name_len, err) < 0)
        goto fail;
    if (out->engine_id_len > 0)
        memcpy(out->engine_id, id, out->engine_id_len);
    if (out->name_len > 0)
        memcpy(out->name, name, out->name_len);
    if (sk_pdu_decode(&sc, &out->pdu, err) < 0 || sk_ber_done(&sc, err) < 0)
        goto fail;
    if (out->pdu->type == SK_PDU_TRAP_V1) {
        sk_error_set(err, SK_ERR_ASN_PARSE, "v1 Trap in a ScopedPDU");
        goto fail;
    }
    *used = (size_t)(c.p - p);
    return 0;
fail:
    if (err->code != SK_ERR_NOMEM && err->code != SK_ERR_BAD_TYPE)
        err->code = SK_ERR_ASN_PARSE;
    sk_scoped_pdu_clear(out);
    return -1;
}

void sk_scoped_pdu_clear(struct sk_scoped_pdu *sp)
{
    sk_pdu_free(sp->pdu);
    memset(sp, 0, sizeof *sp);
}
