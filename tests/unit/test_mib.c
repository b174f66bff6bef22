/* test_mib.c - the MIB parser and tree (libcore/mib) against the small
 * modules in tests/data/mibs: good/ holds one of each construct, broken/
 * one fault per file, with the diagnostics Net-SNMP 5.9.3 prints for the
 * same file (checked with snmptranslate -M ... -m MODULE). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "mib/mib.h"

static char good[1024], broken[1024], both[2100];

static struct sk_mib *load(const char *dirs, const char *mods,
                           unsigned flags)
{
    struct sk_mib_cfg cfg = { dirs, mods, NULL, flags };
    struct sk_error err;
    struct sk_mib *mib = sk_mib_load(&cfg, &err);

    CHECK(mib != NULL);
    return mib;
}

static const struct sk_mib_node *get(const struct sk_mib *mib,
                                     const char *label)
{
    const struct sk_mib_node *n;

    n = sk_mib_find_module_label(mib, "TEST-GOOD-MIB", label);
    if (n == NULL)
        n = sk_mib_find_module_label(mib, "TEST-V1-MIB", label);

    if (n == NULL)
        fprintf(stderr, "no node %s\n", label);
    return n;
}

static int oid_is(const struct sk_mib_node *n, const char *want)
{
    uint32_t arcs[128];
    char buf[512] = "";
    size_t len = n ? sk_mib_node_oid(n, arcs, 128) : 0, i, off = 0;

    for (i = 0; i < len && off < sizeof buf; i++)
        off += (size_t)snprintf(buf + off, sizeof buf - off, ".%u", arcs[i]);
    if (strcmp(buf, want) != 0)
        fprintf(stderr, "oid %s, want %s\n", buf, want);
    return strcmp(buf, want) == 0;
}

/* True when a diagnostic equals PATTERN with its "%s" replaced by DIR. */
static bool has_diag(const struct sk_mib *mib, const char *pattern,
                     const char *dir)
{
    const char *hole = strstr(pattern, "%s");
    char want[1024];
    size_t i;

    if (hole == NULL)
        snprintf(want, sizeof want, "%s", pattern);
    else
        snprintf(want, sizeof want, "%.*s%s%s", (int)(hole - pattern),
                 pattern, dir, hole + 2);
    for (i = 0; i < sk_mib_diag_count(mib); i++)
        if (strcmp(sk_mib_diag(mib, i), want) == 0)
            return true;
    fprintf(stderr, "missing diagnostic: %s\n", want);
    for (i = 0; i < sk_mib_diag_count(mib); i++)
        fprintf(stderr, "  have: %s\n", sk_mib_diag(mib, i));
    return false;
}

