/* addr.c - parse Net-SNMP 5.9 agent specifiers and resolve them.
 *
 * Syntax: [DOMAIN:]ENDPOINT, where DOMAIN (case-insensitive) picks the
 * transport and ENDPOINT is "host", "host:port", "[v6addr]:port",
 * "host@iface:port" or a bare port.  A spec without a known DOMAIN
 * prefix is a Unix socket path when it starts with '/', and is otherwise
 * tried with each default domain in turn ("udp udp6").
 *
 * The endpoint split follows Net-SNMP's netsnmp_parse_ep_str(): a host
 * with more than one ':' and no brackets is taken whole, so
 * "udp6:::1:161" names the (invalid) address "::1:161" and fails as
 * Unknown host, as Net-SNMP does.  A port must be all digits and at
 * most 65535; port 0 is accepted (sendto then fails, as in Net-SNMP).
 *
 * errno: Net-SNMP prints strerror(errno) after "Unknown host (spec)",
 * and the errno it sees is whatever its last library call left.  After
 * its configuration search that is ENOENT, so syntax errors print
 * "(No such file or directory)"; getaddrinfo() may then change it (an
 * IPv4 lookup that goes to DNS clears it).  We start from ENOENT and
 * report errno as the same resolver calls leave it, which reproduces
 * Net-SNMP's text byte for byte. */
#include "net/addr.h"

#include <arpa/inet.h>
#include <errno.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/un.h>

#define HOST_MAX 64 /* Net-SNMP's ep_str.addr */

struct domain {
    const char *name;
    enum sk_addr_kind kind;
    int family;
};

static const struct domain domains[] = {
    {"udp", SK_ADDR_UDP, AF_INET},      {"tcp", SK_ADDR_TCP, AF_INET},
    {"udp6", SK_ADDR_UDP, AF_INET6},    {"ipv6", SK_ADDR_UDP, AF_INET6},
    {"udpv6", SK_ADDR_UDP, AF_INET6},   {"udpipv6", SK_ADDR_UDP, AF_INET6},
    {"tcp6", SK_ADDR_TCP, AF_INET6},    {"tcpv6", SK_ADDR_TCP, AF_INET6},
    {"tcpipv6", SK_ADDR_TCP, AF_INET6}, {"unix", SK_ADDR_UNIX, AF_UNIX},
};

#define NDOMAINS (sizeof domains / sizeof domains[0])

/* An endpoint split into its parts. */
struct endpoint {
    char host[HOST_MAX];
    char iface[SK_ADDR_IFACE_MAX];
    long port;                  /* -1 when absent */
};

static const struct domain *find_domain(const char *name, size_t n)
{
    for (size_t i = 0; i < NDOMAINS; i++) {
        if (strlen(domains[i].name) == n &&
            strncasecmp(domains[i].name, name, n) == 0)
            return &domains[i];
    }
    return NULL;
}

static bool all_digits(const char *s)
{
    if (*s == '\0')
        return false;
    for (; *s != '\0'; s++) {
        if (*s < '0' || *s > '9')
            return false;
    }
    return true;
}

/* Parse a port: all digits, value <= 65535 (0 allowed). */
static int parse_port(const char *s, long *port)
{
    long v = 0;

    if (!all_digits(s))
        return -1;
    for (; *s != '\0'; s++) {
        v = v * 10 + (*s - '0');
        if (v > 65535)
            return -1;
    }
    *port = v;
    return 0;
}

/* Copy N bytes of S into OUT[CAP] as a string; -1 if it does not fit. */
static int copy_part(char *out, size_t cap, const char *s, size_t n)
{
    if (n >= cap)
        return -1;
    memcpy(out, s, n);
    out[n] = '\0';
    return 0;
}

/* Where the host part of a bracket-less endpoint S ends: at '@', else at
 * the last ':' when it is the only one, else at the end of S. */
static const char *host_end(const char *s)
{
    const char *at = strchr(s, '@');
    const char *colon = strrchr(s, ':');

    if (at != NULL)
        return at;
    if (colon != NULL && strchr(s, ':') == colon)
        return colon;
    return s + strlen(s);
}

