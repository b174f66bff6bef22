/* fmt_bytes.c - the byte-level renderings shared by several types: the
 * hex dump (Hex-STRING, OPAQUE, BITS), the quoted ASCII string, OCTET
 * STRINGs with and without a DISPLAY-HINT, uptimes, and the -Op
 * floating point precision. */
#include "fmt/fmt.h"

#include <stdio.h>
#include <string.h>

#include "fmt/fmt_int.h"

/* Net-SNMP's test is isprint() || isspace() in the C locale. */
bool sk_fmt_printable(uint8_t c)
{
    return (c >= 0x20 && c <= 0x7e) || (c >= 0x09 && c <= 0x0d);
}

/* One dump line: "%02X " per byte, then "  [text]" under -OT, where
 * printable bytes (newlines included) appear as themselves and the
 * rest as '.'. */
static int hex_line(const struct sk_fmt_opts *o, const uint8_t *p, size_t n,
                    struct sk_buf *out)
{
    static const char digits[] = "0123456789ABCDEF";
    size_t i;

    for (i = 0; i < n; i++) {
        char cell[3] = {digits[p[i] >> 4], digits[p[i] & 15], ' '};

        if (sk_buf_add(out, cell, sizeof cell) < 0)
            return -1;
    }
    if (!o->hex_text)
        return 0;
    if (sk_buf_adds(out, "  [") < 0)
        return -1;
    for (i = 0; i < n; i++)
        if (sk_buf_addc(out, sk_fmt_printable(p[i]) ? (char)p[i] : '.') < 0)
            return -1;
    return sk_buf_addc(out, ']');
}

int sk_fmt_hex_lines(const struct sk_fmt_opts *o, const uint8_t *p,
                     size_t n, struct sk_buf *out, struct sk_error *err)
{
    size_t line = o->hex_line_len == 0 ? n : o->hex_line_len;

    /* A full line is followed by '\n' only when more bytes follow, so
     * exactly 16 bytes make one line and 17 make two. */
    while (n > line) {
        if (hex_line(o, p, line, out) < 0 || sk_buf_addc(out, '\n') < 0)
            return sk_fmt_overflow(err);
        p += line;
        n -= line;
    }
    if (hex_line(o, p, n, out) < 0)
        return sk_fmt_overflow(err);
    return 0;
}

int sk_fmt_quoted(const uint8_t *p, size_t n, struct sk_buf *out,
                  struct sk_error *err)
{
    size_t i;
    int rc = sk_buf_addc(out, '"');

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
    if (rc == 0)
        rc = sk_buf_addc(out, '"');
    return rc < 0 ? sk_fmt_overflow(err) : 0;
}

/* Reads a decimal field of at most 3 digits (so widths stay sane). */
static const char *skip_number(const char *s)
{
    int n = 0;

    while (*s >= '0' && *s <= '9' && n < 4) {
        s++;
        n++;
    }
    return n > 3 ? NULL : s;
}

/* True when FMT holds at most one double conversion (flags, width,
 * precision, optional 'l') and otherwise only text and "%%".  Net-SNMP
 * hands "%" + precision + "f" straight to printf; we refuse what
 * printf could not print safely. */
static bool safe_float_format(const char *fmt)
{
    int conversions = 0;
    const char *s = fmt;

    while (*s != '\0') {
        if (*s++ != '%')
            continue;
        if (*s == '%') {
            s++;
            continue;
        }
        s += strspn(s, "-+ #0");
        s = skip_number(s);
        if (s != NULL && *s == '.')
            s = skip_number(s + 1);
        if (s != NULL && *s == 'l')
            s++;
        if (s == NULL || *s == '\0' || strchr("fFeEgGaA", *s) == NULL)
            return false;
        s++;
        conversions++;
    }
    return conversions <= 1; /* none: the double is simply unused */
}

int sk_fmt_float(const struct sk_fmt_opts *o, double d, struct sk_buf *out,
                 struct sk_error *err)
{
    char fmt[sizeof o->precision + 3];
    char text[2200];
    int n;

