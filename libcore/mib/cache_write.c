/* cache_write.c - a loaded MIB as a cache image.
 *
 * The image is a sequence of 32-bit words in host order (the header's
 * build id rules out another byte order).  Strings come first, each one
 * once, and everything after names them by number; nodes are written
 * breadth-first with the roots first, so a node's parent and its
 * siblings precede it and its children are contiguous and in arc order.
 * Label bindings are written oldest first, which is the order that
 * rebuilds the hash chains exactly. */
#include <stdlib.h>
#include <string.h>

#include "mib/cache.h"

/* Pointer -> number, open addressing; used for strings and nodes. */
struct pmap { const void **k; uint32_t *v; size_t nb, n; };

struct enc {
    const struct sk_mib *mib;
    struct pmap strs, nodes;
    const char **str_list;     /* strings by number */
    struct sk_buf w;           /* everything after the string table */
    uint32_t counts[MIBC_NCOUNTS]; /* what the reader will allocate */
    bool bad;
};

static size_t pslot(const struct pmap *m, const void *p)
{
    size_t h = (size_t)((uintptr_t)p * 0x9e3779b97f4a7c15ull >> 17);

    for (h &= m->nb - 1; m->k[h] != NULL && m->k[h] != p;
         h = (h + 1) & (m->nb - 1))
        ;
    return h;
}

static int pmap_init(struct pmap *m, size_t want)
{
    m->nb = 1024;
    while (m->nb < 2 * want)
        m->nb *= 2;
    m->n = 0;
    m->k = calloc(m->nb, sizeof *m->k);
    m->v = calloc(m->nb, sizeof *m->v);
    return m->k != NULL && m->v != NULL ? 0 : -1;
}

/* Double M's table; -1 when out of memory (M unchanged). */
static int pmap_grow(struct pmap *m)
{
    struct pmap g = { NULL, NULL, m->nb * 2, m->n };
    size_t i, h;

    g.k = calloc(g.nb, sizeof *g.k);
    g.v = calloc(g.nb, sizeof *g.v);
    if (g.k == NULL || g.v == NULL) {
        free(g.k);
        free(g.v);
        return -1;
    }
    for (i = 0; i < m->nb; i++)
        if (m->k[i] != NULL) {
            h = pslot(&g, m->k[i]);
            g.k[h] = m->k[i];
            g.v[h] = m->v[i];
        }
    free(m->k);
    free(m->v);
    *m = g;
    return 0;
}

static void word(struct enc *e, uint32_t v)
{
    if (sk_buf_add(&e->w, &v, sizeof v) < 0)
        e->bad = true;
}

/* The number of string S, adding it on first use. */
static void str(struct enc *e, const char *s)
{
    size_t h;
    const char **l;

    if (s == NULL) {
        word(e, MIBC_NONE);
        return;
    }
    h = pslot(&e->strs, s);
    if (e->strs.k[h] == NULL) {
        if (strlen(s) >= MIBC_MAX / 4 ||
            (e->strs.n + 1 >= e->strs.nb / 2 && pmap_grow(&e->strs) < 0)) {
            e->bad = true;
            return;
        }
        h = pslot(&e->strs, s);
        l = realloc(e->str_list, (e->strs.n + 1) * sizeof *l);
        if (l == NULL) {
            e->bad = true;
            return;
        }
        e->str_list = l;
        l[e->strs.n] = s;
        e->strs.k[h] = s;
        e->strs.v[h] = (uint32_t)e->strs.n++;
    }
    word(e, e->strs.v[h]);
}

static void i64(struct enc *e, int64_t v)
{
    uint64_t u = (uint64_t)v;

    word(e, (uint32_t)u);
    word(e, (uint32_t)(u >> 32));
}

static void syntax(struct enc *e, const struct sk_mib_syntax *s)
{
    size_t i;

    word(e, (uint32_t)s->type);
    str(e, s->tc);
    str(e, s->tc_module);
    str(e, s->hint);
    e->counts[MIBC_C_ENUMS] += (uint32_t)s->n_enums;
    e->counts[MIBC_C_RANGES] += (uint32_t)s->n_ranges;
    word(e, (uint32_t)s->n_enums);
    for (i = 0; i < s->n_enums; i++) {
        i64(e, s->enums[i].value);
        str(e, s->enums[i].label);
    }
    word(e, (uint32_t)s->n_ranges);
    for (i = 0; i < s->n_ranges; i++) {
        i64(e, s->ranges[i].low);
        i64(e, s->ranges[i].high);
    }
}

