/* opts_letters.c - what each common option letter does, with Net-SNMP's
 * messages for bad values (snmp_parse_args.c). */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "config.h"
#include "common/cli.h"
#include "common/opts_int.h"

int cli_usage_error(struct cli_parse_state *st, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    cli_usage(st->app);
    return 1;
}

const char *cli_keep(struct cli_opts *o, const char *s)
{
    char *copy = strdup(s);
    char **n;

    if (copy == NULL)
        return NULL;
    n = realloc(o->kept, ((size_t)o->nkept + 1) * sizeof *n);
    if (n == NULL) {
        free(copy);
        return NULL;
    }
    o->kept = n;
    o->kept[o->nkept++] = copy;
    return copy;
}

void cli_opts_release(struct cli_opts *o)
{
    int i;

    for (i = 0; i < o->nkept; i++)
        free(o->kept[i]);
    free(o->kept);
    o->kept = NULL;
    o->nkept = 0;
    if (o->log != NULL && o->log != stderr && o->log != stdout)
        fclose(o->log);
    o->log = NULL;
}

static int version_option(struct cli_parse_state *st, const char *arg)
{
    if (strcmp(arg, "1") == 0)
        st->o->version = SK_VERSION_1;
    else if (strcasecmp(arg, "2c") == 0)
        st->o->version = SK_VERSION_2C;
    else if (strcmp(arg, "3") == 0)
        st->o->version = SK_VERSION_3;
    else
        return cli_usage_error(st, "Invalid version specified after -v flag: "
                           "%s\n", arg);
    return CLI_CONTINUE;
}

/* -r and -t: Net-SNMP reads them with strtol/strtod and ignores
 * trailing junk, but wants at least one digit and a sane value. */
static int number_option(struct cli_parse_state *st, char letter,
                         const char *arg)
{
    char *end;

    if (letter == 'r') {
        long n = strtol(arg, &end, 10);

        if (end == arg || n < 0)
            return cli_usage_error(st, "Invalid number of retries after -r "
                               "flag.\n");
        st->o->retries = n > 1000000 ? 1000000 : (int)n;
    } else {
        double t = strtod(arg, &end);

        if (end == arg || !(t > 0) || t > 1e6)
            return cli_usage_error(st, "Invalid timeout in seconds after -t "
                               "flag.\n");
        st->o->timeout_us = (long)(t * 1000000.0);
    }
    return CLI_CONTINUE;
}

/* -O: 'p' takes the next word; the other letters toggle in sk_fmt. */
static int output_option(struct cli_parse_state *st, const char *arg)
{
    char letters[64];
    size_t n = 0;
    bool consumed;
    char bad = 0;

    for (; *arg != '\0' && n + 1 < sizeof letters; arg++) {
        if (*arg == 'p') {
            st->pending = 'O';
            st->pending_sub = 'p';
        } else {
            letters[n++] = *arg;
        }
    }
    letters[n] = '\0';
    if (sk_fmt_opts_apply(&st->o->fmt, letters, NULL, &consumed, &bad) < 0) {
        char b[2] = { bad, '\0' };

        return cli_usage_error(st, "Unknown output option passed to -O: %s.\n",
                           b);
    }
    return CLI_CONTINUE;
}

/* Toggle LETTER in the set S (the way -I and -P letters toggle). */
static void toggle(char *s, size_t cap, char letter)
{
    char *p = strchr(s, letter);
    size_t n = strlen(s);

    if (p != NULL)
        memmove(p, p + 1, strlen(p));
    else if (n + 1 < cap) {
        s[n] = letter;
        s[n + 1] = '\0';
    }
}

