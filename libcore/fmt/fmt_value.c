/* fmt_value.c - values and whole varbind lines as Net-SNMP 5.9 prints
 * them (snmplib/mib.c sprint_realloc_by_type and friends, observed
 * live): "TYPE: value", the type dropped under -Oq/-OQ, the line shaped
 * "OID = value", "OID value" (-Oq) or "value" (-Ov).
 *
 * Everything the MIB could change (enum labels, DISPLAY-HINTs, UNITS,
 * the "Wrong Type (should be X): " check) arrives through struct
 * objinfo, which is empty while no MIB is loaded. */
#include "fmt/fmt.h"

#include <inttypes.h>
#include <string.h>

#include "fmt/fmt_int.h"

/* What the MIB says about the object a varbind names. */
struct objinfo {
    const char *hint;  /* DISPLAY-HINT (RFC 2579 section 3.1), or NULL */
    const char *units; /* UNITS clause, or NULL */
};

static void lookup_objinfo(const struct sk_fmt_opts *o,
                           const struct sk_mib *mib,
                           const struct sk_oid *name, struct objinfo *info)
{
    memset(info, 0, sizeof *info);
    (void)name;
    if (mib == NULL)
        return;
    /* MIB hook: look NAME up here and fill in the hint (unless
     * o->no_display_hint), the units (unless o->no_units), the enum
     * labels (printed "label(n)", "label" under -Oq, "n" under -Oe) and
     * the syntax; a type that does not match the syntax is then printed
     * as "Wrong Type (should be X): " followed by the plain rendering,
     * except under -OQ.  Hinted strings go to hint.c and print unquoted
     * after "STRING: ", hinted integers get their decimal point. */
    (void)o;
}

static int add(struct sk_buf *out, const char *s, struct sk_error *err)
{
    return sk_buf_adds(out, s) < 0 ? sk_fmt_overflow(err) : 0;
}

/* The "TYPE: " label, which quick printing drops. */
static int label(const struct sk_fmt_opts *o, const char *text,
                 struct sk_buf *out, struct sk_error *err)
{
    return o->quick ? 0 : add(out, text, err);
}

static int add_units(const struct sk_fmt_opts *o,
                     const struct objinfo *info, struct sk_buf *out,
                     struct sk_error *err)
{
    if (info->units == NULL || o->no_units)
        return 0;
    if (sk_buf_printf(out, " %s", info->units) < 0)
        return sk_fmt_overflow(err);
    return 0;
}

/* OCTET STRING without a hint: hex when a byte is unprintable (or -Ox),
 * else quoted.  An empty string is `""` with no label at all. */
static int add_octets(const struct sk_fmt_opts *o, const struct sk_value *v,
                      struct sk_buf *out, struct sk_error *err)
{
    bool hex = o->string_style == SK_STRSTYLE_HEX;
    size_t i;

    if (o->string_style == SK_STRSTYLE_GUESS)
        for (i = 0; i < v->len; i++)
            if (!sk_fmt_printable(v->str[i]))
                hex = true;
    if (v->len == 0)
        return add(out, "\"\"", err);
    if (!hex) {
        if (label(o, "STRING: ", out, err) < 0)
            return -1;
        return sk_fmt_quoted(v->str, v->len, out, err);
    }
    /* Quick printing wraps the dump in quotes instead of labelling it. */
    if (add(out, o->quick ? "\"" : "Hex-STRING: ", err) < 0 ||
        sk_fmt_hex_lines(o, v->str, v->len, out, err) < 0)
        return -1;
    return o->quick ? add(out, "\"", err) : 0;
}

/* TimeTicks: "(ticks) [N day[s], ]h:mm:ss.cc", or under -Oq the
 * colon-only "d:h:mm:ss.cc"; -Ot prints the bare number, unlabelled. */
