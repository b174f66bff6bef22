/* test_oid_text.c - OID text to arcs (mib/oid_text.c) and the MIB checks
 * of snmpset values (fmt/value_text.c), against what Net-SNMP 5.9.3
 * printed for the same text with -M mibs:/usr/share/snmp/mibs -m ALL
 * (snmptranslate -On for the path lookup, snmpget -On for the default
 * chain, snmpset for value errors). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fmt/fmt.h"
#include "mib/mib.h"
#include "check.h"

static char got[512];

/* ".1.3.6..." or "Text (detail)" as the apps print it. */
static const char *parse(const struct sk_mib *mib, unsigned flags,
                         const char *text)
{
    uint32_t arcs[SK_OID_MAX];
    size_t n = SK_OID_MAX, i, k = 0;
    struct sk_error err;

    if (sk_mib_parse_oid(mib, text, flags, arcs, &n, &err) < 0) {
        sk_error_format(&err, got, sizeof got);
        return got;
    }
    got[0] = '\0';
    for (i = 0; i < n && k < sizeof got - 12; i++)
        k += (size_t)snprintf(got + k, sizeof got - k, ".%u", arcs[i]);
    return got;
}

static void no_mib(void)
{
    CHECK_STR(parse(NULL, 0, ".1.3.6.1.2.1.1.1.0"), ".1.3.6.1.2.1.1.1.0");
    CHECK_STR(parse(NULL, 0, "iso.3.6"), ".1.3.6");
    CHECK_STR(parse(NULL, 0, "1.3.010.0x10"), ".1.3.8.16");
    CHECK_STR(parse(NULL, 0, "iso.\"ab\""), ".1.2.97.98");
    CHECK_STR(parse(NULL, 0, "iso.'ab'"), ".1.97.98");
    CHECK_STR(parse(NULL, 0, "foo"),
              "Unknown Object Identifier (Sub-id not found: (top) -> foo)");
    CHECK_STR(parse(NULL, 0, ".1.3.foo.2"),
              "Unknown Object Identifier (foo.2)");
    CHECK_STR(parse(NULL, 0, "iso.3x.4"), "Unknown Object Identifier (3x)");
    CHECK_STR(parse(NULL, 0, ".1..3"), "Unknown Object Identifier (.3)");
    CHECK_STR(parse(NULL, 0, "."),
              "Unknown Object Identifier (Sub-id not found: (top) -> )");
}

static void by_path(const struct sk_mib *m)
{
    unsigned p = SK_OIDTEXT_PATH;

    CHECK_STR(parse(m, p, "SNMPv2-MIB::sysDescr.0"), ".1.3.6.1.2.1.1.1.0");
    CHECK_STR(parse(m, p, "SNMPv2-MIB:sysDescr"), ".1.3.6.1.2.1.1.1");
    CHECK_STR(parse(m, p, ".iso.org.dod.internet.mgmt.mib-2.system.sysDescr"),
              ".1.3.6.1.2.1.1.1");
    CHECK_STR(parse(m, p, "sysDescr.0"), "Unknown Object Identifier "
              "(Sub-id not found: (top) -> sysDescr)");
    CHECK_STR(parse(m, p, ".1.3.6.1.2.1.99.foo"), "Unknown Object "
              "Identifier (Sub-id not found: mib-2 -> foo)");
    CHECK_STR(parse(m, p, "SNMPv2-MIB::ifDescr"), "Unknown Object Identifier");
    CHECK_STR(parse(m, p, "IF-MIB::ifDescr.0x10"), ".1.3.6.1.2.1.2.2.1.2.16");
    CHECK_STR(parse(m, p, "IF-MIB::ifDescr.foo"), "Unknown Object Identifier "
              "(Index out of range: foo (ifIndex))");
    CHECK_STR(parse(m, p, "SNMP-VIEW-BASED-ACM-MIB::vacmGroupName.1.\"ab\""),
              ".1.3.6.1.6.3.16.1.2.1.3.1.2.97.98");
    CHECK_STR(parse(m, p, "SNMP-VIEW-BASED-ACM-MIB::vacmGroupName.3.'ab'"),
              "Unknown Object Identifier ('-quote is for fixed length "
              "strings)");
    CHECK_STR(parse(m, p, "SNMP-VIEW-BASED-ACM-MIB::vacmSecurityModel.0."
                          "\"wes\""), "Unknown Object Identifier (Index out "
              "of range: 0 (vacmSecurityModel))");
    CHECK_STR(parse(m, p,
                    "SNMP-VIEW-BASED-ACM-MIB::vacmGroupName.1.\"a\\\"b\""),
              ".1.3.6.1.6.3.16.1.2.1.3.1.3.97.34.98");
    CHECK_STR(parse(m, p | SK_OIDTEXT_NOCHECK,
                    "SNMP-VIEW-BASED-ACM-MIB::vacmSecurityModel.0.\"wes\""),
              ".1.3.6.1.6.3.16.1.2.1.1.0.3.119.101.115");
}

