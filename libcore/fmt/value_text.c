/* value_text.c - the "TYPE VALUE" arguments of snmpset and snmptrap,
 * parsed as Net-SNMP 5.9's snmp_add_var() parses them (observed live),
 * with its error codes and the text it shows in parentheses.
 *
 * Net-SNMP's quirks kept on purpose: 'i' garbage is "Value out of
 * range" (it was looking for an enum label) while the unsigned types
 * say "Bad value notation"; 32-bit values above 0xffffffff are cut to
 * 32 bits (the tool warns "truncating integer value > 32 bits"); the
 * 64-bit types read digits up to the first non-digit and wrap; 'a' is
 * inet_aton(), so "1.2.3" is 1.2.0.3.
 *
 * With a MIB (snmp_add_var() again): the target object's base type
 * decides what '=' means and which letters fit ("Type of attribute is
 * OCTET STRING, not INTEGER"); enum labels are accepted for 'i' and
 * named bits for 'b'; ranges and SIZEs are checked ("5000 :: {(0..127)}")
 * unless -Ir; an 's' value is read through the DISPLAY-HINT when it
 * fits it.  Only objects of a simple SMI type are checked at all. */
#define _DEFAULT_SOURCE /* inet_aton */
#include "fmt/fmt.h"

#include <arpa/inet.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/hex.h"
#include "mib/mib.h"

#define BITS_MAX_BYTES 4096 /* our cap on 'b': bit numbers below 32768 */

/* strtol/strtoul in base 10 over the whole text: -1 on an empty text,
 * -2 on trailing garbage.  Out-of-range input saturates, as on LP64. */
static int whole_signed(const char *text, int64_t *v)
{
    char *end;
    long long x;

    if (*text == '\0')
        return -1;
    x = strtoll(text, &end, 10);
    if (end == text || *end != '\0')
        return -2;
    *v = x;
    return 0;
}

static int whole_unsigned(const char *text, uint64_t *v)
{
    char *end;
    unsigned long long x;

    if (*text == '\0')
        return -1;
    x = strtoull(text, &end, 10);
    if (end == text || *end != '\0')
        return -2;
    *v = x;
    return 0;
}

/* snmp_set_var_value(): a 32-bit type given more than 0xffffffff (as a
 * signed long, so negative input is left alone) keeps its low bits. */
static uint64_t cut32(int64_t v)
{
    return v > (int64_t)0xffffffff ? (uint64_t)v & 0xffffffffu : (uint64_t)v;
}

/* "LEAD :: {(lo..hi), (n)}" as Net-SNMP's _check_range() words it; 0
 * when V is in one of TP's ranges (or there are none). */
static int check_range(const struct sk_mib_node *tp, int64_t v,
                       const char *lead, struct sk_error *err)
{
    char msg[sizeof err->detail];
    size_t i, n;

    if (tp == NULL || tp->syntax.n_ranges == 0)
        return 0;
    for (i = 0; i < tp->syntax.n_ranges; i++)
        if (tp->syntax.ranges[i].low <= v && v <= tp->syntax.ranges[i].high)
            return 0;
    n = (size_t)snprintf(msg, sizeof msg, "%s :: {", lead);
    for (i = 0; i < tp->syntax.n_ranges && n < sizeof msg; i++) {
        const struct sk_mib_range *r = &tp->syntax.ranges[i];

        if (r->low != r->high)
            n += (size_t)snprintf(msg + n, sizeof msg - n, "%s(%d..%d)",
                                  i > 0 ? ", " : "", (int)r->low,
                                  (int)r->high);
        else
            n += (size_t)snprintf(msg + n, sizeof msg - n, "%s(%d)",
                                  i > 0 ? ", " : "", (int)r->low);
    }
    return sk_error_set(err, SK_ERR_RANGE, "%s}", msg);
}

/* 'i': a number, or with a MIB one of the object's enum labels; the
 * range is checked (CHECK) on the value before it is cut to 32 bits. */
static int parse_integer(const struct sk_mib_node *tp, bool check,
                         const char *text, struct sk_value *out,
                         struct sk_error *err)
{
    int64_t v;
    int rc = whole_signed(text, &v);
    size_t i;

