/* tree.c - the OID tree and the lookups the rest of the suite needs.
 *
 * Children are kept sorted by arc in an array per node, so a lookup by
 * OID costs O(depth * log(width)).  Labels are hashed (interned pointers,
 * so a comparison is one compare); each binding remembers the module that
 * defined it, which is how MODULE::label finds a node another module
 * defined first. */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mib/mib_int.h"

static const char *const root_names[3] = {
    "ccitt", "iso", "joint-iso-ccitt"
};

int mib_tree_init(struct sk_mib *mib)
{
    uint32_t i;

    mib->n_lbl_b = MIB_LBL_BUCKETS;
    mib->lbl = calloc(mib->n_lbl_b, sizeof *mib->lbl);
    if (mib->lbl == NULL)
        return -1;
    for (i = 0; i < 3; i++) {
        struct mib_tnode *t = mib_alloc(&mib->arena, sizeof *t);
        const char *label = mib_intern(mib, root_names[i],
                                       strlen(root_names[i]));

        if (t == NULL || label == NULL)
            return -1;
        t->n.arc = i;
        t->n.label = label;
        t->all = mib->all;
        mib->all = t;
        mib->roots[i] = t;
        if (mib_label_add(mib, label, NULL, t) < 0)
            return -1;
    }
    return 0;
}

void mib_tree_free(struct sk_mib *mib)
{
    struct mib_tnode *t;

    if (mib->cached)
        return;                 /* its nodes and table are in mib->block */
    for (t = mib->all; t != NULL; t = t->all)
        free(t->kids);
    free(mib->lbl);
}

