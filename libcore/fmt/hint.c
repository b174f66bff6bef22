/* hint.c - RFC 2579 section 3.1 DISPLAY-HINTs, rendered the way Net-SNMP
 * 5.9.3 renders them (observed live with snmpget against MIB objects of
 * each shape, see tests/data/mibs/fmt).
 *
 * Octet strings: the hint is a list of specs "[*]N{a,t,x,d,o}[sep][term]".
 * Each spec consumes N octets per repetition ('*' takes the repetition
 * count from the data); once the hint is used up its last spec repeats
 * until the data ends.  A separator follows a field only when more data
 * follows, as does a terminator after a '*' group.
 *
 * Integers: "d[-N]" inserts a decimal point N digits from the right
 * ("d-2": 5 -> ".05", -5 -> "-.05"), "x" and "o" print the 64-bit two's
 * complement, "b" prints 32 binary digits. */
#include "fmt/fmt.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "fmt/fmt_int.h"

/* One parsed spec of an octet-string hint. */
struct spec {
    unsigned width;
    char code, separ, term;
};

/* Net-SNMP reads a character as separator (and then terminator) unless
 * it is a digit or '*', or - with an implicit width of 0 - one of the
 * code letters that would start the next spec. */
static bool takes_punct(char ch, unsigned width)
{
    if (ch == '\0' || ch == '*' || (ch >= '0' && ch <= '9'))
        return false;
    return width != 0 || (ch != 'x' && ch != 'd' && ch != 'o');
}

/* Parse the spec at *H; *REPEAT is set from the data for '*'. */
static void next_spec(const char **h, const uint8_t **cp, unsigned *repeat,
                      struct spec *s)
{
    const char *p = *h;
    unsigned width = 0;

    if (*p == '*') {
        *repeat = **cp;
        (*cp)++;
        p++;
    }
    while (*p >= '0' && *p <= '9' && width < 100000)
        width = width * 10 + (unsigned)(*p++ - '0');
    s->code = *p;
    if (*p != '\0')
        p++;
    s->separ = takes_punct(*p, width) ? *p++ : 0;
    s->term = takes_punct(*p, width) ? *p++ : 0;
    s->width = width == 0 ? 1 : width;
    *h = p;
}

/* Text fields ('a', 't'): raw bytes, unless a NUL is among them, in
 * which case Net-SNMP falls back to its escaped ASCII rendering. */
static int text_field(const uint8_t *p, size_t n, struct sk_buf *out)
{
    size_t i;
    int rc = 0;

    if (memchr(p, 0, n) == NULL)
        return sk_buf_add(out, p, n);
    for (i = 0; i < n && rc == 0; i++) {
        if (!sk_fmt_printable(p[i])) {
            rc = sk_buf_addc(out, '.');
            continue;
        }
        if (p[i] == '"' || p[i] == '\\')
            rc = sk_buf_addc(out, '\\');
        if (rc == 0)
            rc = sk_buf_addc(out, (char)p[i]);
    }
    return rc;
}

/* A numeric field of WIDTH octets (fewer when the data runs out). */
static int number_field(const struct sk_fmt_opts *o, const struct spec *s,
                        bool hint_done, const uint8_t **cp,
                        const uint8_t *end, struct sk_buf *out)
{
    unsigned long value = 0;
    unsigned x;

    for (x = 0; x < s->width; x++)
        value = value * 256 + (*cp < end ? *(*cp)++ : 0);
    switch (s->code) {
    case 'x':
        /* A lone byte gets two digits with -O0, or when nothing could
         * separate it from the next one. */
        if (value < 16 && s->width == 1 &&
            (o->two_digit_hex || (s->separ == 0 && hint_done)))
            return sk_buf_printf(out, "0%lx", value);
        return sk_buf_printf(out, "%lx", value);
    case 'd':
        return sk_buf_printf(out, "%ld", (long)value);
    default:
        return sk_buf_printf(out, "%lo", value);
    }
}

/* Whether HINT is a single text spec ("255a", DisplayString's) wide
 * enough for N octets: then, NUL-free, the data is its own rendering. */
static bool one_text_field(const char *hint, size_t n)
{
    const char *h = hint;
    unsigned long width = 0;

    /* the same digits next_spec reads */
    while (*h >= '0' && *h <= '9' && width < 100000)
        width = width * 10 + (unsigned long)(*h++ - '0');
    return (*h == 'a' || *h == 't') && h[1] == '\0' && width >= n;
}

