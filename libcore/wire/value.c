/* value.c - typed SNMP values and their BER form (RFC 2578 section 7.1,
 * RFC 3416 section 3), including Net-SNMP's Opaque-wrapped specials:
 * Opaque { 0x9f <inner tag> len value } for float, double, Int64,
 * UInt64 and Counter64 (Net-SNMP's OPAQUE_SPECIAL_TYPES). */
#include "wire/value.h"

#include <stdlib.h>
#include <string.h>

#include "wire/ber.h"

void sk_value_clear(struct sk_value *v)
{
    free(v->str);
    free(v->oid);
    memset(v, 0, sizeof *v);
    v->type = SK_T_NULL;
}

void sk_value_set_null(struct sk_value *dst)
{
    memset(dst, 0, sizeof *dst);
    dst->type = SK_T_NULL;
}

void sk_value_set_int(struct sk_value *dst, enum sk_type type, int64_t i)
{
    memset(dst, 0, sizeof *dst);
    dst->type = type;
    dst->n.i = i;
}

void sk_value_set_uint(struct sk_value *dst, enum sk_type type, uint64_t u)
{
    memset(dst, 0, sizeof *dst);
    dst->type = type;
    dst->n.u = u;
}

int sk_value_set_bytes(struct sk_value *dst, enum sk_type type,
                       const uint8_t *p, size_t n, struct sk_error *err)
{
    memset(dst, 0, sizeof *dst);
    dst->type = SK_T_NULL;
    if (n > 0) {
        dst->str = malloc(n);
        if (dst->str == NULL)
            return sk_error_set(err, SK_ERR_NOMEM, NULL);
        memcpy(dst->str, p, n);
    }
    dst->type = type;
    dst->len = n;
    return 0;
}

int sk_value_set_oid(struct sk_value *dst, const struct sk_oid *oid,
                     struct sk_error *err)
{
    memset(dst, 0, sizeof *dst);
    dst->type = SK_T_NULL;
    dst->oid = malloc(sizeof *dst->oid);
    if (dst->oid == NULL)
        return sk_error_set(err, SK_ERR_NOMEM, NULL);
    dst->oid->len = oid->len;
    memcpy(dst->oid->arc, oid->arc, oid->len * sizeof oid->arc[0]);
    dst->type = SK_T_OID;
    return 0;
}

int sk_value_copy(struct sk_value *dst, const struct sk_value *src,
                  struct sk_error *err)
{
    if (src->type == SK_T_OID || (src->len > 0 && src->str == NULL)) {
        if (src->oid == NULL || src->type != SK_T_OID) {
            sk_value_set_null(dst);
            return sk_error_set(err, SK_ERR_BAD_VALUE, "value has no data");
        }
        return sk_value_set_oid(dst, src->oid, err);
    }
    if (src->len > 0) {
        if (sk_value_set_bytes(dst, src->type, src->str, src->len, err) < 0)
            return -1;
        dst->n = src->n;
        return 0;
    }
    *dst = *src;
    dst->str = NULL;
    dst->oid = NULL;
    return 0;
}

/* ---- decoding ---- */

static uint64_t get_be(const uint8_t *p, size_t n)
{
    uint64_t v = 0;
    size_t i;

    for (i = 0; i < n; i++)
        v = (v << 8) | p[i];
    return v;
}

/* Recognise a well-formed special inside Opaque content P[0..N); 0 and
 * OUT set when it is one, -1 otherwise (the caller keeps raw bytes). */
static int opaque_special(const uint8_t *p, size_t n, struct sk_value *out)
{
    struct sk_cursor c;
    struct sk_error scratch;
    const uint8_t *h, *val;
    size_t len;
    uint32_t f32;
    uint64_t u;
    int64_t i;

    sk_ber_init(&c, p, n);
    if (sk_ber_take(&c, 2, &h, &scratch) < 0 || h[0] != SK_BER_OPAQUE_TAG1)
        return -1;
    if (sk_ber_read_len(&c, &len, &scratch) < 0 ||
        sk_ber_take(&c, len, &val, &scratch) < 0 ||
        sk_ber_done(&c, &scratch) < 0)
        return -1;
    switch (h[1]) {
    case SK_T_OPAQUE_FLOAT:
        if (len != 4)
            return -1;
        f32 = (uint32_t)get_be(val, 4);
        memcpy(&out->n.f, &f32, sizeof f32);
        break;
    case SK_T_OPAQUE_DOUBLE:
        if (len != 8)
            return -1;
        u = get_be(val, 8);
        memcpy(&out->n.d, &u, sizeof u);
        break;
    case SK_T_OPAQUE_I64:
        if (sk_ber_dec_int(val, len, 8, &i, &scratch) < 0)
            return -1;
        out->n.i = i;
        break;
    case SK_T_OPAQUE_U64:
    case SK_T_OPAQUE_COUNTER64:
        if (sk_ber_dec_uint(val, len, 64, &u, &scratch) < 0)
            return -1;
        out->n.u = u;
        break;
    default:
        return -1;
    }
    out->type = (enum sk_type)h[1];
    return 0;
}

