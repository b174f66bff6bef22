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
 * which the destination does not share).  Datagram destinations get
 * one sendto(); stream ones (tcp:, tcp6:, unix:) a queue on a kept
 * connection (forward_tcp.c).  Nothing here blocks.
 *
 * addForwarderInfo: as Net-SNMP 5.9, append snmpTrapAddress.N
 * (SNMP-COMMUNITY-MIB, RFC 3584 5.2.1) holding the IPv4 address the
 * notification came from, N one past the highest index already there,
 * and refuse to forward a notification whose snmpTrapAddress varbinds
 * already hold our receiving address or the sender's (a loop). */
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "snmptrapd/trapd.h"

/* snmpTrapAddress (1.3.6.1.6.3.18.1.3), without its index */
static const uint32_t trap_address[] = { 1, 3, 6, 1, 6, 3, 18, 1, 3 };
#define TRAP_ADDRESS_LEN 9

/* The message that carries N on, in BUF. */
static int encode(const struct trapd_event *ev,
                  const struct sk_notification *n, uint8_t *buf, size_t cap,
                  const uint8_t **out, size_t *outlen)
{
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

/* Net-SNMP compares an address with the first four bytes of the value
 * as its library stores it (val.string, val_len on a 64-bit
 * little-endian host): the bytes of a string, a C long for numbers, a
 * counter64 {high, low} pair, oid arcs as longs.  Returns that length
 * and the first four bytes in FIRST. */
static size_t stored_value(const struct sk_value *v, uint8_t first[4])
{
    uint64_t x = v->n.u;
    size_t len = 8, i;

    memset(first, 0, 4);
    switch (v->type) {
    case SK_T_OCTETS: case SK_T_IPADDR: case SK_T_OPAQUE: case SK_T_NSAP:
        if (v->len >= 4)
            memcpy(first, v->str, 4);
        return v->len;
    case SK_T_NULL: case SK_T_NOSUCHOBJECT: case SK_T_NOSUCHINSTANCE:
    case SK_T_ENDOFMIBVIEW:
        return 0;
    case SK_T_OID:
        x = v->oid != NULL && v->oid->len > 0 ? v->oid->arc[0] : 0;
        len = v->oid != NULL ? v->oid->len * 8 : 0;
        break;
    case SK_T_COUNTER64: case SK_T_OPAQUE_COUNTER64: case SK_T_OPAQUE_U64:
    case SK_T_OPAQUE_I64:
        x >>= 32;
        len = 16;
        break;
    case SK_T_OPAQUE_FLOAT:
        memcpy(first, &v->n.f, 4);
        return 4;
    case SK_T_OPAQUE_DOUBLE:
        memcpy(first, &v->n.d, 4);
        return 8;
    default:
        break;
    }
    for (i = 0; i < 4; i++)
        first[i] = (uint8_t)(x >> (8 * i));
    return len;
}

static void ip_text(const uint8_t a[4], char *out, size_t n)
{
    snprintf(out, n, "%u.%u.%u.%u", a[0], a[1], a[2], a[3]);
}

/* Check one snmpTrapAddress varbind VB of index IDX against our
 * address MINE (NULL: unknown) and the sender's; false: a loop. */
static bool loop_free(const struct trapd *t, const struct sk_varbind *vb,
                      int32_t idx, const uint8_t *mine,
                      const uint8_t sender[4])
{
    uint8_t first[4];
    size_t len = stored_value(&vb->value, first);
    char ip[16];

    if (len < 4) {
        trapd_log_msg(&t->opts.log, "Length of IP address of OID "
                      ".1.3.6.1.6.3.18.1.3.%d in PDU is less than 4 "
                      "bytes = %d\n", (int)idx, (int)len);
        return true;
    }
    if (mine != NULL && memcmp(first, mine, 4) == 0) {
        ip_text(mine, ip, sizeof ip);
        trapd_log_msg(&t->opts.log, "Forwarding loop detected, OID "
                      ".1.3.6.1.6.3.18.1.3.%d already has this "
                      "forwarder's IP address=%s, not forwarding this "
                      "trap\n", (int)idx, ip);
        return false;
    }
    if (memcmp(first, sender, 4) == 0) {
        ip_text(sender, ip, sizeof ip);
        trapd_log_msg(&t->opts.log, "Forwarding loop detected, OID "
                      ".1.3.6.1.6.3.18.1.3.%d already has the sender's "
                      "IP address=%s, not forwarding this trap\n",
                      (int)idx, ip);
        return false;
    }
    return true;
}

/* PDU with the forwarder's varbind added (and a v1 agent-addr of
 * 0.0.0.0 filled in) from SENDER.  -1: a loop, or out of memory. */
static int add_info(const struct trapd_event *ev, struct sk_pdu *pdu,
                    const uint8_t sender[4], const uint8_t *mine)
{
    static const uint8_t any[4];
    struct sk_varbind vb;
    struct sk_error err;
    int64_t last = -1;
    size_t i;
    int rc;

    if (memcmp(pdu->agent_addr, any, 4) == 0)
        memcpy(pdu->agent_addr, sender, 4);
    for (i = 0; i < pdu->nvbs; i++) {
        const struct sk_oid *name = &pdu->vbs[i].name;
        int32_t idx;

        if (name->len < TRAP_ADDRESS_LEN ||
            memcmp(name->arc, trap_address, sizeof trap_address) != 0)
            continue;
        /* Net-SNMP keeps the index in an int */
        idx = (int32_t)name->arc[name->len - 1];
        if (last < idx)
            last = idx;
        if (!loop_free(ev->t, &pdu->vbs[i], idx, mine, sender))
            return -1;
    }
    memset(&vb, 0, sizeof vb);
    if (sk_oid_set(&vb.name, trap_address, TRAP_ADDRESS_LEN, &err) < 0 ||
        sk_oid_append(&vb.name, (uint32_t)(last + 1), &err) < 0 ||
        sk_value_set_bytes(&vb.value, SK_T_IPADDR, sender, 4, &err) < 0)
        return -1;
    rc = sk_pdu_add(pdu, &vb, &err);
    sk_value_clear(&vb.value);
    return rc;
}

/* The PDU to forward under addForwarderInfo: a copy of EV's with the
 * forwarder's varbind, or NULL with *LOOP false when nothing is to be
 * added (not from IPv4) or true when it must not be forwarded. */
static struct sk_pdu *with_info(const struct trapd_event *ev, bool *loop)
{
    const struct trapd_origin *o = ev->from;
    const struct sockaddr_in *src = (const struct sockaddr_in *)&o->src;
    const struct sockaddr_in *dst = (const struct sockaddr_in *)&o->dst;
    uint8_t sender[4], mine[4];
    struct sk_pdu *pdu;
    struct sk_error err;

    *loop = false;
    if (o->family != AF_INET || src->sin_family != AF_INET)
        return NULL;
    memcpy(sender, &src->sin_addr, 4);
    memcpy(mine, &dst->sin_addr, 4);
    pdu = sk_pdu_dup(ev->n->pdu, &err);
    if (pdu == NULL || add_info(ev, pdu, sender,
                                o->have_dst ? mine : NULL) < 0) {
        sk_pdu_free(pdu);
        *loop = true;
        return NULL;
    }
    return pdu;
}

/* DEST as Net-SNMP's forward takes it: without a ':' it is a host and
 * the port is 162. */
static void send_to(const struct trapd *t, const char *dest,
                    const uint8_t *msg, size_t len)
{
    struct sk_addr a;
    struct sk_error err;
    int fd;

    if (sk_addr_parse(dest, NULL, 162, &a, &err) < 0)
        return;
    if (a.kind != SK_ADDR_UDP) {
        trapd_forward_stream(&t->opts.log, dest, &a, msg, len);
        return;
    }
    fd = socket(a.family, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return;
    if (sendto(fd, msg, len, 0, (const struct sockaddr *)&a.sa,
               a.salen) < 0)
        trapd_log_msg(&t->opts.log, "Forward failed: %s\n",
                      sk_error_text(SK_ERR_BAD_SENDTO));
    close(fd);
}

/* Forward EV to DEST; each destination repeats the addForwarderInfo
 * work, as each of Net-SNMP's forward handlers does (and so logs a
 * loop once per matching line). */
static void forward_one(const struct trapd_event *ev, const char *dest)
{
    static uint8_t buf[SK_MSG_MAX];
    struct sk_notification n = *ev->n;
    struct sk_pdu *pdu = NULL;
    const uint8_t *msg;
    size_t len;
    bool loop = false;

    if (ev->t->conf.add_forwarder_info) {
        pdu = with_info(ev, &loop);
        if (loop)
            return;
        if (pdu != NULL)
            n.pdu = pdu;
    }
    if (encode(ev, &n, buf, sizeof buf, &msg, &len) == 0)
        send_to(ev->t, dest, msg, len);
    sk_pdu_free(pdu);
}

void trapd_forward_run(const struct trapd_event *ev)
{
    const struct trapd_conf *c = &ev->t->conf;
    const struct sk_oid *oid = &ev->n->trap_oid;
    size_t i;
    bool any;

    if (c->nforwards == 0)
        return;
    any = trapd_specific(c, oid);
    for (i = 0; i < c->nforwards; i++) {
        const struct trapd_handler *h = &c->forwards[i];

        if (any ? trapd_match(h, oid) : h->match == TRAPD_DEFAULT)
            forward_one(ev, h->command);
    }
}