static void chains(const struct sk_mib *m)
{
    CHECK_STR(parse(m, 0, "sysDescr.0"), ".1.3.6.1.2.1.1.1.0");
    CHECK_STR(parse(m, 0, "ifDescr.1"), ".1.3.6.1.2.1.2.2.1.2.1");
    CHECK_STR(parse(m, 0, "sysDescr.bogus"),
              "Unknown Object Identifier (bogus)");
    CHECK_STR(parse(m, 0, "ifInOctets.-1"), "Unknown Object Identifier "
              "(Index out of range: -1 (ifIndex))");
    CHECK_STR(parse(m, 0, "foo"),
              "Unknown Object Identifier (Sub-id not found: (top) -> foo)");
    CHECK_STR(parse(m, 0, "sysDesc"), ".1.3.6.1.2.1.1.1");
    CHECK_STR(parse(m, SK_OIDTEXT_BEST, "zzzq"), "");
    CHECK_STR(parse(m, SK_OIDTEXT_RANDOM, ".1.3.6"),
              "Unknown Object Identifier");
    CHECK_STR(parse(m, SK_OIDTEXT_UCD, "system.sysName.0"),
              ".1.3.6.1.2.1.1.5.0");
}

/* The value, or "Text (detail)" on failure, for snmpset NAME TYPE TEXT. */
static const char *value(const struct sk_mib *m, unsigned flags,
                         const char *name, char type, const char *text)
{
    struct sk_value v;
    struct sk_error err;
    struct sk_oid oid;
    size_t n = SK_OID_MAX;

    memset(&v, 0, sizeof v);
    if (sk_mib_parse_oid(m, name, 0, oid.arc, &n, &err) < 0)
        return "bad name";
    oid.len = n;
    if (sk_value_parse_flags(m, flags, &oid, type, text, &v, &err) < 0) {
        sk_error_format(&err, got, sizeof got);
        return got;
    }
    if (v.type == SK_T_INTEGER)
        snprintf(got, sizeof got, "INTEGER %lld", (long long)v.n.i);
    else if (v.type == SK_T_OCTETS)
        snprintf(got, sizeof got, "OCTETS %zu", v.len);
    else
        snprintf(got, sizeof got, "type %d", (int)v.type);
    sk_value_clear(&v);
    return got;
}

static void values(const struct sk_mib *m)
{
    CHECK_STR(value(m, 0, "sysServices.0", 'i', "5000"),
              "Value out of range (5000 :: {(0..127)})");
    CHECK_STR(value(m, SK_OIDTEXT_NOCHECK, "sysServices.0", 'i', "5000"),
              "INTEGER 5000");
    CHECK_STR(value(m, 0, "sysContact.0", 'i', "5"), "Bad variable type "
              "(Type of attribute is OCTET STRING, not INTEGER)");
    CHECK_STR(value(m, 0, "sysContact.0", 'a', "1.2.3.4"), "Bad variable "
              "type (Type of attribute is OCTET STRING, not IpAddress)");
    CHECK_STR(value(m, 0, "sysContact.0", 'b', "1"), "Bad variable type "
              "(Type of attribute is OCTET STRING, not BITS)");
    CHECK_STR(value(m, 0, "ifAdminStatus.1", 'i', "bogus"),
              "Value out of range (bogus)");
    CHECK_STR(value(m, 0, "ifAdminStatus.1", 'i', "down"), "INTEGER 2");
    CHECK_STR(value(m, 0, "ifAdminStatus.1", '=', "up"), "INTEGER 1");
    CHECK_STR(value(m, 0, "sysContact.0", '=', "hello"), "OCTETS 5");
    CHECK_STR(value(m, 0, "sysUpTime.0", '=', "5"),
              "Bad variable type (\"=\")");
    CHECK_STR(value(m, 0, "sysObjectID.0", 's', "x"), "Bad variable type "
              "(Type of attribute is OBJECT IDENTIFIER, not OCTET STRING)");
    CHECK_STR(value(m, 0, "sysORID.1", 'o', "foo"), "Unknown Object "
              "Identifier (Sub-id not found: (top) -> foo)");
    CHECK_STR(value(m, 0, "sysContact.0", 's',
                    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
              "Value out of range (Value does not match DISPLAY-HINT :: "
              "{(0..255)})");
}

int main(void)
{
    struct sk_mib_cfg cfg = { NULL, "ALL", "", 0 };
    struct sk_error err;
    struct sk_mib *m;
    char dirs[1024];
    const char *src = getenv("srcdir");

    snprintf(dirs, sizeof dirs, "%s/mibs:/usr/share/snmp/mibs",
             src != NULL ? src : ".");
    cfg.dirs = dirs;
    no_mib();
    m = sk_mib_load(&cfg, &err);
    CHECK(m != NULL);
    if (m != NULL && sk_mib_has_module(m, "IF-MIB") &&
        sk_mib_has_module(m, "RFC1213-MIB")) {
        by_path(m);
        chains(m);
        values(m);
    } else {
        fprintf(stderr, "test_oid_text: MIBs not found, MIB cases skipped\n");
    }
    sk_mib_free(m);
    return CHECK_DONE("test_oid_text");
}