static int add_timeticks(const struct sk_fmt_opts *o, uint32_t ticks,
                         struct sk_buf *out, struct sk_error *err)
{
    unsigned cs = ticks % 100, s = ticks / 100;
    unsigned days = s / 86400, h = s / 3600 % 24, m = s / 60 % 60;
    int rc;

    s %= 60;
    if (o->numeric_timeticks)
        rc = sk_buf_printf(out, "%" PRIu32, ticks);
    else if (o->quick)
        rc = sk_buf_printf(out, "%u:%u:%02u:%02u.%02u", days, h, m, s, cs);
    else if (days == 0)
        rc = sk_buf_printf(out, "Timeticks: (%" PRIu32 ") %u:%02u:%02u.%02u",
                           ticks, h, m, s, cs);
    else
        rc = sk_buf_printf(out, "Timeticks: (%" PRIu32 ") %u day%s, "
                           "%u:%02u:%02u.%02u", ticks, days,
                           days == 1 ? "" : "s", h, m, s, cs);
    return rc < 0 ? sk_fmt_overflow(err) : 0;
}

static int add_ipaddr(const struct sk_fmt_opts *o, const struct sk_value *v,
                      struct sk_buf *out, struct sk_error *err)
{
    if (label(o, "IpAddress: ", out, err) < 0)
        return -1;
    if (v->len < 4 || v->str == NULL)
        return 0; /* the wire layer never yields this; print no address */
    if (sk_buf_printf(out, "%u.%u.%u.%u", v->str[0], v->str[1], v->str[2],
                      v->str[3]) < 0)
        return sk_fmt_overflow(err);
    return 0;
}

/* Net-SNMP's Opaque-wrapped specials (draft-perkins-opaque-01). */
static int add_opaque_special(const struct sk_fmt_opts *o,
                              const struct sk_value *v, struct sk_buf *out,
                              struct sk_error *err)
{
    int rc;

    switch (v->type) {
    case SK_T_OPAQUE_FLOAT:
    case SK_T_OPAQUE_DOUBLE:
        /* Doubles are labelled "Float" too. */
        if (label(o, "Opaque: Float: ", out, err) < 0)
            return -1;
        return sk_fmt_float(o, v->type == SK_T_OPAQUE_FLOAT
                                   ? (double)v->n.f : v->n.d, out, err);
    case SK_T_OPAQUE_I64:
        if (label(o, "Opaque: Int64: ", out, err) < 0)
            return -1;
        rc = sk_buf_add_int(out, v->n.i);
        break;
    case SK_T_OPAQUE_U64:
        if (label(o, "Opaque: UInt64: ", out, err) < 0)
            return -1;
        rc = sk_buf_add_uint(out, v->n.u);
        break;
    default: /* SK_T_OPAQUE_COUNTER64 */
        if (label(o, "Opaque: Counter64: ", out, err) < 0)
            return -1;
        rc = sk_buf_add_uint(out, v->n.u);
        break;
    }
    return rc < 0 ? sk_fmt_overflow(err) : 0;
}

/* "LABEL: n" for the plain unsigned types; LABEL NULL prints none. */
static int add_unsigned(const struct sk_fmt_opts *o, const char *text,
                        uint64_t u, struct sk_buf *out, struct sk_error *err)
{
    if (text != NULL && label(o, text, out, err) < 0)
        return -1;
    if (sk_buf_add_uint(out, u) < 0)
        return sk_fmt_overflow(err);
    return 0;
}

/* RFC 3416 section 4.2.1 exceptions and types Net-SNMP cannot print;
 * none of them takes a label or units.  Returns NULL for other types. */
