/* opts.c - the -O letters and the snmp.conf output directives, turned
 * into struct sk_fmt_opts with Net-SNMP 5.9's semantics: most letters
 * toggle, the OID-style and string-style letters set, and 'Q' both sets
 * quick-equals and toggles quick printing (so -OQQ is the default look
 * with quick-equals left on, which prints the same). */
#include "fmt/fmt.h"

#include <limits.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void sk_fmt_opts_init(struct sk_fmt_opts *o)
{
    memset(o, 0, sizeof *o);
    o->oid_style = SK_OIDSTYLE_MODULE;
    o->string_style = SK_STRSTYLE_GUESS;
    o->hex_line_len = 16;
    o->precision[0] = '\0';
}

static int set_precision(struct sk_fmt_opts *o, const char *text)
{
    size_t n = strlen(text);

    if (n >= sizeof o->precision)
        return -1;
    memcpy(o->precision, text, n + 1);
    return 0;
}

/* 'p' swallows the rest of the letter group ("-Op5.2") or, when that is
 * empty, the next argument ("-Op .2"). */
static int apply_precision(struct sk_fmt_opts *o, const char *rest,
                           const char *next_arg, bool *consumed)
{
    if (*rest != '\0')
        return set_precision(o, rest);
    if (next_arg == NULL)
        return -1;
    if (set_precision(o, next_arg) < 0)
        return -1;
    if (consumed != NULL)
        *consumed = true;
    return 0;
}

/* One letter other than 'p'; -1 if it is not an output option. */
static int apply_letter(struct sk_fmt_opts *o, char c)
{
    switch (c) {
    case '0': o->two_digit_hex = !o->two_digit_hex; break;
    case 'a': o->string_style = SK_STRSTYLE_ASCII; break;
    case 'b': o->dont_breakdown = !o->dont_breakdown; break;
    case 'e': o->numeric_enums = !o->numeric_enums; break;
    case 'E': o->escape_quotes = !o->escape_quotes; break;
    case 'f': o->oid_style = SK_OIDSTYLE_FULL; break;
    case 'n': o->oid_style = SK_OIDSTYLE_NUMERIC; break;
    case 'q': o->quick = !o->quick; break;
    case 'Q':
        o->quick_equals = true;
        o->quick = !o->quick;
        break;
    case 's': o->oid_style = SK_OIDSTYLE_SUFFIX; break;
    case 'S': o->oid_style = SK_OIDSTYLE_MODULE; break;
    case 't': o->numeric_timeticks = !o->numeric_timeticks; break;
    case 'T': o->hex_text = !o->hex_text; break;
    case 'u': o->oid_style = SK_OIDSTYLE_UCD; break;
    case 'U': o->no_units = !o->no_units; break;
    case 'v': o->value_only = !o->value_only; break;
    case 'x': o->string_style = SK_STRSTYLE_HEX; break;
    case 'X': o->extended_index = !o->extended_index; break;
    default: return -1;
    }
    return 0;
}

int sk_fmt_opts_apply(struct sk_fmt_opts *o, const char *letters,
                      const char *next_arg, bool *consumed, char *bad)
{
    const char *p;

    if (consumed != NULL)
        *consumed = false;
    for (p = letters; *p != '\0'; p++) {
        if (*p == 'p') {
            if (apply_precision(o, p + 1, next_arg, consumed) < 0) {
                *bad = 'p';
                return -1;
            }
            return 0;
        }
        if (apply_letter(o, *p) < 0) {
            *bad = *p;
            return -1;
        }
    }
    return 0;
}

/* The first blank-separated word of VALUE, as Net-SNMP's strtok_r gives
 * its handlers; "" when there is none. */
static void first_word(const char *value, char *word, size_t cap)
{
    size_t n = 0;

    while (*value == ' ' || *value == '\t' || *value == '\n')
        value++;
    while (value[n] != '\0' && value[n] != ' ' && value[n] != '\t' &&
           value[n] != '\n' && n + 1 < cap) {
        word[n] = value[n];
        n++;
    }
    word[n] = '\0';
}

/* Net-SNMP's netsnmp_ds_parse_boolean: yes/true/no/false in any case,
 * or exactly 0 or 1 ("on"/"off" are refused, unlike sk_conf_bool). */
static int parse_bool(const char *value, struct sk_error *err)
{
    char word[32], *end;
    long v;

    first_word(value, word, sizeof word);
    if (strcasecmp(word, "yes") == 0 || strcasecmp(word, "true") == 0)
        return 1;
    if (strcasecmp(word, "no") == 0 || strcasecmp(word, "false") == 0)
        return 0;
    v = strtol(word, &end, 10);
    if (word[0] == '\0' || *end != '\0' || v < 0 || v > 1)
        return sk_error_set(err, SK_ERR_BAD_VALUE,
                            "Should be yes|no|true|false|0|1");
    return (int)v;
}

