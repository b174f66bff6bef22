/* receive.c - the listening sockets and the receive loop.  One ppoll()
 * per wake-up, then every ready socket is drained: UDP in batches with
 * recvmmsg() into preallocated buffers, TCP and Unix streams framed by
 * the BER length of each message.  Nothing in here waits for anything
 * but ppoll(): handlers run in children, replies and forwarding are
 * non-blocking. */
#include "config.h"

#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "snmptrapd/trapd.h"

#define BATCH 32                 /* datagrams per recvmmsg() */
#define MAX_SOCKS 288            /* listeners plus stream connections */
#define RCVBUF (8 * 1024 * 1024) /* room for bursts while we log */

struct sock {
    int fd;
    int family;
    bool stream, listening;
    char path[108];              /* Unix listening path */
    struct sockaddr_storage peer; /* stream connection: the sender */
    socklen_t peerlen;
    uint8_t *buf;                /* stream: pending bytes */
    size_t len;
};

struct trapd_rx {
    struct sock socks[MAX_SOCKS];
    size_t n;
    uint8_t (*dgram)[SK_MSG_MAX + 1];
    char (*ctl)[256];
};

/* "udp:162", "tcp:1162", "1162": a bare port means every IPv4 address,
 * as Net-SNMP listens. */
static int parse_spec(const char *spec, struct sk_addr *a,
                      struct sk_error *err)
{
    const char *colon = strchr(spec, ':');
    const char *port = colon != NULL ? colon + 1 : spec;
    struct sockaddr_in *sin = (struct sockaddr_in *)&a->sa;
    size_t n = strlen(port);

    if (n > 0 && n < 6 && strspn(port, "0123456789") == n &&
        (colon == NULL || strncmp(spec, "udp:", 4) == 0 ||
         strncmp(spec, "tcp:", 4) == 0)) {
        memset(a, 0, sizeof *a);
        a->kind = strncmp(spec, "tcp:", 4) == 0 ? SK_ADDR_TCP : SK_ADDR_UDP;
        a->family = AF_INET;
        sin->sin_family = AF_INET;
        sin->sin_port = htons((uint16_t)strtol(port, NULL, 10));
        a->salen = sizeof *sin;
        return 0;
    }
    return sk_addr_parse(spec, NULL, 162, a, err);
}

static void set_options(int fd, const struct sk_addr *a)
{
    int on = 1, size = RCVBUF;

    if (a->kind == SK_ADDR_UDP) {
        /* SO_RCVBUFFORCE passes rmem_max when we may; else best effort */
        if (setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &size,
                       sizeof size) < 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
        if (a->family == AF_INET)
            setsockopt(fd, IPPROTO_IP, IP_PKTINFO, &on, sizeof on);
    } else if (a->kind == SK_ADDR_TCP) {
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    }
    if (a->family == AF_INET6)
        setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof on);
}

static int open_one(struct sock *s, const char *spec)
{
    struct sk_addr a;
    struct sk_error err;
    int type = SOCK_CLOEXEC | SOCK_NONBLOCK;

    if (parse_spec(spec, &a, &err) < 0) {
        errno = err.sys_errno != 0 ? err.sys_errno : EINVAL;
        return -1;
    }
    s->family = a.family;
    s->stream = a.kind != SK_ADDR_UDP;
    s->listening = s->stream;
    type |= s->stream ? SOCK_STREAM : SOCK_DGRAM;
    s->fd = socket(a.family, type, 0);
    if (s->fd < 0)
        return -1;
    set_options(s->fd, &a);
    if (a.kind == SK_ADDR_UNIX) {
        const struct sockaddr_un *sun = (const struct sockaddr_un *)&a.sa;

        snprintf(s->path, sizeof s->path, "%s", sun->sun_path);
        unlink(s->path);
    }
    if (bind(s->fd, (const struct sockaddr *)&a.sa, a.salen) < 0 ||
        (s->stream && listen(s->fd, 128) < 0)) {
        int e = errno;

        close(s->fd);
        errno = e;
        return -1;
    }
    return 0;
}

