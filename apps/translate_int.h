/* translate_int.h - the parts of snmptranslate (apps/snmptranslate.c and
 * apps/translate_*.c): the options in effect and the report writers. */
#ifndef SK_APPS_TRANSLATE_INT_H
#define SK_APPS_TRANSLATE_INT_H

#include <stdbool.h>
#include <stdio.h>

#include "common/cli.h"
#include "snmpkit.h"

/* -T report letters; several may be combined (-Tos). */
#define XL_REPORT_LABELED 0x01u /* -Tl */
#define XL_REPORT_OID     0x02u /* -To */
#define XL_REPORT_SYMBOL  0x04u /* -Ts */
#define XL_REPORT_CHILD   0x08u /* -Tz */
#define XL_REPORT_SUFFIX  0x10u /* -Tt */

#define XL_KEPT_MAX 24

struct xlate {
    struct cli_opts o;
    char in_letters[16];      /* -I toggles in effect (R b u r) */
    const char *suffix;       /* -Is */
    const char *prefix;       /* -IS */
    int print;                /* 0, 1 -Tp, 2 -Ta, 3 a -T report */
    unsigned report;          /* XL_REPORT_* */
    bool details;             /* -Td */
    bool find_all;            /* -TB */
    bool descr;               /* keep DESCRIPTIONs (-Td sets, -Pd toggles) */
    long width;               /* -w, default 1000000 */
    struct sk_mib *empty;     /* just the roots, when no MIB is loaded */
    char *kept[XL_KEPT_MAX];  /* snmp.conf values the options point to */
    int nkept;
};

/* The -h text (Net-SNMP's, with our version line) on stderr; returns
 * the exit code 1. */
int xl_usage(void);
/* -P -T -O -I -L with argument ARG (the -I s/S and -O p letters may take
 * the next word of ARGV).  Returns CLI_CONTINUE or an exit code after
 * printing Net-SNMP's message. */
int xl_letters(struct xlate *x, char opt, const char *arg, int argc,
               char **argv);
/* snmp.conf and snmpapp.conf: the MIB list and output directives. */
void xl_read_conf(struct xlate *x);

/* The tree the reports walk: the loaded MIB, or with none the bare
 * roots that Net-SNMP always has (NULL only when out of memory). */
const struct sk_mib *xl_mib(const struct xlate *x);

/* Net-SNMP's numeric node type (parse.h TYPE_*): the syntax for an
 * OBJECT-TYPE, 0 for plain nodes and tables, 20.. for the macros. */
int xl_node_type(const struct sk_mib_node *n);

/* One bound pair as Net-SNMP prints it: C ints, signed for INTEGER and
 * Integer32, unsigned for the string and unsigned types, nothing for
 * the others. */
void xl_print_range(FILE *fp, int type, const struct sk_mib_range *r);

/* -To -Ts -Tl -Tz -Tt: every node below the roots (print_oid_report). */
void xl_report(const struct xlate *x, FILE *fp);
/* -Tp: the subtree at NODE as an ASCII tree (print_mib_tree). */
void xl_tree(const struct xlate *x, FILE *fp, const struct sk_mib_node *n);
/* -Ta: the whole tree as OBJECT IDENTIFIER assignments. */
void xl_ascii_dump(const struct xlate *x, FILE *fp);
/* -Td: the definition of the deepest known node on ARCS[0..N). */
void xl_describe(const struct xlate *x, FILE *fp, const uint32_t *arcs,
                 size_t n);
/* -TB: print every node whose label matches REGEX, best first, with
 * -Td details when asked; returns how many matched. */
size_t xl_find_all(const struct xlate *x, FILE *fp, const char *regex);
/* Print ARCS in the -O style, then a newline. */
void xl_print_oid(const struct xlate *x, FILE *fp, const uint32_t *arcs,
                  size_t n);

#endif
