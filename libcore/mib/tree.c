/* tree.c - the OID tree and the lookups the rest of the suite needs.
 *
 * Children are kept sorted by arc in an array per node, so a lookup by
 * OID costs O(depth * log(width)).  Labels are hashed (interned pointers,
 * so a comparison is one compare); each binding remembers the module that
 * defined it, which is how MODULE::label finds a node another module
 * defined first. */
#include <regex.h>
#include <stdlib.h>
#include <string.h>

#include "mib/mib_int.h"

#define LBL_BUCKETS 16384u

static const char *const root_names[3] = {
    "ccitt", "iso", "joint-iso-ccitt"
};

int mib_tree_init(struct sk_mib *mib)
{
    uint32_t i;

    mib->n_lbl_b = LBL_BUCKETS;
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

/* The binding for LABEL (in MODULE unless NULL) made first. */
static const struct mib_lbl *find_binding(const struct sk_mib *mib,
                                          const char *label,
                                          const char *module, bool any)
{
    const char *name = mib_intern_find(mib, label);
    const struct mib_lbl *e, *found = NULL;

    if (name == NULL)
        return NULL;
    for (e = mib->lbl[mib_str_hash(name) & (mib->n_lbl_b - 1)]; e != NULL;
         e = e->next)
        if (e->label == name && (any || e->module == module))
            found = e;          /* bindings are prepended: keep the last */
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

const struct sk_mib_node *sk_mib_find_best(const struct sk_mib *mib,
                                           const char *regex,
                                           struct sk_error *err)
{
    const struct sk_mib_node *node, *best = NULL;
    regoff_t best_so = -1;
    regmatch_t m;
    regex_t re;

    if (regcomp(&re, regex, REG_EXTENDED | REG_ICASE) != 0) {
        sk_error_set(err, SK_ERR_UNKNOWN_OID, NULL);
        return NULL;
    }
    for (node = sk_mib_next(mib, NULL); node != NULL;
         node = sk_mib_next(mib, node)) {
        if (node->label == NULL || regexec(&re, node->label, 1, &m, 0) != 0)
            continue;
        if (best == NULL || m.rm_so < best_so) {
            best = node;
            best_so = m.rm_so;
            if (best_so == 0)
                break;          /* nothing can match earlier */
        }
    }
    regfree(&re);
    if (best == NULL)
        sk_error_set(err, SK_ERR_UNKNOWN_OID, NULL);
    return best;
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
