/* vacm_simple.c - snmptrapd.conf(5)'s easy access directives, each
 * expanded into VACM rows as Net-SNMP 5.9 expands them:
 *
 *   authCommunity TYPES COMMUNITY [SOURCE [OID | -V VIEW [CONTEXT]]]
 *   authUser  TYPES [-s MODEL] USER  [LEVEL [OID | -V VIEW [CONTEXT]]]
 *   authGroup TYPES [-s MODEL] GROUP [LEVEL [OID | -V VIEW [CONTEXT]]]
 *   authAccess TYPES GROUP [-s MODEL] VIEW [LEVEL [CONTEXT]]
 *
 * An authCommunity line becomes a com2sec row (securityName commN), a
 * group grpcommN for v1 and v2c and a view viewCommN of OID; authUser a
 * group grpUSER for USER and a view viewUSMN; then one access row with
 * the view for each TYPE.  Net-SNMP reads the view option as "-V"
 * (its manual says "-v", which it takes for an OID and rejects). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "snmptrapd/vacm.h"

#define ERR(msg) trapd_conf_error(t, file, line, msg)

enum simple_kind { SIMPLE_COM, SIMPLE_USER, SIMPLE_GROUP };

/* TYPES: words split at ',', '|' or ':'; the view-type bits, or -1
 * when nothing follows them on the line. */
static int types_word(const struct trapd *t, const char *file, int line,
                      const char **v)
{
    char *spec = vacm_word(v, true);
    const char *p;
    int bits = 0;

    if (spec == NULL || **v == '\0') {
        free(spec);
        ERR("Illegal configuration line: missing fields");
        return -1;
    }
    for (p = spec; *p != '\0';) {
        size_t n = strcspn(p, ",|:");
        char name[32];
        int type;

        snprintf(name, sizeof name, "%.*s", (int)n, p);
        type = n == 0 ? 0 : vacm_viewtype(name);
        if (n > 0 && (type < 0 || n >= sizeof name))
            ERR("Illegal view name");
        else if (n > 0)
            bits |= 1 << type;
        p += n;
        p += *p != '\0';
    }
    free(spec);
    return bits;
}

/* What one easy line says, once read. */
struct simple {
    char *name, *model, *source, *level, *oid, *view, *context;
    bool prefix;                /* context ends in '*' */
    bool v1, v2c;               /* authCommunity: the groups to make */
};

static void simple_free(struct simple *s)
{
    free(s->name);
    free(s->model);
    free(s->source);
    free(s->level);
    free(s->oid);
    free(s->view);
    free(s->context);
}

/* "-s MODEL" (authUser, authGroup) or "-v 1|2c" (authCommunity) in
 * front of the name: the model, then the name. */
static int model_option(const struct trapd *t, const char *file, int line,
                        enum simple_kind kind, const char **v,
                        struct simple *s)
{
    const char *opt = kind == SIMPLE_COM ? "-v" : "-s";

    s->v1 = s->v2c = true;
    if (s->name == NULL || strcmp(s->name, opt) != 0)
        return 0;
    free(s->name);
    s->name = NULL;
    s->model = vacm_word(v, true);
    if (**v == '\0') {
        ERR("illegal line");
        return -1;
    }
    if (kind == SIMPLE_COM && s->model != NULL) {
        char *named = strcasecmp(s->model, "1") == 0 ? strdup("v1")
            : strcasecmp(s->model, "2c") == 0 ? strdup("v2c") : NULL;

        if (named != NULL) {
            free(s->model);
            s->model = named;
        }
        s->v1 = strcasecmp(s->model, "v2c") != 0;
        s->v2c = strcasecmp(s->model, "v1") != 0;
    }
    s->name = vacm_word(v, true);
    return 0;
}