static int decode_prim(uint8_t tag, const uint8_t *val, size_t len,
                       struct sk_value *out, struct sk_error *err)
{
    int64_t i;
    uint64_t u;

    switch (tag) {
    case SK_T_INTEGER:
        if (sk_ber_dec_int(val, len, 8, &i, err) < 0)
            return -1;
        if (i < INT32_MIN || i > INT32_MAX)
            return sk_error_set(err, SK_ERR_ASN_PARSE,
                                "integer wider than 32 bits");
        sk_value_set_int(out, SK_T_INTEGER, i);
        return 0;
    case SK_T_COUNTER32:
    case SK_T_GAUGE32:
    case SK_T_TIMETICKS:
    case SK_T_UINT32:
    case SK_T_COUNTER64:
        if (sk_ber_dec_uint(val, len, tag == SK_T_COUNTER64 ? 64 : 32, &u,
                            err) < 0)
            return -1;
        sk_value_set_uint(out, (enum sk_type)tag, u);
        return 0;
    case SK_T_NULL:
    case SK_T_NOSUCHOBJECT:
    case SK_T_NOSUCHINSTANCE:
    case SK_T_ENDOFMIBVIEW:
        if (len != 0)
            return sk_error_set(err, SK_ERR_ASN_PARSE, "non-empty NULL");
        out->type = (enum sk_type)tag;
        return 0;
    case 0x03:
        /* BIT STRING: Net-SNMP decodes it, we have no such value */
        return sk_error_set(err, SK_ERR_ASN_PARSE, "BIT STRING value");
    default:
        /* Not an SNMP type (RFC 3416 3).  Net-SNMP's snmp_pdu_parse
         * gives up on the whole PDU then, logging "bad type returned
         * (%x)"; the detail is the tag in that form for the app. */
        return sk_error_set(err, SK_ERR_BAD_TYPE, "%x", tag);
    }
}

/* No SNMP value is constructed (RFC 3416 3), so a well-formed TLV with
 * a constructed tag (a SEQUENCE, say) is a type we do not know, as it
 * is to Net-SNMP; its content is not looked at. */
static int constructed(struct sk_cursor *c, uint8_t tag,
                       struct sk_error *err)
{
    struct sk_cursor inner;

    if (sk_ber_enter(c, tag, &inner, err) < 0)
        return -1;
    return sk_error_set(err, SK_ERR_BAD_TYPE, "%x", tag);
}

int sk_value_decode(struct sk_cursor *c, struct sk_value *out,
                    struct sk_error *err)
{
    uint8_t tag;
    const uint8_t *val;
    size_t len;

    sk_value_set_null(out);
    if (sk_ber_peek(c, &tag) == 0 && (tag & 0x20) != 0)
        return constructed(c, tag, err);
    if (sk_ber_read_any(c, &tag, &val, &len, err) < 0)
        return -1;
    switch (tag) {
    case SK_T_OID:
        out->oid = malloc(sizeof *out->oid);
        if (out->oid == NULL)
            return sk_error_set(err, SK_ERR_NOMEM, NULL);
        if (sk_ber_dec_oid(val, len, out->oid, err) < 0) {
            sk_value_clear(out);
            return -1;
        }
        out->type = SK_T_OID;
        return 0;
    case SK_T_IPADDR:
        if (len != 4)
            return sk_error_set(err, SK_ERR_ASN_PARSE,
                                "IpAddress of length %zu", len);
        return sk_value_set_bytes(out, SK_T_IPADDR, val, len, err);
    case SK_T_OPAQUE:
        if (opaque_special(val, len, out) == 0)
            return 0;
        /* FALLTHROUGH */
    case SK_T_OCTETS:
    case SK_T_NSAP:
        if (len > SK_BER_MAX_LEN)
            return sk_error_set(err, SK_ERR_ASN_PARSE, "string too long");
        return sk_value_set_bytes(out, (enum sk_type)tag, val, len, err);
    default:
        return decode_prim(tag, val, len, out, err);
    }
}

