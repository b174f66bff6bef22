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

/* sk_buf failures all mean the output cap was hit (or malloc failed):
 * report that as Net-SNMP's "Too long". */
int sk_fmt_overflow(struct sk_error *err);

#endif
