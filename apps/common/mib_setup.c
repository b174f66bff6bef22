/* mib_setup.c - which MIB modules to load, from where, and loading them.
 *
 * Each list (modules, directories, files) starts from its default, is
 * replaced or extended by the environment (MIBS, MIBDIRS, MIBFILES), then
 * by each snmp.conf line (mibs, mibdirs, mibfile) in order, then by the
 * command line (-m, -M); a value starting with '+' appends and '-'
 * prepends, as in Net-SNMP.
 *
 * Loading goes through the compiled MIB cache in $XDG_CACHE_HOME/snmpkit
 * (else $HOME/.cache/snmpkit); SNMPKIT_MIB_CACHE=0 (or off, no, false)
 * turns it off.  It never changes what is loaded or printed. */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "common/cli.h"

/* Net-SNMP 5.9's compiled-in module list (netsnmp-behaviour.md §11).  The
 * ones neither bundled nor installed are skipped without a message. */
static const char default_modules[] =
    "SNMPv2-MIB:IF-MIB:IP-MIB:TCP-MIB:UDP-MIB:HOST-RESOURCES-MIB:"
    "NOTIFICATION-LOG-MIB:DISMAN-EVENT-MIB:DISMAN-SCHEDULE-MIB:"
    "HOST-RESOURCES-TYPES:MTA-MIB:NETWORK-SERVICES-MIB:UCD-DISKIO-MIB:"
    "UCD-DLMOD-MIB:LM-SENSORS-MIB:UCD-SNMP-MIB:UCD-DEMO-MIB:SNMP-TARGET-MIB:"
    "NET-SNMP-AGENT-MIB:SNMP-FRAMEWORK-MIB:SNMP-MPD-MIB:"
    "SNMP-USER-BASED-SM-MIB:SNMP-VIEW-BASED-ACM-MIB:SNMP-COMMUNITY-MIB:"
    "IPV6-ICMP-MIB:IPV6-MIB:IPV6-TCP-MIB:IPV6-UDP-MIB:IP-FORWARD-MIB:"
    "NET-SNMP-PASS-MIB:NET-SNMP-EXTEND-MIB:SNMP-NOTIFICATION-MIB:SNMPv2-TM:"
    "NET-SNMP-VACM-MIB";

/* Apply SPEC to *LIST (owned, replaced).  -1 when out of memory. */
static int apply(char **list, const char *spec)
{
    char *n;

    if (spec == NULL)
        return 0;
    n = sk_mib_list_combine(*list, spec);
    if (n == NULL)
        return -1;
    free(*list);
    *list = n;
    return 0;
}

/* The default directories: ours, then the user's, then the system's.
 * Ours is the installed copy, or the source tree's before installation. */
static char *default_dirs(void)
{
    const char *home = getenv("HOME");
    const char *ours = SK_MIBDIR;
    struct stat st;
    struct sk_buf b;

    if (stat(ours, &st) < 0 || !S_ISDIR(st.st_mode))
        ours = SK_SRCMIBDIR;
    sk_buf_init(&b, 4096);
    if (sk_buf_printf(&b, "%s:%s/.snmp/mibs:/usr/share/snmp/mibs", ours,
                      home != NULL ? home : "") < 0) {
        sk_buf_clear(&b);
        return NULL;
    }
    return b.data;
}

/* Build list I (0 modules, 1 dirs, 2 files) into *OUT. */
static int build_list(const struct cli_opts *o, int i, char **out)
{
    static const char *const envs[3] = { "MIBS", "MIBDIRS", "MIBFILES" };
    const char *cli[3] = { o->mibs, o->mibdirs, NULL };
    int k;

    *out = i == 0 ? strdup(default_modules) : i == 1 ? default_dirs()
                                                     : strdup("");
    if (*out == NULL || apply(out, getenv(envs[i])) < 0)
        return -1;
    for (k = 0; k < o->n_conf_mib[i]; k++)
        if (apply(out, o->conf_mib[i][k]) < 0)
            return -1;
    return apply(out, cli[i]);
}

/* Is DIAG a "Cannot find module" for a module of the default list that
 * the user did not ask for by name?  Those stay quiet: the default list
 * names modules that are neither bundled nor always installed. */
static bool ends_with(const char *s, const char *tail)
{
    size_t n = strlen(s), t = strlen(tail);

    return n >= t && strcmp(s + n - t, tail) == 0;
}