static int letters_option(struct cli_parse_state *st, char which,
                          const char *arg)
{
    struct cli_opts *o = st->o;
    char b[2] = { 0, 0 };

    for (; *arg != '\0'; arg++) {
        b[0] = *arg;
        if (which == 'P' && strchr("ucdewWR", *arg) != NULL) {
            toggle(o->parse_letters, sizeof o->parse_letters, *arg);
        } else if (which == 'I' && strchr("brRu", *arg) != NULL) {
            toggle(o->in_letters, sizeof o->in_letters, *arg);
        } else if (which == 'I' && *arg == 'h') {
            o->fmt.no_display_hint = !o->fmt.no_display_hint;
        } else if (which == 'I' && (*arg == 's' || *arg == 'S')) {
            st->pending = 'I';
            st->pending_sub = *arg;
        } else if (which == 'P') {
            return cli_usage_error(st, "Unknown parsing option passed to -P: "
                               "%s.\n", b);
        } else {
            return cli_usage_error(st, "Unknown input option passed to -I: "
                               "%s.\n", b);
        }
    }
    return CLI_CONTINUE;
}

/* -L: where messages go.  e/o/n and their priority-filtered capitals
 * E/O/N (priority attached or as the next word); f FILE and F PRI FILE
 * (file truncated, as Net-SNMP does); s/S syslog is not done yet and
 * discards. */
static int log_option(struct cli_parse_state *st, const char *arg)
{
    char b[2] = { arg[0], '\0' };

    switch (arg[0]) {
    case 'e': case 'E': st->o->log = stderr; break;
    case 'o': case 'O': st->o->log = stdout; break;
    case 'n': case 'N': st->o->log = NULL; break;
    case 's': case 'S': st->o->log = NULL; break;
    case 'f': case 'F':
        if (arg[0] == 'f' && arg[1] != '\0') {
            st->o->log = fopen(arg + 1, "w");
            return CLI_CONTINUE;
        }
        st->pending = 'L';
        st->pending_sub = 'f';
        return CLI_CONTINUE;
    default:
        return cli_usage_error(st, "Unknown logging option passed to -L: %s.\n",
                           b);
    }
    if (strchr("EON", arg[0]) != NULL && arg[1] == '\0') {
        st->pending = 'L';
        st->pending_sub = 'p'; /* the priority word, not used */
    }
    return CLI_CONTINUE;
}

static void debug_option(struct cli_parse_state *st, const char *arg)
{
    const char *p = arg;

    while (*p != '\0') {
        size_t n = strcspn(p, ",");

        if (st->o->log != NULL && n > 0)
            fprintf(st->o->log, "registered debug token %.*s, 1\n", (int)n,
                    p);
        p += n;
        if (*p == ',')
            p++;
    }
}

int cli_c_toggle(const char *letters, char letter, bool *flag)
{
    for (; *letters != '\0'; letters++) {
        if (*letters != letter) {
            fprintf(stderr, "Unknown flag passed to -C: %c\n", *letters);
            return -1;
        }
        *flag = !*flag;
    }
    return 0;
}

int cli_bulk_number(const char **p, long *out)
{
    char *end;

    *out = strtol(*p, &end, 0);
    if (end == *p)
        return -1;
    *p = end;
    return 0;
}

static int app_option(struct cli_parse_state *st, const char *arg)
{
    int rc = st->app->c_opt(st->app->ctx, arg);

    if (rc < 0)
        return 1;
    if (rc == CLI_C_USAGE) {
        cli_usage(st->app);
        return 1;
    }
    if (rc == 1)
        st->pending = 'C';
    return CLI_CONTINUE;
}

