/* fmt_oid.c - OIDs as Net-SNMP prints them, for varbind names and OID
 * values alike.
 *
 * With no MIB loaded Net-SNMP's tree still holds its three roots
 * (X.660: ccitt(0), iso(1), joint-iso-ccitt(2)), so the first arc is
 * named and the rest stay numeric: "iso.3.6.1.2.1.1.1.0".  The module
 * (-OS, default), suffix (-Os) styles print that bare; the full (-Of)
 * and UCD (-Ou) styles put a dot in front; -On prints ".1.3.6..." and
 * oidOutputFormat 6 prints nothing. */
#include "fmt/fmt.h"

#include <inttypes.h>

#include "fmt/fmt_int.h"

int sk_fmt_overflow(struct sk_error *err)
{
    return sk_error_set(err, SK_ERR_TOO_LONG, "output buffer full");
}

static const char *root_label(uint32_t arc)
{
    switch (arc) {
    case 0: return "ccitt";
    case 1: return "iso";
    case 2: return "joint-iso-ccitt";
    default: return NULL;
    }
}

/* Arcs FROM.. as ".a.b.c". */
static int add_arcs(const struct sk_oid *oid, size_t from,
                    struct sk_buf *out, struct sk_error *err)
{
    size_t i;

    for (i = from; i < oid->len; i++)
        if (sk_buf_addc(out, '.') < 0 ||
            sk_buf_add_uint(out, oid->arc[i]) < 0)
            return sk_fmt_overflow(err);
    return 0;
}

/* The no-MIB symbolic form.  A first arc above 2 has no node in the
 * tree, so it stays numeric like the others. */
static int add_symbolic(const struct sk_fmt_opts *o, const struct sk_oid *oid,
                        struct sk_buf *out, struct sk_error *err)
{
    bool dotted = o->oid_style == SK_OIDSTYLE_FULL ||
                  o->oid_style == SK_OIDSTYLE_UCD;
    const char *label;
    int rc;

    if (oid->len == 0)
        return 0;
    if (dotted && sk_buf_addc(out, '.') < 0)
        return sk_fmt_overflow(err);
    label = root_label(oid->arc[0]);
    if (label != NULL)
        rc = sk_buf_adds(out, label);
    else
        rc = sk_buf_add_uint(out, oid->arc[0]);
    if (rc < 0)
        return sk_fmt_overflow(err);
    return add_arcs(oid, 1, out, err);
}

int sk_fmt_oid(const struct sk_fmt_opts *o, const struct sk_mib *mib,
               const struct sk_oid *oid, struct sk_buf *out,
               struct sk_error *err)
{
    switch (o->oid_style) {
    case SK_OIDSTYLE_NONE:
        return 0;
    case SK_OIDSTYLE_NUMERIC:
        return add_arcs(oid, 0, out, err);
    case SK_OIDSTYLE_SUFFIX:
    case SK_OIDSTYLE_MODULE:
    case SK_OIDSTYLE_FULL:
    case SK_OIDSTYLE_UCD:
        break;
    default:
        /* Out-of-range styles print no OID, as Net-SNMP's do. */
        return 0;
    }
    if (mib != NULL) {
        /* MIB hook: once libcore/mib exists, this is where the deepest
         * known node is looked up and printed as "MODULE::label" (-OS),
         * "label" (-Os), ".iso.org..." (-Of) or with the UCD prefix
         * stripped (-Ou), followed by the index decoded from the
         * node's INDEX clause unless -Ob, in "[..]" form with -OX and
         * with quotes escaped under -OE.  Until then a MIB handle
         * changes nothing. */
    }
    return add_symbolic(o, oid, out, err);
}
