/* transport.h - one connected or addressed socket to the agent, behind a
 * small ops table (internal to libcore/net).  UDP (tp_udp.c) carries one
 * message per datagram; TCP and Unix streams (tp_tcp.c, tp_unix.c) are
 * framed by the BER length of each message. */
#ifndef SK_NET_TRANSPORT_H
#define SK_NET_TRANSPORT_H

#include <stddef.h>
#include <stdint.h>

#include "base/err.h"
#include "net/addr.h"

#define SK_TP_RBUF 65536 /* receive buffer; larger messages are refused */
#define SK_TP_DESC 200

struct sk_transport;

struct sk_transport_ops {
    /* Send one whole message.  -1 with SK_ERR_BAD_SENDTO (and errno). */
    int (*send)(struct sk_transport *t, const uint8_t *p, size_t n,
                struct sk_error *err);
    /* Wait until DEADLINE_US (sk_transport_now_us clock) for one whole
     * message: 1 with *P and *N borrowed until the next call, 0 when the
     * deadline passed, -1 on a transport failure (SK_ERR_BAD_RECVFROM,
     * or SK_ERR_ASN_PARSE for an unframeable stream). */
    int (*recv)(struct sk_transport *t, int64_t deadline_us,
                const uint8_t **p, size_t *n, struct sk_error *err);
    /* Release the socket (not T itself). */
    void (*close)(struct sk_transport *t);
};

struct sk_transport {
    const struct sk_transport_ops *ops;
    int fd;
    struct sk_addr peer;
    char desc_out[SK_TP_DESC];  /* -d text after "Sending N bytes to " */
    char desc_in[SK_TP_DESC];   /* -d text after "... packet from " */
    int64_t rcvtimeo_us;        /* dgram: SO_RCVTIMEO in effect, 0 none */
    size_t rlen;                /* stream: bytes held in rbuf */
    size_t rdone;               /* stream: length of the message returned
                                   last, dropped on the next recv */
    uint8_t rbuf[SK_TP_RBUF];
};

/* Open a transport to PEER.  LOCAL is the -s/clientaddr address or NULL
 * (UDP only, as Net-SNMP; an unparsable one is ignored as Net-SNMP
 * does).  SPEC is the peer text for error details.  NULL on failure
 * with SK_ERR_BAD_ADDRESS (detail SPEC, errno set) or SK_ERR_NOMEM. */
struct sk_transport *sk_transport_open(const struct sk_addr *peer,
                                       const char *local, const char *spec,
                                       struct sk_error *err);
/* Close the socket and free T.  NULL-safe. */
void sk_transport_close(struct sk_transport *t);

/* Microseconds on the monotonic clock. */
int64_t sk_transport_now_us(void);
/* Poll FD for input until DEADLINE_US: 1 readable, 0 timed out, -1 on
 * a poll failure (errno set).  EINTR restarts with the time left. */
int sk_transport_wait(int fd, int64_t deadline_us);

/* Per-kind constructors used by sk_transport_open: fill T->ops, T->fd
 * and the descriptions.  -1 with *err set, T->fd closed or -1. */
int sk_tp_udp_open(struct sk_transport *t, const char *local,
                   const char *spec, struct sk_error *err);
int sk_tp_tcp_open(struct sk_transport *t, const char *spec,
                   struct sk_error *err);
int sk_tp_unix_open(struct sk_transport *t, const char *spec,
                    struct sk_error *err);

/* Helpers shared by the kinds: close T->fd (transport.c); stream send
 * and BER-framed receive for TCP and Unix (tp_tcp.c). */
void sk_tp_close_fd(struct sk_transport *t);
int sk_tp_stream_send(struct sk_transport *t, const uint8_t *p, size_t n,
                      struct sk_error *err);
int sk_tp_stream_recv(struct sk_transport *t, int64_t deadline_us,
                      const uint8_t **p, size_t *n, struct sk_error *err);

#endif