struct trapd_rx *trapd_rx_open(const char *const *specs, size_t n,
                               const struct trapd_log *log)
{
    struct trapd_rx *rx = calloc(1, sizeof *rx);
    size_t i;

    if (rx == NULL)
        return NULL;
    rx->dgram = malloc(BATCH * sizeof *rx->dgram);
    rx->ctl = malloc(BATCH * sizeof *rx->ctl);
    if (rx->dgram == NULL || rx->ctl == NULL || n > MAX_SOCKS / 2) {
        trapd_rx_free(rx);
        return NULL;
    }
    for (i = 0; i < n; i++) {
        if (open_one(&rx->socks[rx->n], specs[i]) < 0) {
            int e = errno;

            trapd_log_msg(log, "couldn't open %s -- errno %d (\"%s\")\n",
                          specs[i], e, strerror(e));
            trapd_rx_free(rx);
            return NULL;
        }
        rx->n++;
    }
    return rx;
}

void trapd_rx_free(struct trapd_rx *rx)
{
    size_t i;

    if (rx == NULL)
        return;
    for (i = 0; i < rx->n; i++) {
        close(rx->socks[i].fd);
        if (rx->socks[i].listening && rx->socks[i].path[0] != '\0')
            unlink(rx->socks[i].path);
        free(rx->socks[i].buf);
    }
    free(rx->dgram);
    free(rx->ctl);
    free(rx);
}

/* The local address of a datagram, from IP_PKTINFO. */
static bool pktinfo(struct msghdr *mh, struct sockaddr_in *dst,
                    uint16_t port)
{
    struct cmsghdr *c;

    for (c = CMSG_FIRSTHDR(mh); c != NULL; c = CMSG_NXTHDR(mh, c)) {
        if (c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_PKTINFO) {
            struct in_pktinfo pi;

            memcpy(&pi, CMSG_DATA(c), sizeof pi);
            memset(dst, 0, sizeof *dst);
            dst->sin_family = AF_INET;
            dst->sin_addr = pi.ipi_addr;
            dst->sin_port = port;
            return true;
        }
    }
    return false;
}

/* Read and dispatch datagrams until the socket is empty (or a bounded
 * number of batches, so one flooded socket cannot starve the rest). */
static void drain_udp(struct trapd_rx *rx, const struct sock *s,
                      const struct trapd *t)
{
    struct mmsghdr mm[BATCH];
    struct iovec iov[BATCH];
    struct sockaddr_storage src[BATCH];
    struct sockaddr_in local;
    socklen_t llen = sizeof local;
    int round, got, i;

    memset(&local, 0, sizeof local);
    getsockname(s->fd, (struct sockaddr *)&local, &llen);
    for (round = 0; round < 64; round++) {
        memset(mm, 0, sizeof mm);
        for (i = 0; i < BATCH; i++) {
            iov[i].iov_base = rx->dgram[i];
            iov[i].iov_len = sizeof rx->dgram[i];
            mm[i].msg_hdr.msg_iov = &iov[i];
            mm[i].msg_hdr.msg_iovlen = 1;
            mm[i].msg_hdr.msg_name = &src[i];
            mm[i].msg_hdr.msg_namelen = sizeof src[i];
            mm[i].msg_hdr.msg_control = rx->ctl[i];
            mm[i].msg_hdr.msg_controllen = sizeof rx->ctl[i];
        }
        got = recvmmsg(s->fd, mm, BATCH, MSG_DONTWAIT, NULL);
        if (got <= 0)
            return;
        for (i = 0; i < got; i++) {
            struct trapd_origin o;

            memset(&o, 0, sizeof o);
            o.fd = s->fd;
            o.family = s->family;
            /* cppcheck-suppress uninitvar ; recvmmsg() filled it */
            o.src = src[i];
            o.srclen = mm[i].msg_hdr.msg_namelen;
            if (s->family == AF_INET) {
                o.have_dst = pktinfo(&mm[i].msg_hdr,
                                     (struct sockaddr_in *)&o.dst,
                                     local.sin_port);
            }
            /* a datagram that filled the buffer was cut: not SNMP */
            if (mm[i].msg_len <= SK_MSG_MAX &&
                !(mm[i].msg_hdr.msg_flags & MSG_TRUNC))
                trapd_dispatch(t, rx->dgram[i], mm[i].msg_len, &o);
        }
        if (got < BATCH)
            return;
    }
}

