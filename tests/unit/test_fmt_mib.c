/* test_fmt_mib.c - OIDs and values printed through the MIB (libcore/fmt
 * with libcore/mib) against what Net-SNMP 5.9.3 printed for the same
 * MIBs.
 *
 * The expectations live in tests/data/mibs/fmt:
 *   oid_cases.tsv    -O letters, OID, snmptranslate's output
 *   value_cases.tsv  -O letters, OID, type and value (as pass-fmt.sh
 *                    serves them), the line snmpget printed
 * Both were captured with the Net-SNMP tools against the bundled MIBs
 * plus SNMPKIT-FMT-MIB (see the first line of each file).  A few
 * hand-written checks follow for what the files do not cover. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fmt/fmt.h"
#include "mib/mib.h"

static char dir[1024];

static struct sk_mib *load(const char *mods)
{
    char dirs[2100];
    struct sk_mib_cfg cfg = { dirs, mods, NULL, 0 };
    struct sk_error err;

    snprintf(dirs, sizeof dirs, "%s/mibs:%s/tests/data/mibs/fmt", dir, dir);
    return sk_mib_load(&cfg, &err);
}

/* "h" stands for -Ih, "-" for no option; the rest are -O letters. */
static void opts_for(struct sk_fmt_opts *o, const char *letters)
{
    bool used;
    char bad;

    sk_fmt_opts_init(o);
    if (strcmp(letters, "h") == 0)
        o->no_display_hint = true;
    else if (strcmp(letters, "-") != 0)
        CHECK(sk_fmt_opts_apply(o, letters, NULL, &used, &bad) == 0);
}

static int hex_bytes(const char *text, uint8_t *out, size_t max)
{
    size_t n = 0;
    char *end;

    while (*text != '\0' && n < max) {
        out[n++] = (uint8_t)strtoul(text, &end, 16);
        if (end == text)
            return -1;
        text = end;
    }
    return (int)n;
}

/* The value pass-fmt.sh would send for TYPE and TEXT. */
static int make_value(const char *type, const char *text,
                      struct sk_value *v)
{
    uint8_t bytes[256];
    struct sk_oid oid;
    struct sk_error err;
    int n;

    memset(v, 0, sizeof *v);
    if (strcmp(type, "integer") == 0)
        sk_value_set_int(v, SK_T_INTEGER, strtoll(text, NULL, 10));
    else if (strcmp(type, "gauge") == 0)
        sk_value_set_uint(v, SK_T_GAUGE32, strtoull(text, NULL, 10));
    else if (strcmp(type, "counter") == 0)
        sk_value_set_uint(v, SK_T_COUNTER32, strtoull(text, NULL, 10));
    else if (strcmp(type, "timeticks") == 0)
        sk_value_set_uint(v, SK_T_TIMETICKS, strtoull(text, NULL, 10));
    else if (strcmp(type, "string") == 0)
        return sk_value_set_bytes(v, SK_T_OCTETS, (const uint8_t *)text,
                                  strlen(text), &err);
    else if (strcmp(type, "octet") == 0) {
        n = hex_bytes(text, bytes, sizeof bytes);
        return n < 0 ? -1
                     : sk_value_set_bytes(v, SK_T_OCTETS, bytes, (size_t)n,
                                          &err);
    } else if (strcmp(type, "ipaddress") == 0) {
        char *end;

        for (n = 0; n < 4; n++) {
            bytes[n] = (uint8_t)strtoul(text, &end, 10);
            text = *end == '.' ? end + 1 : end;
        }
        return sk_value_set_bytes(v, SK_T_IPADDR, bytes, 4, &err);
    } else if (strcmp(type, "objectid") == 0) {
        if (sk_oid_parse_numeric(text, &oid, &err) < 0)
            return -1;
        return sk_value_set_oid(v, &oid, &err);
    } else {
        return -1;
    }
    return 0;
}

/* Split LINE at tabs into at most MAX fields (in place). */
static size_t split(char *line, char **f, size_t max)
{
    size_t n = 0;

    line[strcspn(line, "\n")] = '\0';
    f[n++] = line;
    while (n < max && (line = strchr(line, '\t')) != NULL) {
        *line++ = '\0';
        f[n++] = line;
    }
    return n;
}

static FILE *open_cases(const char *name)
{
    char path[1200];
    FILE *fp;

    snprintf(path, sizeof path, "%s/tests/data/mibs/fmt/%s", dir, name);
    fp = fopen(path, "r");
    if (fp == NULL)
        fprintf(stderr, "cannot open %s\n", path);
    CHECK(fp != NULL);
    return fp;
}

static void oid_cases(const struct sk_mib *mib)
{
    char line[4096], *f[3];
    struct sk_fmt_opts o;
    struct sk_oid oid;
    struct sk_buf b;
    struct sk_error err;
    FILE *fp = open_cases("oid_cases.tsv");

    while (fp != NULL && fgets(line, sizeof line, fp) != NULL) {
        if (line[0] == '#' || split(line, f, 3) != 3)
            continue;
        opts_for(&o, f[0]);
        CHECK(sk_oid_parse_numeric(f[1], &oid, &err) == 0);
        sk_buf_init(&b, 1 << 16);
        CHECK(sk_fmt_oid(&o, mib, &oid, &b, &err) == 0);
        if (strcmp(sk_buf_str(&b), f[2]) != 0)
            fprintf(stderr, "-O%s %s\n", f[0], f[1]);
        CHECK_STR(sk_buf_str(&b), f[2]);
        sk_buf_clear(&b);
    }
    if (fp != NULL)
        fclose(fp);
}

