/* fmt_value.c - values and whole varbind lines as Net-SNMP 5.9 prints
 * them (snmplib/mib.c sprint_realloc_by_type and friends, observed
 * live): "TYPE: value", the type dropped under -Oq/-OQ, the line shaped
 * "OID = value", "OID value" (-Oq) or "value" (-Ov).
 *
 * Everything the MIB changes (enum labels, DISPLAY-HINTs, UNITS, the
 * "Wrong Type (should be X): " check) arrives through struct objinfo,
 * which is empty while no MIB is loaded.  The MIB syntax picks the
 * printer (render_node), the value's own type the rendering (render). */
#include "fmt/fmt.h"

#include <inttypes.h>
#include <string.h>

#include "fmt/fmt_int.h"
#include "mib/mib.h"

/* What the MIB says about the object a varbind names: the syntax of the
 * deepest known node (Net-SNMP prints a value with that node's printer,
 * even when the node is an ancestor of the varbind). */
struct objinfo {
    enum sk_mib_type type;   /* SK_MIB_TYPE_OTHER: print by the value */
    const char *hint;        /* DISPLAY-HINT (RFC 2579 section 3.1) */
    const char *units;       /* UNITS clause */
    const struct sk_mib_enum *enums;
    size_t n_enums;
};

static void node_info(const struct sk_fmt_opts *o,
                      const struct sk_mib_node *node, struct objinfo *info)
{
    memset(info, 0, sizeof *info);
    if (node == NULL)
        return;
    info->type = node->syntax.type;
    info->hint = o->no_display_hint ? NULL : node->syntax.hint;
    info->units = o->no_units ? NULL : node->units;
    info->enums = node->syntax.enums;
    info->n_enums = node->syntax.n_enums;
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

static int add_units(const struct objinfo *info, struct sk_buf *out,
                     struct sk_error *err)
{
    if (info->units == NULL)
        return 0;
    if (sk_buf_addc(out, ' ') < 0 || sk_buf_adds(out, info->units) < 0)
        return sk_fmt_overflow(err);
    return 0;
}

/* TimeTicks: "Timeticks: (ticks) uptime"; -Ot prints the bare number,
 * unlabelled and without units. */
static int add_timeticks(const struct sk_fmt_opts *o, uint32_t ticks,
                         const struct objinfo *info, struct sk_buf *out,
                         struct sk_error *err)
{
    if (o->numeric_timeticks)
        return sk_fmt_uptime(o, ticks, out, err);
    if (!o->quick && sk_buf_printf(out, "Timeticks: (%" PRIu32 ") ",
                                   ticks) < 0)
        return sk_fmt_overflow(err);
    if (sk_fmt_uptime(o, ticks, out, err) < 0)
        return -1;
    return add_units(info, out, err);
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

/* The enumeration label for V, or NULL. */
static const char *enum_label(const struct objinfo *info, int64_t v)
{
    size_t i;

    for (i = 0; i < info->n_enums; i++)
        if (info->enums[i].value == v)
            return info->enums[i].label;
    return NULL;
}

/* INTEGER and UInteger32: "label(n)", "label" (-Oq), or the number,
 * through an integer DISPLAY-HINT when there is one. */
static int add_integer(const struct sk_fmt_opts *o, const char *text,
                       int64_t v, bool is_unsigned,
                       const struct objinfo *info, struct sk_buf *out,
                       struct sk_error *err)
{
    const char *name = enum_label(info, v);
    int rc;

    if (text != NULL && label(o, text, out, err) < 0)
        return -1;
    if (name == NULL || o->numeric_enums) {
        if (sk_fmt_hint_int_ok(info->hint)) {
            if (sk_fmt_hint_int(info->hint, v, is_unsigned, out, err) < 0)
                return -1;
            return add_units(info, out, err);
        }
        rc = is_unsigned ? sk_buf_add_uint(out, (uint64_t)v)
                         : sk_buf_add_int(out, v);
    } else if (o->quick) {
        rc = sk_buf_adds(out, name);
    } else {
        rc = sk_buf_printf(out, "%s(%" PRId64 ")", name, v);
    }
    if (rc < 0)
        return sk_fmt_overflow(err);
    return add_units(info, out, err);
}

/* Gauge32/Unsigned32: hinted when the MIB says so, no enumerations. */
static int add_gauge(const struct sk_fmt_opts *o, uint64_t u,
                     const struct objinfo *info, struct sk_buf *out,
                     struct sk_error *err)
{
    if (label(o, "Gauge32: ", out, err) < 0)
        return -1;
    if (sk_fmt_hint_int_ok(info->hint)) {
        if (sk_fmt_hint_int(info->hint, (int64_t)u, true, out, err) < 0)
            return -1;
    } else if (sk_buf_add_uint(out, u) < 0) {
        return sk_fmt_overflow(err);
    }
    return add_units(info, out, err);
}

/* BITS: the hex dump, then "label(bit) " (or "bit ") per set bit.
 * Net-SNMP searches the labels from where the previous search stopped,
 * so one unknown bit leaves the later ones numeric too. */
static int add_bits(const struct sk_fmt_opts *o, const struct sk_value *v,
                    const struct objinfo *info, struct sk_buf *out,
                    struct sk_error *err)
{
    size_t byte, e = 0;
    unsigned bit;
    int rc = 0;

    if (add(out, o->quick ? "\"" : "BITS: ", err) < 0 ||
        sk_fmt_hex_lines(o, v->str, v->len, out, err) < 0)
        return -1;
    if (o->quick)
        return add(out, "\"", err);
    for (byte = 0; byte < v->len && rc == 0; byte++)
        for (bit = 0; bit < 8 && rc == 0; bit++) {
            int64_t n = (int64_t)byte * 8 + bit;

            if (!(v->str[byte] & (0x80 >> bit)))
                continue;
            while (e < info->n_enums && info->enums[e].value != n)
                e++;
            if (e == info->n_enums || o->numeric_enums)
                rc = sk_buf_printf(out, "%" PRId64 " ", n);
            else
                rc = sk_buf_printf(out, "%s(%" PRId64 ") ",
                                   info->enums[e].label, n);
        }
    return rc < 0 ? sk_fmt_overflow(err) : 0;
}

/* SMIv1 NetworkAddress: hex bytes joined by ':'. */
static int add_netaddr(const struct sk_fmt_opts *o, const struct sk_value *v,
                       struct sk_buf *out, struct sk_error *err)
{
    size_t i;

    if (label(o, "Network Address: ", out, err) < 0)
        return -1;
    for (i = 0; i < v->len; i++)
        if (sk_buf_printf(out, i + 1 < v->len ? "%02X:" : "%02X",
                          v->str[i]) < 0)
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

/* "LABEL: n" for the plain unsigned types, then units. */
static int add_unsigned(const struct sk_fmt_opts *o, const char *text,
                        uint64_t u, const struct objinfo *info,
                        struct sk_buf *out, struct sk_error *err)
{
    if (label(o, text, out, err) < 0)
        return -1;
    if (sk_buf_add_uint(out, u) < 0)
        return sk_fmt_overflow(err);
    return add_units(info, out, err);
}

/* RFC 3416 section 4.2.1 exceptions: printed as they are, with no
 * label, units or MIB check.  NULL for every other type. */
static const char *exception_text(enum sk_type type)
{
    switch (type) {
    case SK_T_NOSUCHOBJECT:
        return "No Such Object available on this agent at this OID";
    case SK_T_NOSUCHINSTANCE:
        return "No Such Instance currently exists at this OID";
    case SK_T_ENDOFMIBVIEW:
        return "No more variables left in this MIB View "
               "(It is past the end of the MIB tree)";
    default:
        return NULL;
    }
}

/* The rendering by the value's own type (Net-SNMP's
 * sprint_realloc_by_type), with whatever INFO the MIB gave. */
static int render(const struct sk_fmt_opts *o, const struct sk_mib *mib,
                  const struct sk_value *v, const struct objinfo *info,
                  struct sk_buf *out, struct sk_error *err)
{
    int rc;

    switch (v->type) {
    case SK_T_INTEGER:
        return add_integer(o, "INTEGER: ", v->n.i, false, info, out, err);
    case SK_T_UINT32: /* obsolete UInteger32: no label */
        return add_integer(o, NULL, (int64_t)(v->n.u & 0xffffffffu), true,
                           info, out, err);
    case SK_T_OCTETS:
        rc = sk_fmt_octets_hinted(o, info->hint, v->str, v->len, out, err);
        return rc != 0 ? (rc < 0 ? -1 : 0) : add_units(info, out, err);
    case SK_T_OID:
        if (label(o, "OID: ", out, err) < 0)
            return -1;
        if (v->oid != NULL && sk_fmt_oid(o, mib, v->oid, out, err) < 0)
            return -1;
        return add_units(info, out, err);
    case SK_T_IPADDR:
        return add_ipaddr(o, v, out, err);
    case SK_T_COUNTER32:
        return add_unsigned(o, "Counter32: ", v->n.u & 0xffffffffu, info,
                            out, err);
    case SK_T_GAUGE32:
        return add_gauge(o, v->n.u & 0xffffffffu, info, out, err);
    case SK_T_COUNTER64:
        return add_unsigned(o, "Counter64: ", v->n.u, info, out, err);
    case SK_T_TIMETICKS:
        return add_timeticks(o, (uint32_t)v->n.u, info, out, err);
    case SK_T_OPAQUE:
        /* Raw Opaque is dumped in hex, unquoted even under -Oq. */
        if (label(o, "OPAQUE: ", out, err) < 0 ||
            sk_fmt_hex_lines(o, v->str, v->len, out, err) < 0)
            return -1;
        return add_units(info, out, err);
    case SK_T_OPAQUE_COUNTER64:
    case SK_T_OPAQUE_FLOAT:
    case SK_T_OPAQUE_DOUBLE:
    case SK_T_OPAQUE_I64:
    case SK_T_OPAQUE_U64:
        if (add_opaque_special(o, v, out, err) < 0)
            return -1;
        return add_units(info, out, err);
    default:
        /* NULL, or a type only a MIB syntax could print (NSAP). */
        return add(out, v->type == SK_T_NULL ? "NULL"
                                             : "Variable has bad type", err);
    }
}

/* What a MIB syntax accepts (Net-SNMP's per-type printers), and the
 * name its "Wrong Type (should be X): " uses; NULL for syntaxes printed
 * by the value's own type. */
static const char *expected(enum sk_mib_type t, enum sk_type vt, bool *ok)
{
    switch (t) {
    case SK_MIB_TYPE_OBJID:
        *ok = vt == SK_T_OID;
        return "OBJECT IDENTIFIER";
    case SK_MIB_TYPE_OCTETSTR:
        *ok = vt == SK_T_OCTETS;
        return "OCTET STRING";
    case SK_MIB_TYPE_INTEGER:
    case SK_MIB_TYPE_INTEGER32:
        *ok = vt == SK_T_INTEGER;
        return "INTEGER";
    case SK_MIB_TYPE_NETADDR:
        *ok = vt == SK_T_IPADDR;
        return "NetworkAddress";
    case SK_MIB_TYPE_IPADDR:
        *ok = vt == SK_T_IPADDR;
        return "IpAddress";
    case SK_MIB_TYPE_COUNTER:
        *ok = vt == SK_T_COUNTER32;
        return "Counter32";
    case SK_MIB_TYPE_GAUGE:
    case SK_MIB_TYPE_UNSIGNED32:
        *ok = vt == SK_T_GAUGE32;
        return "Gauge32 or Unsigned32";
    case SK_MIB_TYPE_TIMETICKS:
        *ok = vt == SK_T_TIMETICKS;
        return "Timeticks";
    case SK_MIB_TYPE_OPAQUE:
        *ok = vt == SK_T_OPAQUE || vt == SK_T_OPAQUE_COUNTER64 ||
              vt == SK_T_OPAQUE_U64 || vt == SK_T_OPAQUE_I64 ||
              vt == SK_T_OPAQUE_FLOAT || vt == SK_T_OPAQUE_DOUBLE;
        return "Opaque";
    case SK_MIB_TYPE_NULL:
        *ok = vt == SK_T_NULL;
        return "NULL";
    case SK_MIB_TYPE_COUNTER64:
        *ok = vt == SK_T_COUNTER64 || vt == SK_T_OPAQUE_COUNTER64 ||
              vt == SK_T_OPAQUE_U64 || vt == SK_T_OPAQUE_I64;
        return "Counter64";
    case SK_MIB_TYPE_BITS:
        *ok = vt == SK_T_OCTETS;
        return "BITS";
    case SK_MIB_TYPE_NSAPADDRESS:
        *ok = vt == SK_T_NSAP;
        return "NsapAddress";
    case SK_MIB_TYPE_UINTEGER:
        *ok = vt == SK_T_UINT32;
        return "UInteger32";
    default:
        *ok = true;
        return NULL;
    }
}

/* The value as the MIB node NODE (or NULL) says to print it. */
static int render_node(const struct sk_fmt_opts *o, const struct sk_mib *mib,
                       const struct sk_value *v,
                       const struct sk_mib_node *node, struct sk_buf *out,
                       struct sk_error *err)
{
    struct objinfo info;
    const char *want;
    bool ok;

    node_info(o, node, &info);
    want = expected(info.type, v->type, &ok);
    if (!ok) {
        /* -OQ drops the complaint but still ignores the MIB. */
        if (!o->quick_equals &&
            sk_buf_printf(out, "Wrong Type (should be %s): ", want) < 0)
            return sk_fmt_overflow(err);
        memset(&info, 0, sizeof info);
        return render(o, mib, v, &info, out, err);
    }
    if (info.type == SK_MIB_TYPE_BITS)
        return add_bits(o, v, &info, out, err);
    if (info.type == SK_MIB_TYPE_NETADDR)
        return add_netaddr(o, v, out, err);
    if (info.type == SK_MIB_TYPE_NSAPADDRESS) {
        if (label(o, "NsapAddress: ", out, err) < 0)
            return -1;
        return sk_fmt_hex_lines(o, v->str, v->len, out, err);
    }
    return render(o, mib, v, &info, out, err);
}

static int value_at(const struct sk_fmt_opts *o, const struct sk_mib *mib,
                    const struct sk_varbind *vb,
                    const struct sk_mib_node *node, struct sk_buf *out,
                    struct sk_error *err)
{
    const char *text = exception_text(vb->value.type);

    if (text != NULL)
        return add(out, text, err);
    return render_node(o, mib, &vb->value, node, out, err);
}

int sk_fmt_value(const struct sk_fmt_opts *o, const struct sk_mib *mib,
                 const struct sk_varbind *vb, struct sk_buf *out,
                 struct sk_error *err)
{
    const struct sk_mib_node *node = NULL;

    if (mib != NULL)
        node = sk_fmt_find_node(mib, vb->name.arc, vb->name.len);
    return value_at(o, mib, vb, node, out, err);
}

/* The line of sk_fmt_varbind, through the walk cache C when there is
 * one (and a MIB to cache from). */
static int varbind(const struct sk_fmt_opts *o, const struct sk_mib *mib,
                   struct sk_fmt_cache *c, const struct sk_varbind *vb,
                   struct sk_buf *out, struct sk_error *err)
{
    const struct sk_mib_node *node = NULL;
    const struct sk_oid *name = &vb->name;
    bool walked = false;

    if (!o->value_only) {
        /* One walk of the tree serves both the name and the value. */
        if (mib != NULL && o->oid_style != SK_OIDSTYLE_NUMERIC &&
            o->oid_style >= SK_OIDSTYLE_SUFFIX &&
            o->oid_style <= SK_OIDSTYLE_UCD) {
            if ((c != NULL
                     ? sk_fmt_oid_cached(o, mib, c, name->arc, name->len,
                                         out, &node, err)
                     : sk_fmt_oid_mib(o, mib, name->arc, name->len, out,
                                      &node, err)) < 0)
                return -1;
            walked = true;
        } else if (sk_fmt_oid(o, mib, name, out, err) < 0) {
            return -1;
        }
        /* -OQ keeps " = " even though it drops the type labels. */
        if ((o->quick && !o->quick_equals ? sk_buf_addc(out, ' ')
                                          : sk_buf_add(out, " = ", 3)) < 0)
            return sk_fmt_overflow(err);
    }
    if (mib != NULL && !walked)
        node = c != NULL ? sk_fmt_cache_node(c, mib, name->arc, name->len)
                         : sk_fmt_find_node(mib, name->arc, name->len);
    return value_at(o, mib, vb, node, out, err);
}

int sk_fmt_varbind(const struct sk_fmt_opts *o, const struct sk_mib *mib,
                   const struct sk_varbind *vb, struct sk_buf *out,
                   struct sk_error *err)
{
    return varbind(o, mib, NULL, vb, out, err);
}

int sk_fmt_varbind_cached(const struct sk_fmt_opts *o,
                          const struct sk_mib *mib, struct sk_fmt_cache *c,
                          const struct sk_varbind *vb, struct sk_buf *out,
                          struct sk_error *err)
{
    return varbind(o, mib, c, vb, out, err);
}
