/* translate_report.c - snmptranslate's reports of the loaded tree:
 * -To -Ts -Tl -Tz -Tt (one line per node, Net-SNMP's print_oid_report),
 * -Tp (the ASCII tree of print_mib_tree) and -Ta (print_ascii_dump).
 * The layouts, including the blank connector lines of -Tp, follow
 * Net-SNMP 5.9 byte for byte. */
#define _GNU_SOURCE /* strcasestr */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "translate_int.h"

#define XL_INDENT_MAX 1024

/* Room for "anonymous#4294967295". */
#define XL_ANON_LEN 32

/* N's label, or the "anonymous#N" Net-SNMP's reports give an unnamed
 * arc; BUF holds the latter. */
static const char *label_of(const struct sk_mib_node *n, char *buf)
{
    return sk_mib_node_name(n, buf, XL_ANON_LEN);
}

/* The path from a root to N, root first; returns its length. */
static size_t path_of(const struct sk_mib_node *n,
                      const struct sk_mib_node **path, size_t max)
{
    const struct sk_mib_node *p;
    size_t len = 0, i;

    for (p = n; p != NULL; p = p->parent)
        len++;
    if (len > max)
        return 0;
    for (p = n, i = len; p != NULL; p = p->parent)
        path[--i] = p;
    return len;
}

static void report_node(const struct xlate *x, FILE *fp,
                        const struct sk_mib_node *n, size_t depth)
{
    const struct sk_mib_node *path[SK_OID_MAX + 1];
    size_t len = path_of(n, path, SK_OID_MAX + 1), i;
    char b[XL_ANON_LEN];

    if (x->report & XL_REPORT_LABELED) {
        for (i = 0; i < len; i++)
            fprintf(fp, ".%s(%u)", label_of(path[i], b), path[i]->arc);
        fputc('\n', fp);
    }
    if (x->report & XL_REPORT_OID) {
        for (i = 0; i < len; i++)
            fprintf(fp, ".%u", path[i]->arc);
        fputc('\n', fp);
    }
    if (x->report & XL_REPORT_SYMBOL) {
        for (i = 0; i < len; i++)
            fprintf(fp, ".%s", label_of(path[i], b));
        fputc('\n', fp);
    }
    if (x->report & XL_REPORT_CHILD) {
        fprintf(fp, "\"%s\"\t\t\t\"", label_of(n, b));
        for (i = 0; i < len; i++)
            fprintf(fp, i > 0 ? ".%u" : "%u", path[i]->arc);
        fputs("\"\n", fp);
    }
    if (x->report & XL_REPORT_SUFFIX) {
        long tc = n->syntax.tc == NULL ? -1
                  : sk_mib_tc_number(xl_mib(x), n->syntax.tc,
                                     n->syntax.tc_module);

        fprintf(fp, "%*s%s(%u) type=%d", (int)(2 * depth), "", label_of(n, b),
                n->arc, xl_node_type(n));
        if (tc >= 0)
            fprintf(fp, " tc=%ld", tc);
        if (n->syntax.hint != NULL)
            fprintf(fp, " hint=%s", n->syntax.hint);
        if (n->units != NULL)
            fprintf(fp, " units=%s", n->units);
        fputc('\n', fp);
    }
}

/* Pre-order below N, children by arc (Net-SNMP picks the lowest
 * unreported sub-identifier each time round). */
static void report_below(const struct xlate *x, FILE *fp,
                         const struct sk_mib_node *n, size_t depth)
{
    size_t i;

    for (i = 0; i < n->n_children; i++) {
        report_node(x, fp, n->children[i], depth + 1);
        report_below(x, fp, n->children[i], depth + 1);
    }
}

void xl_report(const struct xlate *x, FILE *fp)
{
    /* Net-SNMP's list of roots starts with iso. */
    static const uint32_t order[3] = { 1, 0, 2 };
    size_t i;

    if (xl_mib(x) == NULL)
        return;
    for (i = 0; i < 3; i++)
        report_below(x, fp, sk_mib_root(xl_mib(x), order[i]), 0);
}

/* ---- -Tp ---- */

struct tree_state {
    FILE *fp;
    long width;
    char indent[XL_INDENT_MAX];
    bool was_simple;          /* Net-SNMP's leave_was_simple */
};

static const char *access_flags(enum sk_mib_access a)
{
    switch (a) {
    case SK_MIB_ACCESS_NOACCESS: return "----";
    case SK_MIB_ACCESS_READONLY: return "-R--";
    case SK_MIB_ACCESS_WRITEONLY: return "--W-";
    case SK_MIB_ACCESS_READWRITE: return "-RW-";
    case SK_MIB_ACCESS_NOTIFY: return "---N";
    case SK_MIB_ACCESS_READCREATE: return "CR--";
    default: return "    ";
    }
}

