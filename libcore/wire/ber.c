/* ber.c - the bounded BER cursor and the reverse writer (X.690 8.1-8.3).
 * Only sk_ber_take() moves a cursor; everything else reads through it. */
#include "wire/ber.h"

#include <string.h>

#include "wire/oid.h"

/* Returns a literal -1 (not sk_error_set's) so the compiler can see that
 * a failed read never leaves an output unset on the success path. */
static int bad(struct sk_error *err, const char *what)
{
    sk_error_set(err, SK_ERR_ASN_PARSE, "%s", what);
    return -1;
}

void sk_ber_init(struct sk_cursor *c, const uint8_t *p, size_t n)
{
    c->p = p;
    c->end = p == NULL ? NULL : p + n;
    c->depth = 0;
}

size_t sk_ber_left(const struct sk_cursor *c)
{
    return (size_t)(c->end - c->p);
}

int sk_ber_take(struct sk_cursor *c, size_t n, const uint8_t **out,
                struct sk_error *err)
{
    if (n > (size_t)(c->end - c->p)) {
        *out = NULL;
        return bad(err, "truncated");
    }
    *out = c->p;
    c->p += n;
    return 0;
}

int sk_ber_read_tag(struct sk_cursor *c, uint8_t *tag, struct sk_error *err)
{
    const uint8_t *b;

    if (sk_ber_take(c, 1, &b, err) < 0)
        return -1;
    /* X.690 8.1.2.4: tag numbers >= 31 need extra octets; SNMP never
     * sends them outside Net-SNMP's Opaque wrapper, handled apart. */
    if ((b[0] & 0x1f) == 0x1f)
        return bad(err, "high tag form");
    *tag = b[0];
    return 0;
}

int sk_ber_read_len(struct sk_cursor *c, size_t *len, struct sk_error *err)
{
    const uint8_t *b;
    size_t i, n, v = 0;

    if (sk_ber_take(c, 1, &b, err) < 0)
        return -1;
    if (b[0] < 0x80) {
        v = b[0];
    } else {
        /* X.690 8.1.3.6: 0x80 is the indefinite form, which SNMP forbids
         * (RFC 3417 section 8); 0xff is reserved; > 4 octets is absurd. */
        n = b[0] & 0x7f;
        if (n == 0)
            return bad(err, "indefinite length");
        if (n > 4)
            return bad(err, "length too long");
        if (sk_ber_take(c, n, &b, err) < 0)
            return -1;
        for (i = 0; i < n; i++)
            v = (v << 8) | b[i];
    }
    if (v > sk_ber_left(c))
        return bad(err, "length beyond data");
    *len = v;
    return 0;
}

int sk_ber_peek(const struct sk_cursor *c, uint8_t *tag)
{
    if (c->p == c->end)
        return -1;
    *tag = c->p[0];
    return 0;
}

int sk_ber_read_any(struct sk_cursor *c, uint8_t *tag, const uint8_t **val,
                    size_t *len, struct sk_error *err)
{
    if (sk_ber_read_tag(c, tag, err) < 0)
        return -1;
    if (*tag & 0x20)
        return bad(err, "constructed where primitive expected");
    if (sk_ber_read_len(c, len, err) < 0)
        return -1;
    return sk_ber_take(c, *len, val, err);
}

int sk_ber_read_prim(struct sk_cursor *c, uint8_t tag, const uint8_t **val,
                     size_t *len, struct sk_error *err)
{
    uint8_t got;

    if (sk_ber_read_any(c, &got, val, len, err) < 0)
        return -1;
    if (got != tag) {
        sk_error_set(err, SK_ERR_ASN_PARSE,
                     "tag 0x%02x where 0x%02x expected", got, tag);
        return -1;
    }
    return 0;
}

int sk_ber_enter(struct sk_cursor *c, uint8_t tag, struct sk_cursor *child,
                 struct sk_error *err)
{
    uint8_t got;
    size_t len;
    const uint8_t *val;

    if (c->depth >= SK_BER_MAX_DEPTH)
        return bad(err, "nesting too deep");
    if (sk_ber_read_tag(c, &got, err) < 0)
        return -1;
    if (got != tag || !(got & 0x20)) {
        sk_error_set(err, SK_ERR_ASN_PARSE,
                     "tag 0x%02x where 0x%02x expected", got, tag);
        return -1;
    }
    if (sk_ber_read_len(c, &len, err) < 0)
        return -1;
    if (sk_ber_take(c, len, &val, err) < 0)
        return -1;
    child->p = val;
    child->end = val + len;
    child->depth = c->depth + 1;
    return 0;
}

int sk_ber_done(const struct sk_cursor *c, struct sk_error *err)
{
    if (c->p != c->end)
        return bad(err, "trailing bytes");
    return 0;
}

int sk_ber_dec_int(const uint8_t *p, size_t n, size_t maxlen, int64_t *out,
                   struct sk_error *err)
{
    uint64_t v;
    size_t i;

    /* X.690 8.3.1: at least one content octet. Net-SNMP takes up to
     * sizeof(long) octets of redundant sign padding; so do we. */
    if (n == 0 || n > maxlen || n > 8)
        return bad(err, "bad integer length");
    v = (p[0] & 0x80) ? UINT64_MAX : 0;
    for (i = 0; i < n; i++)
        v = (v << 8) | p[i];
    memcpy(out, &v, sizeof *out);
    return 0;
}

