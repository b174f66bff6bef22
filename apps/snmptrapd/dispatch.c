/* dispatch.c - one datagram, start to end: decode, authorize,
 * acknowledge an inform (RFC 3416 4.2.7: before anything slow runs),
 * describe where it came from (%b, %B), log, and start the handlers.
 * Anything malformed or unauthorised is dropped here and nothing else
 * sees it. */
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#include "snmptrapd/trapd.h"

static const char default_print2[] =
    "%.4y-%.2m-%.2l %.2h:%.2j:%.2k %B [%b]:\\n%v\\n";
static const char default_syslog1[] =
    "%a: %W Trap (%q) Uptime: %#T%#v\\n";
static const char default_syslog2[] = "%B [%b]: Trap %#v\\n";

/* %b: Net-SNMP's transport text for the sender. */
static void origin_text(const struct trapd_origin *o, char *out, size_t n)
{
    char src[80], dst[80];

    if (o->family == AF_UNIX) {
        snprintf(out, n, "Local IPC: %s", o->unix_path);
        return;
    }
    sk_addr_format_sa((const struct sockaddr *)&o->src, src, sizeof src);
    if (o->family == AF_INET6) {
        snprintf(out, n, "%s/IPv6: %s", o->stream ? "TCP" : "UDP", src);
    } else if (o->stream) {
        /* Net-SNMP 5.9 does not know the local end of a TCP trap. */
        snprintf(out, n, "TCP: %s->[0.0.0.0]:0", src);
    } else {
        if (o->have_dst)
            sk_addr_format_sa((const struct sockaddr *)&o->dst, dst,
                              sizeof dst);
        else
            snprintf(dst, sizeof dst, "[0.0.0.0]:0");
        snprintf(out, n, "UDP: %s->%s", src, dst);
    }
}

void trapd_event_init(struct trapd_event *ev, const struct trapd *t,
                      const struct sk_notification *n,
                      const struct trapd_origin *from)
{
    memset(ev, 0, sizeof *ev);
    ev->t = t;
    ev->n = n;
    ev->from = from;
    origin_text(from, ev->addr, sizeof ev->addr);
    /* %B is looked up only if a format asks (hostcache.c) */
}

/* snmpTraps.5, authenticationFailure (RFC 3418) */
static const uint32_t auth_failure[] = { 1, 3, 6, 1, 6, 3, 1, 1, 5, 5 };

/* Never wait for a slow peer: a lost reply is retried by the sender. */
static void reply(const struct trapd_origin *from, const uint8_t *msg,
                  size_t len)
{
    if (from->stream)
        send(from->fd, msg, len, MSG_DONTWAIT | MSG_NOSIGNAL);
    else
        sendto(from->fd, msg, len, MSG_DONTWAIT,
               (const struct sockaddr *)&from->src, from->srclen);
}

static void acknowledge(const struct trapd *t,
                        const struct sk_notification *n,
                        const struct trapd_origin *from)
{
    static uint8_t buf[SK_MSG_MAX];
    const uint8_t *msg;
    size_t len;
    struct sk_error err;
    int rc;

    if (n->version == SK_VERSION_3)
        rc = sk_notify_ack_encode3(t->usm, n, trapd_now_us(), buf,
                                   sizeof buf, &msg, &len, &err);
    else
        rc = sk_notify_ack_encode(n, buf, sizeof buf, &msg, &len, &err);
    if (rc == 0)
        reply(from, msg, len);
}

/* Decode a v1/v2c message, or one of SNMPv3 through the USM: a v3
 * failure may be answered with a Report (for informs); a value of a
 * type SNMP lacks and some v3 failures are logged with Net-SNMP's
 * words; the rest are dropped in silence. */
static int decode(const struct trapd *t, const uint8_t *p, size_t n,
                  const struct trapd_origin *from,
                  struct sk_notification *note)
{
    static uint8_t buf[SK_MSG_MAX];
    const uint8_t *rep;
    size_t replen;
    struct sk_error err;

    if (sk_notify_recv_decode(p, n, note, &err) == 0)
        return 0;
    if (err.code == SK_ERR_BAD_TYPE) /* as Net-SNMP's snmp_pdu_parse */
        trapd_log_msg(&t->opts.log, "bad type returned (%s)\n", err.detail);
    if (err.code != SK_ERR_BAD_VERSION || t->usm == NULL)
        return -1;
    if (sk_notify_recv_decode3(t->usm, p, n, trapd_now_us(), note, buf,
                               sizeof buf, &rep, &replen, &err) == 0)
        return 0;
    if (replen > 0)
        reply(from, rep, replen);
    if (err.code == SK_ERR_AUTH_FAILURE)
        trapd_log_msg(&t->opts.log, "Authentication failed for %s\n",
                      err.detail);
    else if (err.code == SK_ERR_USM_PARSE)
        trapd_log_msg(&t->opts.log,
                      "security service 3 error parsing ScopedPDU\n");
    return -1;
}

