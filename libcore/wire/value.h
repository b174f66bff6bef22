/* value.h - typed SNMP values (a tagged union) and varbinds. */
#ifndef SK_WIRE_VALUE_H
#define SK_WIRE_VALUE_H

#include <stddef.h>
#include <stdint.h>

#include "base/err.h"
#include "wire/oid.h"

/* Wire tags (RFC 1155/2578/3416) plus Net-SNMP's Opaque-wrapped
 * specials, which travel as Opaque { 0x9f <tag> len value }. */
enum sk_type {
    SK_T_INTEGER = 0x02,
    SK_T_OCTETS = 0x04,
    SK_T_NULL = 0x05,
    SK_T_OID = 0x06,
    SK_T_IPADDR = 0x40,
    SK_T_COUNTER32 = 0x41,
    SK_T_GAUGE32 = 0x42,        /* = Unsigned32 */
    SK_T_TIMETICKS = 0x43,
    SK_T_OPAQUE = 0x44,         /* raw bytes, no recognised inner type */
    SK_T_NSAP = 0x45,
    SK_T_COUNTER64 = 0x46,
    SK_T_UINT32 = 0x47,         /* obsolete UInteger32 */
    SK_T_OPAQUE_COUNTER64 = 0x76, /* inner tags, 0x9f-prefixed on the wire */
    SK_T_OPAQUE_FLOAT = 0x78,
    SK_T_OPAQUE_DOUBLE = 0x79,
    SK_T_OPAQUE_I64 = 0x7a,
    SK_T_OPAQUE_U64 = 0x7b,
    SK_T_NOSUCHOBJECT = 0x80,
    SK_T_NOSUCHINSTANCE = 0x81,
    SK_T_ENDOFMIBVIEW = 0x82,
};

/* One value.  Which member is live depends on TYPE:
 *   INTEGER, OPAQUE_I64                       -> n.i
 *   COUNTER32, GAUGE32, UINT32, TIMETICKS,
 *   COUNTER64, OPAQUE_COUNTER64, OPAQUE_U64   -> n.u
 *   OPAQUE_FLOAT -> n.f; OPAQUE_DOUBLE -> n.d
 *   OCTETS, IPADDR (4 bytes), OPAQUE, NSAP    -> str/len (owned, may be NULL when len 0)
 *   OID                                       -> oid (owned)
 *   NULL and the three exceptions             -> nothing  */
struct sk_value {
    enum sk_type type;
    union {
        int64_t i;
        uint64_t u;
        float f;
        double d;
    } n;
    uint8_t *str;
    size_t len;
    struct sk_oid *oid;
};

struct sk_varbind {
    struct sk_oid name;
    struct sk_value value;
};

/* Free what V owns and make it NULL-typed.  Safe on a zeroed value. */
void sk_value_clear(struct sk_value *v);
/* Deep copy SRC into DST (DST is overwritten, not freed first). */
int sk_value_copy(struct sk_value *dst, const struct sk_value *src,
                  struct sk_error *err);
/* Setters: DST must be cleared/zeroed; bytes/oid are copied. */
void sk_value_set_null(struct sk_value *dst);
void sk_value_set_int(struct sk_value *dst, enum sk_type type, int64_t i);
void sk_value_set_uint(struct sk_value *dst, enum sk_type type, uint64_t u);
int sk_value_set_bytes(struct sk_value *dst, enum sk_type type,
                       const uint8_t *p, size_t n, struct sk_error *err);
int sk_value_set_oid(struct sk_value *dst, const struct sk_oid *oid,
                     struct sk_error *err);

#endif
