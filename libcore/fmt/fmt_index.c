/* fmt_index.c - the part of an OID below the deepest known MIB node: a
 * table instance suffix decoded from the row's INDEX clause (RFC 2578
 * section 7.7), as Net-SNMP 5.9.3 prints it (snmplib/mib.c,
 * _get_realloc_symbol; checked with snmptranslate and snmpwalk):
 *
 *   integers    "5", or the enumeration label ("ipv4", "noAuthNoPriv")
 *   strings     "comm1" (length-prefixed), 'abc' (fixed SIZE or IMPLIED);
 *               bytes outside 32..126 print as '.', quotes are not
 *               escaped inside, -OE puts a backslash before each quote
 *   InetAddress "127.0.0.1", "fe:80:...:01" when the index before it is
 *               an InetAddressType of ipv4(1)/ipv6(2)/ipv4z(3)/ipv6z(4)
 *   IpAddress   10.0.0.1;  OBJECT IDENTIFIER  its arcs, length included
 *   TimeTicks   the number
 *
 * -OX prints each part in brackets instead, hinted strings through their
 * DISPLAY-HINT ("[STRING: comm1]"), OIDs as OIDs, TimeTicks as uptimes.
 * Whatever does not decode (too short, unknown type) ends the decoding
 * and the remaining arcs are printed as numbers. */
#include "fmt/fmt.h"

#include <string.h>

#include "fmt/fmt_int.h"
#include "mib/mib.h"

/* Where the decoding stands. */
struct cursor {
    const struct sk_fmt_opts *o;
    const struct sk_mib *mib;
    const uint32_t *arcs;
    size_t n;
    struct sk_buf *tb;
};

int sk_fmt_oid_finish(const uint32_t *arcs, size_t n, struct sk_buf *tb)
{
    /* Net-SNMP appends "a.b.c." after a '.' and then drops the last
     * character: the final dot, or with no arcs a '.' that was there. */
    bool dot = tb->len > 0 && tb->data[tb->len - 1] == '.';

    if (dot)
        tb->data[--tb->len] = '\0';
    if (n == 0)
        return 0;
    if (tb->len == 0 && !dot) {
        /* nothing before: no dot in front either */
        if (sk_buf_add_uint(tb, arcs[0]) < 0)
            return -1;
        arcs++;
        n--;
    }
    return sk_fmt_add_arcs(arcs, n, tb);
}

static int quote(const struct cursor *c, char q)
{
    if (c->o->escape_quotes && sk_buf_addc(c->tb, '\\') < 0)
        return -1;
    return sk_buf_addc(c->tb, q);
}

/* Arcs as characters between quotes Q (each after a backslash with
 * -OE); nothing at all for no arcs.  The text goes in with one append:
 * a walk of a string-indexed table does this for every row. */
static int dump_string(const struct cursor *c, const uint32_t *arcs,
                       size_t n, char q)
{
    char text[SK_OID_MAX + 4];
    size_t i, len = 0;

    if (n == 0)
        return 0;
    if (n > SK_OID_MAX)
        return -1;
    if (c->o->escape_quotes)
        text[len++] = '\\';
    text[len++] = q;
    for (i = 0; i < n; i++)
        text[len++] = arcs[i] >= 0x20 && arcs[i] <= 0x7e ? (char)arcs[i]
                                                          : '.';
    if (c->o->escape_quotes)
        text[len++] = '\\';
    text[len++] = q;
    return sk_buf_add(c->tb, text, len);
}

/* INET-ADDRESS-MIB addresses; 1 when printed, 0 when the generic
 * string form must be used instead (RFC 4001 section 4). */
static int inet_address(const struct cursor *c, uint32_t type,
                        const uint32_t *a, size_t n)
{
    size_t i, want = type == 1 ? 4 : type == 3 ? 8 : type == 2 ? 16 : 20;
    int rc = 0;

    if (type < 1 || type > 4 || n != want)
        return 0;
    for (i = 0; i < n; i++)
        if (a[i] > 255)
            return 0;
    rc |= sk_buf_addc(c->tb, '"');
    if (type == 1 || type == 3)
        rc |= sk_buf_printf(c->tb, "%u.%u.%u.%u", a[0], a[1], a[2], a[3]);
    for (i = 0; type != 1 && type != 3 && i < 16; i++)
        rc |= sk_buf_printf(c->tb, "%s%02x", i ? ":" : "", a[i]);
    if (type > 2)   /* the zone index, in network byte order */
        rc |= sk_buf_printf(c->tb, "%%%lu",
                            (unsigned long)a[n - 4] << 24 | a[n - 3] << 16 |
                                a[n - 2] << 8 | a[n - 1]);
    rc |= sk_buf_addc(c->tb, '"');
    return rc < 0 ? -1 : 1;
}

