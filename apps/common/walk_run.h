/* walk_run.h - the walk of snmpwalk and snmpbulkwalk (walk_run.c). */
#ifndef SK_APPS_WALK_RUN_H
#define SK_APPS_WALK_RUN_H

#include "common/cli.h"

/* The -C settings of snmpwalk and snmpbulkwalk. */
struct cli_walk_flags {
    bool bulk;              /* snmpbulkwalk */
    bool dont_check;        /* -Cc */
    bool include_requested; /* -Ci */
    bool no_fallback;       /* -CI */
    bool print_count;       /* -Cp */
    bool time_total;        /* -Ct */
    bool time_each;         /* -CT */
    const char *end_text;   /* -CE OID */
    long non_repeaters;     /* -Cn */
    long max_reps;          /* -Cr */
};

/* The walk of snmpwalk / snmpbulkwalk, printing as Net-SNMP does.
 * Returns the exit code. */
int cli_walk(const struct cli_opts *o, const struct cli_app *app,
             const struct cli_walk_flags *f);

#endif