int sk_fmt_hint_octets(const struct sk_fmt_opts *o, const char *hint,
                       const uint8_t *p, size_t n, struct sk_buf *out,
                       struct sk_error *err)
{
    const uint8_t *cp = p, *end;
    const char *h = hint;
    struct spec s = { 1, 'd', 0, 0 };
    unsigned repeat;
    size_t take;
    int rc = 0;

    if (n == 0)
        return 1; /* an empty string shows nothing, whatever the hint */
    if (one_text_field(hint, n) && memchr(p, 0, n) == NULL)
        return sk_buf_add(out, p, n) < 0 ? sk_fmt_overflow(err) : 1;
    end = p + n;
    while (cp < end && rc == 0) {
        repeat = 1;
        if (*h != '\0')
            next_spec(&h, &cp, &repeat, &s);
        if (strchr("axdot", s.code) == NULL || s.code == '\0')
            return 0; /* bad hint: the caller says so and goes plain */
        for (; repeat > 0 && cp < end && rc == 0; repeat--) {
            if (s.code == 'a' || s.code == 't') {
                take = (size_t)(end - cp) < s.width ? (size_t)(end - cp)
                                                     : s.width;
                rc = text_field(cp, take, out);
                cp += take;
            } else {
                rc = number_field(o, &s, *h == '\0', &cp, end, out);
            }
            if (rc == 0 && cp < end && s.separ != 0)
                rc = sk_buf_addc(out, s.separ);
        }
        if (rc == 0 && s.term != 0 && cp < end)
            rc = sk_buf_addc(out, s.term);
    }
    return rc < 0 ? sk_fmt_overflow(err) : 1;
}

/* True when HINT is usable for an integer: 'd' with an optional "-N",
 * 'x', 'o' or 'b'. */
bool sk_fmt_hint_int_ok(const char *hint)
{
    return hint != NULL && hint[0] != '\0' && strchr("dxob", hint[0]);
}

/* Insert a decimal point SHIFT digits from the right of DIGITS (which
 * may start with '-'), padding with zeros: "5" -> ".05". */
static int add_shifted(const char *digits, unsigned shift,
                       struct sk_buf *out)
{
    size_t len, pad;

    if (*digits == '-') {
        if (sk_buf_addc(out, '-') < 0)
            return -1;
        digits++;
    }
    len = strlen(digits);
    if (len >= shift) {
        if (sk_buf_add(out, digits, len - shift) < 0 ||
            sk_buf_addc(out, '.') < 0)
            return -1;
        return sk_buf_add(out, digits + len - shift, shift);
    }
    if (sk_buf_addc(out, '.') < 0)
        return -1;
    for (pad = len; pad < shift; pad++)
        if (sk_buf_addc(out, '0') < 0)
            return -1;
    return sk_buf_add(out, digits, len);
}

int sk_fmt_hint_int(const char *hint, int64_t v, bool is_unsigned,
                    struct sk_buf *out, struct sk_error *err)
{
    char text[80];
    unsigned shift = 0, i;
    const char *p;
    uint32_t bits = (uint32_t)v;

    if (hint[1] == '-')
        for (p = hint + 2; *p >= '0' && *p <= '9' && shift < 64; p++)
            shift = shift * 10 + (unsigned)(*p - '0');
    switch (hint[0]) {
    case 'x':
        snprintf(text, sizeof text, "%" PRIx64, (uint64_t)v);
        break;
    case 'o':
        snprintf(text, sizeof text, "%" PRIo64, (uint64_t)v);
        break;
    case 'b':
        for (i = 0; i < 32; i++)
            text[i] = (bits >> (31 - i)) & 1 ? '1' : '0';
        text[32] = '\0';
        break;
    default:
        if (is_unsigned)
            snprintf(text, sizeof text, "%" PRIu64, (uint64_t)v);
        else
            snprintf(text, sizeof text, "%" PRId64, v);
        break;
    }
    if (shift == 0 ? sk_buf_adds(out, text) < 0
                   : add_shifted(text, shift, out) < 0)
        return sk_fmt_overflow(err);
    return 0;
}
