/* cache_read.c - a cache image back into a struct sk_mib.
 *
 * The image was checksummed before it gets here, but it is still
 * treated as hostile: every read goes through rd(), which refuses to
 * pass the end, and every count, string number and node number is
 * checked before use.  The layout rules checked here (roots first,
 * parents before children, siblings contiguous and in ascending arc
 * order) are what make the parent chains finite and the child arrays
 * sorted, so nothing later can loop or search wrongly. */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "mib/cache.h"

struct dec {
    const uint32_t *p, *end;
    bool bad;
    struct sk_mib *mib;
    const char **strs;
    uint32_t n_strs;
    struct mib_tnode *nodes;
    uint32_t n_nodes;
    uint32_t last_parent, last_arc; /* of the node read before */
    uint32_t counts[MIBC_NCOUNTS];
    char *bp;                   /* the unused rest of the block */
    size_t bleft;
};

/* The one place that advances the cursor. */
static uint32_t rd(struct dec *d)
{
    if (d->p >= d->end) {
        d->bad = true;
        return 0;
    }
    return *d->p++;
}

/* A count that at least WORDS words each must follow. */
static uint32_t rd_count(struct dec *d, size_t words)
{
    uint32_t n = rd(d);

    if ((size_t)(d->end - d->p) / words < n) {
        d->bad = true;
        return 0;
    }
    return n;
}

static const char *rs(struct dec *d)
{
    uint32_t i = rd(d);

    if (i == MIBC_NONE)
        return NULL;
    if (i >= d->n_strs) {
        d->bad = true;
        return NULL;
    }
    return d->strs[i];
}

static int64_t r64(struct dec *d)
{
    uint64_t lo = rd(d);

    return (int64_t)(lo | (uint64_t)rd(d) << 32);
}

/* N objects of SIZE from the block; NULL (and bad) when the counts at
 * the start of the image did not provide for them. */
static void *alloc_n(struct dec *d, size_t n, size_t size)
{
    size_t bytes;
    void *p;

    if (n == 0)
        return NULL;
    bytes = n <= MIBC_MAX / size ? (n * size + 7) & ~(size_t)7 : SIZE_MAX;
    if (bytes > d->bleft) {
        d->bad = true;
        return NULL;
    }
    p = d->bp;
    d->bp += bytes;
    d->bleft -= bytes;
    return p;
}

static size_t istr_size(size_t len)
{
    size_t n = offsetof(struct mib_istr, s) + len + 1;

    return (n + 7) & ~(size_t)7;
}

static size_t pow2(size_t min, size_t n)
{
    while (min < n)
        min *= 2;
    return min;
}

/* One zeroed block for everything the image holds, sized by the counts
 * and the strings' STRBYTES.  It is mapped populated: faulting its
 * pages in one by one would cost more than the rest of the load. */
