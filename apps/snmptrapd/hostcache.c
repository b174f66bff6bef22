/* hostcache.c - the sender's host name for %B and %A, looked up only
 * when a format asks for it and remembered per address for a minute.
 * Net-SNMP asks the resolver for every notification; under a flood that
 * is several system calls per trap, and with a resolver that does not
 * answer, every trap would stall the receive loop for its timeout.
 * Failures are remembered too, for the same reason. */

#include <netdb.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "snmptrapd/trapd.h"

#define SLOTS 256           /* direct-mapped by address hash */
#define TTL_S 60            /* a changed hosts file shows within this */

struct slot {
    size_t keylen;          /* 0: empty */
    time_t when;            /* monotonic seconds of the lookup */
    uint8_t key[1 + 16];    /* family byte, then the address */
    bool ok;
    char name[NI_MAXHOST];
};

static struct slot slots[SLOTS];

static size_t addr_key(const struct sockaddr *sa, uint8_t *key)
{
    if (sa->sa_family == AF_INET) {
        key[0] = 4;
        memcpy(key + 1, &((const struct sockaddr_in *)sa)->sin_addr, 4);
        return 5;
    }
    if (sa->sa_family == AF_INET6) {
        key[0] = 6;
        memcpy(key + 1, &((const struct sockaddr_in6 *)sa)->sin6_addr, 16);
        return 17;
    }
    return 0;
}

static time_t now_s(void)
{
    struct timespec ts;

    if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0)
        return 0;
    return ts.tv_sec;
}

const char *trapd_host_lookup(const struct sockaddr *sa, socklen_t len)
{
    uint8_t key[sizeof slots[0].key];
    size_t n = addr_key(sa, key), i;
    uint32_t h = 2166136261u;   /* FNV-1a */
    struct slot *s;
    time_t now = now_s();

    if (n == 0)
        return NULL;
    for (i = 0; i < n; i++)
        h = (h ^ key[i]) * 16777619u;
    s = &slots[h % SLOTS];
    if (s->keylen != n || memcmp(s->key, key, n) != 0 ||
        now - s->when >= TTL_S) {
        s->ok = getnameinfo(sa, len, s->name, sizeof s->name, NULL, 0,
                            NI_NAMEREQD) == 0;
        memcpy(s->key, key, n);
        s->keylen = n;
        s->when = now;
    }
    return s->ok ? s->name : NULL;
}

const char *trapd_event_host(const struct trapd_event *ev)
{
    const char *name;

    /* the sender's name unless -n, else the transport text; a lookup
     * that fails gives Net-SNMP's "<UNKNOWN>" (seen on a system without
     * /etc/hosts) */
    if (ev->t->opts.numeric || ev->from->family == AF_UNIX)
        return ev->addr;
    name = trapd_host_lookup((const struct sockaddr *)&ev->from->src,
                             ev->from->srclen);
    return name != NULL ? name : "<UNKNOWN>";
}