    n = snprintf(fmt, sizeof fmt, "%%%sf", o->precision);
    if (n < 0 || (size_t)n >= sizeof fmt || !safe_float_format(fmt))
        memcpy(fmt, "%f", 3);
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#endif
    n = snprintf(text, sizeof text, fmt, d);
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
    if (n < 0)
        return sk_error_set(err, SK_ERR_GENERIC, "bad float format");
    if (sk_buf_adds(out, text) < 0)
        return sk_fmt_overflow(err);
    return 0;
}

int sk_fmt_octets_plain(const struct sk_fmt_opts *o, const uint8_t *p,
                        size_t n, struct sk_buf *out, struct sk_error *err)
{
    bool hex = o->string_style == SK_STRSTYLE_HEX;
    size_t i;

    if (o->string_style == SK_STRSTYLE_GUESS)
        for (i = 0; i < n; i++)
            if (!sk_fmt_printable(p[i]))
                hex = true;
    /* An empty string is `""` with no label at all. */
    if (n == 0)
        return sk_buf_adds(out, "\"\"") < 0 ? sk_fmt_overflow(err) : 0;
    if (!hex) {
        if (!o->quick && sk_buf_add(out, "STRING: ", 8) < 0)
            return sk_fmt_overflow(err);
        return sk_fmt_quoted(p, n, out, err);
    }
    /* Quick printing wraps the dump in quotes instead of labelling it. */
    if (sk_buf_adds(out, o->quick ? "\"" : "Hex-STRING: ") < 0)
        return sk_fmt_overflow(err);
    if (sk_fmt_hex_lines(o, p, n, out, err) < 0)
        return -1;
    if (o->quick && sk_buf_addc(out, '"') < 0)
        return sk_fmt_overflow(err);
    return 0;
}

/* Returns 1 when the hint was bad and the plain form was printed (then
 * Net-SNMP prints no units either). */
int sk_fmt_octets_hinted(const struct sk_fmt_opts *o, const char *hint,
                         const uint8_t *p, size_t n, struct sk_buf *out,
                         struct sk_error *err)
{
    size_t mark = out->len;
    int rc;

    if (hint == NULL)
        return sk_fmt_octets_plain(o, p, n, out, err);
    if (!o->quick && sk_buf_add(out, "STRING: ", 8) < 0)
        return sk_fmt_overflow(err);
    rc = sk_fmt_hint_octets(o, hint, p, n, out, err);
    if (rc != 0)
        return rc < 0 ? -1 : 0;
    /* A bad hint: forget what was printed, say so, print it plain. */
    out->len = mark;
    if (out->data != NULL)
        out->data[mark] = '\0';
    if (sk_buf_printf(out, "(Bad hint ignored: %s) ", hint) < 0)
        return sk_fmt_overflow(err);
    return sk_fmt_octets_plain(o, p, n, out, err) < 0 ? -1 : 1;
}

int sk_fmt_uptime(const struct sk_fmt_opts *o, uint32_t ticks,
                  struct sk_buf *out, struct sk_error *err)
{
    unsigned cs = ticks % 100, s = ticks / 100;
    unsigned days = s / 86400, h = s / 3600 % 24, m = s / 60 % 60;
    int rc;

    s %= 60;
    if (o->numeric_timeticks)
        rc = sk_buf_add_uint(out, ticks);
    else if (o->quick)
        rc = sk_buf_printf(out, "%u:%u:%02u:%02u.%02u", days, h, m, s, cs);
    else if (days == 0)
        rc = sk_buf_printf(out, "%u:%02u:%02u.%02u", h, m, s, cs);
    else
        rc = sk_buf_printf(out, "%u day%s, %u:%02u:%02u.%02u", days,
                           days == 1 ? "" : "s", h, m, s, cs);
    return rc < 0 ? sk_fmt_overflow(err) : 0;
}