static const char *fixed_text(enum sk_type type)
{
    switch (type) {
    case SK_T_NULL:
        return "NULL";
    case SK_T_NOSUCHOBJECT:
        return "No Such Object available on this agent at this OID";
    case SK_T_NOSUCHINSTANCE:
        return "No Such Instance currently exists at this OID";
    case SK_T_ENDOFMIBVIEW:
        return "No more variables left in this MIB View "
               "(It is past the end of the MIB tree)";
    case SK_T_INTEGER:
    case SK_T_OCTETS:
    case SK_T_OID:
    case SK_T_IPADDR:
    case SK_T_COUNTER32:
    case SK_T_GAUGE32:
    case SK_T_TIMETICKS:
    case SK_T_OPAQUE:
    case SK_T_COUNTER64:
    case SK_T_UINT32:
    case SK_T_OPAQUE_COUNTER64:
    case SK_T_OPAQUE_FLOAT:
    case SK_T_OPAQUE_DOUBLE:
    case SK_T_OPAQUE_I64:
    case SK_T_OPAQUE_U64:
        return NULL;
    case SK_T_NSAP: /* only printable through a MIB syntax */
    default:
        return "Variable has bad type";
    }
}

/* The typed renderings; UINT32 (obsolete UInteger32) has no label. */
static int render(const struct sk_fmt_opts *o, const struct sk_mib *mib,
                  const struct sk_value *v, struct sk_buf *out,
                  struct sk_error *err)
{
    switch (v->type) {
    case SK_T_INTEGER:
        if (label(o, "INTEGER: ", out, err) < 0)
            return -1;
        return sk_buf_add_int(out, v->n.i) < 0
                   ? sk_fmt_overflow(err) : 0;
    case SK_T_OCTETS:
        return add_octets(o, v, out, err);
    case SK_T_OID:
        if (label(o, "OID: ", out, err) < 0)
            return -1;
        if (v->oid == NULL)
            return 0;
        return sk_fmt_oid(o, mib, v->oid, out, err);
    case SK_T_IPADDR:
        return add_ipaddr(o, v, out, err);
    case SK_T_COUNTER32:
        return add_unsigned(o, "Counter32: ", v->n.u & 0xffffffffu, out,
                            err);
    case SK_T_GAUGE32:
        return add_unsigned(o, "Gauge32: ", v->n.u & 0xffffffffu, out, err);
    case SK_T_UINT32:
        return add_unsigned(o, NULL, v->n.u & 0xffffffffu, out, err);
    case SK_T_COUNTER64:
        return add_unsigned(o, "Counter64: ", v->n.u, out, err);
    case SK_T_TIMETICKS:
        return add_timeticks(o, (uint32_t)v->n.u, out, err);
    case SK_T_OPAQUE:
        /* Raw Opaque is dumped in hex, unquoted even under -Oq. */
        if (label(o, "OPAQUE: ", out, err) < 0)
            return -1;
        return sk_fmt_hex_lines(o, v->str, v->len, out, err);
    default:
        return add_opaque_special(o, v, out, err);
    }
}

int sk_fmt_value(const struct sk_fmt_opts *o, const struct sk_mib *mib,
                 const struct sk_varbind *vb, struct sk_buf *out,
                 struct sk_error *err)
{
    const struct sk_value *v = &vb->value;
    const char *text = fixed_text(v->type);
    struct objinfo info;

    if (text != NULL)
        return add(out, text, err);
    lookup_objinfo(o, mib, &vb->name, &info);
    if (render(o, mib, v, out, err) < 0)
        return -1;
    /* -Ot timeticks and IpAddress never carry units in Net-SNMP. */
    if (v->type == SK_T_IPADDR ||
        (v->type == SK_T_TIMETICKS && o->numeric_timeticks))
        return 0;
    return add_units(o, &info, out, err);
}

int sk_fmt_varbind(const struct sk_fmt_opts *o, const struct sk_mib *mib,
                   const struct sk_varbind *vb, struct sk_buf *out,
                   struct sk_error *err)
{
    if (!o->value_only) {
        if (sk_fmt_oid(o, mib, &vb->name, out, err) < 0)
            return -1;
        /* -OQ keeps " = " even though it drops the type labels. */
        if (add(out, o->quick && !o->quick_equals ? " " : " = ", err) < 0)
            return -1;
    }
    return sk_fmt_value(o, mib, vb, out, err);
}