/* Index of the first child of P with an arc >= ARC. */
static size_t child_pos(const struct mib_tnode *p, uint32_t arc)
{
    size_t lo = 0, hi = p->n.n_children;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;

        if (p->kids[mid]->arc < arc)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static int insert_child(struct mib_tnode *p, size_t pos, struct mib_tnode *t)
{
    size_t n = p->n.n_children;

    if (n == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 4;
        struct sk_mib_node **k = realloc(p->kids, cap * sizeof *k);

        if (k == NULL)
            return -1;
        p->kids = k;
        p->cap = cap;
    }
    memmove(p->kids + pos + 1, p->kids + pos, (n - pos) * sizeof *p->kids);
    p->kids[pos] = &t->n;
    p->n.n_children = n + 1;
    p->n.children = (const struct sk_mib_node *const *)p->kids;
    return 0;
}

struct mib_tnode *mib_tree_child(struct sk_mib *mib, struct mib_tnode *p,
                                 uint32_t arc, bool create)
{
    struct mib_tnode *t;
    size_t pos;

    if (p == NULL)
        return arc < 3 ? mib->roots[arc] : NULL;
    pos = child_pos(p, arc);
    if (pos < p->n.n_children && p->kids[pos]->arc == arc)
        return (struct mib_tnode *)(void *)p->kids[pos];
    if (!create || p->depth + 1 >= MIB_MAXOID)
        return NULL;
    t = mib_alloc(&mib->arena, sizeof *t);
    if (t == NULL || insert_child(p, pos, t) < 0) {
        mib->oom = true;
        return NULL;
    }
    t->n.arc = arc;
    t->n.parent = &p->n;
    t->depth = p->depth + 1;
    t->all = mib->all;
    mib->all = t;
    return t;
}

int mib_label_add(struct sk_mib *mib, const char *label, const char *module,
                  struct mib_tnode *node)
{
    size_t b = mib_str_hash(label) & (mib->n_lbl_b - 1);
    struct mib_lbl *e;

    for (e = mib->lbl[b]; e != NULL; e = e->next)
        if (e->label == label && e->module == module && e->node == node)
            return 0;
    e = mib_alloc(&mib->arena, sizeof *e);
    if (e == NULL) {
        mib->oom = true;
        return -1;
    }
    e->label = label;
    e->module = module;
    e->node = node;
    e->next = mib->lbl[b];
    mib->lbl[b] = e;
    return 0;
}

const struct sk_mib_node *sk_mib_root(const struct sk_mib *mib, uint32_t arc)
{
    return arc < 3 ? &mib->roots[arc]->n : NULL;
}

const struct sk_mib_node *sk_mib_child(const struct sk_mib *mib,
                                       const struct sk_mib_node *parent,
                                       uint32_t arc)
{
    const struct mib_tnode *p = (const struct mib_tnode *)(const void *)parent;
    size_t pos;

    if (parent == NULL)
        return sk_mib_root(mib, arc);
    pos = child_pos(p, arc);
    if (pos < parent->n_children && parent->children[pos]->arc == arc)
        return parent->children[pos];
    return NULL;
}

const struct sk_mib_node *sk_mib_child_label(const struct sk_mib *mib,
                                             const struct sk_mib_node *parent,
                                             const char *label)
{
    const char *name = mib_intern_find(mib, label);
    size_t i;

    if (name == NULL)
        return NULL;
    if (parent == NULL) {
        for (i = 0; i < 3; i++)
            if (mib->roots[i]->n.label == name)
                return &mib->roots[i]->n;
        return NULL;
    }
    for (i = 0; i < parent->n_children; i++)
        if (parent->children[i]->label == name)
            return parent->children[i];
    return NULL;
}

const struct sk_mib_node *sk_mib_find_oid(const struct sk_mib *mib,
                                          const uint32_t *arcs, size_t n,
                                          size_t *matched)
{
    const struct sk_mib_node *node = NULL, *next;
    size_t i;

    for (i = 0; i < n; i++) {
        next = sk_mib_child(mib, node, arcs[i]);
        if (next == NULL)
            break;
        node = next;
    }
    *matched = i;
    return node;
}

/* The binding for LABEL in MODULE made first; with ANY, in any module,
 * but where the label names several nodes, one of the node created
 * last, as Net-SNMP's find_tree_node returns the newest of its hash
 * chain. */
static const struct mib_lbl *find_binding(const struct sk_mib *mib,
                                          const char *label,
                                          const char *module, bool any)
{
    const char *name = mib_intern_find(mib, label);
    const struct mib_lbl *e, *found = NULL;

    if (name == NULL)
        return NULL;
    for (e = mib->lbl[mib_str_hash(name) & (mib->n_lbl_b - 1)]; e != NULL;
         e = e->next) {
        if (e->label != name || (!any && e->module != module))
            continue;
        /* bindings are prepended: on a tie keep the last one seen */
        if (found == NULL || !any || e->node->rank >= found->node->rank)
            found = e;
    }
    return found;
}

const struct sk_mib_node *sk_mib_find_label(const struct sk_mib *mib,
                                            const char *label)
{
    const struct mib_lbl *e = find_binding(mib, label, NULL, true);

    return e != NULL ? &e->node->n : NULL;
}

const struct sk_mib_node *sk_mib_find_module_label(const struct sk_mib *mib,
                                                   const char *module,
                                                   const char *label)
{
    const char *mod = mib_intern_find(mib, module);
    const struct mib_lbl *e;

    if (mod == NULL)
        return NULL;
    e = find_binding(mib, label, mod, false);
    return e != NULL ? &e->node->n : NULL;
}

const struct sk_mib_node *sk_mib_next(const struct sk_mib *mib,
                                      const struct sk_mib_node *node)
{
    const struct sk_mib_node *p;
    size_t pos;

    if (node == NULL)
        return &mib->roots[0]->n;
    if (node->n_children > 0)
        return node->children[0];
    for (; node != NULL; node = p) {
        p = node->parent;
        if (p == NULL)
            return node->arc < 2 ? &mib->roots[node->arc + 1]->n : NULL;
        pos = child_pos((const struct mib_tnode *)(const void *)p,
                        node->arc);
        if (pos + 1 < p->n_children)
            return p->children[pos + 1];
    }
    return NULL;
}

/* Net-SNMP's sibling order: modules in link order, each one's
 * children in reverse order of definition (see place() in resolve.c). */
static int native_cmp(const void *a, const void *b)
{
    const struct mib_tnode *x = *(const struct mib_tnode *const *)a;
    const struct mib_tnode *y = *(const struct mib_tnode *const *)b;

    if (x->rank != y->rank)
        return x->rank < y->rank ? -1 : 1;
    if (x->pos != y->pos)
        return x->pos > y->pos ? -1 : 1;
    return x->n.arc < y->n.arc ? -1 : x->n.arc > y->n.arc;
}

size_t sk_mib_children_native(const struct sk_mib *mib,
                              const struct sk_mib_node *node,
                              const struct sk_mib_node **out, size_t max)
{
    size_t n = node->n_children;

    (void)mib;
    if (n > max)
        return 0;
    if (n == 0)
        return 0;               /* a leaf's children may be NULL */
    memcpy(out, node->children, n * sizeof *out);
    qsort(out, n, sizeof *out, native_cmp);
    return n;
}

/* Pre-order below and including NODE; false once FN said stop. */
static bool walk_native(const struct sk_mib *mib,
                        const struct sk_mib_node *node,
                        bool (*fn)(void *, const struct sk_mib_node *),
                        void *ctx)
{
    const struct sk_mib_node **kids;
    size_t n, i;
    bool go;

    if (!fn(ctx, node))
        return false;
    if (node->n_children == 0)
        return true;
    kids = malloc(node->n_children * sizeof *kids);
    if (kids == NULL)
        return false;
    n = sk_mib_children_native(mib, node, kids, node->n_children);
    for (i = 0, go = true; go && i < n; i++)
        go = walk_native(mib, kids[i], fn, ctx);
    free(kids);
    return go;
}

bool sk_mib_walk_native(const struct sk_mib *mib,
                        bool (*fn)(void *ctx, const struct sk_mib_node *n),
                        void *ctx)
{
    /* Net-SNMP's list of roots is iso, ccitt, joint-iso-ccitt */
    static const int order[3] = { 1, 0, 2 };
    size_t i;

    for (i = 0; i < 3; i++)
        if (!walk_native(mib, &mib->roots[order[i]]->n, fn, ctx))
            return false;
    return true;
}

struct best { regex_t re; const struct sk_mib_node *node; regoff_t so; };

static bool best_step(void *ctx, const struct sk_mib_node *node)
{
    struct best *b = ctx;
    char anon[32];
    const char *label = sk_mib_node_name(node, anon, sizeof anon);
    regmatch_t m;

    /* Net-SNMP matches its "anonymous#N" names too */
    if (label[0] == '\0' || regexec(&b->re, label, 1, &m, 0) != 0)
        return true;
    if (b->node == NULL || m.rm_so < b->so) {
        b->node = node;
        b->so = m.rm_so;
    }
    return b->so != 0;          /* nothing can match earlier */
}

bool sk_mib_regex_tame(const char *regex)
{
    size_t run = 0;

    /* glibc's regcomp() needs memory exponential in a run of repetition
     * and grouping operators ("a++++...": gigabytes for a few dozen);
     * no name pattern needs three in a row */
    for (; *regex != '\0'; regex++) {
        run = strchr("+*?{}()|", *regex) != NULL ? run + 1 : 0;
        if (run >= 3)
            return false;
    }
    return true;
}

const struct sk_mib_node *sk_mib_find_best(const struct sk_mib *mib,
                                           const char *regex,
                                           struct sk_error *err)
{
    struct best b;

    if (!sk_mib_regex_tame(regex) ||
        regcomp(&b.re, regex, REG_EXTENDED | REG_ICASE) != 0) {
        sk_error_set(err, SK_ERR_UNKNOWN_OID, NULL);
        return NULL;
    }
    b.node = NULL;
    b.so = -1;
    /* Net-SNMP's walk, so that ties go its way */
    (void)sk_mib_walk_native(mib, best_step, &b);
    regfree(&b.re);
    if (b.node == NULL)
        sk_error_set(err, SK_ERR_UNKNOWN_OID, NULL);
    return b.node;
}

size_t sk_mib_node_oid(const struct sk_mib_node *node, uint32_t *arcs,
                       size_t max)
{
    const struct sk_mib_node *p;
    size_t n = 0, i;

    for (p = node; p != NULL; p = p->parent)
        n++;
    if (n > max)
        return 0;
    for (p = node, i = n; p != NULL; p = p->parent)
        arcs[--i] = p->arc;
    return n;
}

size_t sk_mib_node_modules(const struct sk_mib *mib,
                           const struct sk_mib_node *node,
                           const char **out, size_t max)
{
    const struct mib_lbl *e;
    size_t n = 0, i;

    if (node == NULL || node->label == NULL)
        return 0;
    /* Bindings are prepended, so the chain runs newest first: count,
     * then fill OUT from the back to get the order they were made in. */
    for (e = mib->lbl[mib_str_hash(node->label) & (mib->n_lbl_b - 1)];
         e != NULL; e = e->next)
        if (e->label == node->label && &e->node->n == node &&
            e->module != NULL)
            n++;
    i = n;
    for (e = mib->lbl[mib_str_hash(node->label) & (mib->n_lbl_b - 1)];
         e != NULL; e = e->next)
        if (e->label == node->label && &e->node->n == node &&
            e->module != NULL) {
            i--;
            if (i < max)
                out[i] = e->module;
        }
    return n;
}

const char *sk_mib_node_name(const struct sk_mib_node *node, char *buf,
                             size_t len)
{
    const struct mib_tnode *t = (const struct mib_tnode *)(const void *)node;

    if (node->label != NULL)
        return node->label;
    if (!t->has_anon || len == 0)
        return "";
    snprintf(buf, len, "anonymous#%u", t->anon);
    return buf;
}

const char *sk_mib_node_module(const struct sk_mib_node *node)
{
    const struct mib_tnode *t = (const struct mib_tnode *)(const void *)node;

    if (node->module != NULL || node->label != NULL)
        return node->module;
    return t->has_anon ? t->anon_module : NULL;
}
