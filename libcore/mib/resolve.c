/* resolve.c - linking parsed definitions into the tree.
 *
 * A name is looked up as Net-SNMP effectively does: in the module itself,
 * then in the module it is imported from, then in any loaded module (so
 * vendor MIBs that forget to import well-known names still link).  The
 * tree is built only after every module is read, so forward references
 * and import cycles need no special care; a definition that cannot be
 * reached from a root is reported, in Net-SNMP's words, and skipped. */
#include <stdio.h>
#include <string.h>

#include "mib/mib_int.h"

#define MAX_CHAIN 16        /* TC defined in terms of TC ... */

bool mib_module_has_symbol(const struct mib_module *m, const char *label)
{
    const struct mib_def *d;
    const struct mib_type *ty;
    size_t i;

    for (i = 0; i < m->n_macros; i++)
        if (m->macros[i] == label)
            return true;
    for (ty = m->types; ty != NULL; ty = ty->next)
        if (ty->name == label)
            return true;
    for (d = m->defs; d != NULL; d = d->next)
        if (d->label == label)
            return true;
    return false;
}

/* Make a parsed module's names visible to the linker. */
void mib_register_module(struct sk_mib *mib, struct mib_module *m)
{
    struct mib_def *d;
    struct mib_type *ty;
    size_t b;

    if (mib->done_tail == NULL)
        mib->done_tail = &mib->done;
    *mib->done_tail = m;
    mib->done_tail = &m->done_next;
    m->rank = mib->n_done++;
    for (d = m->defs; d != NULL; d = d->next) {
        b = mib_str_hash(d->label) & (mib->n_sym_b - 1);
        d->hnext = mib->defh[b];
        mib->defh[b] = d;
    }
    for (ty = m->types; ty != NULL; ty = ty->next) {
        b = mib_str_hash(ty->name) & (mib->n_sym_b - 1);
        ty->hnext = mib->typeh[b];
        mib->typeh[b] = ty;
    }
}

static const char *import_source(const struct mib_module *m,
                                 const char *label)
{
    size_t i;

    for (i = 0; i < m->n_imports; i++)
        if (m->imports[i].label == label)
            return m->imports[i].from;
    return NULL;
}

struct mib_def *mib_def_lookup(struct sk_mib *mib, struct mib_module *m,
                               const char *label)
{
    struct mib_def *d, *any = NULL, *imported = NULL;
    const char *from = import_source(m, label);

    for (d = mib->defh[mib_str_hash(label) & (mib->n_sym_b - 1)]; d != NULL;
         d = d->hnext) {
        if (d->label != label)
            continue;
        if (d->mod == m)
            return d;
        if (from != NULL && d->mod->name == from)
            imported = d;
        any = d;                /* chains are prepended: the last is first */
    }
    return imported != NULL ? imported : any;
}

static struct mib_type *type_lookup(struct sk_mib *mib, struct mib_module *m,
                                    const char *name)
{
    struct mib_type *t, *any = NULL, *imported = NULL;
    const char *from = import_source(m, name);

    for (t = mib->typeh[mib_str_hash(name) & (mib->n_sym_b - 1)]; t != NULL;
         t = t->hnext) {
        if (t->name != name)
            continue;
        if (t->mod == m)
            return t;
        if (from != NULL && t->mod->name == from)
            imported = t;
        any = t;
    }
    return imported != NULL ? imported : any;
}

static struct mib_tnode *root_named(struct sk_mib *mib, const char *label)
{
    int i;

    for (i = 0; i < 3; i++)
        if (mib->roots[i]->n.label == label)
            return mib->roots[i];
    return NULL;
}

/* Follow a named type through its textual conventions: the base type,
 * and the nearest hint, enumerations and ranges not given locally. */
static void resolve_syntax(struct sk_mib *mib, const struct mib_def *d,
                           struct sk_mib_syntax *out)
{
    const struct mib_syn *syn = &d->syn;
    struct mib_type *t;
    int depth;

