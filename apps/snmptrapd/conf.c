/* conf.c - snmptrapd.conf: the directives of snmptrapd.conf(5) that the
 * receiver acts on, read with libcore's line reader.  The v3 and VACM
 * directives are accepted so that a shared configuration loads. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "snmptrapd/trapd.h"

/* Directives taken and ignored: Net-SNMP features we do not have, or
 * ones that only matter to an agent. */
static const char *const ignored[] = {
    "doNotRetainNotificationLogs", "dontRetainLogs",
    "printEventNumbers", "engineIDType", "engineIDNic", "engineBoots",
    "addForwarderInfo", "leave_pidfile", "sqlMaxQueue",
    "sqlSaveInterval", "perl", "perlInitFile", "disablePerl",
    "agentuser", "agentgroup", "sourceFilterType", "sourceFilterAddress",
    "showMibErrors", "persistentDir", "defVersion", "defCommunity",
    NULL,
};

static bool in_list(const char *const *list, const char *s)
{
    for (; *list != NULL; list++)
        if (strcmp(*list, s) == 0)
            return true;
    return false;
}

/* Split off the next blank-separated word of *P into a new string. */
static char *next_word(const char **p)
{
    const char *s = *p, *e;
    char *w;

    while (*s == ' ' || *s == '\t')
        s++;
    if (*s == '\0')
        return NULL;
    for (e = s; *e != '\0' && *e != ' ' && *e != '\t'; e++)
        ;
    w = strndup(s, (size_t)(e - s));
    while (*e == ' ' || *e == '\t')
        e++;
    *p = e;
    return w;
}

static int set_str(char **dst, const char *v)
{
    free(*dst);
    *dst = strdup(v);
    return *dst == NULL ? -1 : 0;
}

static int parse_types(const char *text, unsigned *out)
{
    const char *p = text;

    *out = 0;
    while (*p != '\0') {
        size_t n = strcspn(p, ",");

        if (n == 3 && strncmp(p, "log", 3) == 0)
            *out |= TRAPD_LOG;
        else if (n == 7 && strncmp(p, "execute", 7) == 0)
            *out |= TRAPD_EXECUTE;
        else if (n == 3 && strncmp(p, "net", 3) == 0)
            *out |= TRAPD_NET;
        else
            return -1;
        p += n;
        if (*p == ',')
            p++;
    }
    return 0;
}

/* Numeric OID text, or "" to mean none; names need MIBs that are not
 * loaded yet, so they resolve in trapd_conf_resolve. */
static int auth_community(struct trapd_conf *c, const char *v,
                          struct sk_error *err)
{
    struct trapd_auth a, *na;
    char *types = next_word(&v);
    char *oidtext;

    memset(&a, 0, sizeof a);
    a.community = next_word(&v);
    if (types == NULL || a.community == NULL ||
        parse_types(types, &a.types) < 0) {
        free(types);
        free(a.community);
        return sk_error_set(err, SK_ERR_GENERIC, "authCommunity: bad "
                            "syntax");
    }
    free(types);
    a.source = next_word(&v);
    oidtext = next_word(&v);
    if (oidtext != NULL && strcmp(oidtext, "-v") != 0)
        sk_oid_parse_numeric(oidtext, &a.oid, err);
    free(oidtext);
    na = realloc(c->auths, (c->nauths + 1) * sizeof *na);
    if (na == NULL) {
        free(a.community);
        free(a.source);
        return -1;
    }
    c->auths = na;
    c->auths[c->nauths++] = a;
    c->have_access = true;
    return 0;
}

/* noauth / auth / priv, and the long names (vacm_parse_authuser). */
static int parse_level(const char *w)
{
    if (strcasecmp(w, "noauth") == 0 || strcasecmp(w, "noauthnopriv") == 0)
        return SK_SEC_NOAUTH;
    if (strcasecmp(w, "auth") == 0 || strcasecmp(w, "authnopriv") == 0)
        return SK_SEC_AUTH;
    if (strcasecmp(w, "priv") == 0 || strcasecmp(w, "authpriv") == 0)
        return SK_SEC_PRIV;
    return 0;
}

/* authUser TYPES [-s MODEL] USER [LEVEL [OID | -v VIEW]]; the level
 * defaults to auth (snmptrapd.conf(5)). */
static int auth_user(struct trapd_conf *c, const char *v,
                     struct sk_error *err)
{
    struct trapd_auth a, *na;
    char *types = next_word(&v), *w = NULL, *model = NULL;
    int rc = -1;

