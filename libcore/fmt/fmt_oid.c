/* fmt_oid.c - OIDs as Net-SNMP prints them, for varbind names and OID
 * values alike.
 *
 * With a MIB the text is built the way Net-SNMP's
 * netsnmp_sprint_realloc_objid_tree does: first the full form
 * ".iso.org.dod...label.index" (labels of every known node, then the
 * index decoded by fmt_index.c), then the slice the style asks for:
 * all of it (-Of; -On, where labels are numbers), the last known label
 * onwards (-Os), the same after "MODULE::" (-OS, the default), or with
 * the mib-2 / experimental / private prefixes removed (-Ou).
 *
 * With no MIB loaded Net-SNMP's tree still holds its three roots
 * (X.660: ccitt(0), iso(1), joint-iso-ccitt(2)), so the first arc is
 * named and the rest stay numeric: "iso.3.6.1.2.1.1.1.0".  The module
 * (-OS, default), suffix (-Os) styles print that bare; the full (-Of)
 * and UCD (-Ou) styles put a dot in front; -On prints ".1.3.6..." and
 * oidOutputFormat 6 prints nothing. */
#include "fmt/fmt.h"

#include <ctype.h>
#include <inttypes.h>
#include <string.h>

#include "fmt/fmt_int.h"
#include "mib/mib.h"

int sk_fmt_overflow(struct sk_error *err)
{
    return sk_error_set(err, SK_ERR_TOO_LONG, "output buffer full");
}

static const char *root_label(uint32_t arc)
{
    switch (arc) {
    case 0: return "ccitt";
    case 1: return "iso";
    case 2: return "joint-iso-ccitt";
    default: return NULL;
    }
}

/* Arcs FROM.. as ".a.b.c". */
static int add_arcs(const struct sk_oid *oid, size_t from,
                    struct sk_buf *out, struct sk_error *err)
{
    size_t i;

    for (i = from; i < oid->len; i++)
        if (sk_buf_addc(out, '.') < 0 ||
            sk_buf_add_uint(out, oid->arc[i]) < 0)
            return sk_fmt_overflow(err);
    return 0;
}

/* The no-MIB symbolic form.  A first arc above 2 has no node in the
 * tree, so it stays numeric like the others. */
static int add_symbolic(const struct sk_fmt_opts *o, const struct sk_oid *oid,
                        struct sk_buf *out, struct sk_error *err)
{
    bool dotted = o->oid_style == SK_OIDSTYLE_FULL ||
                  o->oid_style == SK_OIDSTYLE_UCD;
    const char *label;
    int rc;

    if (oid->len == 0)
        return 0;
    if (dotted && sk_buf_addc(out, '.') < 0)
        return sk_fmt_overflow(err);
    label = root_label(oid->arc[0]);
    if (label != NULL)
        rc = sk_buf_adds(out, label);
    else
        rc = sk_buf_add_uint(out, oid->arc[0]);
    if (rc < 0)
        return sk_fmt_overflow(err);
    return add_arcs(oid, 1, out, err);
}

/* Net-SNMP's UCD prefixes (mib.c mib_prefixes; the first is the numeric
 * default PREFIX, which never matches a label path). */
static const char *const ucd_prefix[] = {
    ".1.3.6.1.2.1",
    ".iso.org.dod.internet.mgmt.mib-2",
    ".iso.org.dod.internet.experimental",
    ".iso.org.dod.internet.private",
    ".iso.org.dod.internet.snmpParties",
    ".iso.org.dod.internet.snmpSecrets",
};

/* The row whose INDEX clause applies below NODE: NODE itself, or the
 * row it AUGMENTS; otherwise what applied above it. */
static const struct sk_mib_node *index_holder(const struct sk_mib *mib,
                                              const struct sk_mib_node *node,
                                              const struct sk_mib_node *cur)
{
    const struct sk_mib_node *t;

    if (node->n_index > 0)
        return node;
    if (node->augments != NULL) {
        t = sk_mib_find_label(mib, node->augments);
        if (t != NULL)
            return t;
    }
    return cur;
}

const struct sk_mib_node *sk_fmt_find_node(const struct sk_mib *mib,
                                           const uint32_t *arcs, size_t n)
{
    size_t matched;

    return sk_mib_find_oid(mib, arcs, n, &matched);
}

/* The full text into TB: labels down to the deepest known node, then
 * the rest.  *MID = where the rest starts (0 when every arc is known). */
