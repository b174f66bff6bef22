/* config.c - snmp.conf directives for the command apps, the -Y and
 * --name=value forms, and the defaults that fill what the command line
 * left unset.
 *
 * Net-SNMP reads its configuration after the command line and in two
 * passes: the "pre-MIB" directives (output and MIB settings) first, then
 * the rest, reporting unknown tokens only in the second pass.  Directives
 * therefore override -O toggles, while -v/-c/-r/-t beat defVersion and
 * friends, which are only defaults.  We keep that order. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/cli.h"
#include "common/opts_int.h"

#define DEFAULT_RETRIES 5
#define DEFAULT_TIMEOUT_US 1000000L

static const char *const premib_tokens[] = {
    "mibs", "mibdirs", "mibfile", "showMibErrors", "commentToEOL",
    "strictCommentTerm", "mibAllowUnderline", "mibWarningLevel",
    "mibReplaceWithLatest", NULL
};

static bool in_list(const char *const *list, const char *token)
{
    for (; *list != NULL; list++)
        if (strcasecmp(*list, token) == 0)
            return true;
    return false;
}

/* The MIB directives, read in the first pass; mib_setup.c applies them. */
static int mib_directive(struct cli_opts *o, const char *token,
                         const char *value, struct sk_error *err)
{
    static const char *const lists[3] = { "mibs", "mibdirs", "mibfile" };
    int i;

    for (i = 0; i < 3; i++) {
        if (strcasecmp(token, lists[i]) != 0)
            continue;
        if (o->n_conf_mib[i] < 8)
            o->conf_mib[i][o->n_conf_mib[i]++] = cli_keep(o, value);
        return 0;
    }
    if (strcasecmp(token, "showMibErrors") == 0) {
        int b = sk_conf_bool(value);

        if (b < 0)
            return sk_error_set(err, SK_ERR_BAD_VALUE,
                                "Should be yes|no|true|false|0|1");
        o->mib_errors_off = b == 0;
    }
    return 0; /* the other parser toggles are accepted without effect */
}

static int int_value(const char *value, long *out, struct sk_error *err)
{
    char *end;

    errno = 0;
    *out = strtol(value, &end, 10);
    if (end == value || *end != '\0' || errno != 0)
        return sk_error_set(err, SK_ERR_BAD_VALUE, "Bad integer value");
    return 0;
}

/* Second-pass directives: session defaults. */
static int session_directive(struct cli_parse_state *st, const char *token,
                             const char *value, struct sk_error *err)
{
    struct cli_opts *o = st->o;
    long n;

    if (strcasecmp(token, "defVersion") == 0) {
        if (strcmp(value, "1") == 0)
            st->conf_version = SK_VERSION_1;
        else if (strcasecmp(value, "2c") == 0)
            st->conf_version = SK_VERSION_2C;
        else if (strcmp(value, "3") == 0)
            st->conf_version = SK_VERSION_3;
        else
            return sk_error_set(err, SK_ERR_BAD_VALUE,
                                "Unknown version specification");
    } else if (strcasecmp(token, "defCommunity") == 0) {
        st->conf_community = cli_keep(o, value);
    } else if (strcasecmp(token, "defaultPort") == 0) {
        if (int_value(value, &n, err) < 0)
            return -1;
        o->default_port = n;
    } else if (strcasecmp(token, "retries") == 0) {
        if (int_value(value, &n, err) < 0)
            return -1;
        st->conf_retries = (int)n;
    } else if (strcasecmp(token, "timeout") == 0) {
        if (int_value(value, &n, err) < 0)
            return -1;
        /* Net-SNMP keeps the seconds in an int (atoi), so a huge value
         * wraps there; doing the same keeps the product in range. */
        st->conf_timeout_us = (long)(int)n * 1000000L;
    } else if (strcasecmp(token, "clientaddr") == 0) {
        o->local_addr = cli_keep(o, value);
    } else if (strcasecmp(token, "defDomain") == 0) {
        /* "defDomain APPLICATION DOMAIN": only our own name counts */
        size_t len = strcspn(value, " \t");

        if (strncmp(value, o->prog, len) == 0 && o->prog[len] == '\0')
            o->default_domain = cli_keep(o, value + len + strspn(value + len,
                                                               " \t"));
    } else if (strcasecmp(token, "dumpPacket") == 0) {
        int b = sk_conf_bool(value);

        if (b < 0)
            return sk_error_set(err, SK_ERR_BAD_VALUE,
                                "Should be yes|no|true|false|0|1");
        o->dump = b == 1;
    } else {
        return cli_v3_directive(o, token, value, err);
    }
    return 0;
}