    memset(&a, 0, sizeof a);
    a.v3 = true;
    a.level = SK_SEC_AUTH;
    a.community = next_word(&v);
    if (a.community != NULL && strcmp(a.community, "-s") == 0) {
        model = next_word(&v);
        free(a.community);
        a.community = next_word(&v);
    }
    if (types == NULL || a.community == NULL ||
        parse_types(types, &a.types) < 0) {
        sk_error_set(err, SK_ERR_GENERIC, "authUser: bad syntax");
        goto out;
    }
    w = next_word(&v);
    if (w != NULL && parse_level(w) == 0) {
        sk_error_set(err, SK_ERR_GENERIC, "authUser: bad level");
        goto out;
    }
    if (w != NULL)
        a.level = parse_level(w);
    free(w);
    w = next_word(&v);
    if (w != NULL && strcmp(w, "-v") != 0)
        sk_oid_parse_numeric(w, &a.oid, err);
    na = realloc(c->auths, (c->nauths + 1) * sizeof *na);
    if (na == NULL)
        goto out;
    /* only USM users can send v3 notifications (-s usm, the default) */
    if (model != NULL && strcasecmp(model, "usm") != 0)
        a.types = 0;
    c->auths = na;
    c->auths[c->nauths++] = a;
    a.community = NULL;
    c->have_access = true;
    rc = 0;
out:
    free(types);
    free(model);
    free(w);
    free(a.community);
    return rc;
}

/* traphandle and forward: OID|OID*|OID.*|default, then the rest. */
static int traphandle(struct trapd_handler **list, size_t *nlist,
                      const char *v, struct sk_error *err)
{
    struct trapd_handler h, *nh;
    char *what = next_word(&v);
    size_t n;

    memset(&h, 0, sizeof h);
    if (what == NULL || *v == '\0') {
        free(what);
        return sk_error_set(err, SK_ERR_GENERIC, "bad syntax");
    }
    n = strlen(what);
    h.match = TRAPD_EXACT;
    if (strcmp(what, "default") == 0) {
        h.match = TRAPD_DEFAULT;
    } else if (n > 2 && strcmp(what + n - 2, ".*") == 0) {
        h.match = TRAPD_BELOW;
        what[n - 2] = '\0';
    } else if (n > 1 && what[n - 1] == '*') {
        h.match = TRAPD_SUBTREE;
        what[n - 1] = '\0';
    }
    if (h.match != TRAPD_DEFAULT &&
        sk_oid_parse_numeric(what, &h.oid, err) < 0) {
        free(what);
        return -1;
    }
    free(what);
    h.command = strdup(v);
    nh = realloc(*list, (*nlist + 1) * sizeof *nh);
    if (h.command == NULL || nh == NULL) {
        free(h.command);
        return -1;
    }
    *list = nh;
    (*list)[(*nlist)++] = h;
    return 0;
}

/* "format TYPE FMT": print (both), print1, ..., execute2. */
static int format_any(struct trapd_conf *c, const char *v,
                      struct sk_error *err)
{
    static const char *const names[] = { "print", "syslog", "execute" };
    char *type = next_word(&v);
    int i, rc = -1;

    if (type == NULL)
        return sk_error_set(err, SK_ERR_GENERIC, "format: bad syntax");
    /* Net-SNMP ignores a format directive without a format */
    if (*v == '\0') {
        free(type);
        return 0;
    }
    for (i = 0; i < 3; i++) {
        size_t n = strlen(names[i]);

        if (strncmp(type, names[i], n) != 0)
            continue;
        if (type[n] == '\0')
            rc = set_str(&c->fmt[2 * i], v) | set_str(&c->fmt[2 * i + 1], v);
        else if ((type[n] == '1' || type[n] == '2') && type[n + 1] == '\0')
            rc = set_str(&c->fmt[2 * i + type[n] - '1'], v);
    }
    free(type);
    return rc < 0 ? sk_error_set(err, SK_ERR_GENERIC, "format: bad "
                                 "type") : 0;
}

static int addr_list(struct trapd_conf *c, const char *v)
{
    char *copy = strdup(v), *save = NULL, *tok;

    if (copy == NULL)
        return -1;
    for (tok = strtok_r(copy, ",", &save); tok != NULL;
         tok = strtok_r(NULL, ",", &save))
        if (c->naddrs < TRAPD_MAX_ADDRS)
            c->addrs[c->naddrs++] = strdup(tok);
    free(copy);
    return 0;
}

/* yes/no directives; 1 when TOKEN is one of them. */
static int flag(struct trapd_conf *c, const char *token, const char *v,
                struct sk_error *err)
{
    bool *dst = strcmp(token, "disableAuthorization") == 0 ? &c->disable_auth
        : strcmp(token, "doNotLogTraps") == 0 ? &c->no_log
        : strcmp(token, "doNotFork") == 0 ? &c->no_fork
        : strcmp(token, "ignoreAuthFailure") == 0 ? &c->ignore_auth_failure
        : NULL;
    int b;