    if (rc == -1)
        return sk_error_set(err, SK_ERR_BAD_VALUE, "%s", text);
    if (rc == -2) {
        /* Net-SNMP looks for an enum label, and calls a miss a range
         * error even with no MIB at all */
        for (i = 0; tp != NULL && i < tp->syntax.n_enums; i++)
            if (strcmp(tp->syntax.enums[i].label, text) == 0)
                break;
        if (tp == NULL || i == tp->syntax.n_enums)
            return sk_error_set(err, SK_ERR_RANGE, "%s", text);
        v = tp->syntax.enums[i].value;
    }
    if (check && check_range(tp, v, text, err) < 0)
        return -1;
    sk_value_set_int(out, SK_T_INTEGER, (int64_t)cut32(v));
    return 0;
}

/* u, t, 3, c: strtoul() semantics, so "-1" wraps to 4294967295. */
static int parse_u32(enum sk_type type, const char *text,
                     struct sk_value *out, struct sk_error *err)
{
    uint64_t v;

    if (whole_unsigned(text, &v) < 0)
        return sk_error_set(err, SK_ERR_BAD_VALUE, "%s", text);
    sk_value_set_uint(out, type, cut32((int64_t)v) & 0xffffffffu);
    return 0;
}

/* U, I, C: Net-SNMP's read64(): an optional '-', then decimal digits up
 * to the first non-digit, modulo 2^64; at least one digit is needed. */
static int parse_u64(enum sk_type type, const char *text,
                     struct sk_value *out, struct sk_error *err)
{
    const char *s = text;
    bool neg = *s == '-';
    uint64_t v = 0;

    if (neg)
        s++;
    if (*s < '0' || *s > '9')
        return sk_error_set(err, SK_ERR_BAD_VALUE, "%s", text);
    for (; *s >= '0' && *s <= '9'; s++)
        v = v * 10 + (uint64_t)(*s - '0');
    if (neg)
        v = 0 - v;
    if (type == SK_T_OPAQUE_I64)
        sk_value_set_int(out, type, (int64_t)v);
    else
        sk_value_set_uint(out, type, v);
    return 0;
}

/* F, D: strtod(), trailing text ignored, nothing converted is an error. */
static int parse_real(char type, const char *text, struct sk_value *out,
                      struct sk_error *err)
{
    char *end;
    double d = strtod(text, &end);

    if (end == text)
        return sk_error_set(err, SK_ERR_BAD_VALUE, "%s", text);
    memset(out, 0, sizeof *out);
    if (type == 'F') {
        out->type = SK_T_OPAQUE_FLOAT;
        out->n.f = (float)d;
    } else {
        out->type = SK_T_OPAQUE_DOUBLE;
        out->n.d = d;
    }
    return 0;
}

static int parse_ipaddr(const char *text, struct sk_value *out,
                        struct sk_error *err)
{
    struct in_addr a;

    if (*text == '\0' || inet_aton(text, &a) == 0)
        return sk_error_set(err, SK_ERR_BAD_VALUE, "%s", text);
    return sk_value_set_bytes(out, SK_T_IPADDR, (const uint8_t *)&a.s_addr,
                              4, err);
}

/* 'x': hex pairs, optional leading "0x", blanks between pairs. */
static int parse_hex(const char *text, struct sk_value *out,
                     struct sk_error *err)
{
    size_t cap = strlen(text) / 2 + 1;
    uint8_t *buf = malloc(cap);
    long n;
    int rc;

    if (buf == NULL)
        return sk_error_set(err, SK_ERR_NOMEM, NULL);
    n = sk_hex_decode(text, 1, buf, cap);
    if (n < 0)
        rc = sk_error_set(err, SK_ERR_BAD_VALUE, "%s", text);
    else
        rc = sk_value_set_bytes(out, SK_T_OCTETS, buf, (size_t)n, err);
    free(buf);
    return rc;
}

/* 'd': decimal bytes 0-255 separated by '.' or ' '; empty fields are
 * skipped ("65..66", ".65" and "65." all parse). */