    out->type = syn->type;
    out->enums = syn->enums;
    out->n_enums = syn->n_enums;
    out->ranges = syn->ranges;
    out->n_ranges = syn->n_ranges;
    if (syn->name == NULL || syn->type == SK_MIB_TYPE_TABLE)
        return;
    t = type_lookup(mib, d->mod, syn->name);
    if (t != NULL && !t->sequence) {
        out->tc = t->name;
        out->tc_module = t->mod->name;
    }
    for (depth = 0; t != NULL && depth < MAX_CHAIN; depth++) {
        if (out->hint == NULL)
            out->hint = t->hint;
        if (out->n_enums == 0) {
            out->enums = t->syn.enums;
            out->n_enums = t->syn.n_enums;
        }
        if (out->n_ranges == 0) {
            out->ranges = t->syn.ranges;
            out->n_ranges = t->syn.n_ranges;
        }
        out->type = t->sequence ? SK_MIB_TYPE_ENTRY : t->syn.type;
        if (t->sequence || t->syn.name == NULL ||
            t->syn.type == SK_MIB_TYPE_TABLE)
            break;
        t = type_lookup(mib, t->mod, t->syn.name);
    }
}

/* Give NODE the definition D: first module wins, unless -PR, and a
 * bare OBJECT IDENTIFIER never hides a richer definition. */
static void apply_def(struct sk_mib *mib, struct mib_def *d,
                      struct mib_tnode *node)
{
    struct sk_mib_node *n = &node->n;
    bool weaker = node->def != NULL && node->def->kind == SK_MIB_KIND_NODE &&
                  d->kind != SK_MIB_KIND_NODE;

    (void)mib_label_add(mib, d->label, d->mod->name, node);
    if (node->def != NULL && !weaker && !(mib->flags & SK_MIB_REPLACE))
        return;
    /* -PR takes the later definition but, like Net-SNMP's tree_from_node,
     * leaves the node with the module that named it first */
    if (node->def == NULL || weaker)
        n->module = d->mod->name;
    node->def = d;
    n->label = d->label;
    n->kind = d->kind;
    memset(&n->syntax, 0, sizeof n->syntax);
    if (d->syn.given)
        resolve_syntax(mib, d, &n->syntax);
    n->access = d->access;
    n->status = d->status;
    n->units = d->units;
    n->defval = d->defval;
    n->augments = d->augments;
    n->index = d->index;
    n->n_index = d->n_index;
    n->objects = d->objects;
    n->n_objects = d->n_objects;
    n->description = d->descr;
    n->reference = d->ref;
}

/* The node the first element of D's value names, linking it first. */
static struct mib_tnode *link_def(struct sk_mib *mib, struct mib_def *d,
                                  int depth);

/* Record where Net-SNMP would list NODE among its siblings (element I
 * of D's value).  Its parser links each module's nodes in one go, in
 * reverse order of definition, after the nodes of earlier modules; a
 * module naming a node twice places it by the later name. */
static void place(struct mib_tnode *node, const struct mib_def *d,
                  uint32_t i, bool created)
{
    uint32_t pos = d->ordinal * (MIB_MAXOID + 1) + i, k, anon;

    if (!created && (node->rank != d->mod->rank || pos <= node->pos))
        return;
    node->rank = d->mod->rank;
    node->pos = pos;
    if (d->val[i].label != NULL || d->kind == SK_MIB_KIND_TRAP ||
        i + 1 >= d->n_val)
        return;
    for (k = 1, anon = d->anon_base; k < i; k++)
        if (d->val[k].label == NULL)
            anon++;
    node->has_anon = true;
    node->anon = anon;
    node->anon_module = d->mod->name;
    if (node->n.module == NULL)
        node->n.module = d->mod->name;  /* printed as MODULE::x.1 */
}

/* Net-SNMP's parser names every arc between the first and the last of
 * a value that has no label "anonymous#N", counting in the order it
 * reads definitions: modules as they finish loading, definitions in
 * file order.  TRAP-TYPE is read apart. */
static void number_anonymous(struct sk_mib *mib)
{
    struct mib_module *m;
    struct mib_def *d;
    size_t i;

    for (m = mib->done; m != NULL; m = m->done_next) {
        if (m->anon_done)
            continue;
        m->anon_done = true;
        for (d = m->defs; d != NULL; d = d->next) {
            d->anon_base = mib->n_anon;
            for (i = 1; d->kind != SK_MIB_KIND_TRAP && i + 1 < d->n_val;
                 i++)
                if (d->val[i].label == NULL)
                    mib->n_anon++;
        }
    }
}

static struct mib_tnode *anchor(struct sk_mib *mib, struct mib_def *d,
                                int depth)
{
    const struct mib_arcv *e0 = &d->val[0];
    struct mib_tnode *root;
    struct mib_def *pd;

    if (e0->label == NULL)
        return e0->num < 3 ? mib->roots[e0->num] : NULL;
    root = root_named(mib, e0->label);
    if (root != NULL)
        return root;
    pd = mib_def_lookup(mib, d->mod, e0->label);
    return pd != NULL ? link_def(mib, pd, depth + 1) : NULL;
}

