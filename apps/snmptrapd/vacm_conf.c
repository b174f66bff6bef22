/* vacm_conf.c - the VACM tables of the receiver and the snmpd.conf(5)
 * directives that fill them directly: view, group, access, setAccess
 * and authAccess.  Rows are checked and built as Net-SNMP 5.9 does,
 * with its error words; a bad line is reported and the rest of the
 * file still read.  The easy forms (authCommunity, authUser, authGroup)
 * are in vacm_simple.c. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "snmptrapd/trapd.h"
#include "snmptrapd/vacm.h"

void trapd_conf_error(const struct trapd *t, const char *file, int line,
                      const char *msg)
{
    trapd_log_msg(&t->opts.log, "%s: line %d: Error: %s\n",
                  file != NULL && file[0] != '\0' ? file : "(null)", line,
                  msg);
}

char *vacm_word(const char **p, bool quotes)
{
    const char *s = *p;
    char *w, *o;
    char q = 0;

    while (*s == ' ' || *s == '\t')
        s++;
    if (*s == '\0')
        return NULL;
    w = malloc(strlen(s) + 1);
    if (w == NULL)
        return NULL;
    o = w;
    if (quotes && (*s == '"' || *s == '\''))
        q = *s++;
    while (*s != '\0' && (q != 0 ? *s != q : (*s != ' ' && *s != '\t'))) {
        if (quotes && *s == '\\' && s[1] != '\0')
            s++;
        *o++ = *s++;
    }
    if (q != 0 && *s == q)
        s++;
    *o = '\0';
    while (*s == ' ' || *s == '\t')
        s++;
    *p = s;
    return w;
}

int vacm_model(const struct trapd *t, const char *file, int line,
               const char *w, bool group)
{
    if (strcasecmp(w, "v1") == 0)
        return TRAPD_M_V1;
    if (strcasecmp(w, "v2c") == 0)
        return TRAPD_M_V2C;
    if (strcasecmp(w, "any") == 0) {
        if (group)
            trapd_conf_error(t, file, line, "bad security model \"any\" "
                             "should be: v1, v2c, usm or a registered "
                             "security plugin name - installing anyway");
        return TRAPD_M_ANY;
    }
    if (strcmp(w, "usm") == 0)
        return TRAPD_M_USM;
    trapd_conf_error(t, file, line, "bad security model, should be: v1, "
                     "v2c or usm or a registered security plugin name");
    return -1;
}

/* noauth / auth / priv and the long names; 0 when none of them. */
int vacm_level(const char *w)
{
    if (strcasecmp(w, "noauth") == 0 || strcasecmp(w, "noauthnopriv") == 0)
        return SK_SEC_NOAUTH;
    if (strcasecmp(w, "auth") == 0 || strcasecmp(w, "authnopriv") == 0)
        return SK_SEC_AUTH;
    if (strcasecmp(w, "priv") == 0 || strcasecmp(w, "authpriv") == 0)
        return SK_SEC_PRIV;
    return 0;
}

int vacm_viewtype(const char *w)
{
    static const char *const names[TRAPD_NVIEWS] = {
        "read", "write", "notify", "log", "execute", "net",
    };
    int i;

    for (i = 0; i < TRAPD_NVIEWS; i++)
        if (strcmp(w, names[i]) == 0)
            return i;
    return -1;
}

/* Net-SNMP's order of vacmAccessTable rows: group, then context (each
 * length first), model, level; a new row goes after its equals. */
static int access_cmp(const struct trapd_access *a, const char *group,
                      const char *context, int model, int level)
{
    size_t la = strlen(a->group), lb = strlen(group);
    int c;

    if (la != lb)
        return la < lb ? -1 : 1;
    c = strcmp(a->group, group);
    if (c != 0)
        return c;
    la = strlen(a->context), lb = strlen(context);
    if (la != lb)
        return la < lb ? -1 : 1;
    c = strcmp(a->context, context);
    if (c != 0)
        return c;
    if (a->model != model)
        return a->model < model ? -1 : 1;
    return a->level > level ? 1 : 0;
}

struct trapd_access *vacm_access_new(struct trapd_vacm *m,
                                     const char *group, const char *context,
                                     int model, int level)
{
    struct trapd_access *na, row;
    size_t at = 0;

    memset(&row, 0, sizeof row);
    row.group = strdup(group);
    row.context = strdup(context);
    na = realloc(m->access, (m->naccess + 1) * sizeof *na);
    if (row.group == NULL || row.context == NULL || na == NULL) {
        free(row.group);
        free(row.context);
        m->access = na != NULL ? na : m->access;
        return NULL;
    }
    m->access = na;
    row.model = model;
    row.level = level;
    while (at < m->naccess &&
           access_cmp(&m->access[at], group, context, model, level) <= 0)
        at++;
    memmove(&m->access[at + 1], &m->access[at],
            (m->naccess - at) * sizeof row);
    m->access[at] = row;
    m->naccess++;
    m->configured = true;
    return &m->access[at];
}

/* The row setAccess and authAccess change: the one a request with
 * these values would use, as Net-SNMP looks it up, else a new one. */