static void value_cases(const struct sk_mib *mib)
{
    char line[4096], *f[5];
    struct sk_fmt_opts o;
    struct sk_varbind vb;
    struct sk_buf b;
    struct sk_error err;
    FILE *fp = open_cases("value_cases.tsv");

    while (fp != NULL && fgets(line, sizeof line, fp) != NULL) {
        if (line[0] == '#' || split(line, f, 5) != 5)
            continue;
        opts_for(&o, f[0]);
        memset(&vb, 0, sizeof vb);
        CHECK(sk_oid_parse_numeric(f[1], &vb.name, &err) == 0);
        CHECK(make_value(f[2], f[3], &vb.value) == 0);
        sk_buf_init(&b, 1 << 16);
        CHECK(sk_fmt_varbind(&o, mib, &vb, &b, &err) == 0);
        if (strcmp(sk_buf_str(&b), f[4]) != 0)
            fprintf(stderr, "-O%s %s\n", f[0], f[1]);
        CHECK_STR(sk_buf_str(&b), f[4]);
        sk_buf_clear(&b);
        sk_value_clear(&vb.value);
    }
    if (fp != NULL)
        fclose(fp);
}

/* One varbind line with options LETTERS. */
static void line_is(const struct sk_mib *mib, const char *letters,
                    const char *name, const struct sk_value *v,
                    const char *want)
{
    struct sk_fmt_opts o;
    struct sk_varbind vb;
    struct sk_buf b;
    struct sk_error err;

    opts_for(&o, letters);
    memset(&vb, 0, sizeof vb);
    CHECK(sk_oid_parse_numeric(name, &vb.name, &err) == 0);
    vb.value = *v;
    sk_buf_init(&b, 1 << 16);
    CHECK(sk_fmt_varbind(&o, mib, &vb, &b, &err) == 0);
    CHECK_STR(sk_buf_str(&b), want);
    sk_buf_clear(&b);
}

/* Cases the agent cannot produce, from Net-SNMP's printers (mib.c). */
static void hand_cases(const struct sk_mib *mib)
{
    struct sk_value v;

    memset(&v, 0, sizeof v);
    v.type = SK_T_NULL;
    line_is(mib, "-", ".1.3.6.1.4.1.99998.1.1", &v,
            "SNMPKIT-FMT-MIB::fmtDisplay = "
            "Wrong Type (should be OCTET STRING): NULL");
    v.type = SK_T_NOSUCHINSTANCE;
    line_is(mib, "-", ".1.3.6.1.4.1.99998.1.1", &v,
            "SNMPKIT-FMT-MIB::fmtDisplay = "
            "No Such Instance currently exists at this OID");
    sk_value_set_int(&v, SK_T_INTEGER, 3);
    line_is(mib, "-", ".1.3.6.1.2.1.2.2.1.7.1", &v,
            "IF-MIB::ifAdminStatus.1 = INTEGER: testing(3)");
    line_is(mib, "Q", ".1.3.6.1.4.1.99998.1.1", &v,
            "SNMPKIT-FMT-MIB::fmtDisplay = 3");
    /* The row below an unknown column still decodes its index. */
    line_is(mib, "s", ".1.3.6.1.2.1.2.2.1.99.7", &v,
            "ifEntry.99.7 = INTEGER: 3");
}

/* A large walk must stay cheap: 20,000 rows through the MIB. */
static void many_rows(const struct sk_mib *mib)
{
    struct sk_fmt_opts o;
    struct sk_varbind vb;
    struct sk_buf b;
    struct sk_error err;
    uint32_t row;
    int bad = 0;

    sk_fmt_opts_init(&o);
    memset(&vb, 0, sizeof vb);
    CHECK(sk_oid_parse_numeric(".1.3.6.1.2.1.2.2.1.2.1", &vb.name,
                               &err) == 0);
    CHECK(sk_value_set_bytes(&vb.value, SK_T_OCTETS,
                             (const uint8_t *)"eth0", 4, &err) == 0);
    sk_buf_init(&b, 1 << 16);
    for (row = 1; row <= 20000; row++) {
        vb.name.arc[10] = row;
        sk_buf_reset(&b);
        if (sk_fmt_varbind(&o, mib, &vb, &b, &err) < 0)
            bad++;
    }
    CHECK(bad == 0);
    CHECK_STR(sk_buf_str(&b), "IF-MIB::ifDescr.20000 = STRING: eth0");
    sk_buf_clear(&b);
    sk_value_clear(&vb.value);
}

int main(void)
{
    const char *srcdir = getenv("srcdir");
    struct sk_mib *mib;

    snprintf(dir, sizeof dir, "%s", srcdir != NULL ? srcdir : ".");
    mib = load("SNMPKIT-FMT-MIB:IF-MIB:SNMP-VIEW-BASED-ACM-MIB:"
               "SNMP-USER-BASED-SM-MIB:SNMP-TARGET-MIB:SNMPv2-MIB");
    CHECK(mib != NULL);
    oid_cases(mib);
    sk_mib_free(mib);
    mib = load("SNMPKIT-FMT-MIB:SNMPv2-MIB:IF-MIB");
    CHECK(mib != NULL);
    value_cases(mib);
    hand_cases(mib);
    many_rows(mib);
    sk_mib_free(mib);
    return CHECK_DONE("test_fmt_mib");
}
