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
#include <stdlib.h>
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

/* ".a.b.c" for up to ARC_CHUNK arcs into TEXT, which has room for
 * ARC_CHUNK * 11 bytes; returns the length. */
#define ARC_CHUNK 32
static size_t arcs_text(const uint32_t *arcs, size_t n, char *text)
{
    char digits[10];
    size_t i, len = 0, d;
    uint32_t v;

    for (i = 0; i < n; i++) {
        v = arcs[i];
        text[len++] = '.';
        if (v < 10) {
            /* most arcs of a table row are small */
            text[len++] = (char)('0' + v);
            continue;
        }
        d = sizeof digits;
        do {
            digits[--d] = (char)('0' + v % 10);
            v /= 10;
        } while (v != 0);
        while (d < sizeof digits)
            text[len++] = digits[d++];
    }
    return len;
}

int sk_fmt_add_arcs(const uint32_t *arcs, size_t n, struct sk_buf *out)
{
    char text[ARC_CHUNK * 11];
    size_t k;

    /* a walk prints every name this way under -On: one append per
     * chunk, not two per arc */
    for (; n > 0; arcs += k, n -= k) {
        k = n < ARC_CHUNK ? n : ARC_CHUNK;
        if (sk_buf_add(out, text, arcs_text(arcs, k, text)) < 0)
            return -1;
    }
    return 0;
}

/* Arcs FROM.. as ".a.b.c". */
static int add_arcs(const struct sk_oid *oid, size_t from,
                    struct sk_buf *out, struct sk_error *err)
{
    if (from < oid->len &&
        sk_fmt_add_arcs(oid->arc + from, oid->len - from, out) < 0)
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

/* The known part of a path: its deepest node, the row whose INDEX
 * applies below it, and how many arcs it covers. */
struct path {
    const struct sk_mib_node *node, *holder;
    size_t k;
};

/* ".label.label." into TB for the known part of ARCS (numbers under
 * NUMERIC), without the last dot when every arc is known. */
static int path_text(bool numeric, const struct sk_mib *mib,
                     const uint32_t *arcs, size_t n, struct sk_buf *tb,
                     struct path *p)
{
    const struct sk_mib_node *next;
    size_t i;