/* -H: the directives we understand, in Net-SNMP's layout. */
static void print_directives(void)
{
    static const char *const rows[][2] = {
        { "mibdirs", "[mib-dirs|+mib-dirs|-mib-dirs]" },
        { "mibs", "[mib-tokens|+mib-tokens|-mib-tokens]" },
        { "printNumericEnums", "(1|yes|true|0|no|false)" },
        { "printNumericOids", "(1|yes|true|0|no|false)" },
        { "escapeQuotes", "(1|yes|true|0|no|false)" },
        { "dontBreakdownOids", "(1|yes|true|0|no|false)" },
        { "quickPrinting", "(1|yes|true|0|no|false)" },
        { "numericTimeticks", "(1|yes|true|0|no|false)" },
        { "oidOutputFormat", "integerValue" },
        { "suffixPrinting", "integerValue" },
        { "extendedIndex", "(1|yes|true|0|no|false)" },
        { "printHexText", "(1|yes|true|0|no|false)" },
        { "printValueOnly", "(1|yes|true|0|no|false)" },
        { "dontPrintUnits", "(1|yes|true|0|no|false)" },
        { "hexOutputLength", "integerValue" },
        { "dumpPacket", "(1|yes|true|0|no|false)" },
        { "defaultPort", "integerValue" },
        { "defCommunity", "string" },
        { "noDisplayHint", "(1|yes|true|0|no|false)" },
        { "clientaddr", "string" },
        { "timeout", "integerValue" },
        { "retries", "integerValue" },
        { "outputPrecision", "string" },
        { "defDomain", "application domain" },
        { "defVersion", "1|2c|3" },
    };
    size_t i;

    fprintf(stderr, "Configuration directives understood:\n"
                    "  In snmp.conf and snmp.local.conf:\n");
    for (i = 0; i < sizeof rows / sizeof rows[0]; i++)
        fprintf(stderr, "    %-24s %s\n", rows[i][0], rows[i][1]);
}

int cli_handle_option(struct cli_parse_state *st, char letter,
                      const char *arg)
{
    struct cli_opts *o = st->o;

    switch (letter) {
    case 'h': cli_usage(st->app); return 1;
    case 'V': fprintf(stderr, "snmpkit version: %s\n", PACKAGE_VERSION);
        return 0;
    case 'H': print_directives(); return 0;
    case 'd': o->dump = true; break;
    case 'Y': st->ylines[st->ny++] = cli_keep(o, arg); break;
    case 'm': o->mibs = cli_keep(o, arg); break;
    case 'M': o->mibdirs = cli_keep(o, arg); break;
    case 'O': return output_option(st, arg);
    case 'I': case 'P': return letters_option(st, letter, arg);
    case 'L': return log_option(st, arg);
    case 'D': debug_option(st, arg); break;
    case 'v': return version_option(st, arg);
    case 'r': case 't': return number_option(st, letter, arg);
    case 'c': o->community = cli_keep(o, arg); break;
    case 's': o->local_addr = cli_keep(o, arg); break;
    case 'C': return app_option(st, arg);
    case 'p':
        return cli_usage_error(st, "Warning: -p option is no longer used - "
                           "specify the remote host as HOST:PORT\n");
    case 'T':
        if (strchr(arg, '=') == NULL)
            return cli_usage_error(st, "-T expects a NAME=VALUE pair.\n");
        break;
    case '3':
        st->pending = '3';
        st->pending_sub = arg[0];
        break;
    default:
        return cli_v3_option(st, letter, arg);
    }
    return CLI_CONTINUE;
}

int cli_pending_word(struct cli_parse_state *st, const char *word)
{
    char kind = st->pending, sub = st->pending_sub;
    bool consumed;
    char bad;

    st->pending = 0;
    if (word == NULL) {
        cli_usage(st->app);
        return 1;
    }
    switch (kind) {
    case 'C': return st->app->c_next(st->app->ctx, word) < 0 ? 1
                                                             : CLI_CONTINUE;
    case 'O':
        sk_fmt_opts_apply(&st->o->fmt, "p", word, &consumed, &bad);
        break;
    case 'I':
        if (sub == 's')
            st->o->in_suffix = cli_keep(st->o, word);
        else
            st->o->in_prefix = cli_keep(st->o, word);
        break;
    case 'L':
        if (sub == 'f')
            st->o->log = fopen(word, "w"); /* Net-SNMP truncates */
        break;
    case '3':
        return sub == 'm' || sub == 'M' || sub == 'k' || sub == 'K'
                   ? cli_v3_option(st, sub, word)
                   : cli_handle_option(st, sub, word);
    default:
        break;
    }
    return CLI_CONTINUE;
}

void cli_parse_state_clear(struct cli_parse_state *st)
{
    free(st->longopts);
    free(st->ylines);
    st->longopts = NULL;
    st->ylines = NULL;
}
