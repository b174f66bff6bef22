/* tp_tcp.c - TCP over IPv4 and IPv6, and the stream framing that the
 * Unix transport shares.
 *
 * A stream carries whole BER messages back to back (RFC 3430 section
 * 2.1 for TCP).  Reads accumulate in the transport's 64 KiB buffer until
 * sk_msg_frame_len() says a whole message is there; a header that cannot
 * be framed, or a message longer than SK_MSG_MAX, ends the exchange with
 * an error because the stream cannot be resynchronised. */
#include "net/transport.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#include "wire/msg.h"

int sk_tp_stream_send(struct sk_transport *t, const uint8_t *p, size_t n,
                      struct sk_error *err)
{
    size_t off = 0;

    while (off < n) {
        ssize_t rc = send(t->fd, p + off, n - off, MSG_NOSIGNAL);

        if (rc < 0 && errno == EINTR)
            continue;
        if (rc < 0)
            return sk_error_sys(err, SK_ERR_BAD_SENDTO, errno, NULL);
        off += (size_t)rc;
    }
    return 0;
}

/* Drop the message handed out by the previous call. */
static void consume(struct sk_transport *t)
{
    if (t->rdone == 0)
        return;
    memmove(t->rbuf, t->rbuf + t->rdone, t->rlen - t->rdone);
    t->rlen -= t->rdone;
    t->rdone = 0;
}

/* 1 and the message when the buffer holds a whole one, 0 if more bytes
 * are needed, -1 when the stream is unframeable. */
static int take_frame(struct sk_transport *t, const uint8_t **p, size_t *n,
                      struct sk_error *err)
{
    size_t total = 0;
    int rc;

    if (t->rlen == 0)
        return 0;
    rc = sk_msg_frame_len(t->rbuf, t->rlen, &total, err);
    if (rc < 0)
        return -1;
    if (rc == 1 && total > sizeof t->rbuf)
        return sk_error_set(err, SK_ERR_TOO_LONG, NULL);
    if (rc == 0 || total > t->rlen) {
        if (t->rlen == sizeof t->rbuf)
            return sk_error_set(err, SK_ERR_TOO_LONG, NULL);
        return 0;
    }
    *p = t->rbuf;
    *n = total;
    t->rdone = total;
    return 1;
}

int sk_tp_stream_recv(struct sk_transport *t, int64_t deadline_us,
                      const uint8_t **p, size_t *n, struct sk_error *err)
{
    consume(t);
    for (;;) {
        ssize_t rc;
        int w = take_frame(t, p, n, err);

        if (w != 0)
            return w;
        w = sk_transport_wait(t->fd, deadline_us);
        if (w <= 0)
            return w < 0 ? sk_error_sys(err, SK_ERR_BAD_RECVFROM, errno,
                                        NULL)
                         : 0;
        rc = recv(t->fd, t->rbuf + t->rlen, sizeof t->rbuf - t->rlen,
                  MSG_DONTWAIT);
        if (rc < 0 && (errno == EINTR || errno == EAGAIN ||
                       errno == EWOULDBLOCK))
            continue;
        if (rc < 0)
            return sk_error_sys(err, SK_ERR_BAD_RECVFROM, errno, NULL);
        /* The agent closed the stream: nothing more can arrive. */
        if (rc == 0)
            return sk_error_sys(err, SK_ERR_BAD_RECVFROM, ECONNRESET, NULL);
        t->rlen += (size_t)rc;
    }
}

static const struct sk_transport_ops tcp_ops = {
    sk_tp_stream_send, sk_tp_stream_recv, sk_tp_close_fd,
};

/* Net-SNMP's -d text: IPv4 shows the peer and an unset local end
 * ("->[0.0.0.0]:0"); IPv6 shows the peer only. */
static void describe(struct sk_transport *t)
{
    char peer[80];

    sk_addr_format_sa((const struct sockaddr *)&t->peer.sa, peer,
                      sizeof peer);
    if (t->peer.family == AF_INET6)
        snprintf(t->desc_out, sizeof t->desc_out, "TCP/IPv6: %s", peer);
    else
        snprintf(t->desc_out, sizeof t->desc_out, "TCP: %s->[0.0.0.0]:0",
                 peer);
    memcpy(t->desc_in, t->desc_out, sizeof t->desc_in);
}

/* -s/clientaddr is not applied: Net-SNMP 5.9's TCP client ignores it. */
int sk_tp_tcp_open(struct sk_transport *t, const char *spec,
                   struct sk_error *err)
{
    int rc;

    t->fd = socket(t->peer.family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (t->fd < 0)
        return sk_error_sys(err, SK_ERR_BAD_ADDRESS, errno, "%s", spec);
    rc = connect(t->fd, (const struct sockaddr *)&t->peer.sa,
                 t->peer.salen);
    if (rc < 0) {
        int e = errno;

        sk_tp_close_fd(t);
        return sk_error_sys(err, SK_ERR_BAD_ADDRESS, e, "%s", spec);
    }
    t->ops = &tcp_ops;
    describe(t);
    return 0;
}