/* ---- encoding ---- */

static int put_be(struct sk_writer *w, uint64_t v, size_t n,
                  struct sk_error *err)
{
    uint8_t b[8];
    size_t i;

    for (i = 0; i < n; i++)
        b[i] = (uint8_t)(v >> (8 * (n - 1 - i)));
    return sk_ber_put(w, b, n, err);
}

/* Opaque { 0x9f inner-tag len value }: the inner TLV is written with the
 * usual header (its tag byte is the second identifier octet), then the
 * 0x9f first octet, then the Opaque wrapper. */
static int encode_special(struct sk_writer *w, const struct sk_value *v,
                          struct sk_error *err)
{
    size_t mark = sk_ber_written(w);
    uint8_t inner = (uint8_t)v->type, tag1 = SK_BER_OPAQUE_TAG1;
    uint32_t f32;
    uint64_t u;
    int rc;

    switch (v->type) {
    case SK_T_OPAQUE_FLOAT:
        memcpy(&f32, &v->n.f, sizeof f32);
        rc = put_be(w, f32, 4, err);
        if (rc == 0)
            rc = sk_ber_put_header(w, inner, 4, err);
        break;
    case SK_T_OPAQUE_DOUBLE:
        memcpy(&u, &v->n.d, sizeof u);
        rc = put_be(w, u, 8, err);
        if (rc == 0)
            rc = sk_ber_put_header(w, inner, 8, err);
        break;
    case SK_T_OPAQUE_I64:
        rc = sk_ber_put_int(w, inner, v->n.i, err);
        break;
    default:
        rc = sk_ber_put_uint(w, inner, v->n.u, err);
        break;
    }
    if (rc < 0 || sk_ber_put(w, &tag1, 1, err) < 0)
        return -1;
    return sk_ber_wrap(w, SK_T_OPAQUE, mark, err);
}

static int encode_number(struct sk_writer *w, const struct sk_value *v,
                         struct sk_error *err)
{
    uint8_t tag = (uint8_t)v->type;

    if (v->type == SK_T_INTEGER) {
        if (v->n.i < INT32_MIN || v->n.i > INT32_MAX)
            return sk_error_set(err, SK_ERR_BAD_ASN1_BUILD,
                                "INTEGER out of range");
        return sk_ber_put_int(w, tag, v->n.i, err);
    }
    if (v->type != SK_T_COUNTER64 && v->n.u > UINT32_MAX)
        return sk_error_set(err, SK_ERR_BAD_ASN1_BUILD,
                            "unsigned value out of range");
    return sk_ber_put_uint(w, tag, v->n.u, err);
}

int sk_value_encode(struct sk_writer *w, const struct sk_value *v,
                    struct sk_error *err)
{
    switch (v->type) {
    case SK_T_INTEGER:
    case SK_T_COUNTER32:
    case SK_T_GAUGE32:
    case SK_T_TIMETICKS:
    case SK_T_UINT32:
    case SK_T_COUNTER64:
        return encode_number(w, v, err);
    case SK_T_IPADDR:
        if (v->len != 4)
            return sk_error_set(err, SK_ERR_BAD_ASN1_BUILD,
                                "IpAddress of length %zu", v->len);
        /* FALLTHROUGH */
    case SK_T_OCTETS:
    case SK_T_OPAQUE:
    case SK_T_NSAP:
        return sk_ber_put_octets(w, (uint8_t)v->type, v->str, v->len, err);
    case SK_T_NULL:
    case SK_T_NOSUCHOBJECT:
    case SK_T_NOSUCHINSTANCE:
    case SK_T_ENDOFMIBVIEW:
        return sk_ber_put_header(w, (uint8_t)v->type, 0, err);
    case SK_T_OID:
        if (v->oid == NULL)
            return sk_error_set(err, SK_ERR_BAD_ASN1_BUILD, "no OID");
        return sk_ber_put_oid(w, v->oid, err);
    case SK_T_OPAQUE_COUNTER64:
    case SK_T_OPAQUE_FLOAT:
    case SK_T_OPAQUE_DOUBLE:
    case SK_T_OPAQUE_I64:
    case SK_T_OPAQUE_U64:
        return encode_special(w, v, err);
    }
    return sk_error_set(err, SK_ERR_BAD_TYPE, "type 0x%02x",
                        (unsigned)v->type);
}