static uint32_t opt_bits(const struct mib_tnode *t)
{
    const struct sk_mib_node *n = &t->n;
    const struct sk_mib_syntax *s = &n->syntax;
    uint32_t opt = 0;

    if (t->has_anon)
        opt |= 1;
    if (s->type != 0 || s->tc || s->tc_module || s->hint || s->n_enums ||
        s->n_ranges)
        opt |= 2;
    if (n->units || n->augments || n->defval || n->description ||
        n->reference)
        opt |= 4;
    if (n->n_index > 0)
        opt |= 8;
    if (n->n_objects > 0)
        opt |= 16;
    return opt;
}

static void node(struct enc *e, const struct mib_tnode *t, uint32_t parent)
{
    const struct sk_mib_node *n = &t->n;
    uint32_t opt = opt_bits(t);
    size_t i;

    word(e, parent);
    word(e, n->arc);
    str(e, n->label);
    str(e, n->module);
    word(e, (uint32_t)n->kind | (uint32_t)n->access << 8 |
                (uint32_t)n->status << 16);
    word(e, t->rank);
    word(e, t->pos);
    word(e, opt);
    if (opt & 1) {
        word(e, t->anon);
        str(e, t->anon_module);
    }
    if (opt & 2)
        syntax(e, &n->syntax);
    if (opt & 4) {
        str(e, n->units);
        str(e, n->augments);
        str(e, n->defval);
        str(e, n->description);
        str(e, n->reference);
    }
    if (opt & 8) {
        e->counts[MIBC_C_INDEX] += (uint32_t)n->n_index;
        word(e, (uint32_t)n->n_index);
        for (i = 0; i < n->n_index; i++) {
            str(e, n->index[i].label);
            word(e, n->index[i].implied);
        }
    }
    if (opt & 16) {
        e->counts[MIBC_C_OBJECTS] += (uint32_t)n->n_objects;
        word(e, (uint32_t)n->n_objects);
        for (i = 0; i < n->n_objects; i++)
            str(e, n->objects[i]);
    }
}

/* Every node breadth-first, roots first; records their numbers. */
static int nodes(struct enc *e, size_t count)
{
    const struct mib_tnode **q = malloc(count * sizeof *q);
    size_t head, tail = 3, i;
    uint32_t k;

    if (q == NULL)
        return -1;
    for (k = 0; k < 3; k++)
        q[k] = e->mib->roots[k];
    word(e, (uint32_t)count);
    e->counts[MIBC_C_NODES] = (uint32_t)count;
    for (head = 0; head < tail && !e->bad; head++) {
        const struct mib_tnode *t = q[head];
        size_t h = pslot(&e->nodes, t);

        e->nodes.k[h] = t;
        e->nodes.v[h] = (uint32_t)head;
        node(e, t, t->n.parent == NULL ? MIBC_NONE
                                       : e->nodes.v[pslot(&e->nodes,
                                                          t->n.parent)]);
        for (i = 0; i < t->n.n_children && tail < count; i++)
            q[tail++] = (const struct mib_tnode *)(const void *)
                            t->n.children[i];
    }
    free(q);
    return head == count && !e->bad ? 0 : -1;
}

