/* com2sec.c - the community-to-securityName rows an authCommunity line
 * makes (snmpd.conf(5) com2sec, com2sec6, com2secunix), and the lookup
 * that maps a v1/v2c notification to one of them.
 *
 * SOURCE is "default", or [!]HOST[/BITS|/MASK]: HOST an address or a
 * name resolved now.  Net-SNMP reads every line once for IPv4 and once
 * for IPv6 and complains of each failure in turn; so do we, with its
 * words.  The first row in configuration order whose community and
 * network match decides; a "!" row that matches means no row does. */
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>

#include "snmptrapd/vacm.h"

#define ERR(msg) trapd_conf_error(t, file, line, msg)

struct c2s_line {
    const char *secname, *community, *context;
    bool negate;
};

static int row_add(struct trapd_vacm *m, const struct c2s_line *l,
                   int family, const uint8_t *net, const uint8_t *mask)
{
    struct trapd_com2sec *nc = realloc(m->coms, (m->ncoms + 1) * sizeof *nc);

    if (nc == NULL)
        return -1;
    m->coms = nc;
    nc = &m->coms[m->ncoms];
    memset(nc, 0, sizeof *nc);
    nc->secname = strdup(l->secname);
    nc->community = strdup(l->community);
    nc->context = strdup(l->context);
    if (nc->secname == NULL || nc->community == NULL ||
        nc->context == NULL) {
        free(nc->secname);
        free(nc->community);
        free(nc->context);
        return -1;
    }
    nc->family = family;
    nc->negate = l->negate;
    memcpy(nc->net, net, family == AF_INET ? 4 : 16);
    memcpy(nc->mask, mask, family == AF_INET ? 4 : 16);
    m->ncoms++;
    return 0;
}

/* BITS (0..LEN*8) or, with DOTTED, an address-form mask; an empty or
 * missing one is all ones.  NULL, or Net-SNMP's complaint. */
static const char *parse_mask(const char *text, int family, uint8_t *mask)
{
    size_t len = family == AF_INET ? 4 : 16, i;
    char *end;
    long bits;

    if (text == NULL || *text == '\0') {
        memset(mask, 0xff, len);
        return NULL;
    }
    bits = strtol(text, &end, 10);
    if (*end == '\0') {
        if (bits < 0 || bits > (long)len * 8)
            return "bad mask length";
        for (i = 0; i < len; i++, bits -= 8)
            mask[i] = bits >= 8 ? 0xff
                : bits <= 0 ? 0 : (uint8_t)(0xff << (8 - bits));
        return NULL;
    }
    return inet_pton(family, text, mask) == 1 ? NULL : "bad mask";
}

static bool net_ok(const uint8_t *net, const uint8_t *mask, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++)
        if (net[i] & ~mask[i])
            return false;
    return true;
}

/* com2sec: HOST is an IPv4 address or a name with one. */
static void add_v4(struct trapd *t, const char *file, int line,
                   const struct c2s_line *l, const char *host,
                   const char *masktext)
{
    struct addrinfo hints, *res = NULL;
    uint8_t net[4], mask[4];
    const char *bad;

    if (inet_pton(AF_INET, host, net) != 1) {
        memset(&hints, 0, sizeof hints);
        hints.ai_family = AF_INET;
        hints.ai_socktype = SOCK_DGRAM;
        if (getaddrinfo(host, NULL, &hints, &res) != 0 || res == NULL) {
            ERR("cannot resolve IPv4 source hostname");
            return;
        }
        memcpy(net, &((struct sockaddr_in *)res->ai_addr)->sin_addr, 4);
        freeaddrinfo(res);
    }
    bad = parse_mask(masktext, AF_INET, mask);
    if (bad == NULL && masktext != NULL && *masktext != '\0' &&
        !net_ok(net, mask, 4))
        bad = "source/mask mismatch";
    if (bad != NULL)
        ERR(bad);
    else
        row_add(&t->conf.vacm, l, AF_INET, net, mask);
}

/* com2sec6: the mask first, then HOST, every address a name has.  An
 * IPv4 address is no IPv6 source, and passes without a word. */
static void add_v6(struct trapd *t, const char *file, int line,
                   const struct c2s_line *l, const char *host,
                   const char *masktext)
{
    struct addrinfo hints, *res = NULL, *r;
    uint8_t net[16], mask[16], v4[4];
    const char *bad = parse_mask(masktext, AF_INET6, mask);
    int rc;

    if (bad != NULL || inet_pton(AF_INET, host, v4) == 1) {
        if (bad != NULL)
            ERR(bad);
        return;
    }
    if (inet_pton(AF_INET6, host, net) == 1) {
        if (net_ok(net, mask, 16))
            row_add(&t->conf.vacm, l, AF_INET6, net, mask);
        else
            ERR("source/mask mismatch");
        return;
    }
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_INET6;
    hints.ai_socktype = SOCK_DGRAM;
    rc = getaddrinfo(host, NULL, &hints, &res);
    if (rc != 0) {
        ERR(gai_strerror(rc));
        return;
    }
    for (r = res; r != NULL; r = r->ai_next) {
        memcpy(net, &((struct sockaddr_in6 *)r->ai_addr)->sin6_addr, 16);
        if (!net_ok(net, mask, 16)) {
            ERR("source/mask mismatch");
            break;
        }
        row_add(&t->conf.vacm, l, AF_INET6, net, mask);
    }
    freeaddrinfo(res);
}

void trapd_com2sec_add(struct trapd *t, const char *file, int line,
                       const char *secname, const char *community,
                       const char *source, const char *context)
{
    static const uint8_t zero[16];
    struct c2s_line l = { secname, community, context, false };
    char *host, *slash;

    if (source == NULL || strcmp(source, "default") == 0) {
        row_add(&t->conf.vacm, &l, AF_INET, zero, zero);
        row_add(&t->conf.vacm, &l, AF_UNIX, zero, zero);
        row_add(&t->conf.vacm, &l, AF_INET6, zero, zero);
        return;
    }
    l.negate = source[0] == '!';
    host = strdup(source + l.negate);
    if (host == NULL)
        return;
    slash = strchr(host, '/');
    if (slash != NULL)
        *slash++ = '\0';
    add_v4(t, file, line, &l, host, slash);
    add_v6(t, file, line, &l, host, slash);
    free(host);
}

/* The row for a notification from FROM with COMMUNITY, or NULL. */
const struct trapd_com2sec *trapd_com2sec_find(const struct trapd_vacm *m,
                                               const uint8_t *community,
                                               size_t len,
                                               const struct trapd_origin *from)
{
    const uint8_t *addr = NULL;
    size_t i, j, alen = from->family == AF_INET ? 4 : 16;

    if (from->family == AF_INET)
        addr = (const uint8_t *)
            &((const struct sockaddr_in *)&from->src)->sin_addr;
    else if (from->family == AF_INET6)
        addr = ((const struct sockaddr_in6 *)&from->src)->sin6_addr.s6_addr;
    for (i = 0; i < m->ncoms; i++) {
        const struct trapd_com2sec *c = &m->coms[i];
        bool ok = c->family == from->family;

        if (!ok || strlen(c->community) != len ||
            memcmp(c->community, community, len) != 0)
            continue;
        for (j = 0; addr != NULL && j < alen; j++)
            if ((addr[j] & c->mask[j]) != c->net[j])
                ok = false;
        if (ok)
            return c->negate ? NULL : c;
    }
    return NULL;
}
