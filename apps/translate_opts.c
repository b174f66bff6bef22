/* translate_opts.c - snmptranslate's option letters (-P -T -O -I -L),
 * its usage text and its reading of snmp.conf.
 *
 * snmptranslate toggles letters with Net-SNMP's *_toggle_options, whose
 * messages differ from the other tools' ("Unknown OID option to -O"), so
 * it cannot share apps/common's option parser. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "config.h"
#include "translate_int.h"

static const char usage_head[] =
    "OPTIONS:\n"
    "  -h\t\t\tdisplay this help message\n"
    "  -V\t\t\tdisplay package version number\n"
    "  -m MIB[:...]\t\tload given list of MIBs (ALL loads everything)\n"
    "  -M DIR[:...]\t\tlook in given list of directories for MIBs\n"
    "  -D[TOKEN[,...]]\tturn on debugging output for the specified TOKENs\n"
    "\t\t\t   (ALL gives extremely verbose debugging output)\n"
    "  -w WIDTH\t\tset width of tree and detail output\n"
    "  -T TRANSOPTS\t\tSet various options controlling report produced:\n"
    "\t\t\t  B:  print all matching objects for a regex search\n"
    "\t\t\t  d:  print full details of the given OID\n"
    "\t\t\t  p:  print tree format symbol table\n"
    "\t\t\t  a:  print ASCII format symbol table\n"
    "\t\t\t  l:  enable labeled OID report\n"
    "\t\t\t  o:  enable OID report\n"
    "\t\t\t  s:  enable dotted symbolic report\n"
    "\t\t\t  z:  enable MIB child OID report\n"
    "\t\t\t  t:  enable alternate format symbolic suffix report\n"
    "  -P MIBOPTS\t\tToggle various defaults controlling mib parsing:\n"
    "\t\t\t  u:  allow the use of underlines in MIB symbols\n"
    "\t\t\t  c:  disallow the use of \"--\" to terminate comments\n"
    "\t\t\t  d:  save the DESCRIPTIONs of the MIB objects\n"
    "\t\t\t  e:  disable errors when MIB symbols conflict\n"
    "\t\t\t  w:  enable warnings when MIB symbols conflict\n"
    "\t\t\t  W:  enable detailed warnings when MIB symbols conflict\n"
    "\t\t\t  R:  replace MIB symbols from latest module\n";

int xl_usage(void)
{
    fputs("USAGE: snmptranslate [OPTIONS] OID [OID]...\n\n", stderr);
    fprintf(stderr, "  Version:  %s (snmpkit)\n\n", PACKAGE_VERSION);
    fputs(usage_head, stderr);
    fputs(cli_usage_oil, stderr);
    return 1;
}

/* Toggle LETTER in the set S (of capacity CAP). */
static void toggle(char *s, size_t cap, char letter)
{
    char *p = strchr(s, letter);
    size_t n = strlen(s);

    if (p != NULL) {
        memmove(p, p + 1, strlen(p));
    } else if (n + 1 < cap) {
        s[n] = letter;
        s[n + 1] = '\0';
    }
}

/* "Unknown OID option to -O: z." and the usage text: exit code 1. */
static int bad_letter(char opt, char c)
{
    fprintf(stderr, "Unknown %s option to -%c: %c.\n",
            opt == 'P' ? "parser" : "OID", opt, c);
    return xl_usage();
}

static int t_letters(struct xlate *x, const char *arg)
{
    static const char reports[] = "losztB";
    static const unsigned bits[] = {
        XL_REPORT_LABELED, XL_REPORT_OID, XL_REPORT_SYMBOL, XL_REPORT_CHILD,
        XL_REPORT_SUFFIX
    };
    const char *p;

    for (; *arg != '\0'; arg++) {
        p = strchr(reports, *arg);
        if (*arg == 'd') {
            x->details = true;
            x->descr = true;
        } else if (*arg == 'B') {
            x->find_all = true;
        } else if (*arg == 'p' || *arg == 'a') {
            x->print = *arg == 'p' ? 1 : 2;
        } else if (p != NULL) {
            x->print = 3;
            x->report |= bits[p - reports];
        } else {
            fprintf(stderr, "Invalid -T<lostpad> character: %c\n", *arg);
            return xl_usage();
        }
    }
    return CLI_CONTINUE;
}

/* -I: s and S end the letters; their text is the next word (Net-SNMP
 * 5.9.3 crashes here instead; see snmptranslate(1)). */