/* The words of an easy line after TYPES; -1 on "illegal line". */
static int simple_read(const struct trapd *t, const char *file, int line,
                       enum simple_kind kind, const char *v,
                       struct simple *s)
{
    s->name = vacm_word(&v, true);
    if (model_option(t, file, line, kind, &v, s) < 0)
        return -1;
    if (s->model == NULL)
        s->model = strdup(kind == SIMPLE_COM ? "any" : "usm");
    if (kind == SIMPLE_COM) {
        s->source = vacm_word(&v, true);
        s->level = strdup("noauth");
    } else {
        s->level = vacm_word(&v, true);
        if (s->level == NULL)
            s->level = strdup("auth");
    }
    if (strncmp(v, "-V ", 3) == 0) {
        v += 3;
        s->view = vacm_word(&v, true);
    } else {
        s->oid = vacm_word(&v, true);
    }
    s->context = vacm_word(&v, true);
    if (s->context != NULL && s->context[0] != '\0' &&
        s->context[strlen(s->context) - 1] == '*') {
        s->context[strlen(s->context) - 1] = '\0';
        s->prefix = true;
    }
    return s->name == NULL || s->model == NULL || s->level == NULL ? -1 : 0;
}

/* The access row(s) of an easy line: one view per TYPE bit. */
static void simple_access(struct trapd *t, const char *file, int line,
                          const char *group, const char *view,
                          const struct simple *s, int bits)
{
    const char *context = s->context != NULL ? s->context : "";
    struct vacm_row r;
    struct trapd_access *a;
    int i;

    for (i = 0; i < TRAPD_NVIEWS; i++) {
        if (!(bits & (1 << i)))
            continue;
        if (vacm_row_check(t, file, line, s->model, s->level,
                           s->context == NULL || s->prefix ? "prefix"
                                                           : "exact",
                           &r) < 0)
            continue;
        if (strlen(view) + 1 > TRAPD_VACM_STR) {
            ERR("View value too long");
            continue;
        }
        a = vacm_access_get(&t->conf.vacm, group, context, r.model,
                            r.level);
        if (a == NULL)
            return;
        memcpy(a->views[i], view, strlen(view) + 1);
        a->match = r.match;
    }
}

/* grp + the first 28 characters of NAME, non-alphanumerics as '_'. */
static void group_name(char *out, size_t cap, const char *name)
{
    char *p;

    snprintf(out, cap, "grp%.28s", name);
    for (p = out; *p != '\0'; p++)
        if (!isalnum((unsigned char)*p))
            *p = '_';
}

static void simple_build(struct trapd *t, const char *file, int line,
                         enum simple_kind kind, const struct simple *s,
                         int bits)
{
    static int count;           /* Net-SNMP never resets its count */
    struct trapd_vacm *m = &t->conf.vacm;
    char secname[64], group[256], view[256];
    int model;

    count++;
    snprintf(secname, sizeof secname, "comm%d", count);
    snprintf(view, sizeof view, "%s", s->view != NULL ? s->view
             : s->oid == NULL ? "_all_" : "");
    if (kind == SIMPLE_COM) {
        trapd_com2sec_add(t, file, line, secname, s->name, s->source,
                          s->context != NULL ? s->context : "");
        snprintf(group, sizeof group, "grp%s", secname);
        if (s->v1)
            vacm_group_add(m, TRAPD_M_V1, secname, group);
        if (s->v2c)
            vacm_group_add(m, TRAPD_M_V2C, secname, group);
        if (s->oid != NULL)
            snprintf(view, sizeof view, "viewComm%d", count);
    } else if (kind == SIMPLE_USER) {
        group_name(group, sizeof group, s->name);
        model = vacm_model(t, file, line, s->model, true);
        if (model >= 0)
            vacm_group_add(m, model, s->name, group);
    } else {
        snprintf(group, sizeof group, "%s", s->name);
    }
    if (kind != SIMPLE_COM && s->oid != NULL)
        snprintf(view, sizeof view, "viewUSM%d", count);
    if (s->oid != NULL)
        vacm_view_add(m, view, false, s->oid, NULL, file, line);
    trapd_vacm_resolve(t);
    simple_access(t, file, line, group, view, s, bits);
}