static void test_objects(const struct sk_mib *mib)
{
    const struct sk_mib_node *n = get(mib, "testName");

    CHECK(n && n->kind == SK_MIB_KIND_OBJECT);
    CHECK(n && n->syntax.type == SK_MIB_TYPE_OCTETSTR);
    CHECK_STR(n ? n->syntax.tc : NULL, "TestString");
    CHECK_STR(n ? n->syntax.tc_module : NULL, "TEST-TC");
    CHECK_STR(n ? n->syntax.hint : NULL, "255a");
    CHECK_STR(n ? n->units : NULL, "chars");
    CHECK_STR(n ? n->defval : NULL, "\\\"abc\\\"");
    CHECK(n && n->access == SK_MIB_ACCESS_READWRITE);
    CHECK(n && n->status == SK_MIB_STATUS_CURRENT);
    CHECK(n && n->description == NULL);     /* not asked for */
    CHECK(n && n->syntax.n_ranges == 1 && n->syntax.ranges[0].high == 255);
    CHECK(oid_is(n, ".1.3.6.1.4.1.99999.1.1")); /* forward reference */

    n = get(mib, "testRange");
    CHECK(n && n->syntax.type == SK_MIB_TYPE_INTEGER32 &&
          n->syntax.n_ranges == 3 && n->syntax.ranges[0].low == -5 &&
          n->syntax.ranges[1].low == 10 && n->syntax.ranges[2].high == 30);
    CHECK(n && n->status == SK_MIB_STATUS_CURRENT); /* "-- c --" ended */
    n = get(mib, "testEnum");
    CHECK(n && n->syntax.type == SK_MIB_TYPE_INTEGER &&
          n->syntax.n_enums == 3 && n->syntax.enums[1].value == 2);
    CHECK_STR(n ? n->syntax.enums[0].label : NULL, "up");
    CHECK_STR(n ? n->defval : NULL, "up");
    n = get(mib, "testBits");
    CHECK(n && n->syntax.type == SK_MIB_TYPE_BITS && n->syntax.n_enums == 3 &&
          n->syntax.enums[2].value == 7);
    n = get(mib, "testOctets");
    CHECK(n && n->syntax.n_ranges == 2 && n->syntax.ranges[1].low == 8);
    CHECK_STR(n ? n->defval : NULL, "12648430");
    n = get(mib, "testDerived");
    CHECK_STR(n ? n->syntax.hint : NULL, "255a");
    CHECK(n && n->syntax.n_ranges == 1 && n->syntax.ranges[0].high == 32);
    n = get(mib, "testLocal");
    CHECK_STR(n ? n->syntax.hint : NULL, "1x:");
    n = get(mib, "testCounter");
    CHECK(n && n->syntax.type == SK_MIB_TYPE_COUNTER64);
    n = get(mib, "testStatus");
    CHECK(n && n->access == SK_MIB_ACCESS_READCREATE &&
          n->syntax.n_enums == 3 && n->syntax.enums[2].value == 6);
}

static void test_tables(const struct sk_mib *mib)
{
    const struct sk_mib_node *n = get(mib, "testTable");

    CHECK(n && n->syntax.type == SK_MIB_TYPE_TABLE);
    n = get(mib, "testEntry");
    CHECK(n && n->syntax.type == SK_MIB_TYPE_ENTRY && n->n_index == 2);
    CHECK_STR(n ? n->index[0].label : NULL, "testIndex");
    CHECK(n && !n->index[0].implied && n->index[1].implied);
    CHECK_STR(n ? n->index[1].label : NULL, "testKey");
    n = get(mib, "testAugEntry");
    CHECK_STR(n ? n->augments : NULL, "testEntry");
    n = get(mib, "v1Entry");
    CHECK(n && n->n_index == 2);
    CHECK_STR(n ? n->index[1].label : NULL, "OCTET");
}

static void test_kinds(const struct sk_mib *mib)
{
    const struct sk_mib_node *n = get(mib, "testEvent");

    CHECK(n && n->kind == SK_MIB_KIND_NOTIFICATION && n->n_objects == 2);
    CHECK(oid_is(n, ".1.3.6.1.4.1.99999.0.1"));
    CHECK(get(mib, "testGood")->kind == SK_MIB_KIND_MODULE);
    CHECK(get(mib, "testIdentity")->kind == SK_MIB_KIND_IDENTITY);
    CHECK(get(mib, "testGroup")->kind == SK_MIB_KIND_GROUP);
    CHECK(get(mib, "testGroup")->n_objects == 4);
    CHECK(get(mib, "testNotifGroup")->kind == SK_MIB_KIND_NOTIF_GROUP);
    CHECK(get(mib, "testCompliance")->kind == SK_MIB_KIND_COMPLIANCE);
    CHECK(get(mib, "testCaps")->kind == SK_MIB_KIND_CAPABILITIES);
    CHECK(get(mib, "testScalars")->kind == SK_MIB_KIND_NODE);
    CHECK(oid_is(get(mib, "testDeep"), ".1.3.6.1.4.1.99999.9.1"));
    CHECK_STR(get(mib, "testDeep")->parent->label, "named");
    CHECK(oid_is(sk_mib_find_module_label(mib, "TEST-SMI", "zeroDotZero"),
                 ".0.0"));
    /* SMIv1 */
    n = get(mib, "v1Trap");
    CHECK(n && n->kind == SK_MIB_KIND_TRAP && n->n_objects == 1);
    CHECK(oid_is(n, ".1.3.6.1.4.1.99998.0.3"));
    CHECK_STR(n ? n->parent->label : NULL, "testV1#");
    n = get(mib, "v1Name");
    CHECK(n && n->status == SK_MIB_STATUS_MANDATORY &&
          n->access == SK_MIB_ACCESS_READONLY);
    CHECK_STR(n ? n->syntax.tc : NULL, "DisplayString"); /* not imported */
    CHECK(get(mib, "v1Count")->syntax.type == SK_MIB_TYPE_COUNTER);
}