static int parse_int(const char *value, int *out, struct sk_error *err)
{
    char word[32], *end;
    long v;

    first_word(value, word, sizeof word);
    v = strtol(word, &end, 10);
    if (word[0] == '\0' || *end != '\0')
        return sk_error_set(err, SK_ERR_BAD_VALUE, "Bad integer value");
    if (v > INT_MAX)
        v = INT_MAX;
    if (v < INT_MIN)
        v = INT_MIN;
    *out = (int)v;
    return 0;
}

/* oidOutputFormat/suffixPrinting numbers: 0 is the default (module
 * style); anything outside 1-5 prints no OID at all, as 6 does. */
static enum sk_oid_style style_from_int(int v)
{
    if (v == 0)
        return SK_OIDSTYLE_MODULE;
    if (v >= SK_OIDSTYLE_SUFFIX && v <= SK_OIDSTYLE_UCD)
        return (enum sk_oid_style)v;
    return SK_OIDSTYLE_NONE;
}

/* printNumericOids only ever switches numeric output on: "yes", "true"
 * or anything starting with '1' does; other words are ignored. */
static void numeric_oids(struct sk_fmt_opts *o, const char *value)
{
    char word[32];

    first_word(value, word, sizeof word);
    if (strcasecmp(word, "yes") == 0 || strcasecmp(word, "true") == 0 ||
        word[0] == '1')
        o->oid_style = SK_OIDSTYLE_NUMERIC;
}

/* outputPrecision is a string directive: a leading '"' starts a quoted
 * word (backslash escapes the next character), else the whole value. */
static int output_precision(struct sk_fmt_opts *o, const char *value,
                            struct sk_error *err)
{
    char word[sizeof o->precision];
    size_t n = 0;

    if (*value != '"')
        return set_precision(o, value) < 0
                   ? sk_error_set(err, SK_ERR_BAD_VALUE, "%s: too long",
                                  value)
                   : 0;
    for (value++; *value != '\0' && *value != '"'; value++) {
        if (*value == '\\' && value[1] != '\0')
            value++;
        if (n + 1 >= sizeof word)
            return sk_error_set(err, SK_ERR_BAD_VALUE, "too long");
        word[n++] = *value;
    }
    word[n] = '\0';
    return set_precision(o, word);
}

/* The offset in struct sk_fmt_opts of boolean directive TOKEN's field;
 * false when TOKEN is not one.  An offset, not a pointer: a NULL return
 * made the analyzer believe O itself could be NULL. */
static bool bool_field(const char *token, size_t *offset)
{
    static const struct {
        const char *token;
        size_t offset;
    } table[] = {
        {"quickPrinting", offsetof(struct sk_fmt_opts, quick)},
        {"printValueOnly", offsetof(struct sk_fmt_opts, value_only)},
        {"printNumericEnums", offsetof(struct sk_fmt_opts, numeric_enums)},
        {"numericTimeticks",
         offsetof(struct sk_fmt_opts, numeric_timeticks)},
        {"printHexText", offsetof(struct sk_fmt_opts, hex_text)},
        {"dontPrintUnits", offsetof(struct sk_fmt_opts, no_units)},
        {"dontBreakdownOids", offsetof(struct sk_fmt_opts, dont_breakdown)},
        {"escapeQuotes", offsetof(struct sk_fmt_opts, escape_quotes)},
        {"extendedIndex", offsetof(struct sk_fmt_opts, extended_index)},
        {"noDisplayHint", offsetof(struct sk_fmt_opts, no_display_hint)},
    };
    size_t i;

    for (i = 0; i < sizeof table / sizeof table[0]; i++) {
        if (strcasecmp(token, table[i].token) == 0) {
            *offset = table[i].offset;
            return true;
        }
    }
    return false;
}

static int int_directive(struct sk_fmt_opts *o, const char *token,
                         const char *value, struct sk_error *err)
{
    int v = 0;

    if (parse_int(value, &v, err) < 0)
        return -1;
    if (strcasecmp(token, "hexOutputLength") == 0)
        o->hex_line_len = v < 0 ? 0u : (unsigned)v; /* <= 0: no wrap */
    else
        o->oid_style = style_from_int(v);
    return 1;
}

int sk_fmt_opts_directive(struct sk_fmt_opts *o, const char *token,
                          const char *value, struct sk_error *err)
{
    size_t offset;
    int v;

    if (bool_field(token, &offset)) {
        v = parse_bool(value, err);
        if (v < 0)
            return -1;
        *(bool *)((char *)o + offset) = v == 1;
        return 1;
    }
    if (strcasecmp(token, "printNumericOids") == 0) {
        numeric_oids(o, value);
        return 1;
    }
    if (strcasecmp(token, "oidOutputFormat") == 0 ||
        strcasecmp(token, "suffixPrinting") == 0 ||
        strcasecmp(token, "hexOutputLength") == 0)
        return int_directive(o, token, value, err);
    if (strcasecmp(token, "outputPrecision") == 0)
        return output_precision(o, value, err) < 0 ? -1 : 1;
    return 0;
}