static int parse_decimal(const char *text, struct sk_value *out,
                         struct sk_error *err)
{
    uint8_t *buf = malloc(strlen(text) + 1);
    const char *s = text;
    size_t n = 0;
    bool bad = false;
    int rc;

    if (buf == NULL)
        return sk_error_set(err, SK_ERR_NOMEM, NULL);
    while (*s != '\0' && !bad) {
        unsigned v = 0;
        size_t digits = 0;

        if (*s == '.' || *s == ' ') {
            s++;
            continue;
        }
        for (; *s >= '0' && *s <= '9' && v <= 255; s++, digits++)
            v = v * 10 + (unsigned)(*s - '0');
        bad = digits == 0 || v > 255 ||
              (*s != '\0' && *s != '.' && *s != ' ');
        buf[n++] = (uint8_t)v;
    }
    if (bad)
        rc = sk_error_set(err, SK_ERR_BAD_VALUE, "%s", text);
    else
        rc = sk_value_set_bytes(out, SK_T_OCTETS, buf, n, err);
    free(buf);
    return rc;
}

/* One 'b' field: a bit number in C notation (strtol base 0, so "010" is
 * bit 8) or a label of the object's named bits.  Net-SNMP misbehaves on
 * negative or huge numbers; we refuse them as out of range. */
static int bit_number(const struct sk_mib_node *tp, const char *field,
                      size_t len, long *bit, struct sk_error *err)
{
    char tmp[128], *end;
    size_t i;

    if (len >= sizeof tmp)
        return sk_error_set(err, SK_ERR_RANGE, "%.*s", (int)len, field);
    memcpy(tmp, field, len);
    tmp[len] = '\0';
    *bit = strtol(tmp, &end, 0);
    if (*end != '\0') {
        for (i = 0; tp != NULL && i < tp->syntax.n_enums; i++)
            if (strcmp(tp->syntax.enums[i].label, tmp) == 0)
                break;
        if (tp == NULL || i == tp->syntax.n_enums)
            return sk_error_set(err, SK_ERR_RANGE, "%s", tmp);
        *bit = (long)tp->syntax.enums[i].value;
    }
    if (*bit < 0 || *bit >= BITS_MAX_BYTES * 8)
        return sk_error_set(err, SK_ERR_RANGE, "%s", tmp);
    return 0;
}

/* 'b': BITS as bit numbers or labels separated by blanks or commas; bit
 * 0 is the high bit of the first octet (RFC 2578 section 7.1.4).  With a
 * MIB the value is as long as the highest named bit needs. */
static int parse_bits(const struct sk_mib_node *tp, const char *text,
                      struct sk_value *out, struct sk_error *err)
{
    uint8_t buf[BITS_MAX_BYTES];
    size_t n = 0, len, i;
    long bit = 0;

    memset(buf, 0, sizeof buf);
    for (i = 0; tp != NULL && i < tp->syntax.n_enums; i++) {
        int64_t v = tp->syntax.enums[i].value;

        if (v >= 0 && v < BITS_MAX_BYTES * 8 && (size_t)v / 8 + 1 > n)
            n = (size_t)v / 8 + 1;
    }
    while (*text != '\0') {
        len = strcspn(text, " ,\t");
        if (len > 0) {
            if (bit_number(tp, text, len, &bit, err) < 0)
                return -1;
            buf[bit / 8] |= (uint8_t)(0x80u >> (bit % 8));
            if ((size_t)bit / 8 + 1 > n)
                n = (size_t)bit / 8 + 1;
            text += len;
        }
        if (*text != '\0')
            text++;
    }
    return sk_value_set_bytes(out, SK_T_OCTETS, buf, n, err);
}

/* 'o': names resolve as in OID arguments (snmp_parse_oid). */
static int parse_objid(const struct sk_mib *mib, unsigned flags,
                       const char *text, struct sk_value *out,
                       struct sk_error *err)
{
    struct sk_oid oid;
    size_t n = SK_OID_MAX;

    if (sk_mib_parse_oid(mib, text, flags & ~SK_OIDTEXT_PATH, oid.arc, &n,
                         err) < 0)
        return -1;
    oid.len = n;
    return sk_value_set_oid(out, &oid, err);
}

