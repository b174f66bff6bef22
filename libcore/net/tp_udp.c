/* tp_udp.c - UDP over IPv4 and IPv6: one message per datagram.
 *
 * Like Net-SNMP the socket is bound (to the -s/clientaddr address when
 * it parses, else the wildcard; port 0 either way) and left unconnected:
 * requests go out with sendto(), and an ICMP port-unreachable does not
 * turn into a receive error, so a dead agent is a plain Timeout. */
#include "net/transport.h"

#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

static int udp_send(struct sk_transport *t, const uint8_t *p, size_t n,
                    struct sk_error *err)
{
    ssize_t rc;

    do {
        rc = sendto(t->fd, p, n, 0, (const struct sockaddr *)&t->peer.sa,
                    t->peer.salen);
    } while (rc < 0 && errno == EINTR);
    if (rc < 0)
        return sk_error_sys(err, SK_ERR_BAD_SENDTO, errno, NULL);
    if ((size_t)rc != n)
        return sk_error_sys(err, SK_ERR_BAD_SENDTO, EMSGSIZE, NULL);
    return 0;
}

/* Make the socket's receive timeout cover the time left until
 * DEADLINE_US.  A walk waits the same full timeout after each send, so the
 * value set once is normally still right and no system call is made; it
 * is only changed when it would overshoot the deadline by more than a
 * millisecond or fall short of it. */
static int set_timeout(struct sk_transport *t, int64_t deadline_us)
{
    int64_t left = deadline_us - sk_transport_now_us();
    struct timeval tv;

    if (left <= 0)
        return 0;
    if (left <= t->rcvtimeo_us && left + 1000 >= t->rcvtimeo_us)
        return 1;
    tv.tv_sec = (time_t)(left / 1000000);
    tv.tv_usec = (suseconds_t)(left % 1000000);
    if (setsockopt(t->fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv) < 0)
        return -1;
    t->rcvtimeo_us = left;
    return 1;
}

/* Wait in recv() itself (one system call per reply, not poll + recv).
 * A datagram larger than the buffer is dropped whole (MSG_TRUNC tells
 * its real size), and the wait goes on. */
static int udp_recv(struct sk_transport *t, int64_t deadline_us,
                    const uint8_t **p, size_t *n, struct sk_error *err)
{
    for (;;) {
        ssize_t rc;
        int w = set_timeout(t, deadline_us);

        if (w < 0)
            return sk_error_sys(err, SK_ERR_BAD_RECVFROM, errno, NULL);
        if (w == 0)
            return 0;
        rc = recv(t->fd, t->rbuf, sizeof t->rbuf, MSG_TRUNC);
        if (rc < 0) {
            if (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK ||
                errno == ECONNREFUSED)
                continue;
            return sk_error_sys(err, SK_ERR_BAD_RECVFROM, errno, NULL);
        }
        if ((size_t)rc > sizeof t->rbuf)
            continue;
        *p = t->rbuf;
        *n = (size_t)rc;
        return 1;
    }
}

static const struct sk_transport_ops udp_ops = {
    udp_send, udp_recv, sk_tp_close_fd,
};

/* The local address: -s when it parses for this family, else wildcard. */
static void local_addr(const struct sk_transport *t, const char *local,
                       struct sk_addr *out)
{
    struct sk_error ignored;

    if (local != NULL &&
        sk_addr_parse_local(local, t->peer.family, out, &ignored) == 0)
        return;
    memset(out, 0, sizeof *out);
    out->family = t->peer.family;
    out->sa.ss_family = (sa_family_t)t->peer.family;
    out->salen = t->peer.family == AF_INET6 ? sizeof(struct sockaddr_in6)
                                            : sizeof(struct sockaddr_in);
}

/* Net-SNMP's -d text: IPv4 shows both ends, IPv6 only the peer. */
static void describe(struct sk_transport *t)
{
    char peer[80], self[80];
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;

    sk_addr_format_sa((const struct sockaddr *)&t->peer.sa, peer,
                      sizeof peer);
    if (t->peer.family == AF_INET6) {
        snprintf(t->desc_out, sizeof t->desc_out, "UDP/IPv6: %s", peer);
    } else {
        memset(&ss, 0, sizeof ss);
        if (getsockname(t->fd, (struct sockaddr *)&ss, &len) < 0)
            ss.ss_family = AF_INET;
        sk_addr_format_sa((const struct sockaddr *)&ss, self, sizeof self);
        snprintf(t->desc_out, sizeof t->desc_out, "UDP: %s->%s", peer,
                 self);
    }
    memcpy(t->desc_in, t->desc_out, sizeof t->desc_in);
}

int sk_tp_udp_open(struct sk_transport *t, const char *local,
                   const char *spec, struct sk_error *err)
{
    struct sk_addr self;

    t->fd = socket(t->peer.family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (t->fd < 0)
        return sk_error_sys(err, SK_ERR_BAD_ADDRESS, errno, "%s", spec);
#ifdef SO_BINDTODEVICE
    /* "host@iface": best effort, as Net-SNMP only logs a failure. */
    if (t->peer.iface[0] != '\0')
        (void)setsockopt(t->fd, SOL_SOCKET, SO_BINDTODEVICE, t->peer.iface,
                         (socklen_t)strlen(t->peer.iface) + 1);
#endif
    local_addr(t, local, &self);
    if (bind(t->fd, (const struct sockaddr *)&self.sa, self.salen) < 0) {
        int e = errno;

        sk_tp_close_fd(t);
        return sk_error_sys(err, SK_ERR_BAD_ADDRESS, e, "%s", spec);
    }
    t->ops = &udp_ops;
    describe(t);
    return 0;
}