static void test_lookups(const struct sk_mib *mib)
{
    const uint32_t sysdescr0[] = { 1, 3, 6, 1, 4, 1, 99999, 1, 1, 0, 7 };
    const uint32_t unknown[] = { 5, 1 };
    const struct sk_mib_node *n, *prev;
    struct sk_error err;
    size_t matched = 99, count = 0, i;

    n = sk_mib_find_oid(mib, sysdescr0, 11, &matched);
    CHECK(n == get(mib, "testName") && matched == 9);
    n = sk_mib_find_oid(mib, unknown, 2, &matched);
    CHECK(n == NULL && matched == 0);
    CHECK(sk_mib_find_label(mib, "testName") == get(mib, "testName"));
    CHECK(sk_mib_find_label(mib, "enterprises") != NULL);
    CHECK(sk_mib_find_label(mib, "noSuchLabel") == NULL);
    CHECK(sk_mib_find_module_label(mib, "TEST-V1-MIB", "testName") == NULL);
    CHECK(sk_mib_find_module_label(mib, "NO-MIB", "testName") == NULL);
    n = sk_mib_child_label(mib, NULL, "iso");
    n = sk_mib_child_label(mib, n, "org");
    n = sk_mib_child_label(mib, n, "dod");
    CHECK(n != NULL && n->arc == 6 && strcmp(n->module, "TEST-SMI") == 0);
    CHECK(sk_mib_child(mib, n, 1) == sk_mib_find_label(mib, "internet"));
    CHECK(sk_mib_root(mib, 2) != NULL && sk_mib_root(mib, 3) == NULL);
    CHECK_STR(sk_mib_root(mib, 1)->label, "iso");
    CHECK(sk_mib_root(mib, 1)->module == NULL);
    CHECK(sk_mib_find_best(mib, "^testNa", &err) == get(mib, "testName"));
    CHECK(sk_mib_find_best(mib, "AUGVAL", &err) == get(mib, "testAugValue"));
    CHECK(sk_mib_find_best(mib, "zzzz", &err) == NULL &&
          err.code == SK_ERR_UNKNOWN_OID);
    CHECK(sk_mib_find_best(mib, "(", &err) == NULL);
    CHECK(sk_mib_has_module(mib, "TEST-TC") && !sk_mib_has_module(mib, "X"));
    /* pre-order iteration: every child list is sorted by arc */
    for (n = sk_mib_next(mib, NULL), prev = NULL; n != NULL;
         prev = n, n = sk_mib_next(mib, n), count++)
        for (i = 1; i < n->n_children; i++)
            CHECK(n->children[i - 1]->arc < n->children[i]->arc);
    CHECK(count == 46 && prev == sk_mib_root(mib, 2));
}

static void test_good(void)
{
    struct sk_mib *mib = load(good, "TEST-GOOD-MIB:TEST-V1-MIB", 0);
    size_t i;

    if (mib == NULL)
        return;
    CHECK(sk_mib_diag_count(mib) == 0);
    for (i = 0; i < sk_mib_diag_count(mib); i++)
        fprintf(stderr, "unexpected: %s\n", sk_mib_diag(mib, i));
    test_objects(mib);
    test_tables(mib);
    test_kinds(mib);
    test_lookups(mib);
    sk_mib_free(mib);
}