static void make_block(struct dec *d, size_t strbytes, size_t n_int)
{
    static const size_t size[MIBC_NCOUNTS] = {
        sizeof(struct mib_tnode) + sizeof(void *),
        sizeof(struct sk_mib_enum), sizeof(struct sk_mib_range),
        sizeof(struct sk_mib_index), sizeof(char *),
        sizeof(struct mib_lbl), sizeof(struct mib_module),
        sizeof(struct mib_type)
    };
    /* the fewest words each item takes in the image */
    static const size_t words[MIBC_NCOUNTS] = { 8, 3, 4, 2, 1, 3, 3, 1 };
    size_t total = strbytes, i, used = 0;
    void *p;

    for (i = 0; i < MIBC_NCOUNTS; i++)
        used += (size_t)d->counts[i] * words[i];
    if (used > (size_t)(d->end - d->p)) {
        d->bad = true;          /* counts the image cannot hold */
        return;
    }
    d->mib->strs.nb = pow2(64, 2 * n_int);
    d->mib->n_lbl_b = pow2(64, d->counts[MIBC_C_BINDINGS]);
    total += (d->mib->strs.nb + d->mib->n_lbl_b) * sizeof(void *);
    for (i = 0; i < MIBC_NCOUNTS; i++) {
        if (d->counts[i] > MIBC_MAX / size[i]) {
            d->bad = true;
            return;
        }
        total += ((size_t)d->counts[i] * size[i] + 7) & ~(size_t)7;
    }
    total += 8 * MIBC_NCOUNTS;  /* rounding of the kid array */
    p = mmap(NULL, total, PROT_READ | PROT_WRITE,
             MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
    if (p == MAP_FAILED) {
        d->bad = true;
        return;
    }
    d->mib->block = p;
    d->mib->block_len = total;
    d->bp = p;
    d->bleft = total;
    d->mib->strs.b = alloc_n(d, d->mib->strs.nb, sizeof *d->mib->strs.b);
    d->mib->lbl = alloc_n(d, d->mib->n_lbl_b, sizeof *d->mib->lbl);
}

static void strtab_add(struct mib_strtab *t, struct mib_istr *e)
{
    size_t b = e->hash & (t->nb - 1);

    e->next = t->b[b];
    t->b[b] = e;
    t->count++;
}

/* Pass 1 sizes the strings and checks their lengths; pass 2 copies them
 * into one block and hashes the interned ones. */
static void strings(struct dec *d)
{
    const uint32_t *start;
    size_t total = 0, i, n_int = 0, len;
    char *block;

    d->n_strs = rd_count(d, 3);
    start = d->p;
    for (i = 0; i < d->n_strs && !d->bad; i++) {
        len = rd(d);
        n_int += rd(d) != 0;
        (void)rd(d);
        if (len > MIBC_MAX || (size_t)(d->end - d->p) < (len + 3) / 4) {
            d->bad = true;
            return;
        }
        d->p += (len + 3) / 4;
        total += istr_size(len);
    }
    d->strs = malloc((d->n_strs + 1) * sizeof *d->strs);
    if (d->strs == NULL || d->bad)
        d->bad = true;
    else
        make_block(d, total, n_int);
    block = alloc_n(d, total > 0 ? total : 1, 1);
    if (d->bad)
        return;
    for (d->p = start, i = 0; i < d->n_strs && !d->bad; i++) {
        struct mib_istr *e = (struct mib_istr *)(void *)block;
        uint32_t interned;

        len = rd(d);
        interned = rd(d);
        e->hash = rd(d);
        memcpy(e->s, d->p, len);
        e->s[len] = '\0';
        d->p += (len + 3) / 4;
        e->len = (uint16_t)(len <= UINT16_MAX ? len : UINT16_MAX);
        if (interned != 0 && len > UINT16_MAX)
            d->bad = true;
        else if (interned != 0)
            strtab_add(&d->mib->strs, e);
        d->strs[i] = e->s;
        block += istr_size(len);
    }
}

static void syntax(struct dec *d, struct sk_mib_syntax *s)
{
    struct sk_mib_enum *en;
    struct sk_mib_range *rg;
    size_t i;
    uint32_t type = rd(d);

    if (type > SK_MIB_TYPE_INTEGER32 && type != SK_MIB_TYPE_TABLE &&
        type != SK_MIB_TYPE_ENTRY)
        d->bad = true;
    s->type = (enum sk_mib_type)type;
    s->tc = rs(d);
    s->tc_module = rs(d);
    s->hint = rs(d);
    s->n_enums = rd_count(d, 3);
    s->enums = en = alloc_n(d, s->n_enums, sizeof *en);
    for (i = 0; i < s->n_enums && !d->bad; i++) {
        en[i].value = r64(d);
        en[i].label = rs(d);
    }
    s->n_ranges = rd_count(d, 4);
    s->ranges = rg = alloc_n(d, s->n_ranges, sizeof *rg);
    for (i = 0; i < s->n_ranges && !d->bad; i++) {
        rg[i].low = r64(d);
        rg[i].high = r64(d);
    }
}

static void lists(struct dec *d, struct sk_mib_node *n, uint32_t opt)
{
    struct sk_mib_index *ix;
    const char **obj;
    size_t i;

    if (opt & 8) {
        n->n_index = rd_count(d, 2);
        n->index = ix = alloc_n(d, n->n_index, sizeof *ix);
        for (i = 0; i < n->n_index && !d->bad; i++) {
            ix[i].label = rs(d);
            ix[i].implied = rd(d) != 0;
        }
    }
    if (opt & 16) {
        n->n_objects = rd_count(d, 1);
        n->objects = obj = alloc_n(d, n->n_objects, sizeof *obj);
        for (i = 0; i < n->n_objects && !d->bad; i++)
            obj[i] = rs(d);
    }
}

/* Node I's place: a root, or the next child of an earlier node. */
static void place(struct dec *d, uint32_t i, uint32_t parent, uint32_t arc,
                  struct sk_mib_node **kids)
{
    struct mib_tnode *t = &d->nodes[i], *p;

    if (i < 3) {
        if (parent != MIBC_NONE || arc != i)
            d->bad = true;
        return;
    }
    if (parent >= i || (i > 3 && parent < d->last_parent) ||
        (i > 3 && parent == d->last_parent && arc <= d->last_arc)) {
        d->bad = true;          /* not breadth-first in arc order */
        return;
    }
    d->last_parent = parent;
    d->last_arc = arc;
    p = &d->nodes[parent];
    if (p->depth + 1 >= MIB_MAXOID) {
        d->bad = true;
        return;
    }
    if (p->n.n_children == 0)
        p->kids = kids + (i - 3);
    p->n.n_children++;
    p->n.children = (const struct sk_mib_node *const *)p->kids;
    t->n.parent = &p->n;
    t->depth = p->depth + 1;
}

static void node(struct dec *d, uint32_t i, struct sk_mib_node **kids)
{
    struct mib_tnode *t = &d->nodes[i];
    struct sk_mib_node *n = &t->n;
    uint32_t parent = rd(d), w, opt;

    n->arc = rd(d);
    place(d, i, parent, n->arc, kids);
    n->label = rs(d);
    n->module = rs(d);
    w = rd(d);
    /* consumers index tables by these: keep them in range */
    if ((w & 0xff) > SK_MIB_KIND_CAPABILITIES ||
        (w >> 8 & 0xff) > SK_MIB_ACCESS_WRITEONLY ||
        (w >> 16) > SK_MIB_STATUS_OPTIONAL)
        d->bad = true;
    n->kind = (enum sk_mib_kind)(w & 0xff);
    n->access = (enum sk_mib_access)(w >> 8 & 0xff);
    n->status = (enum sk_mib_status)(w >> 16 & 0xff);
    t->rank = rd(d);
    t->pos = rd(d);
    opt = rd(d);
    if (opt & 1) {
        t->has_anon = true;
        t->anon = rd(d);
        t->anon_module = rs(d);
    }
    if (opt & 2)
        syntax(d, &n->syntax);
    if (opt & 4) {
        n->units = rs(d);
        n->augments = rs(d);
        n->defval = rs(d);
        n->description = rs(d);
        n->reference = rs(d);
    }
    lists(d, n, opt);
    if (i >= 3)
        kids[i - 3] = n;
    t->all = d->mib->all;
    d->mib->all = t;
}

static void nodes(struct dec *d)
{
    struct sk_mib_node **kids;
    uint32_t i;

    d->n_nodes = rd_count(d, 8);
    if (d->n_nodes < 3) {
        d->bad = true;
        return;
    }
    d->nodes = alloc_n(d, d->n_nodes, sizeof *d->nodes);
    kids = alloc_n(d, d->n_nodes - 3 + 1, sizeof *kids);
    for (i = 0; i < d->n_nodes && !d->bad; i++)
        node(d, i, kids);
    for (i = 0; i < 3 && !d->bad; i++)
        d->mib->roots[i] = &d->nodes[i];
}

static void bindings(struct dec *d)
{
    struct sk_mib *mib = d->mib;
    uint32_t n = rd_count(d, 3), i, k;
    struct mib_lbl *v = alloc_n(d, n, sizeof *v);

    for (i = 0; i < n && !d->bad; i++) {
        v[i].label = rs(d);
        v[i].module = rs(d);
        k = rd(d);
        if (v[i].label == NULL || k >= d->n_nodes) {
            d->bad = true;
            return;
        }
        v[i].node = &d->nodes[k];
        k = mib_str_hash(v[i].label) & (mib->n_lbl_b - 1);
        v[i].next = mib->lbl[k];
        mib->lbl[k] = &v[i];
    }
}

/* Modules in list order with their states, then the finished ones in
 * order with the textual conventions they number. */
static void modules(struct dec *d)
{
    struct sk_mib *mib = d->mib;
    uint32_t n = rd_count(d, 3), i, k, nt;
    struct mib_module *v = alloc_n(d, n, sizeof *v), *m;
    struct mib_type *t;
    const char *name;

    for (i = 0; i < n && !d->bad; i++) {
        v[i].name = rs(d);
        v[i].file = rs(d);
        v[i].state = (enum mib_mod_state)rd(d);
        if (v[i].name == NULL || v[i].state > MOD_FAILED)
            d->bad = true;
        v[i].defs_tail = &v[i].defs;
        v[i].types_tail = &v[i].types;
        *mib->mods_tail = &v[i];
        mib->mods_tail = &v[i].next;
    }
    n = rd_count(d, 2);
    for (i = 0; i < n && !d->bad; i++) {
        name = rs(d);
        m = name != NULL ? mib_module_find(mib, name) : NULL;
        nt = rd_count(d, 1);
        if (m == NULL || m->rank != 0 || mib->done_tail == &m->done_next) {
            d->bad = true;      /* unknown, or finished twice */
            return;
        }
        t = alloc_n(d, nt, sizeof *t);
        for (k = 0; k < nt && !d->bad; k++) {
            t[k].name = rs(d);
            t[k].mod = m;
            *m->types_tail = &t[k];
            m->types_tail = &t[k].next;
            if (t[k].name == NULL)
                d->bad = true;
        }
        m->rank = i + 1;        /* only to catch a repeat above */
        *mib->done_tail = m;
        mib->done_tail = &m->done_next;
        mib->n_done++;
    }
}

static void diags(struct dec *d)
{
    struct sk_mib *mib = d->mib;
    uint32_t n = rd_count(d, 1);
    const char *s;

    if (n > 100000) {
        d->bad = true;
        return;
    }
    mib->diags = calloc(n > 0 ? n : 1, sizeof *mib->diags);
    mib->cap_diags = n;
    if (mib->diags == NULL)
        d->bad = true;
    for (; mib->n_diags < n && !d->bad; mib->n_diags++) {
        s = rs(d);
        mib->diags[mib->n_diags] = s != NULL ? strdup(s) : NULL;
        if (mib->diags[mib->n_diags] == NULL) {
            d->bad = true;
            return;
        }
    }
}

struct sk_mib *mibc_decode(const uint32_t *body, size_t n,
                           const struct sk_mib_cfg *cfg)
{
    struct dec d;
    size_t i;

    memset(&d, 0, sizeof d);
    d.p = body;
    d.end = body + n;
    d.mib = calloc(1, sizeof *d.mib);
    if (d.mib == NULL)
        return NULL;
    d.mib->cached = true;
    d.mib->flags = cfg->flags;
    d.mib->mods_tail = &d.mib->mods;
    d.mib->done_tail = &d.mib->done;
    if (cfg->dirs != NULL)
        d.mib->dirs = strdup(cfg->dirs);
    d.bad = cfg->dirs != NULL && d.mib->dirs == NULL;
    for (i = 0; i < MIBC_NCOUNTS; i++)
        d.counts[i] = rd(&d);
    if (!d.bad)
        strings(&d);
    if (!d.bad)
        nodes(&d);
    if (!d.bad)
        bindings(&d);
    if (!d.bad)
        modules(&d);
    if (!d.bad)
        diags(&d);
    free(d.strs);
    if (d.bad || d.p != d.end) {
        sk_mib_free(d.mib);
        return NULL;
    }
    return d.mib;
}
