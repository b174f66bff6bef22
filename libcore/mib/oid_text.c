/* oid_text.c - OID arguments as text, turned into arcs the way Net-SNMP
 * 5.9's snmp_parse_oid() does it (observed live with snmptranslate and
 * snmpget, -M mibs -m ALL).
 *
 * Three lookups exist and the -I letters choose between them:
 *  - by path: "1.3.6", ".iso.org.dod", "iso.3.6", each component a child
 *    of the one before, starting above the three roots (the "(top)" of
 *    the messages); "MODULE::name" goes to the next lookup instead;
 *  - by name: the first component is a label anywhere in the tree (or
 *    in MODULE), the rest continues below it (-IR, and any text with ':');
 *  - by regex: the best match of the whole text as a regular expression
 *    on labels, keeping only that node (-Ib).
 * Without letters all three are tried in that order, and the detail of
 * the first failure is what Net-SNMP shows.  Once the path reaches a
 * leaf, what follows is decoded with the INDEX clause of the leaf's row:
 * integers (or enum labels), IpAddress quads, strings in quotes or as
 * length-prefixed numbers, IMPLIED strings in single quotes.  With no
 * MIB loaded only the three roots exist, so the same code reproduces
 * Net-SNMP's no-MIB messages. */
#include "mib/mib.h"

#include <stdlib.h>
#include <string.h>

/* The tree Net-SNMP has with no modules loaded: the roots of X.660. */
static const struct sk_mib_node bare_roots[3] = {
    { .arc = 0, .label = "ccitt" },
    { .arc = 1, .label = "iso" },
    { .arc = 2, .label = "joint-iso-ccitt" },
};

/* The prefix of -Iu, Net-SNMP's default for relative names (mib-2). */
#define UCD_PREFIX "iso.org.dod.internet.mgmt.mib-2."

struct walk {
    const struct sk_mib *mib;
    uint32_t *arcs;
    size_t n, max;
    bool check;                        /* -Ir not given */
    const char *fcp;                   /* component being read */
    const struct sk_mib_node *tp;      /* node for "Sub-id not found" */
    bool tp_top;                       /* tp is the pseudo-root "(top)" */
    const struct sk_mib_index *idx;    /* index parts left */
    size_t n_idx;
    struct sk_error *err;
};

unsigned sk_mib_oid_flags(const char *letters)
{
    unsigned f = 0;

    for (; letters != NULL && *letters != '\0'; letters++) {
        switch (*letters) {
        case 'R': f |= SK_OIDTEXT_RANDOM; break;
        case 'b': f |= SK_OIDTEXT_BEST; break;
        case 'u': f |= SK_OIDTEXT_UCD; break;
        case 'r': f |= SK_OIDTEXT_NOCHECK; break;
        case 'h': f |= SK_OIDTEXT_NOHINT; break;
        default: break;
        }
    }
    return f;
}

/* ---- tree access that also works with no MIB ---- */

static const struct sk_mib_node *child_arc(const struct sk_mib *mib,
                                           const struct sk_mib_node *p,
                                           uint32_t arc)
{
    const struct sk_mib_node *c;

    if (mib == NULL)
        return p == NULL && arc < 3 ? &bare_roots[arc] : NULL;
    c = sk_mib_child(mib, p, arc);
    /* an arc no module named is no node to Net-SNMP */
    return c != NULL && c->label != NULL ? c : NULL;
}

static const struct sk_mib_node *child_label(const struct sk_mib *mib,
                                             const struct sk_mib_node *p,
                                             const char *label)
{
    size_t i;

    if (mib != NULL)
        return sk_mib_child_label(mib, p, label);
    for (i = 0; p == NULL && i < 3; i++)
        if (strcmp(bare_roots[i].label, label) == 0)
            return &bare_roots[i];
    return NULL;
}

static const struct sk_mib_node *find_label(const struct sk_mib *mib,
                                            const char *label)
{
    return mib != NULL ? sk_mib_find_label(mib, label)
                       : child_label(NULL, NULL, label);
}

static bool has_children(const struct sk_mib_node *p, bool top)
{
    return top || (p != NULL && p->n_children > 0);
}

/* ---- the component reader (_add_strings_to_oid) ---- */

