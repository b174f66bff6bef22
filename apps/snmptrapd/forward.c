/* forward.c - "forward OID|default DESTINATION" (snmptrapd.conf(5)):
 * send each notification granted "net" on to another receiver.
 *
 * Net-SNMP re-sends the PDU as it came, in the version it came in: a v1
 * Trap-PDU stays a v1 trap with its community and agent address, a v2c
 * trap or inform keeps its community, and a v3 trap is sent again as
 * the same user of the same (sender's) engine, the engine's clock being
 * what we learnt from it.  A forwarded inform is not waited for: the
 * destination's Response, if any, is ignored.  A v3 inform is not
 * forwarded (Net-SNMP's attempt cannot succeed: it names our engine,
 * which the destination does not share).  Datagram destinations only;
 * nothing here blocks. */
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "snmptrapd/trapd.h"

/* The message that carries EV's notification on, in BUF. */
static int encode(const struct trapd_event *ev, uint8_t *buf, size_t cap,
                  const uint8_t **out, size_t *outlen)
{
    const struct sk_notification *n = ev->n;
    struct sk_error err;
    struct sk_msg m;

    if (n->version == SK_VERSION_3)
        return sk_notify_forward_encode3(ev->t->usm, n, trapd_now_us(), buf,
                                         cap, out, outlen, &err);
    memset(&m, 0, sizeof m);
    m.version = n->version;
    m.community = (uint8_t *)n->community;
    m.community_len = n->community_len;
    m.pdu = n->pdu;
    return sk_msg_encode(&m, buf, cap, out, outlen, &err);
}

/* DEST as Net-SNMP's forward takes it: without a ':' it is a host and
 * the port is 162. */
static void send_to(const struct trapd *t, const char *dest,
                    const uint8_t *msg, size_t len)
{
    struct sk_addr a;
    struct sk_error err;
    int fd;

    if (sk_addr_parse(dest, NULL, 162, &a, &err) < 0 ||
        a.kind == SK_ADDR_TCP)
        return;
    fd = socket(a.family, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return;
    if (sendto(fd, msg, len, 0, (const struct sockaddr *)&a.sa,
               a.salen) < 0)
        trapd_log_msg(&t->opts.log, "Forward failed: %s\n",
                      sk_error_text(SK_ERR_BAD_SENDTO));
    close(fd);
}

void trapd_forward_run(const struct trapd_event *ev)
{
    static uint8_t buf[SK_MSG_MAX];
    const struct trapd_conf *c = &ev->t->conf;
    const struct sk_oid *oid = &ev->n->trap_oid;
    const uint8_t *msg = NULL;
    size_t i, len = 0;
    bool any;

    if (c->nforwards == 0)
        return;
    any = trapd_specific(c, oid);
    for (i = 0; i < c->nforwards; i++) {
        const struct trapd_handler *h = &c->forwards[i];

        if (!(any ? trapd_match(h, oid) : h->match == TRAPD_DEFAULT))
            continue;
        if (msg == NULL && encode(ev, buf, sizeof buf, &msg, &len) < 0)
            return;
        send_to(ev->t, h->command, msg, len);
    }
}