static void test_flags(void)
{
    struct sk_mib *mib = load(good, "TEST-GOOD-MIB", SK_MIB_DESCRIPTIONS);
    const struct sk_mib_node *n;

    n = mib ? get(mib, "testName") : NULL;
    CHECK_STR(n ? n->description : NULL,
              "A name; the hint comes from the TC.");
    CHECK_STR(n ? n->reference : NULL, "nowhere");
    sk_mib_free(mib);
    /* -Pc: "--" runs to the end of the line, which hides a STATUS */
    mib = load(good, "TEST-GOOD-MIB", SK_MIB_COMMENT_EOL);
    CHECK(mib && has_diag(mib, "Should be STATUS (DESCRIPTION): At line 39 "
                          "in %s/test-good.my", good));
    CHECK(mib && !sk_mib_has_module(mib, "TEST-GOOD-MIB"));
    CHECK(mib && sk_mib_find_label(mib, "testName") == NULL);
    CHECK(mib && sk_mib_has_module(mib, "TEST-TC"));
    sk_mib_free(mib);
    mib = load(both, "BROKEN-UNDERSCORE", SK_MIB_UNDERSCORE);   /* -Pu */
    CHECK(mib && sk_mib_find_label(mib, "us_a") != NULL);
    CHECK(mib && sk_mib_diag_count(mib) == 0);
    sk_mib_free(mib);
}

/* Each broken module: Net-SNMP's message, and the rest still loads. */
static void test_broken_one(const char *module, const char *diag1,
                            const char *diag2)
{
    char mods[256];
    struct sk_mib *mib;

    snprintf(mods, sizeof mods, "TEST-GOOD-MIB:%s", module);
    mib = load(both, mods, 0);
    if (mib == NULL)
        return;
    CHECK(has_diag(mib, diag1, broken));
    if (diag2 != NULL)
        CHECK(has_diag(mib, diag2, broken));
    CHECK(!sk_mib_has_module(mib, module));
    CHECK(get(mib, "testName") != NULL);
    sk_mib_free(mib);
}

static void test_broken(void)
{
    test_broken_one("BROKEN-ACCESS",
        "Bad ACCESS type (foo): At line 6 in %s/BROKEN-ACCESS.txt",
        "Bad parse of OBJECT-TYPE: At line 6 in %s/BROKEN-ACCESS.txt");
    test_broken_one("BROKEN-ASSIGN",
        "Expected \"::=\" ({): At line 5 in %s/BROKEN-ASSIGN.txt", NULL);
    test_broken_one("BROKEN-BRACES",
        "Bad DEFAULTVALUE (EOF): At line 9 in %s/BROKEN-BRACES.txt",
        "Bad parse of OBJECT-TYPE: At line 9 in %s/BROKEN-BRACES.txt");
    test_broken_one("BROKEN-DEEP",
        "Too deeply nested ([): At line 4 in %s/BROKEN-DEEP.txt", NULL);
    test_broken_one("BROKEN-HUGE", "Sub-identifier too large "
        "(99999999999999999999999): At line 4 in %s/BROKEN-HUGE.txt",
        "Bad parse of OBJECT IDENTIFIER: At line 4 in %s/BROKEN-HUGE.txt");
    test_broken_one("BROKEN-NOSTATUS",
        "Should be STATUS (DESCRIPTION): At line 7 in "
        "%s/BROKEN-NOSTATUS.txt",
        "Bad parse of OBJECT-TYPE: At line 7 in %s/BROKEN-NOSTATUS.txt");
    test_broken_one("BROKEN-STRING",
        "Bad DESCRIPTION (EOF): At line 11 in %s/BROKEN-STRING.txt",
        "Bad parse of OBJECT-TYPE: At line 11 in %s/BROKEN-STRING.txt");
    test_broken_one("BROKEN-TRUNC",
        "Bad STATUS (EOF): At line 7 in %s/BROKEN-TRUNC.txt",
        "Bad parse of OBJECT-TYPE: At line 7 in %s/BROKEN-TRUNC.txt");
    test_broken_one("BROKEN-UNDERSCORE",
        "Bad operator (_): At line 4 in %s/BROKEN-UNDERSCORE.txt", NULL);
}

