/* opts_int.h - state shared by the option parser's files (apps/common
 * opts.c, opts_letters.c, config.c); not for the apps themselves. */
#ifndef SK_APPS_OPTS_INT_H
#define SK_APPS_OPTS_INT_H

#include "common/cli.h"

struct cli_parse_state {
    const struct cli_app *app;
    struct cli_opts *o;
    char pending;             /* option letter waiting for the next word */
    char pending_sub;         /* its sub-letter (-CE: 'E', -3x: 'x') */
    const char **longopts;    /* "--name=value" words, without the "--" */
    int nlong;
    const char **ylines;      /* -Y arguments, in order */
    int ny;
    /* snmp.conf defaults, used where the command line left a gap */
    int pass;                 /* 1: pre-MIB directives, 2: the rest */
    int conf_version;
    const char *conf_community;
    int conf_retries;
    long conf_timeout_us;
};

/* Handle option LETTER with argument ARG (NULL for flags).  Returns
 * CLI_CONTINUE, or the exit code after printing Net-SNMP's message. */
int cli_handle_option(struct cli_parse_state *st, char letter,
                      const char *arg);
/* Give WORD (NULL at the end of argv) to the pending next-word option;
 * returns as cli_handle_option. */
int cli_pending_word(struct cli_parse_state *st, const char *word);
/* Read snmp.conf, apply -Y and --name=value, resolve defaults and split
 * off AGENT.  Returns CLI_CONTINUE, else an exit code. */
int cli_apply_config(struct cli_parse_state *st);
/* Print the message and the usage text; returns the exit code 1. */
int cli_usage_error(struct cli_parse_state *st, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* SNMPv3 letters (a A x X l u n e E Z and the -3 m M k K keys):
 * returns as cli_handle_option. */
int cli_v3_option(struct cli_parse_state *st, char letter, const char *arg);
/* The v3 snmp.conf directives (defSecurityName ...): 0 handled, 1 not
 * one of them, -1 bad value (*err set). */
int cli_v3_directive(struct cli_opts *o, const char *token,
                     const char *value, struct sk_error *err);
/* After configuration: defaults, and Net-SNMP's key-generation checks of
 * -A/-X.  Returns CLI_CONTINUE or an exit code. */
int cli_v3_finish(struct cli_opts *o);

/* Before a v3 session: a pass phrase from snmp.conf that is too short
 * fails only now, with Net-SNMP's two lines.  Returns 0 or -1. */
int cli_v3_check_conf_passphrases(const struct cli_opts *o);

/* Keep S alive until cli_opts_free; returns the kept copy or NULL. */
const char *cli_keep(struct cli_opts *o, const char *s);
void cli_opts_release(struct cli_opts *o);
void cli_parse_state_clear(struct cli_parse_state *st);

#endif