static bool quiet_default(const struct cli_opts *o, const char *diag)
{
    static const char prefix[] = "Cannot find module (";
    const char *p = default_modules;
    size_t n;

    if (strncmp(diag, "MIB search path: ", 17) == 0)
        return true;
    /* only the top-level loads of the list ("At line 1 in (none)"); a
     * module that cannot import one of them says so */
    if (strncmp(diag, prefix, sizeof prefix - 1) != 0 ||
        !ends_with(diag, "): At line 1 in (none)"))
        return false;
    diag += sizeof prefix - 1;
    n = strcspn(diag, ")");
    if (o->mibs != NULL && strstr(o->mibs, diag) != NULL)
        return false;
    while (*p != '\0') {
        size_t len = strcspn(p, ":");

        if (len == n && strncmp(p, diag, n) == 0)
            return true;
        p += len;
        if (*p == ':')
            p++;
    }
    return false;
}

static void print_diags(const struct cli_opts *o)
{
    size_t i, n = sk_mib_diag_count(o->mib);
    bool any = false;

    if (o->mib_errors_off || strchr(o->parse_letters, 'e') != NULL)
        return;
    for (i = 0; i < n && !any; i++)
        any = !quiet_default(o, sk_mib_diag(o->mib, i));
    for (i = 0; any && i < n; i++) {
        const char *d = sk_mib_diag(o->mib, i);

        if (!quiet_default(o, d) || strncmp(d, "MIB search path", 15) == 0)
            fprintf(stderr, "%s\n", d);
    }
}

static unsigned parse_flags(const struct cli_opts *o)
{
    unsigned f = 0;

    if (strchr(o->parse_letters, 'u') != NULL)
        f |= SK_MIB_UNDERSCORE;
    if (strchr(o->parse_letters, 'c') != NULL)
        f |= SK_MIB_COMMENT_EOL;
    if (strchr(o->parse_letters, 'd') != NULL)
        f |= SK_MIB_DESCRIPTIONS;
    if (strchr(o->parse_letters, 'R') != NULL)
        f |= SK_MIB_REPLACE;
    return f;
}

/* The cache directory into BUF, or NULL when the cache is off or there
 * is nowhere to put it (relative locations are not trusted). */
static const char *cache_dir(char *buf, size_t len)
{
    static const char *const off[] = { "0", "off", "no", "false" };
    const char *v = getenv("SNMPKIT_MIB_CACHE");
    const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    size_t i;
    int n;

    for (i = 0; v != NULL && i < sizeof off / sizeof *off; i++)
        if (strcasecmp(v, off[i]) == 0)
            return NULL;
    if (xdg != NULL && xdg[0] == '/')
        n = snprintf(buf, len, "%s/snmpkit", xdg);
    else if (home != NULL && home[0] == '/')
        n = snprintf(buf, len, "%s/.cache/snmpkit", home);
    else
        return NULL;
    return n > 0 && (size_t)n < len ? buf : NULL;
}

int cli_mib_load(struct cli_opts *o)
{
    char dir[4096];
    char *lists[3] = { NULL, NULL, NULL };
    struct sk_mib_cfg cfg;
    struct sk_error err;
    int i, rc = 0;

    for (i = 0; i < 3 && rc == 0; i++)
        rc = build_list(o, i, &lists[i]);
    if (rc == 0 && (lists[0][strspn(lists[0], ":")] != '\0' ||
                    lists[2][strspn(lists[2], ":")] != '\0')) {
        cfg.modules = lists[0];
        cfg.dirs = lists[1];
        cfg.files = lists[2];
        cfg.flags = parse_flags(o);
        o->mib = sk_mib_load_cached(&cfg, cache_dir(dir, sizeof dir), &err);
        if (o->mib == NULL)
            rc = -1;
        else
            print_diags(o);
    }
    for (i = 0; i < 3; i++)
        free(lists[i]);
    return rc;
}

void cli_mib_read_prefix(const struct cli_opts *o, const char *text)
{
    const char *colons = strstr(text, "::");
    size_t len = colons != NULL ? (size_t)(colons - text) : 0, i, n0;
    char mod[128];

    if (o->mib == NULL || len == 0 || len >= sizeof mod)
        return;
    memcpy(mod, text, len);
    mod[len] = '\0';
    if (sk_mib_has_module(o->mib, mod))
        return;
    n0 = sk_mib_diag_count(o->mib);
    (void)sk_mib_load_module(o->mib, mod);
    if (o->mib_errors_off || strchr(o->parse_letters, 'e') != NULL)
        return;
    for (i = n0; i < sk_mib_diag_count(o->mib); i++)
        fprintf(stderr, "%s\n", sk_mib_diag(o->mib, i));
}