static struct mib_tnode *link_def(struct sk_mib *mib, struct mib_def *d,
                                  int depth)
{
    struct mib_tnode *node;
    size_t i;

    if (d->state == 2)
        return (struct mib_tnode *)(void *)d->node;
    if (depth > MIB_MAXOID)
        mib->too_deep = true;
    if (d->state != 0 || depth > MIB_MAXOID)
        return NULL;            /* a cycle, or already failed */
    d->state = 1;
    node = anchor(mib, d, depth);
    for (i = 1; node != NULL && i < d->n_val; i++) {
        const struct mib_arcv *a = &d->val[i];
        size_t before = node->n.n_children;
        struct mib_tnode *parent = node;

        node = a->has_num ? mib_tree_child(mib, node, a->num, true) : NULL;
        if (node != NULL)
            place(node, d, (uint32_t)i, parent->n.n_children != before);
        if (node != NULL && i + 1 < d->n_val && a->label != NULL) {
            (void)mib_label_add(mib, a->label, d->mod->name, node);
            if (node->n.label == NULL) {
                node->n.label = a->label;
                node->n.module = d->mod->name;
            }
        }
    }
    if (node == NULL) {
        /* Cut off by the recursion bound: the chain may still link when
         * started nearer its root, so leave it to be tried again. */
        d->state = mib->too_deep ? 0 : 3;
        return NULL;
    }
    apply_def(mib, d, node);
    d->node = &node->n;
    d->state = 2;
    return node;
}

/* "label ::= { parent N }" as Net-SNMP quotes an orphan. */
static void orphan_text(const struct mib_def *d, char *out, size_t len)
{
    const char *label = d->n_val > 2 && d->val[1].label ? d->val[1].label
                                                        : d->label;
    const char *parent = d->val[0].label ? d->val[0].label : "";

    if (d->n_val > 1)
        snprintf(out, len, "%s ::= { %s %u }", label, parent, d->val[1].num);
    else
        snprintf(out, len, "%s ::= { %s }", label, parent);
}

/* After a module is read: its values whose parent nobody defines. */
void mib_check_unlinked(struct sk_mib *mib, struct mib_module *m)
{
    const struct mib_def *d;
    const char *p;
    char text[3 * MIB_MAXTOKEN];

    for (d = m->defs; d != NULL; d = d->next) {
        p = d->val[0].label;
        if (p == NULL || root_named(mib, p) != NULL ||
            mib_def_lookup(mib, m, p) != NULL)
            continue;
        orphan_text(d, text, sizeof text);
        mib_diag(mib, "Unlinked OID in %s: %s", m->name, text);
        mib_diag(mib, "Undefined identifier: %s near line %d of %s", p,
                 d->line, m->file);
    }
}

void mib_link_all(struct sk_mib *mib)
{
    struct mib_module *m;
    struct mib_def *d;
    char text[3 * MIB_MAXTOKEN];

    number_anonymous(mib);
    for (m = mib->done; m != NULL; m = m->done_next)
        for (d = m->defs; m->state == MOD_LOADED && d != NULL; d = d->next) {
            mib->too_deep = false;
            (void)link_def(mib, d, 0);
        }
    for (m = mib->done; m != NULL; m = m->done_next)
        for (d = m->defs; m->state == MOD_LOADED && d != NULL; d = d->next)
            if (d->state != 2 && !d->orphan_reported) {
                d->orphan_reported = true;
                orphan_text(d, text, sizeof text);
                mib_diag(mib, "Cannot adopt OID in %s: %s", m->name, text);
            }
}

long sk_mib_tc_number(const struct sk_mib *mib, const char *name,
                      const char *module)
{
    const struct mib_module *m;
    const struct mib_type *t;
    long n = 0;

    /* Net-SNMP numbers its textual conventions as it parses them, and
     * it parses a module's body once its imports are read: the order of
     * the done list.  SEQUENCE, CHOICE and tagged types get no number. */
    for (m = mib->done; m != NULL; m = m->done_next)
        for (t = m->types; t != NULL; t = t->next) {
            if (t->sequence || t->syn.choice || t->syn.tagged)
                continue;
            if (strcmp(t->name, name) == 0 &&
                (module == NULL || strcmp(m->name, module) == 0))
                return n;
            n++;
        }
    return -1;
}