static const char *type_column(int type, bool enums)
{
    static const char *const cols[] = {
        "         ", "ObjID    ", "String   ", "INTEGER  ", "NetAddr  ",
        "IpAddr   ", "Counter  ", "Gauge    ", "TimeTicks", "Opaque   ",
        "Null     ", "Counter64", "BitString", "NsapAddr ", "UInteger ",
        "Unsigned ", "Integer32"
    };

    if (type == 3 && enums)
        return "EnumVal  ";
    return type >= 0 && type <= 16 ? cols[type] : cols[0];
}

/* The "Index: a, b" line of a table row, wrapped at the width. */
static void tree_index(struct tree_state *st, const struct sk_mib_node *n)
{
    long cpos = 0, cmax = st->width - (long)strlen(st->indent) - 12;
    size_t i;

    fprintf(st->fp, "%s  |  Index: ", st->indent);
    for (i = 0; i < n->n_index; i++) {
        long len = (long)strlen(n->index[i].label) + 2;

        if (i > 0)
            fputs(", ", st->fp);
        cpos += len;
        if (cpos > cmax) {
            fprintf(st->fp, "\n%s  |         ", st->indent);
            cpos = len;
        }
        fputs(n->index[i].label, st->fp);
    }
    fputc('\n', st->fp);
}

static void tree_values(struct tree_state *st, const struct sk_mib_node *n)
{
    const struct sk_mib_syntax *s = &n->syntax;
    long cpos = 0, cmax = st->width - (long)strlen(st->indent) - 16;
    char item[300];
    size_t i;

    fprintf(st->fp, "%s        Values: ", st->indent);
    for (i = 0; i < s->n_enums; i++) {
        long w;

        if (i > 0)
            fputs(", ", st->fp);
        snprintf(item, sizeof item, "%s(%d)", s->enums[i].label,
                 (int)s->enums[i].value);
        w = (long)strlen(item) + 2;
        cpos += w;
        if (cpos >= cmax) {
            fprintf(st->fp, "\n%s                ", st->indent);
            cpos = w;
        }
        fputs(item, st->fp);
    }
    fputc('\n', st->fp);
}

static void tree_ranges(struct tree_state *st, const struct sk_mib_node *n,
                        int type)
{
    const struct sk_mib_syntax *s = &n->syntax;
    size_t i;

    fprintf(st->fp, "%s        %s: ", st->indent,
            type == 2 || type == 9 ? "Size" : "Range");
    for (i = 0; i < s->n_ranges; i++) {
        const struct sk_mib_range *r = &s->ranges[i];

        if (i > 0)
            fputs(" | ", st->fp);
        xl_print_range(st->fp, type, r);
    }
    fputc('\n', st->fp);
}

/* The node's own line(s); IP is the indent's last character. */
static void tree_line(struct tree_state *st, const struct sk_mib_node *n,
                      char *ip)
{
    int type = xl_node_type(n);
    char saved = *ip, b[XL_ANON_LEN];

    *ip = '+';
    if (type == 0 || type > 16) {
        fprintf(st->fp, "%s--%s(%u)\n", st->indent, label_of(n, b), n->arc);
        *ip = saved;
        if (n->n_index > 0)
            tree_index(st, n);
        return;
    }
    fprintf(st->fp, "%s-- %s %s %s(%u)\n", st->indent,
            access_flags(n->access), type_column(type,
                                                 n->syntax.n_enums > 0),
            label_of(n, b), n->arc);
    *ip = saved;
    if (n->syntax.tc != NULL)
        fprintf(st->fp, "%s        Textual Convention: %s\n", st->indent,
                n->syntax.tc);
    if (n->syntax.n_enums > 0)
        tree_values(st, n);
    if (n->syntax.n_ranges > 0)
        tree_ranges(st, n, type);
}

static void tree_leaves(struct tree_state *st, const struct sk_mib_node *n)
{
    size_t len = strlen(st->indent), i;
    char *ip = st->indent + len - 1;

    tree_line(st, n, ip);
    if (len + 4 >= sizeof st->indent)
        return;                 /* deeper than any real MIB goes */
    memcpy(st->indent + len, "  |", 4);
    st->was_simple = xl_node_type(n) != 0;
    for (i = 0; i < n->n_children; i++) {
        if (!st->was_simple || xl_node_type(n->children[i]) == 0)
            fprintf(st->fp, "%s\n", st->indent);
        if (i + 1 == n->n_children)
            ip[3] = ' ';
        tree_leaves(st, n->children[i]);
    }
    if (n->n_children > 0)
        st->was_simple = false;
    ip[1] = '\0';
}

void xl_tree(const struct xlate *x, FILE *fp, const struct sk_mib_node *n)
{
    struct tree_state st;

    st.fp = fp;
    st.width = x->width;
    st.indent[0] = ' ';
    st.indent[1] = '\0';
    st.was_simple = true;
    tree_leaves(&st, n);
}