/* ---- reading an 's' value through a DISPLAY-HINT (RFC 2579 3.1) ----
 * The inverse of the hint's printing, the way Net-SNMP's
 * parse_octet_hint() reads it: each specification consumes numbers (x d
 * o) or characters (a) and its separator; '*' stores a repeat count. */
struct hspec {
    unsigned length;
    bool repeat;
    char format, separator, terminator;
};

/* Apply SP once at *V, appending to OUT.  false: the text does not fit. */
static bool hint_run(const struct hspec *sp, const char **v, struct sk_buf *out)
{
    const char *p = *v, *start;
    size_t fixup = out->len;
    unsigned repeats = 0, i;

    if (sp->repeat && sk_buf_addc(out, 0) < 0)
        return false;
    do {
        start = p;
        if (sp->format == 'x' || sp->format == 'd' || sp->format == 'o') {
            char *end;
            unsigned long x = strtoul(p, &end, sp->format == 'x' ? 16
                                      : sp->format == 'd' ? 10 : 8);

            if (end == p)
                return false;
            p = end;
            for (i = 0; i < sp->length; i++) {
                unsigned shift = 8 * (sp->length - 1 - i);

                if (sk_buf_addc(out, (char)(shift >= 64 ? 0
                                            : (x >> shift) & 0xff)) < 0)
                    return false;
            }
        } else {
            for (i = 0; i < sp->length && *p != '\0'; i++)
                if (sk_buf_addc(out, *p++) < 0)
                    return false;
        }
        repeats++;
        if (sp->separator != '\0' && *p != '\0') {
            if (*p != sp->separator)
                return false;
            p++;
        }
        if (sp->terminator != '\0' && *p == sp->terminator) {
            p++;
            break;
        }
        if (p == start)
            return false;       /* nothing consumed: would never end */
    } while (sp->repeat && *p != '\0');
    if (sp->repeat)
        out->data[fixup] = (char)repeats;
    *v = p;
    return true;
}

/* Walk HINT; each complete specification is applied to the text. */
static bool hint_walk(const char *h, const char **v, struct sk_buf *out)
{
    struct hspec sp = { 0, false, 0, 0, 0 };
    int state = 0;  /* 0 length, 1 format, 2 separator, 3 terminator */
    bool ok = true;

    for (; *h != '\0' && **v != '\0' && ok; h++) {
        bool digit = *h >= '0' && *h <= '9';

        if (state >= 2 && (*h == '*' || digit)) {
            ok = hint_run(&sp, v, out);
            memset(&sp, 0, sizeof sp);
            state = 0;
        }
        if (state == 0 && *h == '*') {
            sp.repeat = true;
            state = 1;
        } else if (state <= 1 && digit) {
            sp.length = sp.length * 10 + (unsigned)(*h - '0');
            state = 1;
        } else if (state == 1 && strchr("xdoa", *h) != NULL) {
            sp.format = *h;
            state = 2;
        } else if (state == 2) {
            sp.separator = *h;
            state = 3;
        } else if (state == 3) {
            sp.terminator = *h;
            ok = hint_run(&sp, v, out);
            memset(&sp, 0, sizeof sp);
            state = 0;
        } else {
            return false;
        }
    }
    while (**v != '\0' && ok)
        ok = sp.format != 0 && hint_run(&sp, v, out);
    return ok;
}

/* 0: TEXT read through HINT into OUT; 1: it does not fit the hint. */
static int hint_parse(const char *hint, const char *text,
                      struct sk_value *out, struct sk_error *err)
{
    struct sk_buf b;
    int rc = 1;

    sk_buf_init(&b, 65535);
    if (hint_walk(hint, &text, &b))
        rc = sk_value_set_bytes(out, SK_T_OCTETS,
                                (const uint8_t *)sk_buf_str(&b), b.len,
                                err);
    sk_buf_clear(&b);
    return rc;
}

/* 's', 'x', 'd': octets, their length in the object's SIZE (CHECK).  An
 * 's' value is read through the DISPLAY-HINT when it fits it. */
