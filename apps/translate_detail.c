/* translate_detail.c - snmptranslate -Td: a node's definition written
 * back in MIB notation, the way Net-SNMP's sprint_realloc_description
 * lays it out (tabs, the order of the clauses, where long lists wrap at
 * -w WIDTH), so that scripts parsing its output keep working. */
#include <stdio.h>
#include <string.h>

#include "translate_int.h"

/* Net-SNMP keeps quoted strings up to its MAXQUOTESTR (4096) bytes. */
#define XL_MAXQUOTE 4095

/* A line being written: COL is Net-SNMP's idea of the column, which
 * counts a tab as the 8 columns it reaches from a known start. */
struct col { FILE *fp; long col, width; };

/* Write TEXT, first breaking the line with BREAK (and setting the column
 * to RESTART) when TEXT plus two would pass the width. */
static void put_wrapped(struct col *c, const char *text, const char *brk,
                        long restart)
{
    long len = (long)strlen(text);

    if (c->col + len + 2 > c->width) {
        fputs(brk, c->fp);
        c->col = restart;
    }
    fputs(text, c->fp);
}

int xl_node_type(const struct sk_mib_node *n)
{
    switch (n->kind) {
    case SK_MIB_KIND_OBJECT:
        if (n->syntax.type == SK_MIB_TYPE_TABLE ||
            n->syntax.type == SK_MIB_TYPE_ENTRY)
            return 0;
        return (int)n->syntax.type;
    case SK_MIB_KIND_TRAP: return 20;
    case SK_MIB_KIND_NOTIFICATION: return 21;
    case SK_MIB_KIND_GROUP: return 22;
    case SK_MIB_KIND_NOTIF_GROUP: return 23;
    case SK_MIB_KIND_MODULE: return 24;
    case SK_MIB_KIND_CAPABILITIES: return 25;
    case SK_MIB_KIND_COMPLIANCE: return 26;
    case SK_MIB_KIND_IDENTITY: return 27;
    default: return 0;
    }
}

/* The SYNTAX keyword for a Net-SNMP type number, or NULL. */
static const char *syntax_name(int type)
{
    static const char *const names[] = {
        NULL, "OBJECT IDENTIFIER", "OCTET STRING", "INTEGER",
        "NetworkAddress", "IpAddress", "Counter32", "Gauge32", "TimeTicks",
        "Opaque", "NULL", "Counter64", "BITS", "NsapAddress", "UInteger32",
        "Unsigned32", "Integer32"
    };

    return type > 0 && type <= 16 ? names[type] : NULL;
}

/* "  -- FROM\tA, B": the defining module, then the others that name the
 * node the same way, in the order they were loaded. */
static void print_from(const struct xlate *x, struct col *c,
                       const struct sk_mib_node *n)
{
    const char *mods[64];
    const char *first = sk_mib_node_module(n) != NULL ? sk_mib_node_module(n)
                                                      : "#-1";
    size_t count, i;

    count = sk_mib_node_modules(xl_mib(x), n, mods, 64);
    fprintf(c->fp, "  -- FROM\t%s", first);
    c->col = 16 + (long)strlen(first);
    for (i = 0; i < count && i < 64; i++) {
        long len = (long)strlen(mods[i]);

        if (mods[i] == n->module)
            continue;
        if (c->col + len + 2 > c->width) {
            fputs(",\n  --\t\t", c->fp);
            c->col = 16;
        } else {
            fputs(", ", c->fp);
            c->col += 2;
        }
        fputs(mods[i], c->fp);
        c->col += len;
    }
    fputc('\n', c->fp);
}

void xl_print_range(FILE *fp, int type, const struct sk_mib_range *r)
{
    if (type == 3 || type == 16) {
        if (r->low == r->high)
            fprintf(fp, "%d", (int)r->low);
        else
            fprintf(fp, "%d..%d", (int)r->low, (int)r->high);
    } else if (type == 2 || type == 7 || type == 14 || type == 15) {
        if (r->low == r->high)
            fprintf(fp, "%u", (unsigned)r->low);
        else
            fprintf(fp, "%u..%u", (unsigned)r->low, (unsigned)r->high);
    }
}