/* Split an endpoint the way netsnmp_parse_ep_str() does. */
static int split_endpoint(const char *s, struct endpoint *ep)
{
    const char *rest = s;
    const char *end;

    memset(ep, 0, sizeof *ep);
    ep->port = -1;
    if (all_digits(s))
        return parse_port(s, &ep->port);
    if (*s == '[') {
        end = strchr(s, ']');
        if (end == NULL || copy_part(ep->host, HOST_MAX, s + 1,
                                     (size_t)(end - s - 1)) < 0)
            return -1;
        rest = end + 1;
    } else if (*s != '@' && (*s != ':' || s[1] == ':')) {
        end = host_end(s);
        if (copy_part(ep->host, HOST_MAX, s, (size_t)(end - s)) < 0)
            return -1;
        rest = end;
    }
    if (*rest == '@') {
        end = strchr(rest + 1, ':');
        if (end == NULL)
            end = rest + strlen(rest);
        if (copy_part(ep->iface, SK_ADDR_IFACE_MAX, rest + 1,
                      (size_t)(end - rest - 1)) < 0)
            return -1;
        rest = end;
    }
    if (*rest == ':')
        return parse_port(rest + 1, &ep->port);
    return *rest == '\0' ? 0 : -1;
}

/* Resolve HOST for FAMILY with getaddrinfo (numeric forms included),
 * keeping the first answer.  "" is the wildcard address. */
static int resolve(const char *host, int family, struct sk_addr *out)
{
    struct addrinfo hints, *res = NULL;

    memset(&hints, 0, sizeof hints);
    hints.ai_family = family;
    hints.ai_socktype = SOCK_DGRAM;
    if (host[0] != '\0') {
        if (getaddrinfo(host, NULL, &hints, &res) != 0 || res == NULL)
            return -1;
        if (res->ai_addrlen > sizeof out->sa) {
            freeaddrinfo(res);
            return -1;
        }
        memcpy(&out->sa, res->ai_addr, res->ai_addrlen);
        freeaddrinfo(res);
    }
    out->sa.ss_family = (sa_family_t)family;
    out->salen = family == AF_INET ? sizeof(struct sockaddr_in)
                                   : sizeof(struct sockaddr_in6);
    return 0;
}

static void set_port(struct sk_addr *a, uint16_t port)
{
    if (a->family == AF_INET)
        ((struct sockaddr_in *)&a->sa)->sin_port = htons(port);
    else if (a->family == AF_INET6)
        ((struct sockaddr_in6 *)&a->sa)->sin6_port = htons(port);
}

/* IPv6 host: an optional "%zone" suffix becomes the scope id; a literal
 * is taken as is, anything else goes to the resolver. */
static int resolve_v6(const char *host, struct sk_addr *out)
{
    char name[HOST_MAX];
    char *zone;
    unsigned scope = 0;
    struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)&out->sa;

    memcpy(name, host, sizeof name);
    zone = strchr(name, '%');
    if (zone != NULL) {
        *zone = '\0';
        scope = if_nametoindex(zone + 1);
    }
    if (inet_pton(AF_INET6, name, &sin6->sin6_addr) == 1) {
        sin6->sin6_family = AF_INET6;
        out->salen = sizeof *sin6;
    } else if (resolve(name, AF_INET6, out) < 0) {
        return -1;
    }
    /* As Net-SNMP: the scope comes from "%zone" only. */
    sin6->sin6_scope_id = scope;
    return 0;
}

/* Try one IP domain on endpoint text S. */
static int try_ip(const struct domain *d, const char *s, uint16_t defport,
                  struct sk_addr *out)
{
    struct endpoint ep;
    int rc;