static int parse_octets(const struct sk_mib_node *tp, bool check, bool hint,
                        char type, const char *text, struct sk_value *out,
                        struct sk_error *err)
{
    const char *lead = "Bad string length";
    int rc;

    if (type == 's' && hint && tp != NULL && tp->syntax.hint != NULL) {
        rc = hint_parse(tp->syntax.hint, text, out, err);
        if (rc < 0)
            return -1;
        if (rc == 0)
            lead = "Value does not match DISPLAY-HINT";
    }
    if (lead[0] == 'B') {
        if (type == 'x')
            rc = parse_hex(text, out, err);
        else if (type == 'd')
            rc = parse_decimal(text, out, err);
        else
            rc = sk_value_set_bytes(out, SK_T_OCTETS, (const uint8_t *)text,
                                    strlen(text), err);
        if (rc < 0)
            return -1;
    }
    if (check && check_range(tp, (int64_t)out->len, lead, err) < 0) {
        sk_value_clear(out);
        return -1;
    }
    return 0;
}

/* ---- the MIB's say: type checks and '=' (Net-SNMP's snmp_add_var) ---- */

/* Net-SNMP's name of a MIB base type in "Type of attribute is X". */
static const char *type_name(enum sk_mib_type t, char *tmp, size_t len)
{
    static const char *const names[] = {
        [SK_MIB_TYPE_OBJID] = "OBJECT IDENTIFIER",
        [SK_MIB_TYPE_OCTETSTR] = "OCTET STRING",
        [SK_MIB_TYPE_INTEGER] = "INTEGER",
        [SK_MIB_TYPE_NETADDR] = "NetworkAddress",
        [SK_MIB_TYPE_IPADDR] = "IpAddress",
        [SK_MIB_TYPE_COUNTER] = "Counter32",
        [SK_MIB_TYPE_GAUGE] = "Gauge32",
        [SK_MIB_TYPE_TIMETICKS] = "Timeticks",
        [SK_MIB_TYPE_OPAQUE] = "Opaque",
        [SK_MIB_TYPE_NULL] = "Null",
        [SK_MIB_TYPE_COUNTER64] = "Counter64",
        [SK_MIB_TYPE_BITS] = "BITS",
        [SK_MIB_TYPE_NSAPADDRESS] = "NsapAddress",
        [SK_MIB_TYPE_UINTEGER] = "UInteger",
        [SK_MIB_TYPE_UNSIGNED32] = "Unsigned32",
        [SK_MIB_TYPE_INTEGER32] = "Integer32",
    };

    if ((unsigned)t < sizeof names / sizeof names[0] && names[t] != NULL)
        return names[t];
    snprintf(tmp, len, "TYPE_%d", (int)t);
    return tmp;
}

/* The letter '=' stands for, from the object's base type; '=' stays
 * when the type has none (Net-SNMP then says Bad variable type). */
static char letter_for(enum sk_mib_type t)
{
    switch (t) {
    case SK_MIB_TYPE_INTEGER: case SK_MIB_TYPE_INTEGER32: return 'i';
    case SK_MIB_TYPE_GAUGE: case SK_MIB_TYPE_UNSIGNED32: return 'u';
    case SK_MIB_TYPE_UINTEGER: return '3';
    case SK_MIB_TYPE_COUNTER: return 'c';
    case SK_MIB_TYPE_COUNTER64: return 'C';
    case SK_MIB_TYPE_TIMETICKS: return 't';
    case SK_MIB_TYPE_OCTETSTR: return 's';
    case SK_MIB_TYPE_BITS: return 'b';
    case SK_MIB_TYPE_IPADDR: return 'a';
    case SK_MIB_TYPE_OBJID: return 'o';
    default: return '=';
    }
}