/* Net-SNMP recognises an InetAddress index by its TC and by its sibling
 * just below it in the row being an InetAddressType. */
static bool is_inet_pair(const struct sk_mib_node *tp)
{
    const struct sk_mib_node *p = tp->parent, *prev = NULL;
    size_t i;

    /* (the first letter weeds out the usual DisplayString at once) */
    if (tp->syntax.tc == NULL || tp->syntax.tc[0] != 'I' ||
        strcmp(tp->syntax.tc, "InetAddress") != 0 || p == NULL)
        return false;
    for (i = 0; i < p->n_children && p->children[i] != tp; i++)
        prev = p->children[i];
    return prev != NULL && prev->syntax.tc != NULL &&
           strcmp(prev->syntax.tc, "InetAddressType") == 0;
}

#define NO_STRING ((size_t)-1)

/* How many arcs a string index takes, length arc included when
 * *PREFIXED; NO_STRING when they are not all there. */
static size_t string_len(const struct cursor *c,
                         const struct sk_mib_node *tp, bool implied,
                         bool *prefixed)
{
    const struct sk_mib_syntax *s = &tp->syntax;

    *prefixed = false;
    if (implied)
        return c->n;
    if (s->n_ranges == 1 && s->ranges[0].low == s->ranges[0].high &&
        s->ranges[0].low >= 0)
        return (uint64_t)s->ranges[0].low <= c->n
                   ? (size_t)s->ranges[0].low : NO_STRING;
    *prefixed = true;
    return (size_t)c->arcs[0] + 1 <= c->n ? (size_t)c->arcs[0] + 1
                                          : NO_STRING;
}

/* -OX with a DISPLAY-HINT: the string as a value ("STRING: comm1"). */
static int hinted_string(struct cursor *c, const struct sk_mib_node *tp,
                         bool implied)
{
    uint8_t bytes[SK_OID_MAX];
    size_t len, i;
    bool prefixed;
    struct sk_error err;

    len = string_len(c, tp, implied, &prefixed);
    if (prefixed) {
        /* Here Net-SNMP wants the length strictly below what is left. */
        if (c->arcs[0] >= c->n)
            return 0;
        len = c->arcs[0];
        c->arcs++;
        c->n--;
    }
    if (len == NO_STRING || len > SK_OID_MAX)
        return 0;
    for (i = 0; i < len; i++)
        bytes[i] = (uint8_t)c->arcs[i];
    if (sk_fmt_octets_hinted(c->o, tp->syntax.hint, bytes, len, c->tb,
                             &err) < 0)
        return -1;
    c->arcs += len;
    c->n -= len;
    return 1;
}

/* A string index; 1 done, 0 cannot decode, -1 overflow. */
static int string_index(struct cursor *c, const struct sk_mib_node *tp,
                        bool implied)
{
    size_t len;
    bool prefixed;
    int rc;

    if (c->o->extended_index && tp->syntax.hint != NULL)
        return hinted_string(c, tp, implied);
    len = string_len(c, tp, implied, &prefixed);
    if (len == NO_STRING)
        return 0;
    if (!prefixed) {
        rc = dump_string(c, c->arcs, len, '\'');
    } else if (len == 1) {
        rc = quote(c, '"') < 0 ? -1 : quote(c, '"');
    } else {
        /* arcs[-1] exists: an INDEX applies only below a known node. */
        rc = is_inet_pair(tp)
                 ? inet_address(c, c->arcs[-1], c->arcs + 1, len - 1) : 0;
        if (rc == 0)
            rc = dump_string(c, c->arcs + 1, len - 1, '"');
    }
    c->arcs += len;
    c->n -= len;
    return rc < 0 ? -1 : 1;
}

static int integer_index(struct cursor *c, const struct sk_mib_node *tp)
{
    const struct sk_mib_syntax *s = &tp->syntax;
    size_t i;
    int rc = 1;

    for (i = 0; i < s->n_enums; i++)
        if (s->enums[i].value == (int32_t)c->arcs[0])
            break;
    if (i < s->n_enums)
        rc = sk_buf_adds(c->tb, s->enums[i].label);
    else
        rc = sk_buf_add_uint(c->tb, c->arcs[0]);
    c->arcs++;
    c->n--;
    return rc < 0 ? -1 : 1;
}

