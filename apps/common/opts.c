/* opts.c - the common option table (snmpcmd(1)) and the popt loop.
 *
 * popt does the parsing, including GNU-style permutation for the get and
 * walk apps and POSIX order (POPT_CONTEXT_POSIXMEHARDER) for snmpset.
 * Two Net-SNMP habits need help on top of it:
 *  - "--token=value" sets any snmp.conf directive; popt cannot declare a
 *    wildcard long option, so those words are lifted out of argv first.
 *  - Some letters take the *next* word (-CE OID, -Op PREC, -3x PROTO,
 *    -Is SUFFIX, -Lf FILE).  popt hands every non-option word to us as a
 *    "leftover" in order, so the first leftover seen after such an option
 *    is its argument. */
#include <popt.h>
#include <stdlib.h>
#include <string.h>

#include "common/cli.h"
#include "common/opts_int.h"

/* Letters of Net-SNMP's getopt string that take an argument. */
static const char arg_letters[] = "YmMOIPDvrtcZeEnulxXaApT3LsC";

static const struct poptOption common_table[] = {
    { "help", 'h', POPT_ARG_NONE, NULL, 'h', NULL, NULL },
    { "version", 'V', POPT_ARG_NONE, NULL, 'V', NULL, NULL },
    { NULL, 'H', POPT_ARG_NONE, NULL, 'H', NULL, NULL },
    { NULL, 'd', POPT_ARG_NONE, NULL, 'd', NULL, NULL },
#define ARG(c) { NULL, c, POPT_ARG_STRING, NULL, c, NULL, NULL }
    ARG('Y'), ARG('m'), ARG('M'), ARG('O'), ARG('I'), ARG('P'), ARG('D'),
    ARG('v'), ARG('r'), ARG('t'), ARG('c'), ARG('Z'), ARG('e'), ARG('E'),
    ARG('n'), ARG('u'), ARG('l'), ARG('x'), ARG('X'), ARG('a'), ARG('A'),
    ARG('p'), ARG('T'), ARG('3'), ARG('L'), ARG('s'),
    POPT_TABLEEND
};

static const struct poptOption app_table[] = {
    ARG('C'),
    { NULL, '\0', POPT_ARG_INCLUDE_TABLE, (void *)common_table, 0, NULL,
      NULL },
    POPT_TABLEEND
};
#undef ARG

/* Move "--name[=value]" words (not --help/--version) out of ARGV into
 * ST->longopts, keeping the rest in order.  Stops at "--" and, for
 * POSIX-order apps, at the first operand. */
static void lift_long_options(struct cli_parse_state *st, int *argc,
                              char **argv, bool posix)
{
    int in, out = 1;
    bool done = false;

    for (in = 1; in < *argc; in++) {
        const char *a = argv[in];

        if (!done && strncmp(a, "--", 2) == 0 && a[2] != '\0' &&
            strcmp(a, "--help") != 0 && strcmp(a, "--version") != 0) {
            st->longopts[st->nlong++] = a + 2;
            continue;
        }
        argv[out++] = argv[in];
        if (done)
            continue;
        if (strcmp(a, "--") == 0 || (a[0] != '-' && posix)) {
            done = true;
        } else if (a[0] == '-' && a[1] != '\0' && a[1] != '-') {
            /* skip the argument word of "-c public" style options */
            const char *l = a + 1;

            while (*l != '\0' && strchr(arg_letters, *l) == NULL)
                l++;
            if (*l != '\0' && l[1] == '\0' && in + 1 < *argc)
                argv[out++] = argv[++in];
        }
    }
    *argc = out;
    argv[out] = NULL;
}

/* Collect the leftovers popt has seen so far; the first new one goes to
 * a pending next-word option, the rest become operands. */
