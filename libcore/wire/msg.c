/* msg.c - community-based SNMP messages (RFC 1157 section 4, RFC 1901
 * section 3): Message ::= SEQUENCE { version INTEGER, community OCTET
 * STRING, data PDUs }.  The PDU itself is pdu.c's; an SNMPv3 message
 * (RFC 3412 section 6) will be a sibling of encode_community() /
 * decode_community() that wraps the same sk_pdu_encode/decode in a
 * scopedPDU. */
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
    if (err->code != SK_ERR_NOMEM && err->code != SK_ERR_BAD_VERSION)
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
