/* snmptranslate - OIDs between names and numbers, and reports of the
 * loaded MIB tree (snmptranslate(1)).
 *
 * Net-SNMP's snmptranslate has its own getopt string, "Vhm:M:w:D:P:T:O:
 * I:L:", and no agent, so it does not use cli_parse.  Its lookups differ
 * from the other tools: a name is read as a path only (no fallback to
 * random access) unless -IR or -Ib is given.  Exit codes: 0, 1 usage or
 * -TB/-Ib without a match, 2 an unknown OID. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "translate_int.h"

const struct sk_mib *xl_mib(const struct xlate *x)
{
    return x->o.mib != NULL ? x->o.mib : x->empty;
}

void xl_print_oid(const struct xlate *x, FILE *fp, const uint32_t *arcs,
                  size_t n)
{
    struct sk_error err;
    struct sk_oid oid;
    struct sk_buf b;

    sk_buf_init(&b, 65536);
    if (sk_oid_set(&oid, arcs, n, &err) == 0 &&
        sk_fmt_oid(&x->o.fmt, xl_mib(x), &oid, &b, &err) == 0)
        fprintf(fp, "%s\n", sk_buf_str(&b));
    sk_buf_clear(&b);
}

static unsigned lookup_flags(const struct xlate *x)
{
    return sk_mib_oid_flags(x->in_letters) | SK_OIDTEXT_PATH;
}

/* TEXT with the -IS prefix and -Is suffix; caller frees. */
static char *decorate(const struct xlate *x, const char *text)
{
    struct sk_buf b;

    sk_buf_init(&b, 65536);
    if (sk_buf_printf(&b, "%s%s%s", x->prefix ? x->prefix : "", text,
                      x->suffix ? x->suffix : "") < 0) {
        sk_buf_clear(&b);
        return NULL;
    }
    return b.data;
}

/* A MODULE:: prefix naming a module not read yet makes Net-SNMP read it
 * there and then (get_module_node), reporting it if it is missing. */
static void read_prefix_module(struct xlate *x, const char *text)
{
    const char *colons = strstr(text, "::");
    size_t len = colons != NULL ? (size_t)(colons - text) : 0;

    if (x->o.mib != NULL) {
        cli_mib_read_prefix(&x->o, text);
        return;
    }
    /* no MIB at all yet: load just that module */
    if (len == 0 || len >= 128 || x->nkept >= XL_KEPT_MAX)
        return;
    x->kept[x->nkept] = strndup(text, len);
    if (x->kept[x->nkept] == NULL)
        return;
    x->o.mibs = x->kept[x->nkept++];
    (void)cli_mib_load(&x->o);
}

/* Look TEXT up the way the options ask; returns 0 or the exit code
 * after printing Net-SNMP's message. */
static int lookup(struct xlate *x, const char *text, uint32_t *arcs,
                  size_t *n)
{
    unsigned flags = lookup_flags(x);
    struct sk_error err;
    char *full = decorate(x, text);
    char msg[300];
    int rc;

    if (full == NULL)
        return 1;
    fflush(stdout);
    read_prefix_module(x, full);
    *n = SK_OID_MAX;
    rc = sk_mib_parse_oid(xl_mib(x), full, flags, arcs, n, &err);
    free(full);
    if (rc == 0)
        return 0;
    fflush(stdout);
    if (flags & SK_OIDTEXT_RANDOM) {
        fprintf(stderr, "Unknown object identifier: %s\n", text);
        return 2;
    }
    if (flags & SK_OIDTEXT_BEST) {
        fprintf(stderr, "Unable to find a matching object identifier for "
                "\"%s\"\n", text);
        return 1;
    }
    sk_error_format(&err, msg, sizeof msg);
    fprintf(stderr, "%s: %s\n", text, msg);
    return 2;
}

/* One OID argument: translated, or its -Tp tree or -Td definition. */
static int translate(struct xlate *x, const char *text)
{
    uint32_t arcs[SK_OID_MAX];
    const struct sk_mib_node *node = NULL;
    size_t n, matched;
    int rc = lookup(x, text, arcs, &n);

    if (rc != 0)
        return rc;
    if (x->print != 1) {
        xl_print_oid(x, stdout, arcs, n);
        if (x->details)
            xl_describe(x, stdout, arcs, n);
        return 0;
    }
    if (xl_mib(x) != NULL)
        node = sk_mib_find_oid(xl_mib(x), arcs, n, &matched);
    if (node == NULL) {
        fflush(stdout);
        fprintf(stderr, "Unable to find a matching object identifier for "
                "\"%s\"\n", text);
        return 1;
    }
    xl_tree(x, stdout, node);
    return 0;
}

/* "-": each line's first word is rewritten when it is an OID, the rest
 * of the line kept (so snmpwalk output can be fed through). */