/* What TYPE needs the object to be: NULL when it fits T. */
static const char *type_mismatch(char type, const struct sk_mib_node *tp)
{
    enum sk_mib_type t = tp->syntax.type;

    switch (type) {
    case 'i':
        return t == SK_MIB_TYPE_INTEGER || t == SK_MIB_TYPE_INTEGER32
                   ? NULL : "INTEGER";
    case 'u':
        return t == SK_MIB_TYPE_GAUGE || t == SK_MIB_TYPE_UNSIGNED32
                   ? NULL : "Unsigned32";
    case '3': return t == SK_MIB_TYPE_UINTEGER ? NULL : "UInteger32";
    case 'c': return t == SK_MIB_TYPE_COUNTER ? NULL : "Counter32";
    case 'C': return t == SK_MIB_TYPE_COUNTER64 ? NULL : "Counter64";
    case 't': return t == SK_MIB_TYPE_TIMETICKS ? NULL : "Timeticks";
    case 'a': return t == SK_MIB_TYPE_IPADDR ? NULL : "IpAddress";
    case 'o': return t == SK_MIB_TYPE_OBJID ? NULL : "OBJECT IDENTIFIER";
    case 's': case 'x': case 'd':
        return t == SK_MIB_TYPE_OCTETSTR || t == SK_MIB_TYPE_BITS
                   ? NULL : "OCTET STRING";
    case 'b':
        return t == SK_MIB_TYPE_BITS && tp->syntax.n_enums > 0 ? NULL
                                                                : "BITS";
    default: return NULL;
    }
}

/* Parse TEXT as TYPE with no MIB knowledge beyond TP's labels. */
static int parse_as(const struct sk_mib *mib, unsigned flags,
                    const struct sk_mib_node *tp, bool check, char type,
                    const char *text, struct sk_value *out,
                    struct sk_error *err)
{
    bool hint = (flags & SK_OIDTEXT_NOHINT) == 0;

    switch (type) {
    case 'i': return parse_integer(tp, check, text, out, err);
    case 'u': return parse_u32(SK_T_GAUGE32, text, out, err);
    case 't': return parse_u32(SK_T_TIMETICKS, text, out, err);
    case '3': return parse_u32(SK_T_UINT32, text, out, err);
    case 'c': return parse_u32(SK_T_COUNTER32, text, out, err);
    case 'C': return parse_u64(SK_T_COUNTER64, text, out, err);
    case 'U': return parse_u64(SK_T_OPAQUE_U64, text, out, err);
    case 'I': return parse_u64(SK_T_OPAQUE_I64, text, out, err);
    case 'F':
    case 'D': return parse_real(type, text, out, err);
    case 'a': return parse_ipaddr(text, out, err);
    case 'o': return parse_objid(mib, flags, text, out, err);
    case 's':
    case 'x':
    case 'd': return parse_octets(tp, check, hint, type, text, out, err);
    case 'b': return parse_bits(tp, text, out, err);
    case 'n':
        sk_value_set_null(out);
        return 0;
    default:
        return sk_error_set(err, SK_ERR_BAD_TYPE, "\"%c\"", type);
    }
}

int sk_value_parse_flags(const struct sk_mib *mib, unsigned flags,
                         const struct sk_oid *name, char type,
                         const char *text, struct sk_value *out,
                         struct sk_error *err)
{
    const struct sk_mib_node *tp = NULL;
    const char *want;
    bool check = false;
    size_t matched;
    char tmp[32];

    if (mib != NULL && name != NULL)
        tp = sk_mib_find_oid(mib, name->arc, name->len, &matched);
    /* only objects of a simple type are checked (TYPE_SIMPLE_LAST) */
    if (tp != NULL && tp->syntax.type >= SK_MIB_TYPE_OBJID &&
        tp->syntax.type <= SK_MIB_TYPE_INTEGER32)
        check = (flags & SK_OIDTEXT_NOCHECK) == 0;
    if (tp != NULL && type == '=')
        type = letter_for(tp->syntax.type);
    want = check ? type_mismatch(type, tp) : NULL;
    if (want != NULL)
        return sk_error_set(err, SK_ERR_BAD_TYPE,
                            "Type of attribute is %s, not %s",
                            type_name(tp->syntax.type, tmp, sizeof tmp),
                            want);
    return parse_as(mib, flags, tp, check, type, text, out, err);
}

int sk_value_parse(const struct sk_mib *mib, const struct sk_oid *name,
                   char type, const char *text, struct sk_value *out,
                   struct sk_error *err)
{
    return sk_value_parse_flags(mib, 0, name, type, text, out, err);
}