static void test_imports(void)
{
    struct sk_mib *mib = load(both, "BROKEN-IMPORTS:BROKEN-REPLACE:NOPE", 0);

    if (mib == NULL)
        return;
    CHECK(has_diag(mib, "MIB search path: %s", both));
    CHECK(has_diag(mib, "Cannot find module (NO-SUCH-MIB): At line 4 in "
                   "%s/BROKEN-IMPORTS.txt", broken));
    CHECK(has_diag(mib, "Did not find 'notThere' in module TEST-SMI "
                   "(%s/BROKEN-IMPORTS.txt)", broken));
    CHECK(has_diag(mib, "Did not find 'ghost' in module #-1 "
                   "(%s/BROKEN-IMPORTS.txt)", broken));
    CHECK(has_diag(mib, "Unlinked OID in BROKEN-IMPORTS: impOrphan ::= "
                   "{ nowhere 2 }", ""));
    CHECK(has_diag(mib, "Undefined identifier: nowhere near line 6 of "
                   "%s/BROKEN-IMPORTS.txt", broken));
    CHECK(has_diag(mib, "Cannot adopt OID in BROKEN-IMPORTS: impLoop ::= "
                   "{ impLoop 1 }", ""));
    /* RFC1155-SMI is replaced by SNMPv2-SMI, which is missing too */
    CHECK(has_diag(mib, "Cannot find module (SNMPv2-SMI): At line 2 in "
                   "%s/BROKEN-REPLACE.txt", broken));
    CHECK(has_diag(mib, "Cannot find module (NOPE): At line 1 in (none)%s",
                   ""));
    CHECK(sk_mib_find_label(mib, "impOk") != NULL);
    CHECK(sk_mib_find_label(mib, "impLoop") == NULL);
    sk_mib_free(mib);
    /* an import cycle: both modules load and link */
    mib = load(both, "BROKEN-CYCLE-A", 0);
    CHECK(mib && has_diag(mib, "Did not find 'cycA' in module BROKEN-CYCLE-A"
                          " (%s/BROKEN-CYCLE-B.txt)", broken));
    CHECK(mib && oid_is(sk_mib_find_label(mib, "cycA2"),
                        ".1.3.6.1.4.1.912.1.1"));
    sk_mib_free(mib);
}

/* ALL over good and broken files (and binary junk): no crash, the good
 * modules usable, a module without END dropped as Net-SNMP drops it. */
static void test_all(void)
{
    struct sk_mib *mib = load(both, "ALL", 0);
    char path[1200];

    CHECK(mib && get(mib, "testName") != NULL);
    CHECK(mib && sk_mib_find_label(mib, "lnOk") != NULL); /* long name */
    CHECK(mib && sk_mib_find_label(mib, "noEndA") == NULL);
    CHECK(mib && sk_mib_find_label(mib, "impOk") != NULL);
    sk_mib_free(mib);
    /* a file named directly, in the module list and as a mibfile */
    snprintf(path, sizeof path, "%s/test-good.my", good);
    mib = load(good, path, 0);
    CHECK(mib && get(mib, "testEvent") != NULL);
    sk_mib_free(mib);
    {
        struct sk_mib_cfg cfg = { good, NULL, path, 0 };
        struct sk_error err;

        mib = sk_mib_load(&cfg, &err);
        CHECK(mib && get(mib, "testEvent") != NULL);
        sk_mib_free(mib);
    }
    mib = load(NULL, "TEST-SMI", 0);        /* no directories at all */
    CHECK(mib && sk_mib_find_label(mib, "org") == NULL);
    CHECK(mib && sk_mib_find_label(mib, "iso") != NULL);
    sk_mib_free(mib);
}

