/* addr.h - Net-SNMP agent specifiers ("udp6:[::1]:161", "tcp:host",
 * "/path") turned into socket addresses (internal to libcore/net). */
#ifndef SK_NET_ADDR_H
#define SK_NET_ADDR_H

#include <stdint.h>
#include <sys/socket.h>

#include "base/err.h"

enum sk_addr_kind {
    SK_ADDR_UDP,   /* datagrams, AF_INET or AF_INET6 */
    SK_ADDR_TCP,   /* stream, AF_INET or AF_INET6 */
    SK_ADDR_UNIX,  /* stream, AF_UNIX */
};

#define SK_ADDR_IFACE_MAX 16 /* IFNAMSIZ, as Net-SNMP's ep_str.iface */

struct sk_addr {
    enum sk_addr_kind kind;
    int family;                     /* AF_INET, AF_INET6 or AF_UNIX */
    struct sockaddr_storage sa;     /* the resolved address */
    socklen_t salen;
    char iface[SK_ADDR_IFACE_MAX];  /* "host@eth0" binds to eth0; or "" */
};

/* Parse and resolve SPEC.  DOMAINS is the space-separated list of
 * transports tried in turn when SPEC has no "udp:"-style prefix (NULL
 * means "udp udp6", Net-SNMP's default); DEFAULT_PORT applies when SPEC
 * names none.  Fails with SK_ERR_BAD_ADDRESS, detail = SPEC and
 * sys_errno = the errno Net-SNMP would report (see addr.c). */
int sk_addr_parse(const char *spec, const char *domains,
                  uint16_t default_port, struct sk_addr *out,
                  struct sk_error *err);

/* Parse the -s / clientaddr local address for a socket of FAMILY
 * (AF_INET or AF_INET6): "addr", "[addr]", "addr:port".  The port is
 * parsed but zeroed, as Net-SNMP ignores it without clientaddrUsesPort.
 * Fails with SK_ERR_BAD_ADDRESS, detail = SPEC. */
int sk_addr_parse_local(const char *spec, int family, struct sk_addr *out,
                        struct sk_error *err);

/* The port of an IP address (host order); 0 for AF_UNIX. */
uint16_t sk_addr_port(const struct sk_addr *a);

/* Net-SNMP's rendering "[192.0.2.1]:161" / "[fe80::1%eth0]:161" of an
 * IP socket address into OUT (always NUL-terminated). */
void sk_addr_format_sa(const struct sockaddr *sa, char *out, size_t outlen);

#endif