struct trapd_access *vacm_access_get(struct trapd_vacm *m, const char *group,
                                     const char *context, int model,
                                     int level)
{
    struct trapd_access *a = trapd_access_find(m, group, context, model,
                                               level);

    return a != NULL ? a : vacm_access_new(m, group, context, model, level);
}

int vacm_group_add(struct trapd_vacm *m, int model, const char *secname,
                   const char *group)
{
    struct trapd_group *ng = realloc(m->groups,
                                     (m->ngroups + 1) * sizeof *ng);

    if (ng == NULL)
        return -1;
    m->groups = ng;
    ng = &m->groups[m->ngroups];
    ng->model = model;
    ng->secname = strdup(secname);
    ng->group = strndup(group, TRAPD_VACM_STR - 1);
    if (ng->secname == NULL || ng->group == NULL) {
        free(ng->secname);
        free(ng->group);
        return -1;
    }
    m->ngroups++;
    m->configured = true;
    return 0;
}

int vacm_view_add(struct trapd_vacm *m, const char *name, bool excluded,
                  const char *subtree, const char *mask, const char *file,
                  int line)
{
    struct trapd_view *nv = realloc(m->views, (m->nviews + 1) * sizeof *nv);

    if (nv == NULL)
        return -1;
    m->views = nv;
    nv = &m->views[m->nviews];
    memset(nv, 0, sizeof *nv);
    nv->name = strdup(name);
    nv->text = strdup(subtree);
    nv->mask_text = mask != NULL ? strdup(mask) : NULL;
    nv->file = file != NULL ? strdup(file) : NULL;
    nv->line = line;
    nv->excluded = excluded;
    if (nv->name == NULL || nv->text == NULL) {
        free(nv->name);
        free(nv->text);
        free(nv->mask_text);
        free(nv->file);
        return -1;
    }
    m->nviews++;
    return 0;
}

/* Net-SNMP's built-in views, there before any configuration. */
void trapd_vacm_init(struct trapd_vacm *m)
{
    static const char *const tops[] = { ".0", ".1", ".2" };
    int i;

    memset(m, 0, sizeof *m);
    for (i = 0; i < 3; i++)
        vacm_view_add(m, "_all_", false, tops[i], NULL, NULL, 0);
    for (i = 0; i < 3; i++)
        vacm_view_add(m, "_none_", true, tops[i], NULL, NULL, 0);
}

/* A view's MASK: hex octets separated by '.', ':' or blanks. */
static const char *parse_mask(struct trapd_view *v)
{
    const char *p = v->mask_text;

    v->mask_len = 0;
    while (p != NULL && *p != '\0') {
        size_t n = strcspn(p, " .:");
        char tok[64], *end;
        unsigned long val;

        if (n == 0) {
            p++;
            continue;
        }
        if (v->mask_len >= sizeof v->mask)
            return "MASK too long";
        snprintf(tok, sizeof tok, "%.*s", (int)n, p);
        val = strtoul(tok, &end, 16);
        if (end == tok)
            return "invalid MASK";
        v->mask[v->mask_len++] = (uint8_t)val;
        p += n;
    }
    return NULL;
}

static void resolve_one(struct trapd *t, struct trapd_view *v)
{
    uint32_t arcs[SK_OID_MAX];
    size_t n = SK_OID_MAX, len = strlen(v->text);
    struct sk_error err;
    const char *bad;

    if (len > 0 && v->text[len - 1] == '.')
        v->text[len - 1] = '\0';    /* Net-SNMP stamps on a final dot */
    if (sk_mib_parse_oid(t->mib, v->text, 0, arcs, &n, &err) < 0 ||
        sk_oid_set(&v->subtree, arcs, n, &err) < 0) {
        trapd_conf_error(t, v->file, v->line, "bad SUBTREE object id");
        return;
    }
    bad = parse_mask(v);
    if (bad != NULL) {
        trapd_conf_error(t, v->file, v->line, bad);
        return;
    }
    v->ok = true;
}

void trapd_vacm_resolve(struct trapd *t)
{
    struct trapd_vacm *m = &t->conf.vacm;
    size_t i;

    for (i = 0; i < m->nviews; i++) {
        struct trapd_view *v = &m->views[i];

        if (v->text == NULL)
            continue;
        resolve_one(t, v);
        free(v->text);
        v->text = NULL;
    }
}

void trapd_vacm_free(struct trapd_vacm *m)
{
    size_t i;

    for (i = 0; i < m->nviews; i++) {
        free(m->views[i].name);
        free(m->views[i].text);
        free(m->views[i].mask_text);
        free(m->views[i].file);
    }
    for (i = 0; i < m->ncoms; i++) {
        free(m->coms[i].secname);
        free(m->coms[i].community);
        free(m->coms[i].context);
    }
    for (i = 0; i < m->ngroups; i++) {
        free(m->groups[i].secname);
        free(m->groups[i].group);
    }
    for (i = 0; i < m->naccess; i++) {
        free(m->access[i].group);
        free(m->access[i].context);
    }
    free(m->views);
    free(m->coms);
    free(m->groups);
    free(m->access);
    memset(m, 0, sizeof *m);
}