static void test_combine(void)
{
    char *s;

    s = sk_mib_list_combine("A:B", "+C");
    CHECK_STR(s, "A:B:C");
    free(s);
    s = sk_mib_list_combine("A:B", "-C");
    CHECK_STR(s, "C:A:B");
    free(s);
    s = sk_mib_list_combine("A:B", "C");
    CHECK_STR(s, "C");
    free(s);
    s = sk_mib_list_combine(NULL, "+C");
    CHECK_STR(s, "C");
    free(s);
}

/* Hostile sizes: 30000 siblings and a 400-deep chain of forward
 * references; loading stays fast and nothing is deeper than 128 arcs. */
static void test_scale(void)
{
    char dir[] = "/tmp/test_mib_XXXXXX", path[64];
    struct sk_mib *mib;
    FILE *f;
    int i;
    clock_t t0;

    if (mkdtemp(dir) == NULL)
        return;
    snprintf(path, sizeof path, "%s/BIG.txt", dir);
    f = fopen(path, "w");
    if (f == NULL)
        return;
    fprintf(f, "BIG-MIB DEFINITIONS ::= BEGIN\n");
    for (i = 0; i < 30000; i++)
        fprintf(f, "wide%d OBJECT IDENTIFIER ::= { iso 7 %d }\n", i, i);
    for (i = 0; i < 400; i++)
        fprintf(f, "deep%d OBJECT IDENTIFIER ::= { deep%d 1 }\n", i, i + 1);
    fprintf(f, "deep400 OBJECT IDENTIFIER ::= { iso 8 }\nEND\n");
    fclose(f);
    t0 = clock();
    mib = load(dir, "BIG-MIB", 0);
    CHECK((double)(clock() - t0) / CLOCKS_PER_SEC < 2.0);
    CHECK(mib && sk_mib_find_label(mib, "wide29999") != NULL);
    CHECK(mib && sk_mib_find_label(mib, "deep300") != NULL);
    CHECK(mib && sk_mib_find_label(mib, "deep0") == NULL);
    CHECK(mib && has_diag(mib, "Cannot adopt OID in BIG-MIB: deep0 ::= "
                          "{ deep1 1 }%s", ""));
    sk_mib_free(mib);
    remove(path);
    remove(dir);
}

/* Write TEXT as DIR/NAME. */
static void put_file(const char *dir, const char *name, const char *text)
{
    char path[256];
    FILE *f;

    snprintf(path, sizeof path, "%s/%s", dir, name);
    f = fopen(path, "w");
    if (f == NULL)
        return;
    fputs(text, f);
    fclose(f);
}

static const char info_a[] =
    "INFO-A DEFINITIONS ::= BEGIN\n"
    "IMPORTS Counter32 FROM NOWHERE-MIB;\n" /* parser words only: not read */
    "infoA OBJECT IDENTIFIER ::= { iso 77 }\n"
    "first OBJECT IDENTIFIER ::= { infoA 1 }\n"
    "second OBJECT IDENTIFIER ::= { infoA 2 }\n"
    "chain OBJECT IDENTIFIER ::= { infoA 9 8 7 }\n"
    "Small ::= TEXTUAL-CONVENTION STATUS current DESCRIPTION \"x\"\n"
    "    SYNTAX INTEGER (0..9)\n"
    "Pick ::= CHOICE { a INTEGER }\n"
    "Tagged ::= [APPLICATION 9] IMPLICIT OCTET STRING\n"
    "Plain ::= OCTET STRING\n"
    "END\n";
static const char info_b[] =
    "INFO-B DEFINITIONS ::= BEGIN\n"
    "IMPORTS infoA FROM INFO-A;\n"
    "zeroth OBJECT IDENTIFIER ::= { infoA 0 }\n"
    "first OBJECT IDENTIFIER ::= { infoA 1 }\n"
    "END\n";

