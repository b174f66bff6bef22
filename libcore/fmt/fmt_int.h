/* fmt_int.h - helpers shared by the fmt/ source files; not part of the
 * public API (apps include snmpkit.h only). */
#ifndef SK_FMT_FMT_INT_H
#define SK_FMT_FMT_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "fmt/fmt.h"

/* Net-SNMP's "printable" byte: isprint() || isspace() in the C locale. */
bool sk_fmt_printable(uint8_t c);

/* Append N bytes as "..." with '"' and '\\' escaped and unprintable
 * bytes shown as '.' (the -Oa rendering, and the plain one when every
 * byte is printable). */
int sk_fmt_quoted(const uint8_t *p, size_t n, struct sk_buf *out,
                  struct sk_error *err);

/* Append N bytes as Net-SNMP's hex dump: "%02X " per byte, a '\n'
 * after every hex_line_len bytes when more follow, and with -OT an
 * "  [ascii]" column after each line.  -1 with *err on overflow. */
int sk_fmt_hex_lines(const struct sk_fmt_opts *o, const uint8_t *p,
                     size_t n, struct sk_buf *out, struct sk_error *err);

/* Append D the way "%" + precision + "f" would print it (-Op), refusing
 * anything but one floating conversion; "" or a refused precision
 * prints as "%f". */
int sk_fmt_float(const struct sk_fmt_opts *o, double d, struct sk_buf *out,
                 struct sk_error *err);

/* ---- hint.c: RFC 2579 DISPLAY-HINTs ---- */

/* Append octets P[0..N) rendered with the octet-string HINT (no label).
 * Returns 1 when done, 0 when HINT is not valid (nothing appended; the
 * caller prints Net-SNMP's "(Bad hint ignored: ...)" form), -1 with
 * *err on overflow. */
int sk_fmt_hint_octets(const struct sk_fmt_opts *o, const char *hint,
                       const uint8_t *p, size_t n, struct sk_buf *out,
                       struct sk_error *err);
/* True when HINT can format an integer ("d", "d-N", "x", "o", "b"). */
bool sk_fmt_hint_int_ok(const char *hint);
/* Append V rendered with the integer HINT (sk_fmt_hint_int_ok). */
int sk_fmt_hint_int(const char *hint, int64_t v, bool is_unsigned,
                    struct sk_buf *out, struct sk_error *err);

/* ---- fmt_oid.c / fmt_index.c: OIDs through the MIB ---- */
struct sk_mib_node;

/* Append the OID ARCS[0..N) in O's style using MIB (non-NULL); *FOUND
 * (if FOUND) receives the deepest known node, whose syntax governs the
 * value (NULL when not even a root matched). */
int sk_fmt_oid_mib(const struct sk_fmt_opts *o, const struct sk_mib *mib,
                   const uint32_t *arcs, size_t n, struct sk_buf *out,
                   const struct sk_mib_node **found, struct sk_error *err);
/* The deepest known node on ARCS[0..N), as sk_fmt_oid_mib finds it. */
const struct sk_mib_node *sk_fmt_find_node(const struct sk_mib *mib,
                                           const uint32_t *arcs, size_t n);
/* The rest of an OID after the last known node: TB holds the text so
 * far (ending in '.'); HOLDER is the node whose INDEX clause applies (or
 * NULL), SIBLINGS whether the last known node had children.  Decodes
 * the index parts, then appends the leftover arcs numerically.  TPS
 * holds the nodes the first N_TPS index labels of HOLDER resolve to
 * (entries may be NULL: not found); later ones are looked up. */
int sk_fmt_index(const struct sk_fmt_opts *o, const struct sk_mib *mib,
                 const struct sk_mib_node *holder, bool siblings,
                 const struct sk_mib_node *const *tps, size_t n_tps,
                 const uint32_t *arcs, size_t n, struct sk_buf *tb);
/* The node index part K of HOLDER names (sk_mib_find_label), or NULL. */
const struct sk_mib_node *sk_fmt_index_node(const struct sk_mib *mib,
                                            const struct sk_mib_node *holder,
                                            size_t k);

/* ---- fmt_oid.c: the walk cache (struct sk_fmt_cache) ---- */

/* The deepest known node on ARCS[0..N), through C. */
const struct sk_mib_node *sk_fmt_cache_node(struct sk_fmt_cache *c,
                                            const struct sk_mib *mib,
                                            const uint32_t *arcs, size_t n);
/* sk_fmt_oid_mib through C: the same text, the known path's part
 * reused while consecutive OIDs share it. */
int sk_fmt_oid_cached(const struct sk_fmt_opts *o, const struct sk_mib *mib,
                      struct sk_fmt_cache *c, const uint32_t *arcs,
                      size_t n, struct sk_buf *out,
                      const struct sk_mib_node **found, struct sk_error *err);
/* Append ".a.b.c" for ARCS[0..N); -1 when OUT is full. */
int sk_fmt_add_arcs(const uint32_t *arcs, size_t n, struct sk_buf *out);
/* Append ARCS as "a.b.c" after TB's text, making sure one '.' separates
 * them, and drop a trailing '.' (Net-SNMP's finish of every OID). */
int sk_fmt_oid_finish(const uint32_t *arcs, size_t n, struct sk_buf *tb);

/* ---- fmt_value.c helpers used by the index decoder ---- */

/* Append an OCTET STRING with no DISPLAY-HINT: "STRING: \"...\"",
 * "Hex-STRING: ..." (non-printable bytes or -Ox), or `""` when empty. */
int sk_fmt_octets_plain(const struct sk_fmt_opts *o, const uint8_t *p,
                        size_t n, struct sk_buf *out, struct sk_error *err);
/* Append an OCTET STRING as Net-SNMP prints it under HINT (NULL: the
 * plain form): "STRING: " (not under -Oq) and the rendered text, or
 * "(Bad hint ignored: HINT) " and the plain form, returning 1 then
 * (no units follow).  0 when done, -1 with *err on overflow. */
int sk_fmt_octets_hinted(const struct sk_fmt_opts *o, const char *hint,
                         const uint8_t *p, size_t n, struct sk_buf *out,
                         struct sk_error *err);
/* Append TICKS as an uptime: "h:mm:ss.cc" with days, "d:h:mm:ss.cc"
 * under -Oq, the bare number under -Ot.  No label. */
int sk_fmt_uptime(const struct sk_fmt_opts *o, uint32_t ticks,
                  struct sk_buf *out, struct sk_error *err);

/* sk_buf failures all mean the output cap was hit (or malloc failed):
 * report that as Net-SNMP's "Too long". */
int sk_fmt_overflow(struct sk_error *err);

#endif
