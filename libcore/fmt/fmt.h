/* fmt.h - rendering OIDs and values as Net-SNMP prints them, and parsing
 * the "TYPE VALUE" arguments of snmpset/snmptrap.  Every option arrives
 * in struct sk_fmt_opts; nothing here reads global state. */
#ifndef SK_FMT_FMT_H
#define SK_FMT_FMT_H

#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"
#include "base/err.h"
#include "wire/value.h"

struct sk_mib; /* the MIB engine (libcore/mib); NULL means "no MIBs loaded" */

enum sk_oid_style {
    SK_OIDSTYLE_SUFFIX = 1,   /* -Os  oidOutputFormat 1 */
    SK_OIDSTYLE_MODULE = 2,   /* -OS  (default) */
    SK_OIDSTYLE_FULL = 3,     /* -Of */
    SK_OIDSTYLE_NUMERIC = 4,  /* -On */
    SK_OIDSTYLE_UCD = 5,      /* -Ou */
    SK_OIDSTYLE_NONE = 6,     /* oidOutputFormat 6: no OID */
};

enum sk_string_style { SK_STRSTYLE_GUESS = 0, SK_STRSTYLE_ASCII, SK_STRSTYLE_HEX };

struct sk_fmt_opts {
    enum sk_oid_style oid_style;
    enum sk_string_style string_style; /* -Oa / -Ox */
    bool quick;            /* -Oq  quickPrinting */
    bool quick_equals;     /* -OQ */
    bool value_only;       /* -Ov  printValueOnly */
    bool numeric_enums;    /* -Oe  printNumericEnums */
    bool numeric_timeticks;/* -Ot  numericTimeticks */
    bool hex_text;         /* -OT  printHexText */
    bool no_units;         /* -OU  dontPrintUnits */
    bool extended_index;   /* -OX  extendedIndex */
    bool dont_breakdown;   /* -Ob  dontBreakdownOids */
    bool escape_quotes;    /* -OE  escapeQuotes */
    bool two_digit_hex;    /* -O0 */
    bool no_display_hint;  /* -Ih / noDisplayHint */
    unsigned hex_line_len; /* hexOutputLength, default 16, 0 = no wrap */
    char precision[16];    /* -Op / outputPrecision, printf-style, "" = %f */
};

/* Net-SNMP's defaults (module style, hex lines of 16). */
void sk_fmt_opts_init(struct sk_fmt_opts *o);

/* Apply -O letters (they toggle, as in Net-SNMP).  'p' takes its
 * precision from *NEXT_ARG if non-NULL, setting *CONSUMED.  On an unknown
 * letter returns -1 and stores it in *BAD. */
int sk_fmt_opts_apply(struct sk_fmt_opts *o, const char *letters,
                      const char *next_arg, bool *consumed, char *bad);

/* Apply one snmp.conf output directive (printNumericOids, oidOutputFormat,
 * suffixPrinting, quickPrinting, printValueOnly, printNumericEnums,
 * numericTimeticks, printHexText, dontPrintUnits, dontBreakdownOids,
 * escapeQuotes, extendedIndex, outputPrecision, hexOutputLength,
 * noDisplayHint).  Returns 1 if TOKEN was one of them, 0 if not, -1 on
 * a bad VALUE (*err set). */
int sk_fmt_opts_directive(struct sk_fmt_opts *o, const char *token,
                          const char *value, struct sk_error *err);

/* Append the OID in the chosen style. */
int sk_fmt_oid(const struct sk_fmt_opts *o, const struct sk_mib *mib,
               const struct sk_oid *oid, struct sk_buf *out,
               struct sk_error *err);
/* Append the value part ("STRING: \"x\"", "INTEGER: 5", ...). */
int sk_fmt_value(const struct sk_fmt_opts *o, const struct sk_mib *mib,
                 const struct sk_varbind *vb, struct sk_buf *out,
                 struct sk_error *err);
/* Append the whole line without '\n': "OID = VALUE", or what -Oq/-OQ/-Ov
 * make of it. */
int sk_fmt_varbind(const struct sk_fmt_opts *o, const struct sk_mib *mib,
                   const struct sk_varbind *vb, struct sk_buf *out,
                   struct sk_error *err);

/* A walk prints thousands of names that share their path down to a
 * table column.  A struct sk_fmt_cache remembers the last path (its
 * nodes, its text and its row's INDEX nodes) for sk_fmt_varbind_cached.
 * Use one with a single MIB and free it before that MIB. */
struct sk_fmt_cache;
/* A new, empty cache; NULL with SK_ERR_NOMEM. */
struct sk_fmt_cache *sk_fmt_cache_new(struct sk_error *err);
/* Free C (NULL-safe). */
void sk_fmt_cache_free(struct sk_fmt_cache *c);
/* sk_fmt_varbind through C (NULL: plain sk_fmt_varbind); the same text. */
int sk_fmt_varbind_cached(const struct sk_fmt_opts *o,
                          const struct sk_mib *mib, struct sk_fmt_cache *c,
                          const struct sk_varbind *vb, struct sk_buf *out,
                          struct sk_error *err);

/* Parse an snmpset/snmptrap value: TYPE is one of "=iutaosxdbnUIFDc3C"
 * (single letter), TEXT the value.  Fills OUT (zeroed by the caller).
 * Errors carry Net-SNMP's wording: SK_ERR_BAD_TYPE ("Bad object type"),
 * SK_ERR_BAD_VALUE, SK_ERR_RANGE; the detail is what Net-SNMP shows in
 * parentheses.  NAME is the target OID (for '=' and MIB checks). */
/* As sk_value_parse, with the -I flags of mib/mib.h: SK_OIDTEXT_NOCHECK
 * (-Ir) skips the MIB's range/type checks, SK_OIDTEXT_NOHINT (-Ih) its
 * DISPLAY-HINTs, the rest apply to 'o' values. */
int sk_value_parse_flags(const struct sk_mib *mib, unsigned flags,
                         const struct sk_oid *name, char type,
                         const char *text, struct sk_value *out,
                         struct sk_error *err);
int sk_value_parse(const struct sk_mib *mib, const struct sk_oid *name,
                   char type, const char *text, struct sk_value *out,
                   struct sk_error *err);

#endif
