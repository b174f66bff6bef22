/* view.c - who may have a notification logged, executed or forwarded
 * (snmptrapd.conf(5) ACCESS CONTROL): RFC 3415 3.2 as Net-SNMP's
 * receiver applies it.  The securityName comes from the USM or from the
 * community (com2sec.c), then group (vacmSecurityToGroupTable), access
 * row (vacmAccessTable, with Net-SNMP's choice among several) and one
 * view per processing type (vacmViewTreeFamilyTable) decide.  With
 * disableAuthorization everything passes.  A notification no rule
 * grants anything is dropped without a word, as Net-SNMP drops it. */
#include <stdio.h>
#include <string.h>

#include "snmptrapd/trapd.h"

/* RFC 3415 vacmViewTreeFamilyMask: bit I of the mask (most significant
 * bit of the first octet first) says whether arc I must equal the
 * subtree's; a mask shorter than the subtree is extended with ones. */
static bool family_match(const struct trapd_view *v, const struct sk_oid *o)
{
    size_t i;

    if (o->len < v->subtree.len)
        return false;
    for (i = 0; i < v->subtree.len; i++) {
        bool care = i / 8 >= v->mask_len ||
                    (v->mask[i / 8] & (0x80u >> (i % 8))) != 0;

        if (care && o->arc[i] != v->subtree.arc[i])
            return false;
    }
    return true;
}

/* The family that decides: the longest matching subtree, and of equal
 * lengths the lexicographically greatest (RFC 3415 vacmViewTreeFamily
 * rules); of two identical ones the first configured, as Net-SNMP
 * keeps them. */
bool trapd_in_view(const struct trapd_vacm *m, const char *name,
                   const struct sk_oid *oid)
{
    const struct trapd_view *best = NULL;
    size_t i;

    for (i = 0; i < m->nviews; i++) {
        const struct trapd_view *v = &m->views[i];

        if (!v->ok || strcmp(v->name, name) != 0 || !family_match(v, oid))
            continue;
        if (best == NULL || v->subtree.len > best->subtree.len ||
            (v->subtree.len == best->subtree.len &&
             sk_oid_cmp(&v->subtree, &best->subtree) > 0))
            best = v;
    }
    return best != NULL && !best->excluded;
}

/* Rows of model "any" sort first in Net-SNMP's table, so they win over
 * one for the model itself; among equals the first configured. */
const struct trapd_group *trapd_group_find(const struct trapd_vacm *m,
                                           int model, const char *secname)
{
    size_t i;
    int pass;

    for (pass = 0; pass < 2; pass++)
        for (i = 0; i < m->ngroups; i++) {
            const struct trapd_group *g = &m->groups[i];
            int want = pass == 0 ? TRAPD_M_ANY : model;

            if (g->model == want && strcmp(g->secname, secname) == 0)
                return g;
        }
    return NULL;
}

static bool context_ok(const struct trapd_access *a, const char *context)
{
    size_t have = strlen(a->context), len = strlen(context);

    if (a->match == TRAPD_CTX_EXACT)
        return strcmp(a->context, context) == 0;
    return len >= have && memcmp(a->context, context, have) == 0;
}

/* RFC 3415 vacmAccessTable's preferences as Net-SNMP applies them,
 * one row against the best so far: a row for the message's model over
 * "any", an exact context over a prefix, a longer prefix, then the
 * higher securityLevel; each test on its own, in that order. */
static bool better(const struct trapd_access *cur,
                   const struct trapd_access *cand)
{
    if (cur == NULL)
        return true;
    if (cur->model == TRAPD_M_ANY && cand->model != TRAPD_M_ANY)
        return true;
    if (cur->match == TRAPD_CTX_PREFIX && cand->match == TRAPD_CTX_EXACT)
        return true;
    if (cur->match == TRAPD_CTX_PREFIX &&
        strlen(cur->context) < strlen(cand->context))
        return true;
    return cur->level < cand->level;
}

struct trapd_access *trapd_access_find(const struct trapd_vacm *m,
                                       const char *group,
                                       const char *context, int model,
                                       int level)
{
    struct trapd_access *best = NULL;
    size_t i;

    for (i = 0; i < m->naccess; i++) {
        struct trapd_access *a = &m->access[i];

        if ((a->model != model && a->model != TRAPD_M_ANY) ||
            level < a->level || strcmp(a->group, group) != 0 ||
            !context_ok(a, context))
            continue;
        if (better(best, a))
            best = a;
    }
    return best;
}

/* RFC 3415 3.2 for every view type: which of log, execute and net the
 * notification's snmpTrapOID is in the view for.  Net-SNMP checks that
 * one OID, not the varbinds (snmptrapd.conf(5)). */
static unsigned vacm_types(const struct trapd_vacm *m,
                           const struct sk_notification *n,
                           const char *secname, const char *context)
{
    static const unsigned bit[TRAPD_NVIEWS] = {
        0, 0, 0, TRAPD_LOG, TRAPD_EXECUTE, TRAPD_NET,
    };
    const struct trapd_group *g;
    const struct trapd_access *a;
    int model = n->version == SK_VERSION_1 ? TRAPD_M_V1
        : n->version == SK_VERSION_2C ? TRAPD_M_V2C : TRAPD_M_USM;
    int level = n->version == SK_VERSION_3 ? n->sec_level : SK_SEC_NOAUTH;
    unsigned types = 0;
    int i;

    if (strlen(context) > 32)   /* SnmpAdminString (SIZE(0..32)) */
        return 0;
    g = trapd_group_find(m, model, secname);
    if (g == NULL)
        return 0;
    a = trapd_access_find(m, g->group, context, model, level);
    if (a == NULL)
        return 0;
    for (i = 0; i < TRAPD_NVIEWS; i++)
        if (trapd_in_view(m, a->views[i], &n->trap_oid))
            types |= bit[i];
    return types;
}

unsigned trapd_authorize(const struct trapd *t,
                         const struct sk_notification *n,
                         const struct trapd_origin *from)
{
    const struct trapd_vacm *m = &t->conf.vacm;
    const struct trapd_com2sec *c;
    char secname[SK_COMMUNITY_MAX + 1], context[SK_CONTEXT_MAX + 1];

    if (t->conf.disable_auth)
        return TRAPD_LOG | TRAPD_EXECUTE | TRAPD_NET;
    if (!m->configured) {
        trapd_log_msg(&t->opts.log,
                      "No access configuration - dropping trap.\n");
        return 0;
    }
    if (n->trap_oid.len == 0) {
        trapd_log_msg(&t->opts.log, "Can't determine trap identifier; "
                      "refusing to authorize it\n");
        return 0;
    }
    if (n->version != SK_VERSION_3) {
        c = trapd_com2sec_find(m, n->community, n->community_len, from);
        if (c == NULL)
            return 0;
        return vacm_types(m, n, c->secname, c->context);
    }
    /* names with a NUL cannot be configured, so cannot match */
    if (memchr(n->sec_name, 0, n->sec_name_len) != NULL ||
        memchr(n->ctx_name, 0, n->ctx_name_len) != NULL)
        return 0;
    snprintf(secname, sizeof secname, "%.*s", (int)n->sec_name_len,
             (const char *)n->sec_name);
    snprintf(context, sizeof context, "%.*s", (int)n->ctx_name_len,
             (const char *)n->ctx_name);
    return vacm_types(m, n, secname, context);
}
