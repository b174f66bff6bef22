/* vacm_lines.c - the directives that write VACM rows one by one
 * (snmpd.conf(5), snmptrapd.conf(5)): view NAME included|excluded
 * SUBTREE [MASK], group NAME MODEL SECURITY, access GROUP CONTEXT MODEL
 * LEVEL PREFIX READ WRITE NOTIFY, setAccess GROUP CONTEXT MODEL LEVEL
 * PREFIX TYPE VIEW, authAccess TYPES GROUP VIEW [LEVEL [CONTEXT]].
 * The checks and their order are Net-SNMP 5.9's, so that a bad line
 * draws the same complaint. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "snmptrapd/vacm.h"

#define ERR(msg) trapd_conf_error(t, file, line, msg)

int vacm_row_check(const struct trapd *t, const char *file, int line,
                   const char *model, const char *level, const char *prefix,
                   struct vacm_row *out)
{
    out->model = strcasecmp(model, "any") == 0 ? TRAPD_M_ANY
        : vacm_model(t, file, line, model, false);
    if (out->model < 0)
        return -1;
    out->level = vacm_level(level);
    if (out->level == 0) {
        ERR("bad security level (noauthnopriv, authnopriv, authpriv)");
        return -1;
    }
    if (strcmp(prefix, "exact") == 0) {
        out->match = TRAPD_CTX_EXACT;
    } else if (strcmp(prefix, "prefix") == 0) {
        out->match = TRAPD_CTX_PREFIX;
    } else if (strcmp(prefix, "0") == 0) {
        ERR("bad prefix match parameter \"0\", should be: exact or prefix "
            "- installing anyway");
        out->match = TRAPD_CTX_EXACT;
    } else {
        ERR("bad prefix match parameter, should be: exact or prefix");
        return -1;
    }
    return 0;
}

/* Up to N plain words of V into W (unset ones NULL); how many. */
static int words(const char **v, char **w, int n)
{
    int i, got = 0;

    for (i = 0; i < n; i++) {
        w[i] = vacm_word(v, false);
        if (w[i] != NULL)
            got++;
    }
    return got;
}

static void free_words(char **w, int n)
{
    int i;

    for (i = 0; i < n; i++)
        free(w[i]);
}

/* GROUP CONTEXT MODEL LEVEL PREFIX, common to access and setAccess;
 * an empty context is written "" or ''. */
static int row_words(const struct trapd *t, const char *file, int line,
                     char **w, struct vacm_row *r)
{
    static const char *const missing[] = {
        "missing NAME parameter", "missing CONTEXT parameter",
        "missing MODEL parameter", "missing LEVEL parameter",
        "missing PREFIX parameter",
    };
    int i;

    for (i = 0; i < 5; i++)
        if (w[i] == NULL) {
            ERR(missing[i]);
            return -1;
        }
    if (strcmp(w[1], "\"\"") == 0 || strcmp(w[1], "''") == 0)
        w[1][0] = '\0';
    return vacm_row_check(t, file, line, w[2], w[3], w[4], r);
}

static void access_line(struct trapd *t, const char *v, const char *file,
                        int line)
{
    static const char *const missing[] = {
        "missing readView parameter", "missing writeView parameter",
        "missing notifyView parameter",
    };
    static const char *const toolong[] = {
        "readView too long", "writeView too long", "notifyView too long",
    };
    struct trapd_access *a;
    struct vacm_row r;
    char *w[8];
    int i;

    words(&v, w, 8);
    if (row_words(t, file, line, w, &r) < 0)
        goto out;
    for (i = 0; i < 3; i++)
        if (w[5 + i] == NULL) {
            ERR(missing[i]);
            goto out;
        }
    for (i = 0; i < 3; i++)
        if (strlen(w[5 + i]) + 1 > TRAPD_VACM_STR) {
            ERR(toolong[i]);
            goto out;
        }
    a = vacm_access_new(&t->conf.vacm, w[0], w[1], r.model, r.level);
    if (a == NULL)
        goto out;
    for (i = 0; i < 3; i++)
        snprintf(a->views[i], sizeof a->views[i], "%s", w[5 + i]);
    a->match = r.match;
out:
    free_words(w, 8);
}

static void setaccess_line(struct trapd *t, const char *v, const char *file,
                           int line)
{
    struct trapd_access *a;
    struct vacm_row r;
    char *w[7];
    int type;

    words(&v, w, 7);
    if (row_words(t, file, line, w, &r) < 0)
        goto out;
    if (w[5] == NULL || w[6] == NULL) {
        ERR(w[5] == NULL ? "missing viewname parameter"
                         : "missing viewval parameter");
        goto out;
    }
    if (strlen(w[6]) + 1 > TRAPD_VACM_STR) {
        ERR("View value too long");
        goto out;
    }
    type = vacm_viewtype(w[5]);
    if (type < 0) {
        ERR("Illegal view name");
        goto out;
    }
    a = vacm_access_get(&t->conf.vacm, w[0], w[1], r.model, r.level);
    if (a == NULL)
        goto out;
    snprintf(a->views[type], sizeof a->views[type], "%s", w[6]);
    a->match = r.match;
out:
    free_words(w, 7);
}

/* The subtree is read with the MIBs loaded, as Net-SNMP's. */
static void view_line(struct trapd *t, const char *v, const char *file,
                      int line)
{
    char *w[3];
    const char *mask;

    words(&v, w, 3);
    mask = *v != '\0' ? v : NULL;
    if (w[0] == NULL || w[1] == NULL || w[2] == NULL)
        ERR(w[0] == NULL ? "missing NAME parameter"
            : w[1] == NULL ? "missing TYPE parameter"
                           : "missing SUBTREE parameter");
    else if (strcmp(w[1], "included") != 0 && strcmp(w[1], "excluded") != 0)
        ERR("TYPE must be included/excluded?");
    else
        vacm_view_add(&t->conf.vacm, w[0], strcmp(w[1], "excluded") == 0,
                      w[2], mask, file, line);
    trapd_vacm_resolve(t);
    free_words(w, 3);
}

/* group NAME MODEL SECURITY.  Net-SNMP reads the words into buffers it
 * never clears, so a short line is not reported as such: without a
 * model it complains of the model, without a security name it quietly
 * adds a row no name can match (which still counts as configured). */
static void group_line(struct trapd *t, const char *v, const char *file,
                       int line)
{
    char *w[3];
    int model;

    words(&v, w, 3);
    if (w[0] == NULL) {
        ERR("missing GROUP parameter");
    } else if (w[1] == NULL) {
        ERR("bad security model, should be: v1, v2c or usm or a "
            "registered security plugin name");
    } else {
        model = vacm_model(t, file, line, w[1], true);
        if (model >= 0 && w[2] != NULL &&
            strlen(w[2]) + 1 > TRAPD_VACM_STR)
            ERR("security name too long");
        else if (model >= 0 && w[2] != NULL)
            vacm_group_add(&t->conf.vacm, model, w[2], w[0]);
        else if (model >= 0)
            t->conf.vacm.configured = true;
    }
    free_words(w, 3);
}

int vacm_lines_directive(struct trapd *t, const char *token, const char *v,
                         const char *file, int line)
{
    if (strcasecmp(token, "view") == 0)
        view_line(t, v, file, line);
    else if (strcasecmp(token, "group") == 0)
        group_line(t, v, file, line);
    else if (strcasecmp(token, "access") == 0)
        access_line(t, v, file, line);
    else if (strcasecmp(token, "setAccess") == 0)
        setaccess_line(t, v, file, line);
    else
        return 1;
    return 0;
}