static int drain(poptContext con, struct cli_parse_state *st)
{
    const char *w;

    for (w = poptGetArg(con); w != NULL; w = poptGetArg(con)) {
        /* popt's strings die with its context: keep a copy */
        w = cli_keep(st->o, w);
        if (w == NULL)
            return 1;
        if (st->pending != 0) {
            int rc = cli_pending_word(st, w);

            if (rc != CLI_CONTINUE)
                return rc;
            continue;
        }
        st->o->args[st->o->nargs++] = w;
    }
    return CLI_CONTINUE;
}

static void report_popt_error(const struct cli_app *app, poptContext con,
                              int rc)
{
    const char *bad = poptBadOption(con, POPT_BADOPTION_NOALIAS);
    char letter = '?';

    if (bad != NULL && bad[0] == '-') {
        const char *l = bad + 1;

        /* the first letter popt could not use */
        while (*l != '\0' && strchr(arg_letters, *l) == NULL &&
               strchr("hVHd", *l) != NULL)
            l++;
        if (*l != '\0')
            letter = *l;
    }
    if (rc == POPT_ERROR_NOARG)
        fprintf(stderr, "%s: option requires an argument -- '%c'\n",
                app->name, letter);
    else
        fprintf(stderr, "%s: invalid option -- '%c'\n", app->name, letter);
}

/* Run popt over ARGV; handled options update ST.  Returns CLI_CONTINUE
 * or an exit code. */
static int run_popt(struct cli_parse_state *st, int argc, char **argv)
{
    const struct cli_app *app = st->app;
    poptContext con;
    int rc, ret = CLI_CONTINUE;

    con = poptGetContext(app->name, argc, (const char **)argv, app_table,
                         app->posix_order ? POPT_CONTEXT_POSIXMEHARDER : 0);
    for (rc = poptGetNextOpt(con); rc > 0; rc = poptGetNextOpt(con)) {
        char *arg = poptGetOptArg(con);
        int r = drain(con, st);

        if (r == CLI_CONTINUE)
            r = cli_handle_option(st, (char)rc, arg);
        free(arg);
        if (r != CLI_CONTINUE) {
            ret = r;
            break;
        }
    }
    if (ret == CLI_CONTINUE && rc < -1) {
        report_popt_error(app, con, rc);
        cli_usage(app);
        ret = 1;
    }
    if (ret == CLI_CONTINUE) {
        ret = drain(con, st);
        if (ret == CLI_CONTINUE && st->pending != 0)
            ret = cli_pending_word(st, NULL);
    }
    poptFreeContext(con);
    return ret;
}

int cli_parse(const struct cli_app *app, int argc, char **argv,
              struct cli_opts *o)
{
    struct cli_parse_state st;
    int rc;

    memset(o, 0, sizeof *o);
    o->prog = app->name;
    o->version = -1;
    o->retries = -1;
    o->timeout_us = -1;
    o->log = stderr;
    sk_fmt_opts_init(&o->fmt);
    memset(&st, 0, sizeof st);
    st.app = app;
    st.o = o;
    st.longopts = calloc((size_t)argc + 1, sizeof *st.longopts);
    st.ylines = calloc((size_t)argc + 1, sizeof *st.ylines);
    o->args = calloc((size_t)argc + 1, sizeof *o->args);
    o->args_mem = o->args;
    if (st.longopts == NULL || st.ylines == NULL || o->args == NULL) {
        fprintf(stderr, "%s: out of memory\n", app->name);
        rc = 1;
        goto out;
    }
    lift_long_options(&st, &argc, argv, app->posix_order);
    rc = run_popt(&st, argc, argv);
    if (rc == CLI_CONTINUE)
        rc = cli_apply_config(&st);
out:
    cli_parse_state_clear(&st);
    return rc;
}

void cli_opts_free(struct cli_opts *o)
{
    cli_print_release();
    sk_mib_free(o->mib);
    o->mib = NULL;
    free(o->args_mem);
    o->args_mem = NULL;
    o->args = NULL;
    cli_opts_release(o);
}