/* Net-SNMP 5.9.3 fills the parentheses of a range on any other type
 * (an Opaque's SIZE) with whatever its scratch buffer last held, the
 * module name; we print the bounds, unsigned. */
static void print_ranges(FILE *fp, int type, const struct sk_mib_syntax *s)
{
    size_t i;

    if (type == 9)
        type = 15;

    fputs(" (", fp);
    for (i = 0; i < s->n_ranges; i++) {
        if (i > 0)
            fputs(" | ", fp);
        xl_print_range(fp, type, &s->ranges[i]);
    }
    fputs(") ", fp);
}

static void print_enums(struct col *c, const char *cp,
                        const struct sk_mib_syntax *s)
{
    char item[300];
    size_t i;

    fputs(" {", c->fp);
    c->col = 16 + (long)strlen(cp != NULL ? cp : "") + 2;
    for (i = 0; i < s->n_enums; i++) {
        if (i > 0)
            fputs(", ", c->fp);
        snprintf(item, sizeof item, "%s(%d)", s->enums[i].label,
                 (int)s->enums[i].value);
        put_wrapped(c, item, "\n\t\t  ", 18);
        c->col += (long)strlen(item) + 2;
    }
    fputs("} ", c->fp);
}

static void print_syntax(const struct xlate *x, struct col *c,
                         const struct sk_mib_node *n)
{
    int type = xl_node_type(n);
    const char *cp = syntax_name(type);
    const struct sk_mib_syntax *s = &n->syntax;

    (void)x;
    if (n->kind != SK_MIB_KIND_OBJECT)
        return;
    if (s->tc != NULL && type != 0)
        fprintf(c->fp, "  -- TEXTUAL CONVENTION %s\n", s->tc);
    if (cp != NULL)
        fprintf(c->fp, "  SYNTAX\t%s", cp);
    if (s->n_ranges > 0)
        print_ranges(c->fp, type, s);
    if (s->n_enums > 0)
        print_enums(c, cp, s);
    if (cp != NULL)
        fputc('\n', c->fp);
    if (s->hint != NULL)
        fprintf(c->fp, "  DISPLAY-HINT\t\"%s\"\n", s->hint);
    if (n->units != NULL)
        fprintf(c->fp, "  UNITS\t\t\"%s\"\n", n->units);
}

static void print_access_status(FILE *fp, const struct sk_mib_node *n)
{
    static const char *const access[] = {
        NULL, "not-accessible", "accessible-for-notify", "read-only",
        "read-write", "read-create", "write-only"
    };
    static const char *const status[] = {
        NULL, "current", "deprecated", "obsolete", "mandatory", "optional"
    };

    if (n->kind != SK_MIB_KIND_OBJECT)
        return;
    if (n->access > SK_MIB_ACCESS_NONE && n->access <= SK_MIB_ACCESS_WRITEONLY)
        fprintf(fp, "  MAX-ACCESS\t%s\n", access[n->access]);
    if (n->status > SK_MIB_STATUS_NONE && n->status <= SK_MIB_STATUS_OPTIONAL)
        fprintf(fp, "  STATUS\t%s\n", status[n->status]);
}

/* INDEX, OBJECTS and VARIABLES lists: "{ a, b }" wrapped at the width. */
static void print_list(struct col *c, const char *head, size_t count,
                       const char *(*name)(const struct sk_mib_node *,
                                           size_t, char *, size_t),
                       const struct sk_mib_node *n)
{
    char item[300];
    size_t i;

    fputs(head, c->fp);
    c->col = 18;
    for (i = 0; i < count; i++) {
        if (i > 0)
            fputs(", ", c->fp);
        put_wrapped(c, name(n, i, item, sizeof item), "\n\t\t  ", 18);
        c->col += (long)strlen(item) + 2;
    }
    fputs(" }\n", c->fp);
}

static const char *index_name(const struct sk_mib_node *n, size_t i,
                              char *out, size_t len)
{
    snprintf(out, len, "%s%s", n->index[i].implied ? "IMPLIED " : "",
             n->index[i].label);
    return out;
}

static const char *object_name(const struct sk_mib_node *n, size_t i,
                               char *out, size_t len)
{
    snprintf(out, len, "%s", n->objects[i]);
    return out;
}