int vacm_auth_simple(struct trapd *t, const char *token, const char *v,
                     const char *file, int line)
{
    /* Net-SNMP tells authgroup from authuser by the token as written,
     * in lower case: "authGroup", as its manual spells it, is taken as
     * an authUser line for a user of that name. */
    enum simple_kind kind = strcasecmp(token, "authCommunity") == 0
        ? SIMPLE_COM : strcmp(token, "authgroup") == 0 ? SIMPLE_GROUP
        : SIMPLE_USER;
    struct simple s;
    int bits = types_word(t, file, line, &v);

    if (bits < 0)
        return 0;
    memset(&s, 0, sizeof s);
    if (simple_read(t, file, line, kind, v, &s) == 0)
        simple_build(t, file, line, kind, &s, bits);
    simple_free(&s);
    return 0;
}

/* authAccess TYPES GROUP VIEW [LEVEL [CONTEXT]]: Net-SNMP takes "-s
 * MODEL" only after GROUP, in VIEW's place. */
static int access_model(const struct trapd *t, const char *file, int line,
                        const char **v, char **view)
{
    char *w;
    int model;

    if (strcasecmp(*view, "-s") != 0)
        return TRAPD_M_ANY;
    free(*view);
    *view = NULL;
    w = vacm_word(v, false);
    if (w == NULL) {
        ERR("missing SECMODEL parameter");
        return -1;
    }
    model = vacm_model(t, file, line, w, false);
    free(w);
    if (model < 0)
        return -1;
    *view = vacm_word(v, false);
    if (*view == NULL) {
        ERR("missing VIEW parameter");
        return -1;
    }
    return model;
}

static void auth_access(struct trapd *t, const char *v, const char *file,
                        int line)
{
    int bits = types_word(t, file, line, &v), model, level, i;
    char *group = NULL, *view = NULL, *w = NULL, *context = NULL;
    struct trapd_access *a;
    bool prefix = false;

    if (bits < 0)
        return;
    group = vacm_word(&v, false);
    view = group != NULL ? vacm_word(&v, false) : NULL;
    if (group == NULL || view == NULL) {
        ERR(group == NULL ? "missing GROUP parameter"
                          : "missing VIEW parameter");
        goto out;
    }
    model = access_model(t, file, line, &v, &view);
    if (model < 0)
        goto out;
    if (strlen(view) >= TRAPD_VACM_STR) {
        ERR("View value too long");
        goto out;
    }
    w = vacm_word(&v, false);
    level = w != NULL ? vacm_level(w)
        : model == TRAPD_M_V1 || model == TRAPD_M_V2C ? SK_SEC_NOAUTH
                                                      : SK_SEC_AUTH;
    if (level == 0) {
        ERR("bad security level (noauthnopriv, authnopriv, authpriv)");
        goto out;
    }
    context = vacm_word(&v, false);
    if (context != NULL && context[0] != '\0' &&
        context[strlen(context) - 1] == '*') {
        context[strlen(context) - 1] = '\0';
        prefix = true;
    }
    a = vacm_access_get(&t->conf.vacm, group, context != NULL ? context : "",
                        model, level);
    for (i = 0; a != NULL && i < TRAPD_NVIEWS; i++)
        if (bits & (1 << i))
            snprintf(a->views[i], sizeof a->views[i], "%s", view);
    if (a != NULL)
        a->match = prefix ? TRAPD_CTX_PREFIX : TRAPD_CTX_EXACT;
out:
    free(group);
    free(view);
    free(w);
    free(context);
}

int trapd_vacm_directive(struct trapd *t, const char *token, const char *v,
                         const char *file, int line)
{
    if (strcasecmp(token, "authCommunity") == 0 ||
        strcasecmp(token, "authUser") == 0 ||
        strcasecmp(token, "authGroup") == 0)
        return vacm_auth_simple(t, token, v, file, line);
    if (strcasecmp(token, "authAccess") == 0) {
        auth_access(t, v, file, line);
        return 0;
    }
    return vacm_lines_directive(t, token, v, file, line);
}
