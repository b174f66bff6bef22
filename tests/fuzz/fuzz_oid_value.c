/* fuzz_oid_value.c - libFuzzer entry for the command-line text parsers:
 * sk_mib_parse_oid (OID arguments, under every combination of the -I
 * flags) and sk_value_parse_flags (the "TYPE VALUE" arguments of snmpset
 * and snmptrap, for every type letter).  Input: a flags byte (the
 * SK_OIDTEXT_* bits, and 0x80 for "no MIB loaded"), a type byte, then
 * "OID\nVALUE".  The MIB is the bundled SNMPv2-MIB and IF-MIB, loaded
 * once.  Seeds: tests/fuzz/corpus/oid_value. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "snmpkit.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#ifndef SK_SRCMIBDIR
#define SK_SRCMIBDIR "mibs"
#endif

static const char types[] = "=iutaosxdbnUIFDc3C";
static struct sk_mib *mib;
static int loaded;

static void load(void)
{
    struct sk_mib_cfg cfg;
    struct sk_error err;

    if (loaded)
        return;
    loaded = 1;
    memset(&cfg, 0, sizeof cfg);
    cfg.dirs = SK_SRCMIBDIR;
    cfg.modules = "SNMPv2-MIB:IF-MIB:SNMP-FRAMEWORK-MIB";
    mib = sk_mib_load(&cfg, &err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint32_t arcs[SK_OID_MAX];
    struct sk_oid name;
    struct sk_value v;
    struct sk_error err;
    const struct sk_mib *m;
    char *text, *value;
    unsigned flags;
    size_t n = SK_OID_MAX;
    char type;

    if (size < 2)
        return 0;
    load();
    m = (data[0] & 0x80) != 0 ? NULL : mib;
    flags = data[0] & 0x3fu;
    type = types[data[1] % (sizeof types - 1)];
    text = malloc(size - 1);
    if (text == NULL)
        return 0;
    memcpy(text, data + 2, size - 2);
    text[size - 2] = '\0';
    value = strchr(text, '\n');
    if (value != NULL)
        *value++ = '\0';
    memset(&name, 0, sizeof name);
    if (sk_mib_parse_oid(m, text, flags, arcs, &n, &err) == 0) {
        if (n > SK_OID_MAX)
            abort();
        memcpy(name.arc, arcs, n * sizeof arcs[0]);
        name.len = n;
    }
    /* an 'o' value (or '=' for an OID object) is parsed as an OID too */
    if (value != NULL) {
        memset(&v, 0, sizeof v);
        (void)sk_value_parse_flags(m, flags, &name, type, value, &v, &err);
        sk_value_clear(&v);     /* also what a failure left */
    }
    free(text);
    return 0;
}
