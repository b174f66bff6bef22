/* stale_detail.h - Net-SNMP's leftover lookup detail (stale_detail.c):
 * after "sysName.0" is found by random access, the next library error
 * reads "Unknown user name (Sub-id not found: (top) -> sysName)". */
#ifndef SK_APPS_STALE_DETAIL_H
#define SK_APPS_STALE_DETAIL_H

#include "common/cli.h"

/* TEXT was parsed as an OID under O's -I letters: remember the detail
 * Net-SNMP's lookup from the root would have left, if any. */
void cli_note_lookup(const struct cli_opts *o, const char *text);
/* "PROG: text (detail)" on LOG (none when NULL), as Net-SNMP's
 * snmp_sess_perror: the remembered detail is appended once, then
 * forgotten, unless ERR has a detail of its own. */
void cli_print_error(FILE *log, const char *prog, const struct sk_error *err);
/* Forget it: a failed lookup prints its own detail instead. */
void cli_forget_stale_detail(void);

#endif