    p->node = NULL;
    p->holder = NULL;
    if (sk_buf_addc(tb, '.') < 0)
        return -1;
    for (i = 0; i < n; i++) {
        next = sk_mib_child(mib, p->node, arcs[i]);
        if (next == NULL)
            break;
        p->node = next;
        p->holder = index_holder(mib, next, p->holder);
        if (numeric || next->label == NULL
                ? sk_buf_add_uint(tb, next->arc) < 0
                : sk_buf_adds(tb, next->label) < 0)
            return -1;
        if (i + 1 < n && sk_buf_addc(tb, '.') < 0)
            return -1;
    }
    p->k = i;
    return 0;
}

/* The full text into TB: labels down to the deepest known node, then
 * the rest.  *MID = where the rest starts (0 when every arc is known). */
static int full_text(const struct sk_fmt_opts *o, const struct sk_mib *mib,
                     const uint32_t *arcs, size_t n, struct sk_buf *tb,
                     const struct sk_mib_node **found, size_t *mid)
{
    struct path p;

    if (path_text(o->oid_style == SK_OIDSTYLE_NUMERIC, mib, arcs, n, tb,
                  &p) < 0)
        return -1;
    *found = p.node;
    *mid = 0;
    if (p.k == n && n > 0)
        return 0;
    *mid = tb->len;
    return sk_fmt_index(o, mib, p.holder,
                        p.node == NULL || p.node->n_children > 0, NULL, 0,
                        arcs + p.k, n - p.k, tb);
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

/* ---- the walk cache ----
 * Consecutive names of a walk share the path down to their column.
 * That path is looked up, labelled and its row's INDEX labels resolved
 * once, then reused while the next name has the same arcs there and no
 * known node below them (exactly where the tree walk would stop); only
 * the index part is decoded per name.  The text kept is the labelled
 * one: -On names never go through the MIB. */

#define CACHE_TPS 16 /* index parts whose nodes are kept */

struct sk_fmt_cache {
    const struct sk_mib *mib;  /* NULL: nothing cached */
    struct path p;             /* arcs[0..p.k) known, p.k > 0 */
    uint32_t arcs[SK_OID_MAX];
    const struct sk_mib_node *tps[CACHE_TPS];
    size_t n_tps;
    struct sk_buf text;        /* path_text of the labels, ending in '.' */
    size_t from;               /* where -Os/-OS start in it */
    struct sk_buf tb;          /* one name's full text (-Ou) */
};

struct sk_fmt_cache *sk_fmt_cache_new(struct sk_error *err)
{
    struct sk_fmt_cache *c = calloc(1, sizeof *c);

    if (c == NULL) {
        sk_error_set(err, SK_ERR_NOMEM, NULL);
        return NULL;
    }
    sk_buf_init(&c->text, SK_BUF_DEFAULT_MAX);
    sk_buf_init(&c->tb, SK_BUF_DEFAULT_MAX);
    return c;
}

void sk_fmt_cache_free(struct sk_fmt_cache *c)
{
    if (c == NULL)
        return;
    sk_buf_clear(&c->text);
    sk_buf_clear(&c->tb);
    free(c);
}

/* Whether ARCS[0..N) walk down the cached path and stop where it ends,
 * with at least one arc left below it. */
static bool cache_hit(const struct sk_fmt_cache *c, const struct sk_mib *mib,
                      const uint32_t *arcs, size_t n)
{
    size_t k = c->p.k;

    if (c->mib == NULL || c->mib != mib || n <= k)
        return false;
    if (memcmp(arcs, c->arcs, k * sizeof *arcs) != 0)
        return false;
    return sk_mib_child(mib, c->p.node, arcs[k]) == NULL;
}

/* Remember the path of ARCS[0..N); false (nothing cached) when there is
 * nothing worth keeping: no known root, or no arc below the known part. */
static bool cache_fill(struct sk_fmt_cache *c, const struct sk_mib *mib,
                       const uint32_t *arcs, size_t n)
{
    const struct sk_mib_node *holder;

    c->mib = NULL;
    sk_buf_reset(&c->text);
    if (n > SK_OID_MAX ||
        path_text(false, mib, arcs, n, &c->text, &c->p) < 0 ||
        c->p.k == 0 || c->p.k == n)
        return false;
    memcpy(c->arcs, arcs, c->p.k * sizeof *arcs);
    c->from = suffix_start(c->text.data, c->text.len, c->text.len);
    holder = c->p.holder;
    c->n_tps = 0;
    while (holder != NULL && c->n_tps < holder->n_index &&
           c->n_tps < CACHE_TPS) {
        c->tps[c->n_tps] = sk_fmt_index_node(mib, holder, c->n_tps);
        c->n_tps++;
    }
    c->mib = mib;
    return true;
}

/* The cached path for ARCS, refilled on a miss; NULL when not kept. */
static const struct path *cache_path(struct sk_fmt_cache *c,
                                     const struct sk_mib *mib,
                                     const uint32_t *arcs, size_t n)
{
    if (cache_hit(c, mib, arcs, n) || cache_fill(c, mib, arcs, n))
        return &c->p;
    return NULL;
}

const struct sk_mib_node *sk_fmt_cache_node(struct sk_fmt_cache *c,
                                            const struct sk_mib *mib,
                                            const uint32_t *arcs, size_t n)
{
    const struct path *p = cache_path(c, mib, arcs, n);

    return p != NULL ? p->node : sk_fmt_find_node(mib, arcs, n);
}

/* The slice pick() takes of the kept text for the -Of/-Os/-OS styles
 * (the last label on, or all of it), straight into OUT; 1 when the
 * style needs the whole text first (-Ou). */
static int cached_head(const struct sk_fmt_opts *o,
                       const struct sk_fmt_cache *c, struct sk_buf *out)
{
    const char *module = c->p.node->module;
    size_t from = c->from;

    switch (o->oid_style) {
    case SK_OIDSTYLE_FULL:
        from = 0;
        break;
    case SK_OIDSTYLE_MODULE:
        if (module != NULL && (sk_buf_adds(out, module) < 0 ||
                               sk_buf_add(out, "::", 2) < 0))
            return -1;
        break;
    case SK_OIDSTYLE_SUFFIX:
        break;
    default:
        return 1;
    }
    return sk_buf_add(out, c->text.data + from, c->text.len - from);
}

/* As full_text + pick in sk_fmt_oid_mib, starting from the kept text.
 * Outside -Ou the index is decoded in place after the slice: the
 * decoder only ever looks back at the '.' both end with. */
int sk_fmt_oid_cached(const struct sk_fmt_opts *o, const struct sk_mib *mib,
                      struct sk_fmt_cache *c, const uint32_t *arcs,
                      size_t n, struct sk_buf *out,
                      const struct sk_mib_node **found, struct sk_error *err)
{
    const struct path *p = NULL;
    struct sk_buf *tb = out;
    int rc;

    if (o->oid_style != SK_OIDSTYLE_NUMERIC)
        p = cache_path(c, mib, arcs, n);
    if (p == NULL)
        return sk_fmt_oid_mib(o, mib, arcs, n, out, found, err);
    if (found != NULL)
        *found = p->node;
    rc = cached_head(o, c, out);
    if (rc > 0) {
        /* the cap sk_fmt_oid_mib gives its own scratch text */
        tb = &c->tb;
        tb->max = out->max != 0 ? out->max : SK_BUF_DEFAULT_MAX;
        sk_buf_reset(tb);
        rc = sk_buf_add(tb, c->text.data, c->text.len);
    }
    if (rc == 0)
        rc = sk_fmt_index(o, mib, p->holder, p->node->n_children > 0,
                          c->tps, c->n_tps, arcs + p->k, n - p->k, tb);
    if (rc == 0 && tb != out)
        rc = pick(o, tb, p->node, c->text.len, out);
    return rc < 0 ? sk_fmt_overflow(err) : 0;
}