static void accept_conn(struct trapd_rx *rx, const struct sock *l)
{
    struct sock *c;
    int fd;

    for (;;) {
        struct sockaddr_storage peer;
        socklen_t plen = sizeof peer;

        fd = accept4(l->fd, (struct sockaddr *)&peer, &plen,
                     SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (fd < 0)
            return;
        if (rx->n >= MAX_SOCKS) {
            close(fd);
            continue;
        }
        c = &rx->socks[rx->n];
        memset(c, 0, sizeof *c);
        c->buf = malloc(SK_MSG_MAX);
        if (c->buf == NULL) {
            close(fd);
            continue;
        }
        c->fd = fd;
        c->family = l->family;
        c->stream = true;
        c->peer = peer;
        c->peerlen = plen;
        memcpy(c->path, l->path, sizeof c->path);
        rx->n++;
    }
}

/* Dispatch each whole message in S's buffer; -1 when the stream cannot
 * be framed (the connection is then closed). */
static int frame(struct sock *s, const struct trapd *t)
{
    struct trapd_origin o;
    struct sk_error err;
    size_t total;
    int rc;

    memset(&o, 0, sizeof o);
    o.fd = s->fd;
    o.stream = true;
    o.family = s->family;
    o.src = s->peer;
    o.srclen = s->peerlen;
    o.unix_path = s->path;
    for (;;) {
        rc = sk_msg_frame_len(s->buf, s->len, &total, &err);
        if (rc < 0)
            return -1;
        if (rc == 0 || total > s->len)
            return s->len >= SK_MSG_MAX ? -1 : 0;
        trapd_dispatch(t, s->buf, total, &o);
        memmove(s->buf, s->buf + total, s->len - total);
        s->len -= total;
    }
}

/* Returns false when the connection is finished. */
static bool read_stream(struct sock *s, const struct trapd *t)
{
    for (;;) {
        ssize_t r = recv(s->fd, s->buf + s->len, SK_MSG_MAX - s->len, 0);

        if (r < 0)
            return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
        if (r == 0)
            return false;
        s->len += (size_t)r;
        if (frame(s, t) < 0)
            return false;
    }
}

static void drop_conn(struct trapd_rx *rx, size_t i)
{
    close(rx->socks[i].fd);
    free(rx->socks[i].buf);
    rx->socks[i] = rx->socks[rx->n - 1];
    rx->n--;
}

void trapd_rx_run(struct trapd_rx *rx, const struct trapd *t,
                  volatile sig_atomic_t *stop,
                  volatile sig_atomic_t *reload)
{
    struct pollfd pfd[MAX_SOCKS + TRAPD_FWD_MAX];
    const sigset_t *mask;
    struct timespec wait;
    size_t i, n, nf;
    int ms;

    while (!*stop && !*reload) {
        ms = trapd_handlers_reap(&mask);
        trapd_forward_flush();
        n = rx->n;
        for (i = 0; i < n; i++) {
            pfd[i].fd = rx->socks[i].fd;
            pfd[i].events = POLLIN;
            pfd[i].revents = 0;
        }
        /* stream forwarding destinations still connecting or with
         * bytes queued: their POLLOUT turns the loop */
        nf = trapd_forward_pollfds(pfd + n, TRAPD_FWD_MAX);
        wait.tv_sec = ms / 1000;
        wait.tv_nsec = (long)(ms % 1000) * 1000000L;
        if (ppoll(pfd, n + nf, &wait, mask) <= 0)
            continue;
        /* backwards, so dropping a connection moves only checked ones */
        for (i = n; i-- > 0;) {
            struct sock *s = &rx->socks[i];

            if (pfd[i].revents == 0)
                continue;
            if (!s->stream)
                drain_udp(rx, s, t);
            else if (s->listening)
                accept_conn(rx, s);
            else if (!read_stream(s, t))
                drop_conn(rx, i);
        }
    }
}
