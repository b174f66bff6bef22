/* mib_info.h - questions about the loaded tree, for formatting and for
 * snmptranslate's reports (walking it, finding by regex, which modules
 * define a node), and the module-list helper.  Included by mib.h.
 * Everything returned is owned by the struct sk_mib and valid until
 * sk_mib_free. */
#ifndef SK_MIB_MIB_INFO_H
#define SK_MIB_MIB_INFO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/err.h"

struct sk_mib;
struct sk_mib_node;

/* Write NODE's OID into ARCS (room for MAX); returns the length, or 0
 * when it would not fit. */
size_t sk_mib_node_oid(const struct sk_mib_node *node, uint32_t *arcs,
                       size_t max);
/* Pre-order successor of NODE over all roots (NULL: the first root);
 * NULL at the end.  For -Tp/-To/-Ts dumps. */
const struct sk_mib_node *sk_mib_next(const struct sk_mib *mib,
                                      const struct sk_mib_node *node);

/* NODE's children in the order Net-SNMP's parser links them (which
 * -Ta, -TB and -Ib ties follow): OUT gets them if MAX allows; returns
 * their number (0 when MAX is too small). */
size_t sk_mib_children_native(const struct sk_mib *mib,
                              const struct sk_mib_node *node,
                              const struct sk_mib_node **out, size_t max);
/* Visit every node, parent first, in Net-SNMP's order: roots iso, ccitt,
 * joint-iso-ccitt, children as sk_mib_children_native.  FN returns false
 * to stop; so does this function then (or when out of memory). */
bool sk_mib_walk_native(const struct sk_mib *mib,
                        bool (*fn)(void *ctx, const struct sk_mib_node *n),
                        void *ctx);
/* -Ib: the node whose label REGEX (POSIX extended, case-insensitive)
 * matches earliest, the first in sk_mib_walk_native order on ties.
 * NULL, and *ERR set to SK_ERR_UNKNOWN_OID, when nothing matches or
 * REGEX is invalid or not tame. */
const struct sk_mib_node *sk_mib_find_best(const struct sk_mib *mib,
                                           const char *regex,
                                           struct sk_error *err);
/* False for a REGEX that would make regcomp() use unbounded memory (a
 * run of three or more of + * ? { } ( ) |). */
bool sk_mib_regex_tame(const char *regex);
/* Net-SNMP's number for the textual convention (or type assignment)
 * NAME of MODULE (any module when NULL), as snmptranslate -Tt shows it
 * ("tc=N"), or -1 when it has none. */
long sk_mib_tc_number(const struct sk_mib *mib, const char *name,
                      const char *module);
/* Read MODULE (and what it imports) into a loaded MIB, as Net-SNMP does
 * when a MODULE:: prefix names a module it has not read.  0 when MODULE
 * is loaded, -1 when it is missing or broken; problems add diagnostics
 * (a module reported missing just before is not reported again). */
int sk_mib_load_module(struct sk_mib *mib, const char *module);
/* True when MODULE was loaded (found and parsed without error). */
bool sk_mib_has_module(const struct sk_mib *mib, const char *module);

/* NODE's label, or for an arc no module names the "anonymous#N" that
 * Net-SNMP's reports call it (written into BUF of LEN), or "". */
const char *sk_mib_node_name(const struct sk_mib_node *node, char *buf,
                             size_t len);
/* NODE's module; for an unnamed arc, the module that made it. */
const char *sk_mib_node_module(const struct sk_mib_node *node);
/* The modules that bind NODE's own label to NODE, in the order they did
 * so (the node's defining module need not come first).  Fills up to MAX
 * entries of OUT and returns how many there are in all; 0 for a node
 * without a label or a module. */
size_t sk_mib_node_modules(const struct sk_mib *mib,
                           const struct sk_mib_node *node,
                           const char **out, size_t max);


/* Combine a list setting with a new value the way Net-SNMP does: "+X"
 * appends to BASE, "-X" prepends, anything else replaces.  Caller frees;
 * NULL when out of memory. */
char *sk_mib_list_combine(const char *base, const char *spec);

#endif
