/* cli.h - what the command apps share: the common option table and its
 * parser, snmp.conf handling, session setup, and printing.  Only apps/
 * include popt, print or exit. */
#ifndef SK_APPS_CLI_H
#define SK_APPS_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "snmpkit.h"

#define CLI_MAX_OIDS 128 /* Net-SNMP's limit per request */
#define CLI_CONTINUE (-1) /* "no exit code yet": keep going */

/* c_opt is called for each -C argument (e.g. "-Cr50" gives "r50").  It
 * returns 0, or 1 when the letters need the next command-line word (-CE
 * OID), which then arrives through c_next; -1 after printing its own
 * error; CLI_C_USAGE to have the usage text printed (exit 1). */
#define CLI_C_USAGE 2
struct cli_app {
    const char *name;         /* program name used in messages */
    const char *usage_args;   /* e.g. "AGENT OID [OID]..." */
    const char *c_help;       /* "-C APPOPTS" help lines, NULL for none */
    const char *tail_help;    /* text printed after the option help */
    bool posix_order;         /* options must precede AGENT (snmpset) */
    uint16_t default_port;    /* 161, or 162 for notifications */
    int (*c_opt)(void *ctx, const char *letters);
    int (*c_next)(void *ctx, const char *word);
    void *ctx;
};

/* The SNMPv3 settings (-u -l -a -A -x -X -e -E -n -Z -3m -3M -3k -3K and
 * the def* directives), decoded into what the session takes. */
struct cli_v3 {
    struct sk_usm_cfg usm;    /* byte fields point into the arrays below */
    bool level_set, auth_set, priv_set; /* given on the command line */
    bool auth_pass_conf, priv_pass_conf; /* pass phrase from snmp.conf */
    uint8_t sec_engine[32];
    uint8_t ctx_engine[32];
    uint8_t keys[4][64];      /* -3m -3M -3k -3K */
};

struct cli_opts {
    const char *prog;
    int version;              /* SK_VERSION_*, or -1 when not given */
    const char *community;    /* NULL when not given */
    int retries;              /* -1 when not given */
    long timeout_us;          /* -1 when not given */
    bool dump;                /* -d / dumpPacket */
    const char *local_addr;   /* -s / clientaddr */
    const char *default_domain; /* defDomain */
    long default_port;        /* defaultPort, 0 when not set */
    struct cli_v3 v3;
    struct sk_fmt_opts fmt;
    FILE *log;                /* -L destination: stderr, stdout or NULL */
    const char *mibs;         /* -m (for the MIB engine) */
    const char *mibdirs;      /* -M */
    const char *conf_mib[3][8]; /* mibs/mibdirs/mibfile lines, in order */
    int n_conf_mib[3];
    bool mib_errors_off;      /* showMibErrors no */
    struct sk_mib *mib;       /* loaded MIBs, or NULL for none */
    const char *in_suffix;    /* -Is */
    const char *in_prefix;    /* -IS */
    char in_letters[16];      /* -I letters in effect (b r R u) */
    char parse_letters[16];   /* -P letters in effect */
    char **kept;              /* strings owned by the options (cli_keep) */
    int nkept;
    /* operands */
    const char *agent;
    const char **args;        /* the operands after AGENT */
    int nargs;
    const char **args_mem;    /* owned array behind args */
};

/* Parse ARGV, read snmp.conf (APP->name's section) and apply the
 * command line over it.  CLI_CONTINUE to go on, else the exit code (0
 * for -V/-H, 1 for errors and -h) after Net-SNMP's output.  Free O with
 * cli_opts_free in either case. */
int cli_parse(const struct cli_app *app, int argc, char **argv,
              struct cli_opts *o);
void cli_opts_free(struct cli_opts *o);

/* Usage text as Net-SNMP's, on stderr; cli_usage_oil: its -O/-I/-L. */
void cli_usage(const struct cli_app *app);
extern const char cli_usage_oil[];

/* Load the MIB modules the defaults, MIBDIRS/MIBS/MIBFILES, snmp.conf
 * and -M/-m/-P ask for into O->mib (NULL when the list is empty, as with
 * Debian's "mibs :"), printing the parser's diagnostics as Net-SNMP
 * does.  Returns 0, or -1 when out of memory.  cli_mib_read_prefix: a
 * MODULE:: prefix of TEXT naming a module not read yet is read now, as
 * Net-SNMP's get_module_node does, with its diagnostics. */
int cli_mib_load(struct cli_opts *o);
void cli_mib_read_prefix(const struct cli_opts *o, const char *text);

/* The session settings O describes (all but the local address), with
 * DEFAULT_PORT unless defaultPort is set. */
void cli_session_cfg(const struct cli_opts *o, uint16_t default_port,
                     struct sk_session_cfg *cfg);

/* The session O describes; NULL after Net-SNMP's message. */
struct sk_session *cli_session_open(const struct cli_opts *o,
                                    const struct cli_app *app);

/* An OID argument as Net-SNMP parses it; -1 after its message. */
int cli_parse_oid(const struct cli_opts *o, const char *text,
                  struct sk_oid *out);

/* One varbind line to stdout; cli_print_release (cli_opts_free) frees. */
void cli_print_varbind(const struct cli_opts *o, const struct sk_varbind *vb);
void cli_print_release(void);
/* The OID alone ("Failed object:", walk errors). */
void cli_print_oid(const struct cli_opts *o, FILE *fp,
                   const struct sk_oid *oid);
/* "Error in packet[.]\nReason: ...\nFailed object: ...\n" on stderr. */
void cli_print_pdu_error(const struct cli_opts *o, const struct sk_pdu *resp,
                         bool period);
/* "PROG: text (detail)" on stderr as snmp_sess_perror (+ stale_detail.h). */
void cli_perror(const struct cli_opts *o, const struct sk_error *err);
/* Print a library failure the way the app's Net-SNMP twin does: timeouts
 * as "Timeout: No Response from AGENT" plus PERIOD, others via
 * cli_perror. */
void cli_print_failure(const struct cli_opts *o, const struct sk_error *err,
                       bool period);

/* The -d packet dump: an sk_trace_fn whose CTX is the cli_opts. */
void cli_trace_packet(void *ctx, bool sent, const char *desc,
                      const uint8_t *p, size_t n);
/* sk_drop_fn (CTX the cli_opts): Net-SNMP's "bad type returned (TAG)". */
void cli_drop_message(void *ctx, const struct sk_error *why);
/* A -C argument whose only letter is LETTER, toggling *FLAG each time;
 * any other letter prints Net-SNMP's "Unknown flag" and returns -1. */
int cli_c_toggle(const char *letters, char letter, bool *flag);
/* -Cn<NUM> / -Cr<NUM>: read the number after the letter at *P (strtol,
 * base 0, as Net-SNMP) and advance *P; -1 when no number is there. */
int cli_bulk_number(const char **p, long *out);

/* The shared GET / GETNEXT / GETBULK routine of snmpget, snmpgetnext and
 * snmpbulkget: OID arguments from o->args.  FIX: resend without the
 * failed varbind after an error-status (Net-SNMP's default, off with
 * -Cf).  Returns the exit code. */
int cli_request(const struct cli_opts *o, const struct cli_app *app,
                enum sk_pdu_type type, bool fix, int32_t non_repeaters,
                int32_t max_repetitions);

/* snmpget and snmpgetnext: NAME the program, TYPE the PDU; exit code. */
int cli_get_main(int argc, char **argv, const char *name,
                 enum sk_pdu_type type);

#endif