static int directive(void *ctx, const char *section, const char *token,
                     const char *value, const char *file, int line,
                     struct sk_error *err)
{
    struct cli_parse_state *st = ctx;
    int rc;

    (void)file;
    (void)line;
    /* snmpapp.conf knows no library directives outside a [snmp] part */
    if (strcasecmp(section, "snmp") != 0)
        return st->pass == 2 ? 1 : 0;
    if (in_list(premib_tokens, token))
        return st->pass == 1 ? mib_directive(st->o, token, value, err) : 0;
    rc = sk_fmt_opts_directive(&st->o->fmt, token, value, err);
    if (rc != 0)
        return st->pass == 1 ? (rc < 0 ? -1 : 0) : 0;
    if (st->pass == 1)
        return 0;
    return session_directive(st, token, value, err);
}

static void conf_warn(void *ctx, const char *message)
{
    (void)ctx;
    fprintf(stderr, "%s\n", message);
}

/* "name=value" -> "name value" (only when '=' comes before a blank). */
static void feed_line(struct sk_conf_reader *r, const char *text,
                      bool longopt)
{
    char line[1024];
    size_t eq = strcspn(text, "= \t");
    struct sk_error err;

    if (text[eq] == '=')
        snprintf(line, sizeof line, "%.*s %s", (int)eq, text,
                 text + eq + 1);
    else if (longopt && text[eq] == '\0')
        snprintf(line, sizeof line, "%s 1", text);
    else
        snprintf(line, sizeof line, "%s", text);
    sk_conf_line(r, line, &err);
}

static void read_config(struct cli_parse_state *st)
{
    struct sk_conf_reader r = {
        .handle = directive, .warn = conf_warn, .ctx = st,
        .section = "snmpapp",
    };
    struct sk_error err;
    int i;

    for (st->pass = 1; st->pass <= 2; st->pass++) {
        r.errors = 0;
        sk_conf_load(&r, "snmpapp", SK_SYSCONFDIR ":~/.snmp", &err);
        if (r.errors > 0)
            fprintf(stderr, "net-snmp: %d error(s) in config file(s)\n",
                    r.errors);
        for (i = 0; i < st->ny; i++)
            if (st->ylines[i] != NULL)
                feed_line(&r, st->ylines[i], false);
        for (i = 0; i < st->nlong; i++)
            feed_line(&r, st->longopts[i], true);
        /* Net-SNMP reads the MIBs between its two passes */
        if (st->pass == 1 && cli_mib_load(st->o) < 0)
            fprintf(stderr, "%s: out of memory loading MIBs\n", st->o->prog);
    }
}

int cli_apply_config(struct cli_parse_state *st)
{
    struct cli_opts *o = st->o;

    st->conf_version = -1;
    st->conf_retries = -1;
    st->conf_timeout_us = -1;
    read_config(st);
    if (cli_v3_finish(o) != CLI_CONTINUE)
        return 1;
    if (o->version < 0)
        o->version = st->conf_version >= 0 ? st->conf_version
                                           : SK_VERSION_3;
    if (o->community == NULL)
        o->community = st->conf_community;
    if (o->retries < 0)
        o->retries = st->conf_retries >= 0 ? st->conf_retries
                                           : DEFAULT_RETRIES;
    if (o->timeout_us < 0)
        o->timeout_us = st->conf_timeout_us > 0 ? st->conf_timeout_us
                                                : DEFAULT_TIMEOUT_US;
    if (o->nargs == 0) {
        fprintf(stderr, "No hostname specified.\n");
        cli_usage(st->app);
        return 1;
    }
    if (o->version != SK_VERSION_3 && o->community == NULL) {
        fprintf(stderr, "No community name specified.\n");
        cli_usage(st->app);
        return 1;
    }
    o->agent = o->args[0];
    o->args++;
    o->nargs--;
    return CLI_CONTINUE;
}
