/* value_text.c - the "TYPE VALUE" arguments of snmpset and snmptrap,
 * parsed as Net-SNMP 5.9's snmp_add_var() parses them (observed live),
 * with its error codes and the text it shows in parentheses.
 *
 * Net-SNMP's quirks kept on purpose: 'i' garbage is "Value out of
 * range" (it was looking for an enum label) while the unsigned types
 * say "Bad value notation"; 32-bit values above 0xffffffff are cut to
 * 32 bits (the tool warns "truncating integer value > 32 bits"); the
 * 64-bit types read digits up to the first non-digit and wrap; 'a' is
 * inet_aton(), so "1.2.3" is 1.2.0.3. */
#define _DEFAULT_SOURCE /* inet_aton */
#include "fmt/fmt.h"

#include <arpa/inet.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "base/hex.h"

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

static int parse_integer(const struct sk_mib *mib, const char *text,
                         struct sk_value *out, struct sk_error *err)
{
    int64_t v;
    int rc = whole_signed(text, &v);

    if (rc == -1)
        return sk_error_set(err, SK_ERR_BAD_VALUE, "%s", text);
    if (rc == -2) {
        /* MIB hook: Net-SNMP tries TEXT as an enum label of the target
         * object here before giving up. */
        (void)mib;
        return sk_error_set(err, SK_ERR_RANGE, "%s", text);
    }
    /* MIB hook: range check "Value out of range (5000 :: {(0..127)})"
     * unless -Ir. */
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
 * bit 8).  Net-SNMP misbehaves on negative or huge numbers; we refuse
 * them as out of range. */
static int bit_number(const char *field, size_t len, long *bit,
                      struct sk_error *err)
{
    char tmp[32], *end;

    if (len >= sizeof tmp)
        return sk_error_set(err, SK_ERR_RANGE, "%.*s", (int)len, field);
    memcpy(tmp, field, len);
    tmp[len] = '\0';
    *bit = strtol(tmp, &end, 0);
    if (*end != '\0' || *bit < 0 || *bit >= BITS_MAX_BYTES * 8)
        return sk_error_set(err, SK_ERR_RANGE, "%s", tmp);
    return 0;
}

/* 'b': BITS as bit numbers separated by blanks or commas; bit 0 is the
 * high bit of the first octet (RFC 2578 section 7.1.4). */
static int parse_bits(const struct sk_mib *mib, const char *text,
                      struct sk_value *out, struct sk_error *err)
{
    uint8_t buf[BITS_MAX_BYTES];
    size_t n = 0, len;
    long bit = 0;

    (void)mib; /* MIB hook: named bits ("up,down") are looked up here. */
    memset(buf, 0, sizeof buf);
    while (*text != '\0') {
        len = strcspn(text, " ,\t");
        if (len > 0) {
            if (bit_number(text, len, &bit, err) < 0)
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

/* One numeric arc: strtoul() read, kept to its low 32 bits as Net-SNMP
 * stores it ("4294967296" becomes 0).  END gets the first unread byte. */
static uint32_t read_arc(const char *s, const char **end)
{
    char *e;
    unsigned long long v = strtoull(s, &e, 10);

    *end = e;
    return (uint32_t)(v & 0xffffffffu);
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The first component: a number or one of the three roots Net-SNMP
 * knows without MIBs (X.660). */
static int first_arc(const char *s, size_t len, uint32_t *arc,
                     struct sk_error *err)
{
    static const char *const roots[] = {"ccitt", "iso", "joint-iso-ccitt"};
    const char *end;
    uint32_t i;

    if (len > 0 && is_digit(*s)) {
        *arc = read_arc(s, &end);
        if ((size_t)(end - s) == len)
            return 0;
        return sk_error_set(err, SK_ERR_UNKNOWN_OID, "%s", s);
    }
    for (i = 0; i < 3; i++) {
        if (strlen(roots[i]) == len && strncmp(s, roots[i], len) == 0) {
            *arc = i;
            return 0;
        }
    }
    return sk_error_set(err, SK_ERR_UNKNOWN_OID,
                        "Sub-id not found: (top) -> %.*s", (int)len, s);
}

/* 'o' without a MIB: ".1.3.6", "1.3.6" or "iso.3.6".  On a bad later
 * component Net-SNMP's detail is the rest of the text from there. */
static int parse_oid(const char *text, struct sk_oid *oid,
                     struct sk_error *err)
{
    const char *s = text[0] == '.' ? text + 1 : text;
    const char *end;

    oid->len = 0;
    if (text[0] == '.' && text[1] == '\0')
        return 0;
    if (first_arc(s, strcspn(s, "."), &oid->arc[0], err) < 0)
        return -1;
    oid->len = 1;
    s += strcspn(s, ".");
    while (*s == '.') {
        s++;
        if (!is_digit(*s))
            return sk_error_set(err, SK_ERR_UNKNOWN_OID, "%s", s);
        if (oid->len >= SK_OID_MAX)
            return sk_error_set(err, SK_ERR_UNKNOWN_OID, "%s", text);
        oid->arc[oid->len++] = read_arc(s, &end);
        if (*end != '.' && *end != '\0')
            return sk_error_set(err, SK_ERR_UNKNOWN_OID, "%s", s);
        s = end;
    }
    return 0;
}

static int parse_objid(const struct sk_mib *mib, const char *text,
                       struct sk_value *out, struct sk_error *err)
{
    struct sk_oid oid;

    /* MIB hook: with a MIB the text goes to sk_mib_parse_oid() instead,
     * which resolves names and gives the same error wording. */
    (void)mib;
    if (parse_oid(text, &oid, err) < 0)
        return -1;
    return sk_value_set_oid(out, &oid, err);
}

/* '=': the type comes from the MIB; without one Net-SNMP says
 * Bad variable type ("="). */
static int parse_from_mib(const struct sk_mib *mib, const struct sk_oid *name,
                          struct sk_error *err)
{
    (void)name;
    (void)mib; /* MIB hook: look up NAME's syntax and parse as that type. */
    return sk_error_set(err, SK_ERR_BAD_TYPE, "\"=\"");
}

int sk_value_parse(const struct sk_mib *mib, const struct sk_oid *name,
                   char type, const char *text, struct sk_value *out,
                   struct sk_error *err)
{
    switch (type) {
    case '=': return parse_from_mib(mib, name, err);
    case 'i': return parse_integer(mib, text, out, err);
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
    case 'o': return parse_objid(mib, text, out, err);
    case 's':
        return sk_value_set_bytes(out, SK_T_OCTETS, (const uint8_t *)text,
                                  strlen(text), err);
    case 'x': return parse_hex(text, out, err);
    case 'd': return parse_decimal(text, out, err);
    case 'b': return parse_bits(mib, text, out, err);
    case 'n':
        sk_value_set_null(out);
        return 0;
    default:
        return sk_error_set(err, SK_ERR_BAD_TYPE, "\"%c\"", type);
    }
}