    if (dst == NULL)
        return 0;
    b = sk_conf_bool(v);
    if (b < 0) {
        sk_error_set(err, SK_ERR_GENERIC, "Should be yes|no|true|false|0|1");
        return -1;
    }
    *dst = b == 1;
    if (dst == &c->disable_auth && b == 1)
        c->have_access = true;
    return 1;
}

static int directive(void *ctx, const char *section, const char *token,
                     const char *v, const char *file, int line,
                     struct sk_error *err)
{
    struct trapd_conf *c = &((struct trapd *)ctx)->conf;
    int rc;
    bool consumed;
    char bad;

    (void)section, (void)file, (void)line;
    rc = flag(c, token, v, err);
    if (rc != 0)
        return rc < 0 ? -1 : 0;
    if (strcmp(token, "authCommunity") == 0)
        return auth_community(c, v, err);
    if (strcmp(token, "authUser") == 0)
        return auth_user(c, v, err);
    if (strcmp(token, "createUser") == 0)
        return trapd_create_user(c, v, &((struct trapd *)ctx)->opts.log,
                                 err);
    if (strcmp(token, "engineID") == 0 || strcmp(token, "oldEngineID") == 0)
        return trapd_engine_id(c, token, v, err);
    if (strcmp(token, "authGroup") == 0 ||
        strcmp(token, "authAccess") == 0 || strcmp(token, "setAccess") == 0) {
        c->have_access = true;
        return 0;
    }
    if (strcmp(token, "traphandle") == 0)
        return traphandle(&c->handlers, &c->nhandlers, v, err);
    if (strcmp(token, "forward") == 0)
        return traphandle(&c->forwards, &c->nforwards, v, err);
    if ((strcmp(token, "format1") == 0 || strcmp(token, "format2") == 0) &&
        *v == '\0')
        return 0;
    if (strcmp(token, "format1") == 0)
        return set_str(&c->fmt[TRAPD_PRINT1], v);
    if (strcmp(token, "format2") == 0)
        return set_str(&c->fmt[TRAPD_PRINT2], v);
    if (strcmp(token, "format") == 0)
        return format_any(c, v, err);
    if (strcmp(token, "outputOption") == 0)
        return sk_fmt_opts_apply(&c->fmt_opts, v, NULL, &consumed, &bad) < 0
            ? sk_error_set(err, SK_ERR_GENERIC, "Unknown output option")
            : 0;
    if (strcmp(token, "pidFile") == 0)
        return set_str(&c->pidfile, v);
    if (strcmp(token, "logOption") == 0)
        return set_str(&c->log_option, v);
    if (strcmp(token, "snmpTrapdAddr") == 0)
        return addr_list(c, v);
    if (strcmp(token, "mibs") == 0)
        return set_str(&c->mibs, v);
    if (strcmp(token, "mibdirs") == 0)
        return set_str(&c->mibdirs, v);
    if (in_list(ignored, token))
        return 0;
    rc = sk_fmt_opts_directive(&c->fmt_opts, token, v, err);
    return rc == 1 ? 0 : rc == 0 ? 1 : -1;
}

static void warn(void *ctx, const char *message)
{
    const struct trapd *t = ctx;

    trapd_log_msg(&t->opts.log, "%s\n", message);
}

int trapd_conf_load(struct trapd *t)
{
    struct sk_conf_reader r;
    struct sk_error err;
    int i;

    memset(&t->conf, 0, sizeof t->conf);
    sk_fmt_opts_init(&t->conf.fmt_opts);
    memset(&r, 0, sizeof r);
    r.handle = directive;
    r.warn = warn;
    r.ctx = t;
    r.section = "snmptrapd";
    if (!t->opts.no_default_conf)
        sk_conf_load(&r, "snmptrapd", SK_SYSCONFDIR ":~/.snmp", &err);
    r.type = "snmptrapd";
    for (i = 0; i < t->opts.nconf; i++)
        if (sk_conf_read_file(&r, t->opts.conf_files[i], &err) < 0)
            return -1;
    return 0;
}

void trapd_conf_free(struct trapd_conf *c)
{
    size_t i;

    for (i = 0; i < c->nauths; i++) {
        free(c->auths[i].community);
        free(c->auths[i].source);
    }
    free(c->auths);
    for (i = 0; i < c->nhandlers; i++)
        free(c->handlers[i].command);
    free(c->handlers);
    for (i = 0; i < c->nforwards; i++)
        free(c->forwards[i].command);
    free(c->forwards);
    for (i = 0; i < TRAPD_NFMT; i++)
        free(c->fmt[i]);
    for (i = 0; i < c->naddrs; i++)
        free(c->addrs[i]);
    free(c->pidfile);
    free(c->mibs);
    free(c->mibdirs);
    free(c->log_option);
    trapd_users_free(c);
    memset(c, 0, sizeof *c);
}