/* mib_info.h: Net-SNMP's sibling order, the modules of a node, TC
 * numbers, anonymous arcs, keyword imports and modules read later. */
static void test_info(void)
{
    char dir[] = "/tmp/test_mib_info_XXXXXX", buf[32];
    const struct sk_mib_node *kids[8], *n;
    struct sk_mib *mib;
    const char *mods[4];

    if (mkdtemp(dir) == NULL)
        return;
    put_file(dir, "A.txt", info_a);
    put_file(dir, "B.txt", info_b);
    mib = load(dir, "INFO-B", 0);
    CHECK(sk_mib_diag_count(mib) == 0); /* NOWHERE-MIB never looked for */
    n = sk_mib_find_module_label(mib, "INFO-A", "infoA");
    /* INFO-A's children last to first, then INFO-B's new one */
    CHECK(n && sk_mib_children_native(mib, n, kids, 8) == 4);
    CHECK(n && kids[0]->arc == 9 && kids[1]->arc == 2 && kids[2]->arc == 1 &&
          kids[3]->arc == 0);
    CHECK(n && sk_mib_children_native(mib, n, kids, 2) == 0);
    n = sk_mib_find_module_label(mib, "INFO-B", "first");
    CHECK(n && sk_mib_node_modules(mib, n, mods, 4) == 2);
    CHECK_STR(n ? mods[0] : NULL, "INFO-A");
    CHECK_STR(n ? mods[1] : NULL, "INFO-B");
    CHECK(sk_mib_tc_number(mib, "Small", "INFO-A") == 0);
    CHECK(sk_mib_tc_number(mib, "Plain", NULL) == 1); /* CHOICE, tag: none */
    CHECK(sk_mib_tc_number(mib, "Pick", NULL) == -1);
    n = sk_mib_find_label(mib, "chain");
    CHECK(n && n->parent && n->parent->label == NULL);
    CHECK_STR(n ? sk_mib_node_name(n->parent, buf, sizeof buf) : NULL,
              "anonymous#1");
    CHECK_STR(n ? sk_mib_node_name(n->parent->parent, buf, sizeof buf)
                : NULL, "anonymous#0");
    CHECK_STR(n ? sk_mib_node_module(n->parent) : NULL, "INFO-A");
    CHECK(!sk_mib_has_module(mib, "NOWHERE-MIB"));
    CHECK(sk_mib_load_module(mib, "NOWHERE-MIB") == -1);
    CHECK(sk_mib_load_module(mib, "NOWHERE-MIB") == -1);
    CHECK(sk_mib_diag_count(mib) == 2); /* search path, then once only */
    sk_mib_free(mib);
    mib = load(dir, "INFO-A", 0);
    CHECK(sk_mib_find_module_label(mib, "INFO-B", "zeroth") == NULL);
    CHECK(sk_mib_load_module(mib, "INFO-B") == 0);
    CHECK(sk_mib_find_module_label(mib, "INFO-B", "zeroth") != NULL);
    sk_mib_free(mib);
    snprintf(buf, sizeof buf, "%s/A.txt", dir);
    remove(buf);
    snprintf(buf, sizeof buf, "%s/B.txt", dir);
    remove(buf);
    remove(dir);
}

int main(void)
{
    const char *srcdir = getenv("srcdir");

    if (srcdir == NULL)
        srcdir = ".";
    snprintf(good, sizeof good, "%s/tests/data/mibs/good", srcdir);
    snprintf(broken, sizeof broken, "%s/tests/data/mibs/broken", srcdir);
    snprintf(both, sizeof both, "%s:%s", good, broken);
    test_good();
    test_flags();
    test_broken();
    test_imports();
    test_all();
    test_combine();
    test_scale();
    test_info();
    return CHECK_DONE("test_mib");
}
