/* sec.c - the USM protocol and security-level names apps accept.
 *
 * The spellings are the ones Net-SNMP 5.9 accepts after -a, -x and -l
 * (snmpusm.c usm_lookup_*_type and snmp_parse_sec_level), compared
 * case-insensitively as Net-SNMP does; "3DES" is our addition. */
#include <stddef.h>
#include <strings.h>

#include "sec/sec.h"

struct name_map {
    const char *name;
    int value;
};

static const struct name_map auth_names[] = {
    {"MD5", SK_AUTH_MD5},         {"SHA", SK_AUTH_SHA1},
    {"SHA-1", SK_AUTH_SHA1},      {"SHA1", SK_AUTH_SHA1},
    {"SHA-224", SK_AUTH_SHA224},  {"SHA224", SK_AUTH_SHA224},
    {"SHA-256", SK_AUTH_SHA256},  {"SHA256", SK_AUTH_SHA256},
    {"SHA-384", SK_AUTH_SHA384},  {"SHA384", SK_AUTH_SHA384},
    {"SHA-512", SK_AUTH_SHA512},  {"SHA512", SK_AUTH_SHA512},
};

static const struct name_map priv_names[] = {
    {"DES", SK_PRIV_DES},           {"3DES", SK_PRIV_3DES},
    {"AES", SK_PRIV_AES128},        {"AES-128", SK_PRIV_AES128},
    {"AES128", SK_PRIV_AES128},     {"AES-192", SK_PRIV_AES192},
    {"AES192", SK_PRIV_AES192},     {"AES-256", SK_PRIV_AES256},
    {"AES256", SK_PRIV_AES256},     {"AES-192-C", SK_PRIV_AES192C},
    {"AES192C", SK_PRIV_AES192C},   {"AES-256-C", SK_PRIV_AES256C},
    {"AES256C", SK_PRIV_AES256C},
};

static const struct name_map level_names[] = {
    {"noAuthNoPriv", SK_SEC_NOAUTH}, {"1", SK_SEC_NOAUTH},
    {"nanp", SK_SEC_NOAUTH},         {"authNoPriv", SK_SEC_AUTH},
    {"2", SK_SEC_AUTH},              {"anp", SK_SEC_AUTH},
    {"authPriv", SK_SEC_PRIV},       {"3", SK_SEC_PRIV},
    {"ap", SK_SEC_PRIV},
};

/* The value NAME maps to in MAP (N entries), or NONE. */
static int lookup(const struct name_map *map, size_t n, const char *name,
                  int none)
{
    size_t i;

    if (name == NULL) {
        return none;
    }
    for (i = 0; i < n; i++) {
        if (strcasecmp(map[i].name, name) == 0) {
            return map[i].value;
        }
    }
    return none;
}

enum sk_auth_proto sk_auth_proto_parse(const char *name)
{
    return (enum sk_auth_proto)lookup(
        auth_names, sizeof auth_names / sizeof auth_names[0], name,
        SK_AUTH_NONE);
}

enum sk_priv_proto sk_priv_proto_parse(const char *name)
{
    return (enum sk_priv_proto)lookup(
        priv_names, sizeof priv_names / sizeof priv_names[0], name,
        SK_PRIV_NONE);
}

int sk_sec_level_parse(const char *name)
{
    return lookup(level_names, sizeof level_names / sizeof level_names[0],
                  name, 0);
}