static int full_text(const struct sk_fmt_opts *o, const struct sk_mib *mib,
                     const uint32_t *arcs, size_t n, struct sk_buf *tb,
                     const struct sk_mib_node **found, size_t *mid)
{
    const struct sk_mib_node *node = NULL, *next, *holder = NULL;
    bool numeric = o->oid_style == SK_OIDSTYLE_NUMERIC;
    size_t i;

    if (sk_buf_addc(tb, '.') < 0)
        return -1;
    for (i = 0; i < n; i++) {
        next = sk_mib_child(mib, node, arcs[i]);
        if (next == NULL)
            break;
        node = next;
        holder = index_holder(mib, node, holder);
        if (numeric || node->label == NULL
                ? sk_buf_add_uint(tb, node->arc) < 0
                : sk_buf_adds(tb, node->label) < 0)
            return -1;
        if (i + 1 < n && sk_buf_addc(tb, '.') < 0)
            return -1;
    }
    *found = node;
    *mid = 0;
    if (i == n && n > 0)
        return 0;
    *mid = tb->len;
    return sk_fmt_index(o, mib, holder,
                        node == NULL || node->n_children > 0,
                        arcs + i, n - i, tb);
}

/* Where -Os/-OS start: the last known label (Net-SNMP scans back from
 * the end of the known part, or from the last letter). */
static size_t suffix_start(const char *s, size_t len, size_t mid)
{
    long cp = mid != 0 ? (long)mid - 2 : (long)len;

    if (mid == 0)
        while (cp >= 0 && !isalpha((unsigned char)s[cp]))
            cp--;
    while (cp >= 0 && s[cp] != '.')
        cp--;
    return (size_t)(cp + 1);
}

static size_t ucd_start(const char *s, size_t len)
{
    size_t i, plen;

    for (i = 0; i < sizeof ucd_prefix / sizeof ucd_prefix[0]; i++) {
        plen = strlen(ucd_prefix[i]);
        if (len > plen && memcmp(s, ucd_prefix[i], plen) == 0)
            return plen + 1;
    }
    return 0;
}

/* Append the slice of TB the style wants (with "MODULE::" for -OS). */
static int pick(const struct sk_fmt_opts *o, const struct sk_buf *tb,
                const struct sk_mib_node *node, size_t mid,
                struct sk_buf *out)
{
    const char *s = sk_buf_str(tb);
    size_t from;

    switch (o->oid_style) {
    case SK_OIDSTYLE_FULL:
    case SK_OIDSTYLE_NUMERIC:
        return sk_buf_adds(out, s);
    case SK_OIDSTYLE_SUFFIX:
    case SK_OIDSTYLE_MODULE:
        from = suffix_start(s, tb->len, mid);
        if (o->oid_style == SK_OIDSTYLE_MODULE && from > 0 &&
            node != NULL && node->module != NULL &&
            (sk_buf_adds(out, node->module) < 0 ||
             sk_buf_adds(out, "::") < 0))
            return -1;
        return sk_buf_adds(out, s + from);
    case SK_OIDSTYLE_UCD:
        return sk_buf_adds(out, s + ucd_start(s, tb->len));
    default:
        return 0;
    }
}

int sk_fmt_oid_mib(const struct sk_fmt_opts *o, const struct sk_mib *mib,
                   const uint32_t *arcs, size_t n, struct sk_buf *out,
                   const struct sk_mib_node **found, struct sk_error *err)
{
    struct sk_buf tb;
    const struct sk_mib_node *node = NULL;
    size_t mid = 0;
    int rc;

    sk_buf_init(&tb, out->max != 0 ? out->max : SK_BUF_DEFAULT_MAX);
    rc = full_text(o, mib, arcs, n, &tb, &node, &mid);
    if (rc == 0)
        rc = pick(o, &tb, node, mid, out);
    sk_buf_clear(&tb);
    if (found != NULL)
        *found = node;
    return rc < 0 ? sk_fmt_overflow(err) : 0;
}

int sk_fmt_oid(const struct sk_fmt_opts *o, const struct sk_mib *mib,
               const struct sk_oid *oid, struct sk_buf *out,
               struct sk_error *err)
{
    switch (o->oid_style) {
    case SK_OIDSTYLE_NONE:
        return 0;
    case SK_OIDSTYLE_NUMERIC:
        return add_arcs(oid, 0, out, err);
    case SK_OIDSTYLE_SUFFIX:
    case SK_OIDSTYLE_MODULE:
    case SK_OIDSTYLE_FULL:
    case SK_OIDSTYLE_UCD:
        break;
    default:
        /* Out-of-range styles print no OID, as Net-SNMP's do. */
        return 0;
    }
    if (mib != NULL)
        return sk_fmt_oid_mib(o, mib, oid->arc, oid->len, out, NULL, err);
    return add_symbolic(o, oid, out, err);
}
