/* conf.c - snmptrapd.conf: the directives of snmptrapd.conf(5) that the
 * receiver acts on, read with libcore's line reader; the VACM ones are
 * in vacm_lines.c and vacm_simple.c, the SNMPv3 ones in usm.c. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "snmptrapd/trapd.h"

/* Directives taken and ignored: Net-SNMP features we do not have, or
 * ones that only matter to an agent. */
static const char *const ignored[] = {
    "doNotRetainNotificationLogs", "dontRetainLogs",
    "engineIDType", "engineIDNic", "engineBoots",
    "leave_pidfile", "sqlMaxQueue",
    "sqlSaveInterval", "perl", "perlInitFile", "disablePerl",
    "agentuser", "agentgroup", "sourceFilterType", "sourceFilterAddress",
    NULL,
};

/* snmp.conf(5) directives: Net-SNMP takes them in snmptrapd.conf only
 * under "[snmp]", where the MIB choice comes too late to matter: only
 * the snmp.conf files count in its pre-MIB pass (premib()). */
static const char *const library_only[] = {
    "mibs", "mibdirs", "mibfile", "persistentDir", "defVersion",
    "defCommunity", "showMibErrors", NULL,
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
    if (nh != NULL)
        *list = nh;     /* the old block is gone even if strdup failed */
    if (h.command == NULL || nh == NULL) {
        free(h.command);
        return -1;
    }
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
        : strcmp(token, "addForwarderInfo") == 0 ? &c->add_forwarder_info
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

    rc = flag(c, token, v, err);
    if (rc != 0)
        return rc < 0 ? -1 : 0;
    rc = trapd_vacm_directive(ctx, token, v, file, line);
    if (rc != 1)
        return rc;
    if (strcmp(token, "createUser") == 0)
        return trapd_create_user(c, v, &((struct trapd *)ctx)->opts.log,
                                 err);
    if (strcmp(token, "engineID") == 0 || strcmp(token, "oldEngineID") == 0)
        return trapd_engine_id(c, token, v, err);
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
    if (in_list(ignored, token))
        return 0;
    if (strcasecmp(section, "snmp") != 0)
        return 1;
    if (in_list(library_only, token))
        return 0;
    rc = sk_fmt_opts_directive(&c->fmt_opts, token, v, err);
    return rc == 1 ? 0 : rc == 0 ? 1 : -1;
}

static void warn(void *ctx, const char *message)
{
    const struct trapd *t = ctx;

    trapd_log_msg(&t->opts.log, "%s\n", message);
}

/* A line from snmp.conf or snmp.local.conf, not from a "[snmp]"
 * section of snmptrapd.conf. */
static bool from_snmp_conf(const char *section, const char *file)
{
    const char *base = strrchr(file, '/');

    base = base != NULL ? base + 1 : file;
    return strcasecmp(section, "snmp") == 0 &&
           (strcmp(base, "snmp.conf") == 0 ||
            strcmp(base, "snmp.local.conf") == 0);
}

/* Net-SNMP's pre-MIB pass: the MIB choice of snmp.conf, so that the
 * MIBs are loaded when snmptrapd.conf's OIDs (views) are read. */
static int premib(void *ctx, const char *section, const char *token,
                  const char *v, const char *file, int line,
                  struct sk_error *err)
{
    struct trapd_conf *c = &((struct trapd *)ctx)->conf;

    (void)line, (void)err;
    if (!from_snmp_conf(section, file))
        return 0;
    if (strcasecmp(token, "mibs") == 0)
        return set_str(&c->mibs, v);
    if (strcasecmp(token, "mibdirs") == 0)
        return set_str(&c->mibdirs, v);
    return 0;
}

static int read_all(struct trapd *t, sk_conf_handler_fn *handle,
                    sk_conf_warn_fn *warnfn)
{
    struct sk_conf_reader r;
    struct sk_error err;
    int i;

    memset(&r, 0, sizeof r);
    r.handle = handle;
    r.warn = warnfn;
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

void trapd_conf_premib(struct trapd *t)
{
    memset(&t->conf, 0, sizeof t->conf);
    read_all(t, premib, NULL);
}

int trapd_conf_load(struct trapd *t)
{
    int rc;

    memset(&t->conf, 0, sizeof t->conf);
    trapd_vacm_init(&t->conf.vacm);
    trapd_vacm_resolve(t);
    sk_fmt_opts_init(&t->conf.fmt_opts);
    rc = read_all(t, directive, warn);
    t->conf.have_access = t->conf.vacm.configured || t->conf.disable_auth;
    return rc;
}

void trapd_conf_free(struct trapd_conf *c)
{
    size_t i;

    trapd_vacm_free(&c->vacm);
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