    memset(out, 0, sizeof *out);
    if (split_endpoint(s, &ep) < 0)
        return -1;
    out->kind = d->kind;
    out->family = d->family;
    if (d->family == AF_INET6)
        rc = resolve_v6(ep.host, out);
    else
        rc = resolve(ep.host, AF_INET, out);
    if (rc < 0)
        return -1;
    set_port(out, ep.port >= 0 ? (uint16_t)ep.port : defport);
    memcpy(out->iface, ep.iface, sizeof out->iface);
    return 0;
}

static int try_unix(const char *path, struct sk_addr *out)
{
    struct sockaddr_un *sun = (struct sockaddr_un *)&out->sa;
    size_t n = strlen(path);

    memset(out, 0, sizeof *out);
    if (n == 0 || n >= sizeof sun->sun_path)
        return -1;
    sun->sun_family = AF_UNIX;
    memcpy(sun->sun_path, path, n + 1);
    out->kind = SK_ADDR_UNIX;
    out->family = AF_UNIX;
    out->salen = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n + 1);
    return 0;
}

static int try_domain(const struct domain *d, const char *s,
                      uint16_t defport, struct sk_addr *out)
{
    if (d->kind == SK_ADDR_UNIX)
        return try_unix(s, out);
    return try_ip(d, s, defport, out);
}

/* Each word of the default-domain list in turn; unknown words fail. */
static int try_defaults(const char *list, const char *s, uint16_t defport,
                        struct sk_addr *out)
{
    const char *p = list;

    while (*p != '\0') {
        size_t n = strcspn(p, " \t,");
        const struct domain *d = find_domain(p, n);

        if (d != NULL && try_domain(d, s, defport, out) == 0)
            return 0;
        p += n;
        p += strspn(p, " \t,");
    }
    return -1;
}

int sk_addr_parse(const char *spec, const char *domlist,
                  uint16_t default_port, struct sk_addr *out,
                  struct sk_error *err)
{
    const char *colon = strchr(spec, ':');
    const struct domain *d = NULL;
    int rc;

    errno = ENOENT;
    if (colon != NULL)
        d = find_domain(spec, (size_t)(colon - spec));
    if (d != NULL)
        rc = try_domain(d, colon + 1, default_port, out);
    else if (spec[0] == '/')
        rc = try_unix(spec, out);
    else
        rc = try_defaults(domlist != NULL ? domlist : "udp udp6", spec,
                          default_port, out);
    if (rc == 0)
        return 0;
    return sk_error_sys(err, SK_ERR_BAD_ADDRESS, errno, "%s", spec);
}

int sk_addr_parse_local(const char *spec, int family, struct sk_addr *out,
                        struct sk_error *err)
{
    const struct domain *d = family == AF_INET6 ? &domains[2] : &domains[0];

    if (try_ip(d, spec, 0, out) < 0)
        return sk_error_set(err, SK_ERR_BAD_ADDRESS, "%s", spec);
    set_port(out, 0);
    return 0;
}

uint16_t sk_addr_port(const struct sk_addr *a)
{
    if (a->family == AF_INET)
        return ntohs(((const struct sockaddr_in *)&a->sa)->sin_port);
    if (a->family == AF_INET6)
        return ntohs(((const struct sockaddr_in6 *)&a->sa)->sin6_port);
    return 0;
}

void sk_addr_format_sa(const struct sockaddr *sa, char *out, size_t outlen)
{
    char host[INET6_ADDRSTRLEN] = "";
    char zone[IF_NAMESIZE + 1] = "";

    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *sin = (const struct sockaddr_in *)sa;

        inet_ntop(AF_INET, &sin->sin_addr, host, sizeof host);
        snprintf(out, outlen, "[%s]:%u", host, ntohs(sin->sin_port));
    } else if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *s6 = (const struct sockaddr_in6 *)sa;

        inet_ntop(AF_INET6, &s6->sin6_addr, host, sizeof host);
        if (s6->sin6_scope_id != 0 &&
            if_indextoname(s6->sin6_scope_id, zone + 1) != NULL)
            zone[0] = '%';
        snprintf(out, outlen, "[%s%s]:%u", host, zone,
                 ntohs(s6->sin6_port));
    } else if (outlen > 0) {
        out[0] = '\0';
    }
}
