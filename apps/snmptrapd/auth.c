/* auth.c - who may have a notification logged, executed or forwarded:
 * authCommunity for v1/v2c, authUser for SNMPv3 (snmptrapd.conf(5)),
 * or everything with disableAuthorization.  A notification no rule
 * grants anything is dropped without a word, as Net-SNMP drops it. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>

#include "snmptrapd/trapd.h"

/* SOURCE of an authCommunity line: "default", ADDR or ADDR/BITS (IPv4
 * or IPv6, as com2sec).  A host name never matches here. */
static bool source_ok(const char *source, const struct trapd_origin *from)
{
    char addr[INET6_ADDRSTRLEN + 8];
    unsigned char want[16], got[16];
    const char *slash;
    long bits;
    int fam, i, n;

    if (source == NULL || strcmp(source, "default") == 0)
        return true;
    slash = strchr(source, '/');
    snprintf(addr, sizeof addr, "%.*s",
             (int)(slash != NULL ? (size_t)(slash - source) : strlen(source)),
             source);
    fam = strchr(addr, ':') != NULL ? AF_INET6 : AF_INET;
    if (fam != from->family || inet_pton(fam, addr, want) != 1)
        return false;
    n = fam == AF_INET ? 4 : 16;
    if (fam == AF_INET)
        memcpy(got, &((const struct sockaddr_in *)&from->src)->sin_addr, 4);
    else
        memcpy(got, &((const struct sockaddr_in6 *)&from->src)->sin6_addr,
               16);
    bits = slash != NULL ? strtol(slash + 1, NULL, 10) : n * 8;
    for (i = 0; i < n && bits > 0; i++, bits -= 8) {
        unsigned char mask = bits >= 8 ? 0xff
            : (unsigned char)(0xff << (8 - bits));

        if ((want[i] & mask) != (got[i] & mask))
            return false;
    }
    return true;
}

/* authUser: the USM user by name, at LEVEL or above (RFC 3415 3.2's
 * securityLevel test), for the notifications under OID if one given. */
static bool v3_grants(const struct trapd_auth *a,
                      const struct sk_notification *n)
{
    if (!a->v3 || n->sec_model != 3 || n->sec_level < a->level ||
        strlen(a->community) != n->sec_name_len ||
        memcmp(a->community, n->sec_name, n->sec_name_len) != 0)
        return false;
    return a->oid.len == 0 || sk_oid_has_prefix(&n->trap_oid, &a->oid);
}

unsigned trapd_authorize(const struct trapd *t,
                         const struct sk_notification *n,
                         const struct trapd_origin *from)
{
    const struct trapd_conf *c = &t->conf;
    unsigned types = 0;
    size_t i;

    if (c->disable_auth)
        return TRAPD_LOG | TRAPD_EXECUTE | TRAPD_NET;
    for (i = 0; i < c->nauths; i++) {
        const struct trapd_auth *a = &c->auths[i];

        if (n->version == SK_VERSION_3) {
            if (v3_grants(a, n))
                types |= a->types;
            continue;
        }
        if (a->v3 || strlen(a->community) != n->community_len ||
            memcmp(a->community, n->community, n->community_len) != 0)
            continue;
        if (!source_ok(a->source, from))
            continue;
        if (a->oid.len > 0 && !sk_oid_has_prefix(&n->trap_oid, &a->oid))
            continue;
        types |= a->types;
    }
    return types;
}