/* Net-SNMP finds the snmpTrapOID.0 varbind of an SNMPv2 notification
 * (any type) before anything else, and drops one without it with this
 * complaint, whatever the access control says. */
static bool has_trap_oid(const struct trapd *t,
                         const struct sk_notification *n)
{
    static const uint32_t trapoid0[] = { 1, 3, 6, 1, 6, 3, 1, 1, 4, 1, 0 };
    struct sk_oid o;
    struct sk_error err;
    size_t i;

    if (n->pdu->type == SK_PDU_TRAP_V1 ||
        sk_oid_set(&o, trapoid0, 11, &err) < 0)
        return true;
    for (i = 0; i < n->pdu->nvbs; i++)
        if (sk_oid_cmp(&n->pdu->vbs[i].name, &o) == 0)
            return true;
    trapd_log_msg(&t->opts.log, "Cannot find TrapOID in TRAP2 PDU\n");
    return false;
}

static bool is_auth_failure(const struct sk_notification *n)
{
    struct sk_oid o;
    struct sk_error err;

    if (sk_oid_set(&o, auth_failure, 10, &err) < 0)
        return false;
    return sk_oid_cmp(&n->trap_oid, &o) == 0;
}

static void log_print(const struct trapd_event *ev, bool v1)
{
    const struct trapd *t = ev->t;
    const char *fmt = t->conf.fmt[v1 ? TRAPD_PRINT1 : TRAPD_PRINT2];
    struct sk_buf out;
    int rc;

    if (t->opts.print_fmt != NULL)
        fmt = t->opts.print_fmt;
    if (fmt != NULL && fmt[0] == '\0')
        return;                 /* an empty format means "do not log" */
    sk_buf_init(&out, SK_BUF_DEFAULT_MAX);
    if (fmt == NULL && v1)
        rc = trapd_format_v1(ev, &out);
    else
        rc = trapd_format(ev, fmt != NULL ? fmt : default_print2, &t->fmt,
                          &out);
    if (rc == 0)
        trapd_log_print(&t->opts.log, out.data, out.len);
    sk_buf_clear(&out);
}

static void log_syslog(const struct trapd_event *ev, bool v1)
{
    const struct trapd *t = ev->t;
    const char *fmt = t->conf.fmt[v1 ? TRAPD_SYSLOG1 : TRAPD_SYSLOG2];
    struct sk_buf out;

    if (!t->opts.log.to_syslog || (fmt != NULL && fmt[0] == '\0'))
        return;
    if (fmt == NULL)
        fmt = v1 ? default_syslog1 : default_syslog2;
    sk_buf_init(&out, SK_BUF_DEFAULT_MAX);
    if (trapd_format(ev, fmt, &t->fmt, &out) == 0)
        trapd_log_syslog(&t->opts.log, out.data);
    sk_buf_clear(&out);
}

void trapd_dispatch(const struct trapd *t, const uint8_t *p, size_t n,
                    const struct trapd_origin *from)
{
    struct sk_notification note;
    struct trapd_event ev;
    unsigned types;
    bool v1;

    if (decode(t, p, n, from, &note) < 0)
        return;
    types = has_trap_oid(t, &note) ? trapd_authorize(t, &note, from) : 0;
    if (types == 0) {
        sk_notification_clear(&note);
        return;
    }
    if (note.pdu->type == SK_PDU_INFORM)
        acknowledge(t, &note, from);
    trapd_event_init(&ev, t, &note, from);
    v1 = note.pdu->type == SK_PDU_TRAP_V1;
    if ((types & TRAPD_LOG) && !t->conf.no_log &&
        !((t->opts.ignore_auth_failure || t->conf.ignore_auth_failure) &&
          is_auth_failure(&note))) {
        log_print(&ev, v1);
        log_syslog(&ev, v1);
    }
    if (types & TRAPD_EXECUTE)
        trapd_handlers_run(&ev);
    if (types & TRAPD_NET)
        trapd_forward_run(&ev);
    sk_notification_clear(&note);
}