static int ticks_index(struct cursor *c)
{
    struct sk_error err;
    int rc;

    if (c->o->extended_index) {
        /* The uptime text only, in -Oq's or the long form. */
        rc = sk_fmt_uptime(c->o, c->arcs[0], c->tb, &err);
    } else {
        rc = sk_buf_add_uint(c->tb, c->arcs[0]);
    }
    c->arcs++;
    c->n--;
    return rc < 0 ? -1 : 1;
}

static int oid_index(struct cursor *c, bool implied)
{
    size_t len = implied ? c->n : (size_t)c->arcs[0] + 1;
    const uint32_t *a = implied ? c->arcs : c->arcs + 1;
    struct sk_error err;
    int rc;

    if (len > c->n)
        return 0;
    if (c->o->extended_index)
        rc = sk_fmt_oid_mib(c->o, c->mib, a, implied ? len : len - 1,
                            c->tb, NULL, &err);
    else
        rc = sk_fmt_oid_finish(c->arcs, len, c->tb);
    c->arcs += len;
    c->n -= len;
    return rc < 0 ? -1 : 1;
}

static int addr_index(struct cursor *c, bool netaddr)
{
    const uint32_t *a;

    if (netaddr) {
        /* NetworkAddress: a type arc, 1 = IpAddress, then the address. */
        if (sk_buf_printf(c->tb, "%u.", c->arcs[0]) < 0)
            return -1;
        c->arcs++;
        c->n--;
        if (c->arcs[-1] != 1)
            return 0;
    }
    if (c->n < 4)
        return 0;
    a = c->arcs;
    c->arcs += 4;
    c->n -= 4;
    return sk_buf_printf(c->tb, "%u.%u.%u.%u", a[0], a[1], a[2], a[3]) < 0
               ? -1 : 1;
}

/* One index part, whose INDEX label names TP; 1 done, 0 stop
 * decoding, -1 overflow. */
static int one_index(struct cursor *c, const struct sk_mib_index *ix,
                     const struct sk_mib_node *tp)
{
    if (tp == NULL)
        return 0;
    if (c->o->extended_index) {
        if (c->tb->len > 0 && c->tb->data[c->tb->len - 1] == '.')
            c->tb->data[--c->tb->len] = '\0';
        if (sk_buf_addc(c->tb, '[') < 0)
            return -1;
    }
    switch (tp->syntax.type) {
    case SK_MIB_TYPE_OCTETSTR:
        return string_index(c, tp, ix->implied);
    case SK_MIB_TYPE_INTEGER32:
    case SK_MIB_TYPE_UINTEGER:
    case SK_MIB_TYPE_UNSIGNED32:
    case SK_MIB_TYPE_GAUGE:
    case SK_MIB_TYPE_INTEGER:
        return integer_index(c, tp);
    case SK_MIB_TYPE_TIMETICKS:
        return ticks_index(c);
    case SK_MIB_TYPE_OBJID:
        return oid_index(c, ix->implied);
    case SK_MIB_TYPE_IPADDR:
        return addr_index(c, false);
    case SK_MIB_TYPE_NETADDR:
        return addr_index(c, true);
    default:
        return 0;
    }
}

const struct sk_mib_node *sk_fmt_index_node(const struct sk_mib *mib,
                                            const struct sk_mib_node *holder,
                                            size_t k)
{
    return sk_mib_find_label(mib, holder->index[k].label);
}

int sk_fmt_index(const struct sk_fmt_opts *o, const struct sk_mib *mib,
                 const struct sk_mib_node *holder, bool siblings,
                 const struct sk_mib_node *const *tps, size_t n_tps,
                 const uint32_t *arcs, size_t n, struct sk_buf *tb)
{
    struct cursor c = { o, mib, arcs, n, tb };
    size_t k, count = holder != NULL ? holder->n_index : 0;
    int rc;

    /* An unknown column of a known row: that arc stays a number and the
     * index is decoded from the next one on. */
    if (siblings && count > 0 && c.n > 0) {
        if (sk_buf_add_uint(tb, c.arcs[0]) < 0 || sk_buf_addc(tb, '.') < 0)
            return -1;
        c.arcs++;
        c.n--;
    }
    if (o->oid_style == SK_OIDSTYLE_NUMERIC || o->dont_breakdown)
        count = 0;
    for (k = 0; k < count && c.n > 0; k++) {
        rc = one_index(&c, &holder->index[k],
                       k < n_tps ? tps[k]
                                 : sk_fmt_index_node(mib, holder, k));
        if (rc < 0)
            return -1;
        if (rc == 0)
            break;
        if (sk_buf_addc(tb, o->extended_index ? ']' : '.') < 0)
            return -1;
    }
    return sk_fmt_oid_finish(c.arcs, c.n, tb);
}