static void translate_stdin(const struct xlate *x)
{
    char line[4096];
    uint32_t arcs[SK_OID_MAX];
    struct sk_error err;

    while (fgets(line, sizeof line, stdin) != NULL) {
        size_t w = strcspn(line, " \t\n"), n = SK_OID_MAX;
        char word[4096];

        memcpy(word, line, w);
        word[w] = '\0';
        line[strcspn(line, "\n")] = '\0';
        /* a plain lookup: -IR and -Ib do not apply here */
        if (w > 0 && sk_mib_parse_oid(xl_mib(x), word, SK_OIDTEXT_PATH, arcs,
                                      &n, &err) == 0) {
            struct sk_oid oid;
            struct sk_buf b;

            sk_buf_init(&b, 65536);
            if (sk_oid_set(&oid, arcs, n, &err) == 0 &&
                sk_fmt_oid(&x->o.fmt, xl_mib(x), &oid, &b, &err) == 0)
                printf("%s%s\n", sk_buf_str(&b), line + w);
            sk_buf_clear(&b);
        } else {
            printf("%s\n", line);
        }
    }
}

static int options(struct xlate *x, int argc, char **argv)
{
    int c, rc;

    for (;;) {
        c = getopt(argc, argv, "Vhm:M:w:D:P:T:O:I:L:");
        if (c == -1)
            break;
        switch (c) {
        case 'h': return xl_usage();
        case 'V': fprintf(stderr, "snmpkit version: %s\n", PACKAGE_VERSION);
                  return 0;
        case 'm': x->o.mibs = optarg; break;
        case 'M': x->o.mibdirs = optarg; break;
        case 'D': break;
        case 'w':
            x->width = strtol(optarg, NULL, 10);
            if (x->width <= 0 || x->width > 0x7fffffffL) {
                fprintf(stderr, "Invalid width specification: %s\n", optarg);
                return 1;
            }
            break;
        case '?':
            fprintf(stderr, "invalid option: -?\n");
            return xl_usage();
        default:
            rc = xl_letters(x, (char)c, optarg, argc, argv);
            if (rc != CLI_CONTINUE)
                return rc;
            break;
        }
    }
    return CLI_CONTINUE;
}

/* No OID given: one of the whole-tree reports, or the usage text. */
static int report(struct xlate *x)
{
    switch (x->print) {
    case 1:
        if (xl_mib(x) != NULL)
            xl_tree(x, stdout, sk_mib_root(xl_mib(x), 1));
        return 0;
    case 2: xl_ascii_dump(x, stdout); return 0;
    case 3: xl_report(x, stdout); return 0;
    default: return xl_usage();
    }
}

static int run(struct xlate *x, int argc, char **argv)
{
    int rc = 0;

    if (optind >= argc)
        return report(x);
    if (x->find_all && strchr(x->in_letters, 'R') == NULL) {
        if (xl_find_all(x, stdout, argv[optind]) > 0)
            return 0;
        fprintf(stderr, "Unable to find a matching object identifier for "
                "\"%s\"\n", argv[optind]);
        return 1;
    }
    for (; optind < argc && rc == 0; optind++) {
        if (strcmp(argv[optind], "-") == 0 && x->print != 1) {
            translate_stdin(x);
            continue;           /* no blank line after the copied input */
        }
        rc = translate(x, argv[optind]);
        if (rc == 0 && optind + 1 < argc)
            putchar('\n');
    }
    return rc;
}

int main(int argc, char **argv)
{
    static struct xlate x;
    int rc;

    x.o.prog = "snmptranslate";
    x.o.log = stderr;
    x.width = 1000000;
    sk_fmt_opts_init(&x.o.fmt);
    rc = options(&x, argc, argv);
    if (rc == CLI_CONTINUE) {
        /* Net-SNMP's -m and -M just set MIBS and MIBDIRS, which beat
         * the mibs and mibdirs lines of snmp.conf */
        if (x.o.mibs == NULL)
            x.o.mibs = getenv("MIBS");
        if (x.o.mibdirs == NULL)
            x.o.mibdirs = getenv("MIBDIRS");
        xl_read_conf(&x);
        rc = cli_mib_load(&x.o) < 0 ? 1 : CLI_CONTINUE;
    }
    if (rc == CLI_CONTINUE && x.o.mib == NULL) {
        /* Net-SNMP always has the three roots, even with no modules */
        struct sk_mib_cfg none = { NULL, NULL, NULL, 0 };
        struct sk_error err;

        x.empty = sk_mib_load(&none, &err);
    }
    if (rc == CLI_CONTINUE)
        rc = run(&x, argc, argv);
    fflush(stdout);
    cli_opts_free(&x.o);
    sk_mib_free(x.empty);
    while (x.nkept > 0)
        free(x.kept[--x.nkept]);
    return rc;
}