/* ---- -Ta ---- */

/* All of N's children, then each one's subtree, in Net-SNMP's order
 * (print_ascii_dump_tree). */
static void dump_below(const struct sk_mib *mib, FILE *fp,
                       const struct sk_mib_node *n)
{
    const struct sk_mib_node **kids;
    char b1[XL_ANON_LEN], b2[XL_ANON_LEN];
    size_t count, i;

    if (n->n_children == 0)
        return;
    kids = malloc(n->n_children * sizeof *kids);
    if (kids == NULL)
        return;
    count = sk_mib_children_native(mib, n, kids, n->n_children);
    for (i = 0; i < count; i++)
        fprintf(fp, "%s OBJECT IDENTIFIER ::= { %s %u }\n",
                label_of(kids[i], b1), label_of(n, b2), kids[i]->arc);
    for (i = 0; i < count; i++)
        dump_below(mib, fp, kids[i]);
    free(kids);
}

void xl_ascii_dump(const struct xlate *x, FILE *fp)
{
    fputs("dump DEFINITIONS ::= BEGIN\n", fp);
    if (xl_mib(x) != NULL)
        dump_below(xl_mib(x), fp, sk_mib_root(xl_mib(x), 1));
    fputs("END\n", fp);
}

/* ---- -TB ---- */

/* Where PATTERN matches LABEL (Net-SNMP's compute_match): a regular
 * expression, or failing that '*'-separated pieces found in order,
 * case-insensitively.  -1 for no match. */
static long match_at(const char *label, const char *pattern, regex_t *re,
                     bool re_ok)
{
    char pieces[1024];
    const char *pos = label, *first = NULL, *hit = NULL;
    regmatch_t m;
    char *piece, *save = NULL;

    if (re_ok && regexec(re, label, 1, &m, 0) == 0)
        return (long)m.rm_so;
    snprintf(pieces, sizeof pieces, "%s", pattern);
    for (piece = strtok_r(pieces, "*", &save); piece != NULL;
         piece = strtok_r(NULL, "*", &save)) {
        hit = strcasestr(pos, piece);
        if (hit == NULL)
            return -1;
        if (first == NULL)
            first = hit;
        pos = hit + strlen(piece);
    }
    return first != NULL ? (long)(first - label) : -1;
}

/* Net-SNMP looks the matched label up again (get_wild_node ends in
 * get_node), so a label several nodes share prints as the newest. */
static void print_found(const struct xlate *x, FILE *fp,
                        const struct sk_mib_node *n)
{
    uint32_t arcs[SK_OID_MAX];
    size_t len;

    if (n->label != NULL && sk_mib_find_label(xl_mib(x), n->label) != NULL)
        n = sk_mib_find_label(xl_mib(x), n->label);
    len = sk_mib_node_oid(n, arcs, SK_OID_MAX);

    xl_print_oid(x, fp, arcs, len);
    if (x->details)
        xl_describe(x, fp, arcs, len);
}

struct find_all {
    const struct xlate *x;
    FILE *fp;
    const char *pattern;
    regex_t re;
    bool re_ok;
    const struct sk_mib_node *best;
    long best_at;
    size_t count;
};

static bool find_step(void *ctx, const struct sk_mib_node *n)
{
    struct find_all *f = ctx;
    char b[XL_ANON_LEN];
    const char *label = label_of(n, b);
    long at = label[0] != '\0' ? match_at(label, f->pattern, &f->re,
                                           f->re_ok)
                                : -1;

    if (at == 0) {
        print_found(f->x, f->fp, n);
        f->count++;
        f->best = NULL;
    } else if (at > 0 && (f->best == NULL || at < f->best_at)) {
        f->best = n;
        f->best_at = at;
    }
    return true;
}

/* Net-SNMP calls its best-match search until it finds nothing; each
 * call scans on in its tree order from where the last one stopped and
 * stops at a label matching at its very start.  So every such label is
 * shown, then at most one more: the best of the rest. */
size_t xl_find_all(const struct xlate *x, FILE *fp, const char *regex)
{
    struct find_all f;

    if (xl_mib(x) == NULL || regex[0] == '\0')
        return 0;
    memset(&f, 0, sizeof f);
    f.x = x;
    f.fp = fp;
    f.pattern = regex;
    f.re_ok = sk_mib_regex_tame(regex) &&
              regcomp(&f.re, regex, REG_EXTENDED | REG_ICASE) == 0;
    (void)sk_mib_walk_native(xl_mib(x), find_step, &f);
    if (f.best != NULL) {
        print_found(x, fp, f.best);
        f.count++;
    }
    if (f.re_ok)
        regfree(&f.re);
    return f.count;
}
