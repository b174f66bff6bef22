/* oid.c - object identifiers: compare, build, numeric text, and their
 * BER content form (X.690 8.19). */
#include "wire/oid.h"

#include <string.h>

#include "wire/ber.h"

int sk_oid_cmp(const struct sk_oid *a, const struct sk_oid *b)
{
    size_t i, n = a->len < b->len ? a->len : b->len;

    for (i = 0; i < n; i++) {
        if (a->arc[i] != b->arc[i])
            return a->arc[i] < b->arc[i] ? -1 : 1;
    }
    if (a->len == b->len)
        return 0;
    return a->len < b->len ? -1 : 1;
}

bool sk_oid_has_prefix(const struct sk_oid *oid, const struct sk_oid *prefix)
{
    if (prefix->len > oid->len)
        return false;
    return memcmp(oid->arc, prefix->arc, prefix->len * sizeof oid->arc[0])
           == 0;
}

int sk_oid_set(struct sk_oid *out, const uint32_t *arcs, size_t n,
               struct sk_error *err)
{
    if (n > SK_OID_MAX)
        return sk_error_set(err, SK_ERR_TOO_LONG, "%zu sub-identifiers", n);
    if (n > 0)
        memmove(out->arc, arcs, n * sizeof out->arc[0]);
    out->len = n;
    return 0;
}

int sk_oid_append(struct sk_oid *oid, uint32_t arc, struct sk_error *err)
{
    if (oid->len >= SK_OID_MAX)
        return sk_error_set(err, SK_ERR_TOO_LONG, NULL);
    oid->arc[oid->len++] = arc;
    return 0;
}

/* Parse one decimal arc at *S; *S is left after it.  -1 when there are
 * no digits or the value passes 2^32-1. */
static int parse_arc(const char **s, uint32_t *out)
{
    const char *p = *s;
    uint64_t v = 0;

    if (*p < '0' || *p > '9')
        return -1;
    while (*p >= '0' && *p <= '9') {
        v = v * 10 + (uint64_t)(*p - '0');
        if (v > UINT32_MAX)
            return -1;
        p++;
    }
    *s = p;
    *out = (uint32_t)v;
    return 0;
}

int sk_oid_parse_numeric(const char *text, struct sk_oid *out,
                         struct sk_error *err)
{
    const char *s = text;
    struct sk_oid tmp;
    uint32_t arc;

    tmp.len = 0;
    if (*s == '.')
        s++;
    /* Net-SNMP's text for a bad arc is the rest of the input from the
     * arc that failed, e.g. "1.3..6" -> "(.6)". */
    for (;;) {
        if (parse_arc(&s, &arc) < 0 || (*s != '.' && *s != '\0'))
            return sk_error_set(err, SK_ERR_UNKNOWN_OID, "%s", s);
        if (tmp.len >= SK_OID_MAX)
            return sk_error_set(err, SK_ERR_TOO_LONG, "more than %d "
                                "sub-identifiers", SK_OID_MAX);
        tmp.arc[tmp.len++] = arc;
        if (*s == '\0')
            break;
        s++;
    }
    memcpy(out->arc, tmp.arc, tmp.len * sizeof tmp.arc[0]);
    out->len = tmp.len;
    return 0;
}

int sk_oid_format_numeric(const struct sk_oid *oid, struct sk_buf *out)
{
    /* 11 bytes per arc (".4294967295") bounds the text. */
    char text[SK_OID_MAX * 11 + 1];
    char digits[10];
    size_t i, n = 0, k;
    uint32_t v;

    for (i = 0; i < oid->len; i++) {
        v = oid->arc[i];
        k = 0;
        do {
            digits[k++] = (char)('0' + v % 10);
            v /= 10;
        } while (v != 0);
        text[n++] = '.';
        while (k > 0)
            text[n++] = digits[--k];
    }
    return sk_buf_add(out, text, n);
}

/* ---- BER content form ---- */

int sk_ber_dec_oid(const uint8_t *p, size_t n, struct sk_oid *out,
                   struct sk_error *err)
{
    size_t i = 0, len = 0;
    uint64_t v;

    if (n == 0)
        return sk_error_set(err, SK_ERR_ASN_PARSE, "empty OID");
    while (i < n) {
        /* the common case first: a one-octet sub-identifier past the
         * packed first pair (the bounds as below) */
        if (p[i] < 0x80 && len >= 2 && len < SK_OID_MAX) {
            out->arc[len++] = p[i++];
            continue;
        }
        v = 0;
        do {
            /* A set high bit on the last octet leaves the arc open.
             * (Leading 0x80 padding, against X.690 8.19.2, is taken as
             * Net-SNMP takes it; the 2^32 check still bounds it.) */
            if (i >= n)
                return sk_error_set(err, SK_ERR_ASN_PARSE,
                                    "trailing continuation bit");
            v = (v << 7) | (p[i] & 0x7f);
            if (v > UINT32_MAX)
                return sk_error_set(err, SK_ERR_ASN_PARSE,
                                    "sub-identifier above 2^32-1");
        } while (p[i++] & 0x80);
        if (len == 0) {
            /* X.690 8.19.4: the first sub-identifier packs two arcs. */
            out->arc[0] = v < 40 ? 0 : v < 80 ? 1 : 2;
            out->arc[1] = (uint32_t)(v - 40 * out->arc[0]);
            len = 2;
        } else {
            if (len >= SK_OID_MAX)
                return sk_error_set(err, SK_ERR_ASN_PARSE,
                                    "more than %d sub-identifiers",
                                    SK_OID_MAX);
            out->arc[len++] = (uint32_t)v;
        }
    }
    out->len = len;
    return 0;
}

/* Prepend one base-128 sub-identifier. */
static int put_subid(struct sk_writer *w, uint64_t v, struct sk_error *err)
{
    uint8_t b[10];
    size_t n = sizeof b;

    b[--n] = (uint8_t)(v & 0x7f);
    v >>= 7;
    while (v != 0) {
        b[--n] = (uint8_t)(0x80 | (v & 0x7f));
        v >>= 7;
    }
    return sk_ber_put(w, b + n, sizeof b - n, err);
}

int sk_ber_put_oid(struct sk_writer *w, const struct sk_oid *oid,
                   struct sk_error *err)
{
    size_t mark = sk_ber_written(w), i;
    uint64_t first;

    if (oid->len > SK_OID_MAX)
        return sk_error_set(err, SK_ERR_TOO_LONG, NULL);
    /* Net-SNMP sends "0.0" for an empty OID and X*40 for a lone arc. */
    first = oid->len > 0 ? (uint64_t)oid->arc[0] * 40 : 0;
    if (oid->len > 0 && oid->arc[0] > 2)
        return sk_error_set(err, SK_ERR_BAD_ASN1_BUILD,
                            "first sub-identifier above 2");
    if (oid->len > 1) {
        if (oid->arc[0] < 2 && oid->arc[1] >= 40)
            return sk_error_set(err, SK_ERR_BAD_ASN1_BUILD,
                                "second sub-identifier above 39");
        first += oid->arc[1];
        if (first > UINT32_MAX)
            return sk_error_set(err, SK_ERR_BAD_ASN1_BUILD,
                                "second sub-identifier too large");
    }
    for (i = oid->len; i > 2; i--) {
        if (put_subid(w, oid->arc[i - 1], err) < 0)
            return -1;
    }
    if (put_subid(w, first, err) < 0)
        return -1;
    return sk_ber_wrap(w, 0x06, mark, err);
}
