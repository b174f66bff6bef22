/* transport.c - the transport choke point: open by address kind, close,
 * and the monotonic clock and poll helper every receive path uses. */
#include "net/transport.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

struct sk_transport *sk_transport_open(const struct sk_addr *peer,
                                       const char *local, const char *spec,
                                       struct sk_error *err)
{
    struct sk_transport *t = malloc(sizeof *t);
    int rc;

    if (t == NULL) {
        sk_error_set(err, SK_ERR_NOMEM, NULL);
        return NULL;
    }
    t->ops = NULL;
    t->fd = -1;
    t->peer = *peer;
    t->desc_out[0] = '\0';
    t->desc_in[0] = '\0';
    t->rlen = 0;
    t->rdone = 0;
    switch (peer->kind) {
    case SK_ADDR_UDP:
        rc = sk_tp_udp_open(t, local, spec, err);
        break;
    case SK_ADDR_TCP:
        rc = sk_tp_tcp_open(t, spec, err);
        break;
    case SK_ADDR_UNIX:
        rc = sk_tp_unix_open(t, spec, err);
        break;
    default:
        rc = sk_error_set(err, SK_ERR_BAD_ADDRESS, "%s", spec);
        break;
    }
    if (rc < 0) {
        free(t);
        return NULL;
    }
    return t;
}

void sk_transport_close(struct sk_transport *t)
{
    if (t == NULL)
        return;
    if (t->ops != NULL && t->ops->close != NULL)
        t->ops->close(t);
    else
        sk_tp_close_fd(t);
    free(t);
}

void sk_tp_close_fd(struct sk_transport *t)
{
    if (t->fd >= 0)
        close(t->fd);
    t->fd = -1;
}

int64_t sk_transport_now_us(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* poll() counts in milliseconds: round the time left up, so that we
 * never give up early.  A wait is capped at a day and then resumed. */
int sk_transport_wait(int fd, int64_t deadline_us)
{
    const int64_t day_ms = (int64_t)24 * 3600 * 1000;
    struct pollfd pfd;

    pfd.fd = fd;
    pfd.events = POLLIN;
    for (;;) {
        int64_t left = deadline_us - sk_transport_now_us();
        int64_t ms = left > 0 ? (left + 999) / 1000 : 0;
        int rc;

        pfd.revents = 0;
        rc = poll(&pfd, 1, (int)(ms > day_ms ? day_ms : ms));
        if (rc > 0)
            return 1;
        if (rc < 0 && errno != EINTR)
            return -1;
        if (rc == 0 && sk_transport_now_us() >= deadline_us)
            return 0;
    }
}
