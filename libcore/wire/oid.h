/* oid.h - object identifiers as fixed-capacity arc arrays. */
#ifndef SK_WIRE_OID_H
#define SK_WIRE_OID_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "base/err.h"

#define SK_OID_MAX 128 /* sub-identifiers, as Net-SNMP's MAX_OID_LEN */

struct sk_oid {
    uint32_t arc[SK_OID_MAX];
    size_t len;
};

/* Lexicographic compare: <0, 0, >0 (a shorter prefix sorts first). */
int sk_oid_cmp(const struct sk_oid *a, const struct sk_oid *b);
/* True when OID starts with PREFIX (equal counts as a prefix). */
bool sk_oid_has_prefix(const struct sk_oid *oid, const struct sk_oid *prefix);
/* Set OUT from an arc array; -1 (SK_ERR_TOO_LONG) if N > SK_OID_MAX. */
int sk_oid_set(struct sk_oid *out, const uint32_t *arcs, size_t n,
               struct sk_error *err);
/* Append one arc; -1 (SK_ERR_TOO_LONG) when full. */
int sk_oid_append(struct sk_oid *oid, uint32_t arc, struct sk_error *err);

/* Parse purely numeric dotted text ("1.3.6.1", ".1.3.6.1").  Fails with
 * SK_ERR_UNKNOWN_OID on anything else (names are the MIB's job). */
int sk_oid_parse_numeric(const char *text, struct sk_oid *out,
                         struct sk_error *err);
/* Append ".1.3.6..." (leading dot, as -On prints) to OUT. */
int sk_oid_format_numeric(const struct sk_oid *oid, struct sk_buf *out);

#endif