static int i_letters(struct xlate *x, const char *arg, int argc,
                     char **argv)
{
    for (; *arg != '\0'; arg++) {
        if (strchr("brRu", *arg) != NULL) {
            toggle(x->in_letters, sizeof x->in_letters, *arg);
        } else if (*arg == 'h') {
            x->o.fmt.no_display_hint = !x->o.fmt.no_display_hint;
        } else if (*arg == 's' || *arg == 'S') {
            if (arg[1] == '\0' && optind < argc) {
                if (*arg == 's')
                    x->suffix = argv[optind++];
                else
                    x->prefix = argv[optind++];
            }
            return CLI_CONTINUE;
        } else {
            return bad_letter('I', *arg);
        }
    }
    return CLI_CONTINUE;
}

static int o_letters(struct xlate *x, const char *arg)
{
    char letters[64];
    size_t n = 0;
    bool consumed;
    char bad = 0;

    /* 'p' takes the rest of the word as its precision */
    while (arg[n] != '\0' && arg[n] != 'p' && n + 1 < sizeof letters) {
        letters[n] = arg[n];
        n++;
    }
    letters[n] = '\0';
    if (sk_fmt_opts_apply(&x->o.fmt, letters, NULL, &consumed, &bad) < 0)
        return bad_letter('O', bad);
    if (arg[n] == 'p' && arg[n + 1] != '\0')
        (void)sk_fmt_opts_apply(&x->o.fmt, "p", arg + n + 1, &consumed,
                                &bad);
    return CLI_CONTINUE;
}

static int l_letters(struct xlate *x, const char *arg)
{
    switch (arg[0]) {
    case 'e': case 'E': x->o.log = stderr; return CLI_CONTINUE;
    case 'o': case 'O': x->o.log = stdout; return CLI_CONTINUE;
    case 'n': case 'N': case 's': case 'S':
        x->o.log = NULL;
        return CLI_CONTINUE;
    case 'f': case 'F':
        return CLI_CONTINUE;
    default:
        fprintf(stderr, "Unknown logging option passed to -L: %c.\n",
                arg[0]);
        return 1;
    }
}

int xl_letters(struct xlate *x, char opt, const char *arg, int argc,
               char **argv)
{
    switch (opt) {
    case 'T': return t_letters(x, arg);
    case 'I': return i_letters(x, arg, argc, argv);
    case 'O': return o_letters(x, arg);
    case 'L': return l_letters(x, arg);
    case 'P':
        for (; *arg != '\0'; arg++) {
            if (strchr("ucdewWR", *arg) == NULL)
                return bad_letter('P', *arg);
            if (*arg == 'd')
                x->descr = !x->descr;
            else
                toggle(x->o.parse_letters, sizeof x->o.parse_letters, *arg);
        }
        return CLI_CONTINUE;
    default:
        return xl_usage();
    }
}

/* ---- snmp.conf ---- */

static int directive(void *ctx, const char *section, const char *token,
                     const char *value, const char *file, int line,
                     struct sk_error *err)
{
    static const char *const lists[3] = { "mibs", "mibdirs", "mibfile" };
    struct xlate *x = ctx;
    int i;

    (void)file;
    (void)line;
    if (strcasecmp(section, "snmp") != 0)
        return 0;
    for (i = 0; i < 3; i++) {
        if (strcasecmp(token, lists[i]) != 0)
            continue;
        if (x->o.n_conf_mib[i] < 8 && x->nkept < XL_KEPT_MAX) {
            char *copy = strdup(value);

            if (copy == NULL)
                return 0;
            x->kept[x->nkept++] = copy;
            x->o.conf_mib[i][x->o.n_conf_mib[i]++] = copy;
        }
        return 0;
    }
    if (strcasecmp(token, "showMibErrors") == 0) {
        x->o.mib_errors_off = sk_conf_bool(value) == 0;
        return 0;
    }
    return sk_fmt_opts_directive(&x->o.fmt, token, value, err) < 0 ? -1 : 0;
}

static void conf_warn(void *ctx, const char *message)
{
    (void)ctx;
    fprintf(stderr, "%s\n", message);
}

void xl_read_conf(struct xlate *x)
{
    struct sk_conf_reader r = {
        .handle = directive, .warn = conf_warn, .ctx = x,
        .section = "snmpapp",
    };
    struct sk_error err;

    sk_conf_load(&r, "snmpapp", SK_SYSCONFDIR ":~/.snmp", &err);
    if (x->descr)
        toggle(x->o.parse_letters, sizeof x->o.parse_letters, 'd');
}