/* Cut CP at its first '.'; returns what follows, or NULL. */
static char *split(char *cp)
{
    char *dot = strchr(cp, '.');

    if (dot == NULL)
        return NULL;
    *dot = '\0';
    return dot + 1;
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* A whole component as strtoul(base 0) reads it: decimal, 0x hex or 0
 * octal.  Arcs above 32 bits keep their low bits (ours are 32-bit). */
static bool number(const char *cp, uint32_t *v)
{
    char *end;
    unsigned long long x = strtoull(cp, &end, 0);

    *v = (uint32_t)(x & 0xffffffffu);
    return *end == '\0' && end != cp;
}

/* The failure of the component at w->fcp, worded as Net-SNMP does. */
static int bad_id(struct walk *w)
{
    if (w->n_idx > 0)
        return sk_error_set(w->err, SK_ERR_UNKNOWN_OID,
                            "Index out of range: %s (%s)", w->fcp,
                            w->idx->label);
    if (w->tp_top || w->tp != NULL)
        return sk_error_set(w->err, SK_ERR_UNKNOWN_OID,
                            "Sub-id not found: %s -> %s",
                            w->tp_top ? "(top)" : w->tp->label, w->fcp);
    return sk_error_set(w->err, SK_ERR_UNKNOWN_OID, "%s", w->fcp);
}

static int add(struct walk *w, uint32_t arc)
{
    if (w->n >= w->max)
        return bad_id(w);
    w->arcs[w->n++] = arc;
    return 0;
}

/* Children by number or label while the node has any.  Returns the rest
 * of the text (NULL when used up) through *CP. */
static int walk_children(struct walk *w, char **cp)
{
    const struct sk_mib_node *c;
    char *next;
    uint32_t arc;

    while (*cp != NULL && has_children(w->tp, w->tp_top)) {
        const struct sk_mib_node *parent = w->tp_top ? NULL : w->tp;

        w->fcp = *cp;
        next = split(*cp);
        if (is_digit(**cp)) {
            if (!number(*cp, &arc))
                return bad_id(w);
            c = child_arc(w->mib, parent, arc);
        } else {
            c = child_label(w->mib, parent, *cp);
            if (c == NULL)
                return bad_id(w);
            arc = c->arc;
        }
        if (add(w, arc) < 0)
            return -1;
        *cp = next;
        if (c == NULL)
            break;              /* an unknown number: the rest is raw */
        w->tp = c;
        w->tp_top = false;
    }
    return 0;
}

/* An integer index part: a number or a label of the index's enums, in
 * its ranges unless -Ir.  Net-SNMP compares as a C int. */
static int idx_integer(struct walk *w, const struct sk_mib_node *t,
                       char **cp)
{
    char *next = split(*cp);
    uint32_t v = 0;
    size_t i;

    if (is_digit(**cp)) {
        if (!number(*cp, &v))
            return bad_id(w);
    } else {
        for (i = 0; i < t->syntax.n_enums; i++)
            if (strcmp(t->syntax.enums[i].label, *cp) == 0)
                break;
        if (i == t->syntax.n_enums)
            return bad_id(w);
        v = (uint32_t)t->syntax.enums[i].value;
    }
    if (w->check && t->syntax.n_ranges > 0) {
        int32_t sv = (int32_t)v;

        for (i = 0; i < t->syntax.n_ranges; i++)
            if (t->syntax.ranges[i].low <= sv &&
                sv <= t->syntax.ranges[i].high)
                break;
        if (i == t->syntax.n_ranges)
            return bad_id(w);
    }
    *cp = next;
    return add(w, v);
}

/* Up to four components of 0..255 (fewer when the text ends). */
static int idx_ipaddr(struct walk *w, char **cp)
{
    uint32_t v;
    int k;

    if (w->n + 4 > w->max)
        return bad_id(w);
    for (k = 0; *cp != NULL && k < 4; k++) {
        char *next;

        w->fcp = *cp;
        next = split(*cp);
        if (!number(*cp, &v) || (w->check && v > 255))
            return bad_id(w);
        w->arcs[w->n++] = v;
        *cp = next;
    }
    return 0;
}

/* Replace \x by x up to the closing QUOTE; returns the quote's position
 * (the text before it is NUL-terminated) or NULL when there is none. */
static char *unescape(char *src, char quote)
{
    char *dst = src;
    bool backslash = false;

    for (; *src != '\0'; src++) {
        if (backslash) {
            backslash = false;
            *dst++ = *src;
        } else if (*src == quote) {
            *dst = '\0';
            return src;
        } else if (*src == '\\') {
            backslash = true;
        } else {
            *dst++ = *src;
        }
    }
    return NULL;
}

/* True when LEN fits one of T's SIZE ranges (none: it never does, as in
 * Net-SNMP, which then refuses a checked string index). */
static bool size_ok(const struct sk_mib_node *t, size_t len)
{
    size_t i;

    for (i = 0; i < t->syntax.n_ranges; i++)
        if (t->syntax.ranges[i].low <= (int64_t)len &&
            (int64_t)len <= t->syntax.ranges[i].high)
            return true;
    return false;
}

/* A string index part in quotes: "x" for variable length (length arc
 * first), 'x' for fixed length and IMPLIED. */
static int idx_quoted(struct walk *w, const struct sk_mib_node *t,
                      long fixed, char **cp)
{
    char quote = **cp;
    bool implied = w->idx->implied;
    size_t len_at = 0, pos = 0;
    char *s = *cp + 1, *close;

    if (!implied && fixed < 0) {
        if (quote == '\'')
            return sk_error_set(w->err, SK_ERR_UNKNOWN_OID,
                                "'-quote is for fixed length strings");
        len_at = w->n;
        if (add(w, 0) < 0)
            return -1;
    } else if (quote == '"') {
        return sk_error_set(w->err, SK_ERR_UNKNOWN_OID,
                            "\"-quote is for variable length strings");
    }
    close = unescape(s, quote);
    if (close == NULL)
        return bad_id(w);
    for (; *s != '\0'; s++, pos++)
        if (add(w, (unsigned char)*s) < 0)
            return -1;
    if (close[1] == '\0')
        *cp = NULL;
    else if (close[1] != '.')
        return bad_id(w);
    else
        *cp = close + 2;
    if (w->check && ((fixed < 0 && !size_ok(t, pos)) ||
                     (fixed >= 0 && pos != (size_t)fixed)))
        return bad_id(w);
    if (!implied && fixed < 0)
        w->arcs[len_at] = (uint32_t)pos;
    return 0;
}

/* A string index part as numbers: a length first unless fixed or
 * IMPLIED (IMPLIED takes every remaining component). */
static int idx_string(struct walk *w, const struct sk_mib_node *t, char **cp)
{
    long fixed = -1, len;
    uint32_t v;

    if (t->syntax.n_ranges == 1 &&
        t->syntax.ranges[0].low == t->syntax.ranges[0].high)
        fixed = (long)t->syntax.ranges[0].low;
    if (**cp == '"' || **cp == '\'')
        return idx_quoted(w, t, fixed, cp);
    len = fixed;
    if (!w->idx->implied && fixed < 0) {
        char *next = split(*cp);

        if (!number(*cp, &v))
            return bad_id(w);
        len = (long)v;
        if (w->n + (size_t)len + 1 >= w->max)
            return bad_id(w);
        w->arcs[w->n++] = v;
        *cp = next;
    }
    for (; len != 0 && *cp != NULL; len--) {
        char *next;

        w->fcp = *cp;
        next = split(*cp);
        if (!number(*cp, &v) || (w->check && v > 255) || add(w, v) < 0)
            return bad_id(w);
        *cp = next;
    }
    return 0;
}

/* NetworkAddress (SMIv1): a 1 then an IPv4 address. */
static int idx_netaddr(struct walk *w, char **cp, bool *stop)
{
    char *next = split(*cp);
    uint32_t v;

    if (!number(*cp, &v) || w->n + 1 >= w->max)
        return bad_id(w);
    w->arcs[w->n++] = v;
    *cp = next;
    if (v != 1) {
        *stop = true;
        return 0;
    }
    return idx_ipaddr(w, cp);
}

/* The row's INDEX parts after a leaf.  Types Net-SNMP cannot decode (and
 * OBJECT IDENTIFIER, which runs to the end) leave the rest raw. */
static int walk_index(struct walk *w, char **cp)
{
    while (*cp != NULL && w->n_idx > 0) {
        const struct sk_mib_node *t = find_label(w->mib, w->idx->label);
        bool stop = false;
        int rc;

        w->fcp = *cp;
        if (t == NULL)
            return 0;
        switch (t->syntax.type) {
        case SK_MIB_TYPE_INTEGER: case SK_MIB_TYPE_INTEGER32:
        case SK_MIB_TYPE_UINTEGER: case SK_MIB_TYPE_UNSIGNED32:
        case SK_MIB_TYPE_TIMETICKS:
            rc = idx_integer(w, t, cp);
            break;
        case SK_MIB_TYPE_IPADDR: rc = idx_ipaddr(w, cp); break;
        case SK_MIB_TYPE_OCTETSTR: rc = idx_string(w, t, cp); break;
        case SK_MIB_TYPE_NETADDR: rc = idx_netaddr(w, cp, &stop); break;
        default:
            rc = 0;
            stop = true;
            break;
        }
        if (rc < 0)
            return -1;
        if (stop) {
            w->n_idx = 0;
            return 0;
        }
        w->idx++;
        w->n_idx--;
    }
    return 0;
}

/* What is left: numbers, "string" (length first) and 'string'. */
static int walk_rest(struct walk *w, char *cp)
{
    while (cp != NULL) {
        char *next, *close;
        uint32_t v;

        w->fcp = cp;
        if (is_digit(*cp)) {
            next = split(cp);
            if (!number(cp, &v) || add(w, v) < 0)
                return bad_id(w);
        } else if (*cp == '"' || *cp == '\'') {
            close = strchr(cp + 1, *cp);
            if (close == NULL)
                return bad_id(w);
            if (*cp == '"' && add(w, (uint32_t)(close - cp - 1)) < 0)
                return -1;
            for (next = cp + 1; next < close; next++)
                if (add(w, (unsigned char)*next) < 0)
                    return -1;
            if (close[1] != '\0' && close[1] != '.')
                return bad_id(w);
            next = close[1] == '\0' ? NULL : close + 2;
        } else {
            return bad_id(w);
        }
        cp = next;
    }
    return 0;
}

/* Components of CP below START (NULL: the pseudo-root), appended to the
 * arcs already in W. */
static int add_strings(struct walk *w, const struct sk_mib_node *start,
                       char *cp)
{
    const struct sk_mib_node *row;

    w->tp = start;
    w->tp_top = start == NULL;
    w->idx = NULL;
    w->n_idx = 0;
    if (walk_children(w, &cp) < 0)
        return -1;
    if (!has_children(w->tp, w->tp_top)) {
        row = w->tp->parent;
        if (row != NULL && row->n_index == 0 && row->augments != NULL)
            row = find_label(w->mib, row->augments);
        if (row != NULL) {
            w->idx = row->index;
            w->n_idx = row->n_index;
        }
        w->tp = NULL;
    }
    if (walk_index(w, &cp) < 0)
        return -1;
    return walk_rest(w, cp);
}

/* ---- the three lookups ---- */

static void walk_init(struct walk *w, const struct sk_mib *mib,
                      unsigned flags, uint32_t *arcs, size_t max,
                      struct sk_error *err)
{
    memset(w, 0, sizeof *w);
    w->mib = mib;
    w->arcs = arcs;
    w->max = max;
    w->check = (flags & SK_OIDTEXT_NOCHECK) == 0;
    w->err = err;
}

/* get_module_node(): NAME's first component is a label of MODULE (NULL:
 * any module), the rest goes below it.  A failure before the label is
 * found carries no detail. */
static int by_name(struct walk *w, const char *module, char *name)
{
    const struct sk_mib_node *tp;
    char *rest = split(name);

    if (w->mib == NULL)
        tp = module == NULL ? find_label(NULL, name) : NULL;
    else if (module == NULL)
        tp = sk_mib_find_label(w->mib, name);
    else
        tp = sk_mib_find_module_label(w->mib, module, name);
    if (tp == NULL)
        return sk_error_set(w->err, SK_ERR_UNKNOWN_OID, NULL);
    w->n = sk_mib_node_oid(tp, w->arcs, w->max);
    if (w->n == 0)
        return sk_error_set(w->err, SK_ERR_UNKNOWN_OID, NULL);
    return rest == NULL ? 0 : add_strings(w, tp, rest);
}

/* Length of the [A-Za-z0-9-]* run that may name a module. */
static size_t module_len(const char *s)
{
    size_t i = 0;

    while ((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'z') ||
           (s[i] >= 'A' && s[i] <= 'Z') || s[i] == '-')
        i++;
    return i;
}

/* get_node(): "MODULE::name.idx" (one colon is enough) or "name.idx". */
static int get_node(struct walk *w, char *text)
{
    size_t m = module_len(text);

    w->n = 0;
    if (text[m] != ':')
        return by_name(w, NULL, text[0] == '.' ? text + 1 : text);
    text[m] = '\0';
    return by_name(w, text, text + m + (text[m + 1] == ':' ? 2 : 1));
}

/* read_objid(): a path from the pseudo-root. */
static int read_objid(struct walk *w, char *text, unsigned flags,
                      char **copy)
{
    size_t m = module_len(text);

    if (text[m] == ':')
        return get_node(w, text);
    w->n = 0;
    if (text[0] == '.') {
        text++;
    } else if (flags & SK_OIDTEXT_UCD) {
        size_t len = strlen(UCD_PREFIX) + strlen(text) + 1;
        char *u = malloc(len);

        if (u == NULL)
            return sk_error_set(w->err, SK_ERR_NOMEM, NULL);
        /* NOLINTNEXTLINE(bugprone-not-null-terminated-result): a prefix */
        memcpy(u, UCD_PREFIX, strlen(UCD_PREFIX));
        memcpy(u + strlen(UCD_PREFIX), text, strlen(text) + 1);
        free(*copy);
        *copy = u;
        text = u;
    }
    return add_strings(w, NULL, text);
}

/* get_wild_node(): the best regex match, then that label alone. */
static int get_wild(struct walk *w, const char *text)
{
    const struct sk_mib_node *tp;
    struct sk_error e;

    w->n = 0;
    tp = w->mib != NULL ? sk_mib_find_best(w->mib, text, &e) : NULL;
    if (tp == NULL)
        return -1;
    /* Net-SNMP then looks the label up again (get_node), which picks
     * the newest node of that name when several share it */
    if (tp->label != NULL && sk_mib_find_label(w->mib, tp->label) != NULL)
        tp = sk_mib_find_label(w->mib, tp->label);
    w->n = sk_mib_node_oid(tp, w->arcs, w->max);
    return w->n == 0 ? -1 : 0;
}

/* One lookup on a private copy of TEXT (the readers cut it up). */
static int attempt(struct walk *w, const char *text, unsigned flags,
                   char mode)
{
    char *copy = strdup(text);
    int rc;

    if (copy == NULL)
        return sk_error_set(w->err, SK_ERR_NOMEM, NULL);
    sk_error_clear(w->err);
    if (mode == 'R')
        rc = get_node(w, copy);
    else if (mode == 'b')
        rc = get_wild(w, copy);
    else
        rc = read_objid(w, copy, flags, &copy);
    free(copy);
    return rc;
}

/* Net-SNMP's default: by path, by name, then by regex.  Its error
 * detail is a global that only failures set, so a failure shows the
 * last detail any step left, and a success leaves it behind too (the
 * caller may want it: Net-SNMP prints it with later errors). */
static int chain(struct walk *w, const char *text, unsigned flags)
{
    struct sk_error first, second, third, *caller = w->err;
    const char *detail;
    int rc;

    memset(&first, 0, sizeof first);
    memset(&second, 0, sizeof second);
    w->err = &first;
    rc = attempt(w, text, flags, 'p');
    if (rc == 0 || first.code == SK_ERR_NOMEM) {
        w->err = caller;
        *caller = first;
        return rc;
    }
    w->err = &second;
    rc = attempt(w, text, flags, 'R');
    detail = first.detail;
    if (rc < 0 && second.detail[0] != '\0')
        detail = second.detail;
    if (rc < 0 && second.code != SK_ERR_NOMEM) {
        w->err = &third;
        rc = attempt(w, text, flags, 'b');
    }
    w->err = caller;
    if (rc < 0 && second.code == SK_ERR_NOMEM) {
        *caller = second;
        return -1;
    }
    sk_error_set(caller, rc == 0 ? SK_ERR_OK : SK_ERR_UNKNOWN_OID, "%s",
                 detail);
    return rc;
}

int sk_mib_parse_oid(const struct sk_mib *mib, const char *text,
                     unsigned flags, uint32_t *arcs, size_t *n,
                     struct sk_error *err)
{
    char mode = 'c';
    struct walk w;
    int rc;

    if (flags & SK_OIDTEXT_RANDOM)
        mode = 'R';
    else if (flags & SK_OIDTEXT_PATH)
        mode = (flags & SK_OIDTEXT_BEST) ? 'b' : 'p';
    else if (strchr(text, ':') != NULL)
        mode = 'R';
    else if (flags & SK_OIDTEXT_BEST)
        mode = 'b';
    walk_init(&w, mib, flags, arcs, *n, err);
    if (mode == 'c') {
        rc = chain(&w, text, flags);
    } else {
        rc = attempt(&w, text, flags, mode);
        if (rc < 0 && mode == 'b' && err->code != SK_ERR_NOMEM)
            sk_error_set(err, SK_ERR_SILENT, NULL);
    }
    if (rc == 0) {
        err->code = SK_ERR_OK;
        *n = w.n;
    }
    return rc;
}
