/* forward_tcp.c - "forward" to stream destinations (tcp:, tcp6:, unix:),
 * for forward.c.  Net-SNMP opens a connection for every notification and
 * waits for it; here each destination keeps one non-blocking connection
 * that the receive loop serves, so nothing waits. */
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "snmptrapd/trapd.h"

/* Stream destinations (tcp:, tcp6:, unix:).  Net-SNMP opens a session,
 * connects with a blocking connect(), sends and closes, for every
 * notification, so a destination that does not answer stalls it for the
 * connect timeout.  Here each destination has one kept connection,
 * opened with a non-blocking connect(), and an output queue of at most
 * QUEUE_MAX bytes; messages are framed by their own BER length (RFC
 * 3430 2.1), so they are simply appended.  What cannot be written at
 * once is moved on at each turn of the receive loop.
 *
 * Failures drop data, never wait: a connection that fails (refused,
 * reset, unreachable) loses its queue, and the destination is not tried
 * again for RETRY_US, notifications meanwhile being dropped; a full
 * queue drops the new notification.  Each outage is logged once, with
 * Net-SNMP's "Forward failed" prefix; it ends when the queue has been
 * written out.  A peer that closed an idle connection gets a new one. */
#define QUEUE_MAX (256 * 1024)      /* bytes waiting per destination */
#define RETRY_US 1000000            /* after a failure, wait this long */

struct dest {
    char *name;                     /* as written in "forward" */
    int fd;                         /* -1: no connection */
    bool connecting;                /* connect() in progress */
    bool logged;                    /* this outage was logged */
    int64_t retry_at;               /* no new connection before this */
    uint8_t *q;                     /* queued bytes, q[0..len) */
    size_t len;
    struct sk_addr addr;
};

static struct dest dests[TRAPD_FWD_MAX];
static size_t ndests;
static const struct trapd_log *out_log;

static struct dest *find(const char *name, const struct sk_addr *a)
{
    struct dest *d;
    size_t i;

    for (i = 0; i < ndests; i++)
        if (strcmp(dests[i].name, name) == 0)
            return &dests[i];
    if (ndests >= TRAPD_FWD_MAX)
        return NULL;
    d = &dests[ndests];
    memset(d, 0, sizeof *d);
    d->name = strdup(name);
    d->q = malloc(QUEUE_MAX);
    if (d->name == NULL || d->q == NULL) {
        free(d->name);
        free(d->q);
        return NULL;
    }
    d->fd = -1;
    d->addr = *a;
    ndests++;
    return d;
}

static void disconnect(struct dest *d)
{
    if (d->fd >= 0)
        close(d->fd);
    d->fd = -1;
    d->connecting = false;
}

/* Log WHY for D once per outage. */
static void complain(struct dest *d, const char *why)
{
    if (d->logged || out_log == NULL)
        return;
    trapd_log_msg(out_log, "Forward failed: %s: %s\n", d->name, why);
    d->logged = true;
}

/* The connection failed with ERRNUM: drop it and what it carried. */
static void fail(struct dest *d, int errnum)
{
    complain(d, strerror(errnum));
    disconnect(d);
    d->len = 0;
    d->retry_at = trapd_now_us() + RETRY_US;
}

static void start_connect(struct dest *d)
{
    const struct sk_addr *a = &d->addr;

    d->fd = socket(a->family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK,
                   0);
    if (d->fd < 0) {
        fail(d, errno);
        return;
    }
    if (connect(d->fd, (const struct sockaddr *)&a->sa, a->salen) == 0)
        return;
    if (errno == EINPROGRESS || errno == EINTR)
        d->connecting = true;
    else
        fail(d, errno);
}

/* Whether D's connection has finished connecting (false: not yet, or
 * failed). */
static bool connected(struct dest *d)
{
    struct pollfd p = { .fd = d->fd, .events = POLLOUT };
    int e = 0;
    socklen_t elen = sizeof e;

    if (!d->connecting)
        return true;
    if (poll(&p, 1, 0) <= 0)
        return false;
    if (getsockopt(d->fd, SOL_SOCKET, SO_ERROR, &e, &elen) < 0)
        e = errno;
    if (e != 0) {
        fail(d, e);
        return false;
    }
    d->connecting = false;
    return true;
}

/* Read and drop what the peer sent (Responses to forwarded informs);
 * false when it has closed the connection or it broke. */
static bool peer_alive(struct dest *d)
{
    uint8_t junk[4096];

    for (;;) {
        ssize_t r = recv(d->fd, junk, sizeof junk, MSG_DONTWAIT);

        if (r > 0)
            continue;
        if (r == 0)
            return false;
        return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
    }
}

/* Write what D has queued, as far as the socket takes it. */
static void push(struct dest *d)
{
    size_t off = 0;

    while (off < d->len) {
        ssize_t w = send(d->fd, d->q + off, d->len - off,
                         MSG_DONTWAIT | MSG_NOSIGNAL);

        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        if (w < 0) {
            fail(d, errno);
            return;
        }
        off += (size_t)w;
    }
    memmove(d->q, d->q + off, d->len - off);
    d->len -= off;
    if (off > 0 && d->len == 0)
        d->logged = false;      /* caught up: the outage is over */
}

/* Move D's queue on: connect when there is something to send and the
 * retry time has come, then write. */
static void service(struct dest *d)
{
    /* closed with bytes queued: part of a message may be gone with it */
    if (d->fd >= 0 && !d->connecting && !peer_alive(d)) {
        if (d->len > 0)
            fail(d, ECONNRESET);
        else
            disconnect(d);
    }
    if (d->fd < 0) {
        if (d->len == 0)
            return;
        start_connect(d);
        if (d->fd < 0)
            return;
    }
    if (connected(d) && d->len > 0)
        push(d);
}

/* Queue MSG for the stream destination DEST (address A) and send what
 * can be sent now. */
void trapd_forward_stream(const struct trapd_log *log, const char *dest,
                          const struct sk_addr *a, const uint8_t *msg,
                          size_t len)
{
    struct dest *d;

    out_log = log;
    d = find(dest, a);
    if (d == NULL) {
        trapd_log_msg(log, "Forward failed: %s: too many destinations\n",
                      dest);
        return;
    }
    if (d->fd < 0 && trapd_now_us() < d->retry_at)
        return;                 /* down: this outage is already logged */
    /* closed while idle: a new connection, nothing lost */
    if (d->fd >= 0 && !d->connecting && d->len == 0 && !peer_alive(d))
        disconnect(d);
    if (len > QUEUE_MAX - d->len) {
        complain(d, "queue full, notification dropped");
        service(d);
        return;
    }
    memcpy(d->q + d->len, msg, len);
    d->len += len;
    service(d);
}

void trapd_forward_flush(void)
{
    size_t i;

    for (i = 0; i < ndests; i++) {
        struct dest *d = &dests[i];

        if (d->len > 0 || d->fd >= 0)
            service(d);
    }
}

size_t trapd_forward_pollfds(struct pollfd *p, size_t max)
{
    size_t i, n = 0;

    for (i = 0; i < ndests && n < max; i++) {
        if (dests[i].fd < 0 || (dests[i].len == 0 && !dests[i].connecting))
            continue;
        p[n].fd = dests[i].fd;
        p[n].events = POLLOUT;
        p[n].revents = 0;
        n++;
    }
    return n;
}