/* Bindings oldest first: each bucket's chain is newest first. */
static int bindings(struct enc *e)
{
    const struct sk_mib *mib = e->mib;
    const struct mib_lbl *b, **v = NULL, **nv;
    size_t i, n, cap = 0, total = 0, at;

    at = e->w.len;
    word(e, 0);
    for (i = 0; i < mib->n_lbl_b && !e->bad; i++) {
        for (n = 0, b = mib->lbl[i]; b != NULL; b = b->next, n++) {
            if (n == cap) {
                cap = cap ? cap * 2 : 16;
                nv = realloc(v, cap * sizeof *v);
                if (nv == NULL) {
                    free(v);
                    return -1;
                }
                v = nv;
            }
            v[n] = b;
        }
        for (; n > 0; n--, total++) {
            str(e, v[n - 1]->label);
            str(e, v[n - 1]->module);
            word(e, e->nodes.v[pslot(&e->nodes, v[n - 1]->node)]);
        }
    }
    free(v);
    e->counts[MIBC_C_BINDINGS] = (uint32_t)total;
    if (!e->bad)
        memcpy(e->w.data + at, &(uint32_t){ (uint32_t)total }, 4);
    return e->bad ? -1 : 0;
}

/* Modules with their states, then the finished ones with the textual
 * conventions Net-SNMP numbers (sk_mib_tc_number), then diagnostics. */
static void modules(struct enc *e)
{
    const struct mib_module *m;
    const struct mib_type *t;
    uint32_t n = 0;
    size_t i, at;

    for (m = e->mib->mods; m != NULL; m = m->next)
        n++;
    word(e, n);
    e->counts[MIBC_C_MODS] = n;
    for (m = e->mib->mods; m != NULL; m = m->next) {
        str(e, m->name);
        str(e, m->file);
        word(e, (uint32_t)m->state);
    }
    word(e, e->mib->n_done);
    for (m = e->mib->done, n = 0; m != NULL; m = m->done_next, n++) {
        str(e, m->name);
        at = e->w.len;
        word(e, 0);
        i = 0;
        for (t = m->types; t != NULL; t = t->next)
            if (!t->sequence && !t->syn.choice && !t->syn.tagged) {
                str(e, t->name);
                i++;
            }
        e->counts[MIBC_C_TYPES] += (uint32_t)i;
        if (!e->bad)
            memcpy(e->w.data + at, &(uint32_t){ (uint32_t)i }, 4);
    }
    if (n != e->mib->n_done)
        e->bad = true;
    word(e, (uint32_t)e->mib->n_diags);
    for (i = 0; i < e->mib->n_diags; i++)
        str(e, e->mib->diags[i]);
}

/* The string table: length, interned flag and hash, then the bytes
 * padded to a word. */
static int strings(struct enc *e, struct sk_buf *out)
{
    uint32_t hdr[3], n = (uint32_t)e->strs.n, i;
    static const char zero[4];

    if (sk_buf_add(out, &n, sizeof n) < 0)
        return -1;
    for (i = 0; i < n; i++) {
        const char *s = e->str_list[i];
        size_t len = strlen(s);
        bool interned = mib_intern_find(e->mib, s) == s;

        hdr[0] = (uint32_t)len;
        hdr[1] = interned;
        hdr[2] = interned ? mib_str_hash(s) : 0;
        if (sk_buf_add(out, hdr, sizeof hdr) < 0 ||
            sk_buf_add(out, s, len) < 0 ||
            sk_buf_add(out, zero, (4 - len % 4) % 4) < 0)
            return -1;
    }
    return 0;
}

int mibc_encode(const struct sk_mib *mib, struct sk_buf *out)
{
    struct enc e;
    const struct mib_tnode *t;
    size_t count = 0;
    int rc = -1;

    memset(&e, 0, sizeof e);
    e.mib = mib;
    for (t = mib->all; t != NULL; t = t->all)
        count++;
    sk_buf_init(&e.w, MIBC_MAX);
    if (count >= 3 && count < MIBC_MAX / 32 &&
        pmap_init(&e.strs, 4 * count) == 0 &&
        pmap_init(&e.nodes, count) == 0 && nodes(&e, count) == 0 &&
        bindings(&e) == 0) {
        modules(&e);
        if (!e.bad && sk_buf_add(out, e.counts, sizeof e.counts) == 0 &&
            strings(&e, out) == 0 &&
            sk_buf_add(out, e.w.data, e.w.len) == 0)
            rc = 0;
    }
    sk_buf_clear(&e.w);
    free(e.strs.k);
    free(e.strs.v);
    free(e.nodes.k);
    free(e.nodes.v);
    free(e.str_list);
    return rc;
}