int sk_ber_dec_uint(const uint8_t *p, size_t n, unsigned bits,
                    uint64_t *out, struct sk_error *err)
{
    uint64_t v = 0;
    size_t i, width = bits / 8;

    if (n == 0 || n > width + 1 || (n == width + 1 && p[0] != 0))
        return bad(err, "bad unsigned length");
    /* A "negative" encoding such as 41 01 ff reads as plain unsigned
     * octets (255), which is what Net-SNMP 5.9.3's asn_parse_unsigned_int
     * returns; agents that forget the 0x00 pad still decode sensibly. */
    for (i = 0; i < n; i++)
        v = (v << 8) | p[i];
    *out = v;
    return 0;
}

int sk_ber_read_int32(struct sk_cursor *c, uint8_t tag, int32_t *out,
                      struct sk_error *err)
{
    const uint8_t *val;
    size_t len;
    int64_t v;

    if (sk_ber_read_prim(c, tag, &val, &len, err) < 0)
        return -1;
    if (sk_ber_dec_int(val, len, 8, &v, err) < 0)
        return -1;
    if (v < INT32_MIN || v > INT32_MAX)
        return bad(err, "integer wider than 32 bits");
    *out = (int32_t)v;
    return 0;
}

int sk_ber_read_uint32(struct sk_cursor *c, uint8_t tag, uint32_t *out,
                       struct sk_error *err)
{
    const uint8_t *val;
    size_t len;
    uint64_t v;

    if (sk_ber_read_prim(c, tag, &val, &len, err) < 0)
        return -1;
    if (sk_ber_dec_uint(val, len, 32, &v, err) < 0)
        return -1;
    *out = (uint32_t)v;
    return 0;
}

int sk_ber_read_octets(struct sk_cursor *c, uint8_t tag, size_t max,
                       const uint8_t **val, size_t *len,
                       struct sk_error *err)
{
    if (sk_ber_read_prim(c, tag, val, len, err) < 0)
        return -1;
    if (*len > max)
        return bad(err, "string too long");
    return 0;
}

int sk_ber_read_oid(struct sk_cursor *c, struct sk_oid *out,
                    struct sk_error *err)
{
    const uint8_t *val;
    size_t len;

    if (sk_ber_read_prim(c, 0x06, &val, &len, err) < 0)
        return -1;
    return sk_ber_dec_oid(val, len, out, err);
}

/* ---- writer ---- */

void sk_ber_writer_init(struct sk_writer *w, uint8_t *buf, size_t cap)
{
    w->buf = buf;
    w->pos = cap;
    w->cap = cap;
}

size_t sk_ber_written(const struct sk_writer *w)
{
    return w->cap - w->pos;
}

const uint8_t *sk_ber_data(const struct sk_writer *w)
{
    return w->buf + w->pos;
}

int sk_ber_put(struct sk_writer *w, const void *p, size_t n,
               struct sk_error *err)
{
    if (n > w->pos)
        return sk_error_set(err, SK_ERR_TOO_LONG, NULL);
    w->pos -= n;
    if (n > 0)
        memcpy(w->buf + w->pos, p, n);
    return 0;
}

int sk_ber_put_header(struct sk_writer *w, uint8_t tag, size_t len,
                      struct sk_error *err)
{
    uint8_t h[6];
    size_t n = 0, i;

    /* X.690 10.1 (DER): the shortest definite form. */
    if (len > UINT32_MAX)
        return sk_error_set(err, SK_ERR_TOO_LONG, NULL);
    h[n++] = tag;
    if (len < 0x80) {
        h[n++] = (uint8_t)len;
    } else {
        size_t k = len > 0xffffff ? 4 : len > 0xffff ? 3 : len > 0xff ? 2 : 1;

        h[n++] = (uint8_t)(0x80 | k);
        for (i = k; i > 0; i--)
            h[n++] = (uint8_t)(len >> (8 * (i - 1)));
    }
    return sk_ber_put(w, h, n, err);
}

int sk_ber_wrap(struct sk_writer *w, uint8_t tag, size_t mark,
                struct sk_error *err)
{
    return sk_ber_put_header(w, tag, sk_ber_written(w) - mark, err);
}

int sk_ber_put_int(struct sk_writer *w, uint8_t tag, int64_t v,
                   struct sk_error *err)
{
    uint8_t b[8];
    uint64_t u;
    size_t n = 8, i;

    memcpy(&u, &v, sizeof u);
    for (i = 0; i < 8; i++)
        b[i] = (uint8_t)(u >> (8 * (7 - i)));
    /* X.690 8.3.2: drop leading octets that only repeat the sign. */
    i = 0;
    while (n - i > 1 && ((b[i] == 0x00 && !(b[i + 1] & 0x80)) ||
                         (b[i] == 0xff && (b[i + 1] & 0x80))))
        i++;
    if (sk_ber_put(w, b + i, n - i, err) < 0)
        return -1;
    return sk_ber_put_header(w, tag, n - i, err);
}

int sk_ber_put_uint(struct sk_writer *w, uint8_t tag, uint64_t v,
                    struct sk_error *err)
{
    uint8_t b[9];
    size_t i = 0;

    b[0] = 0;
    for (i = 1; i < 9; i++)
        b[i] = (uint8_t)(v >> (8 * (8 - i)));
    /* Leading zeros go, except one in front of a set top bit. */
    i = 0;
    while (i < 8 && b[i] == 0 && !(b[i + 1] & 0x80))
        i++;
    if (sk_ber_put(w, b + i, 9 - i, err) < 0)
        return -1;
    return sk_ber_put_header(w, tag, 9 - i, err);
}

int sk_ber_put_octets(struct sk_writer *w, uint8_t tag, const uint8_t *p,
                      size_t n, struct sk_error *err)
{
    if (n > SK_BER_MAX_LEN)
        return sk_error_set(err, SK_ERR_TOO_LONG, "string of %zu bytes", n);
    if (sk_ber_put(w, p, n, err) < 0)
        return -1;
    return sk_ber_put_header(w, tag, n, err);
}