/* The quoted text as Net-SNMP keeps it: carriage returns dropped, cut
 * at its buffer size. */
static void print_quoted(FILE *fp, const char *head, const char *text)
{
    size_t kept = 0;

    fputs(head, fp);
    for (; *text != '\0' && kept < XL_MAXQUOTE; text++, kept++)
        if (*text != '\r')
            fputc(*text, fp);
    fputs("\"\n", fp);
}

static void print_clauses(const struct xlate *x, struct col *c,
                          const struct sk_mib_node *n)
{
    print_from(x, c, n);
    print_syntax(x, c, n);
    print_access_status(c->fp, n);
    if (n->kind == SK_MIB_KIND_OBJECT && n->augments != NULL)
        fprintf(c->fp, "  AUGMENTS\t{ %s }\n", n->augments);
    if (n->kind == SK_MIB_KIND_OBJECT && n->n_index > 0)
        print_list(c, "  INDEX\t\t{ ", n->n_index, index_name, n);
    if (n->kind == SK_MIB_KIND_NOTIFICATION && n->n_objects > 0)
        print_list(c, "  OBJECTS\t{ ", n->n_objects, object_name, n);
    if (n->kind == SK_MIB_KIND_TRAP && n->n_objects > 0)
        print_list(c, "  VARIABLES\t{ ", n->n_objects, object_name, n);
    if (n->description != NULL)
        print_quoted(c->fp, "  DESCRIPTION\t\"", n->description);
    if (n->kind == SK_MIB_KIND_OBJECT && n->defval != NULL)
        fprintf(c->fp, "  DEFVAL\t{ %s }\n", n->defval);
}

/* "::= { iso(1) org(3) ... 5 }": labels along the known part of the
 * path, bare numbers after it and for the last arc. */
static void print_path(struct col *c, const struct sk_mib *mib,
                       const uint32_t *arcs, size_t n)
{
    const struct sk_mib_node *node = NULL, *next;
    char item[300];
    size_t i = 0;

    fputs("::= {", c->fp);
    c->col = 5;
    for (; i + 1 < n; i++) {
        next = sk_mib_child(mib, node, arcs[i]);
        if (next == NULL)
            break;
        node = next;
        if (next->label != NULL)
            snprintf(item, sizeof item, " %s(%u)", next->label, arcs[i]);
        else
            snprintf(item, sizeof item, " %u", arcs[i]);
        put_wrapped(c, item, "\n     ", 5);
        c->col += (long)strlen(item);
    }
    for (; i + 1 < n; i++) {
        snprintf(item, sizeof item, " %u", arcs[i]);
        put_wrapped(c, item, "\n     ", 5);
        c->col += (long)strlen(item);
    }
    snprintf(item, sizeof item, " %u }", n > 0 ? arcs[n - 1] : 0);
    put_wrapped(c, item, "\n     ", 5);
}

void xl_describe(const struct xlate *x, FILE *fp, const uint32_t *arcs,
                 size_t n)
{
    static const char *const words[] = {
        " TRAP-TYPE", " NOTIFICATION-TYPE", " OBJECT-GROUP", NULL,
        " MODULE-IDENTITY", " AGENT-CAPABILITIES", " MODULE-COMPLIANCE",
        " OBJECT-IDENTITY"
    };
    struct col c = { fp, 0, x->width };
    const struct sk_mib_node *node;
    char anon[32];
    size_t matched;
    int type;

    node = xl_mib(x) != NULL ? sk_mib_find_oid(xl_mib(x), arcs, n, &matched)
                            : NULL;
    if (node == NULL) {
        /* Net-SNMP prints its empty buffer marked as cut short */
        fputs(" [TRUNCATED]\n", fp);
        return;
    }
    type = xl_node_type(node);
    fputs(sk_mib_node_name(node, anon, sizeof anon), fp);
    if (type <= 16)
        fputs(" OBJECT-TYPE", fp);
    else if (type >= 20 && type <= 27 && words[type - 20] != NULL)
        fputs(words[type - 20], fp);
    else
        fprintf(fp, " type_%d", type);
    fputc('\n', fp);
    print_clauses(x, &c, node);
    print_path(&c, xl_mib(x), arcs, n);
    fputc('\n', fp);
}
