/* notify_args.c - snmptrap's and snmpinform's TRAP-PARAMETERS and
 * session, as Net-SNMP 5.9.3's snmptrap.c takes them (observed live):
 *
 *   -v 1:     ENTERPRISE-OID AGENT-ADDR GENERIC SPECIFIC UPTIME
 *   -v 2c/3:  UPTIME TRAP-OID
 *
 * then OID TYPE VALUE triples.  The fields are checked one by one in
 * that order and the first problem ends the run.  '' picks a default:
 * enterprise .1.3.6.1.4.1.3.1.1, this host's IPv4 address, the host
 * uptime.  GENERIC, SPECIFIC and the v1 UPTIME are read as C's
 * string-to-int conversions read them, unchecked; a v2 UPTIME that
 * does not parse as TimeTicks silently drops the sysUpTime.0 varbind. */
#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "common/notify_args.h"
#include "common/stale_detail.h"

/* Net-SNMP's default v1 enterprise: .1.3.6.1.4.1.3.1.1 */
static const uint32_t default_enterprise[] = { 1, 3, 6, 1, 4, 1, 3, 1, 1 };

/* Net-SNMP reads these fields with the C library's string-to-int and
 * string-to-long calls, which glibc implements as strtol(TEXT, NULL,
 * 10); the callers keep the low 32 bits, without the undefined
 * behaviour of converting an overflowing long to int. */
static long c_atol(const char *text)
{
    return strtol(text, NULL, 10);
}

/* snmp_set_var_value() logs this once per run when a 32-bit type gets
 * more than 0xffffffff (read as a signed long). */
static void warn_truncation(const struct cli_opts *o, char type,
                            const char *text)
{
    static bool warned;
    char *end;
    long long v;

    if (warned || strchr("iut3c", type) == NULL || type == '\0')
        return;
    v = type == 'i' ? strtoll(text, &end, 10)
                    : (long long)strtoull(text, &end, 10);
    if (end == text || *end != '\0' || v <= 0xffffffffLL)
        return;
    warned = true;
    if (o->log != NULL)
        fprintf(o->log, "truncating integer value > 32 bits\n");
}

/* Net-SNMP's get_myaddr(): the first interface that is up and running,
 * not a loopback, with an IPv4 address; 0.0.0.0 when there is none. */
static void my_address(uint8_t out[4])
{
    struct ifaddrs *list, *i;

    memset(out, 0, 4);
    if (getifaddrs(&list) != 0)
        return;
    for (i = list; i != NULL; i = i->ifa_next) {
        const struct sockaddr_in *sin;

        if (i->ifa_addr == NULL || i->ifa_addr->sa_family != AF_INET)
            continue;
        if (!(i->ifa_flags & IFF_UP) || !(i->ifa_flags & IFF_RUNNING) ||
            (i->ifa_flags & IFF_LOOPBACK))
            continue;
        sin = (const struct sockaddr_in *)(const void *)i->ifa_addr;
        if (ntohl(sin->sin_addr.s_addr) == INADDR_LOOPBACK)
            continue;
        memcpy(out, &sin->sin_addr, 4);
        break;
    }
    freeifaddrs(list);
}

/* AGENT-ADDR: IPv4 only (netsnmp_gethostbyname_v4). */
static int agent_address(const char *text, uint8_t out[4])
{
    struct addrinfo hints, *res = NULL;
    const struct sockaddr_in *sin;

    if (text[0] == '\0') {
        my_address(out);
        return 0;
    }
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_DGRAM;
    if (getaddrinfo(text, NULL, &hints, &res) != 0 || res == NULL) {
        fprintf(stderr, "unknown host: %s\n", text);
        return -1;
    }
    sin = (const struct sockaddr_in *)(const void *)res->ai_addr;
    memcpy(out, &sin->sin_addr, 4);
    freeaddrinfo(res);
    return 0;
}

/* A missing field: Net-SNMP prints the message and the usage. */
static int missing(const struct cli_app *app, const char *what)
{
    fprintf(stderr, "%s\n", what);
    cli_usage(app);
    return 1;
}

/* The five v1 fields from ARGS[*I]; *I ends on the last one used. */
static int build_v1(const struct cli_opts *o, const struct cli_app *app,
                    int *i, struct sk_pdu **out)
{
    const char *const *a = o->args;
    struct sk_oid ent;
    struct sk_error err;
    uint8_t addr[4];
    int32_t generic, specific;

    if (*i >= o->nargs)
        return missing(app, "No enterprise oid");
    if (a[*i][0] == '\0') {
        sk_oid_set(&ent, default_enterprise,
                   sizeof default_enterprise / sizeof default_enterprise[0],
                   &err);
    } else if (cli_parse_oid(o, a[*i], &ent) < 0) {
        cli_usage(app);
        return 1;
    }
    if (++*i >= o->nargs)
        return missing(app, "Missing agent parameter");
    if (agent_address(a[*i], addr) < 0)
        return 1;
    if (++*i >= o->nargs)
        return missing(app, "Missing generic-trap parameter");
    generic = (int32_t)c_atol(a[*i]);
    if (++*i >= o->nargs)
        return missing(app, "Missing specific-trap parameter");
    specific = (int32_t)c_atol(a[*i]);
    if (++*i >= o->nargs)
        return missing(app, "Missing uptime parameter");
    *out = sk_notify_v1_new(&ent, addr, generic, specific,
                            a[*i][0] == '\0' ? sk_notify_uptime()
                                             : (uint32_t)c_atol(a[*i]),
                            &err);
    if (*out == NULL) {
        cli_perror(o, &err);
        return 1;
    }
    return 0;
}

/* "NAME: text (detail)", parentheses even for an empty detail, as
 * Net-SNMP's snmp_perror after snmp_add_var. */
static void value_error(const char *name, const struct sk_error *err)
{
    fflush(stdout);
    fprintf(stderr, "%s: %s (%s)\n", name, sk_error_text(err->code),
            err->detail);
}

/* UPTIME and TRAP-OID; *I ends on the trap OID. */
static int build_v2(const struct cli_opts *o, const struct cli_app *app,
                    bool inform, int *i, struct sk_pdu **out)
{
    const char *const *a = o->args;
    struct sk_value up, trap;
    struct sk_error err;
    char now[16];
    const char *uptext;
    uint32_t ticks;
    bool have_up;

    if (*i >= o->nargs)
        return missing(app, "Missing up-time parameter");
    uptext = a[*i];
    if (uptext[0] == '\0') {
        snprintf(now, sizeof now, "%lu", (unsigned long)sk_notify_uptime());
        uptext = now;
    }
    memset(&up, 0, sizeof up);
    memset(&trap, 0, sizeof trap);
    warn_truncation(o, 't', uptext);
    have_up = sk_value_parse(o->mib, NULL, 't', uptext, &up, &err) == 0;
    if (++*i >= o->nargs)
        return missing(app, "Missing trap-oid parameter");
    if (sk_value_parse(o->mib, NULL, 'o', a[*i], &trap, &err) < 0) {
        value_error(a[*i], &err);
        return 1;
    }
    cli_note_lookup(o, a[*i]);
    ticks = (uint32_t)up.n.u;
    *out = sk_notify_v2_new(inform ? SK_PDU_INFORM : SK_PDU_TRAP_V2,
                            have_up ? &ticks : NULL, trap.oid, &err);
    sk_value_clear(&trap);
    if (*out == NULL) {
        cli_perror(o, &err);
        return 1;
    }
    return 0;
}

/* The OID TYPE VALUE triples from ARGS[I]; the first bad one ends it. */
static int add_varbinds(const struct cli_opts *o, int i, struct sk_pdu *pdu)
{
    const char *const *a = o->args;

    for (; i < o->nargs; i += 3) {
        struct sk_varbind vb;
        struct sk_error err;
        int rc;

        if (i + 3 > o->nargs) {
            fprintf(stderr, "%s: Missing type/value for variable\n", a[i]);
            return 1;
        }
        memset(&vb, 0, sizeof vb);
        if (cli_parse_oid(o, a[i], &vb.name) < 0)
            return 1;
        warn_truncation(o, a[i + 1][0], a[i + 2]);
        if (sk_value_parse(o->mib, &vb.name, a[i + 1][0], a[i + 2],
                           &vb.value, &err) < 0) {
            value_error(a[i], &err);
            return 1;
        }
        if (a[i + 1][0] == 'o')
            cli_note_lookup(o, a[i + 2]);
        rc = sk_pdu_add(pdu, &vb, &err);
        sk_value_clear(&vb.value);
        if (rc < 0) {
            value_error(a[i], &err);
            return 1;
        }
    }
    return 0;
}

int cli_notify_build(const struct cli_opts *o, const struct cli_app *app,
                     bool inform, struct sk_pdu **out)
{
    int i = 0, rc;

    *out = NULL;
    if (o->version == SK_VERSION_1)
        rc = build_v1(o, app, &i, out);
    else
        rc = build_v2(o, app, inform, &i, out);
    if (rc != 0)
        return rc;
    rc = add_varbinds(o, i + 1, *out);
    if (rc != 0) {
        sk_pdu_free(*out);
        *out = NULL;
    }
    return rc;
}

struct sk_session *cli_notify_open(const struct cli_opts *o, bool inform)
{
    struct sk_session_cfg cfg;
    struct sk_notify_cfg ncfg;
    uint8_t engine[SK_NOTIFY_ENGINE_ID_LEN];
    struct sk_session *s;
    struct sk_error err;
    char text[512];

    /* no local address: snmptrap opens its transport by a path that
     * ignores -s and clientaddr (observed: it sends from the default
     * address even when -s names one it could bind) */
    cli_session_cfg(o, 162, &cfg);
    sk_notify_engine_id(engine);
    memset(&ncfg, 0, sizeof ncfg);
    ncfg.inform = inform;
    ncfg.local_engine_id = engine;
    ncfg.local_engine_id_len = sizeof engine;
    ncfg.uptime = sk_notify_uptime();
    s = sk_session_open_notify(&cfg, &ncfg, &err);
    if (s != NULL)
        return s;
    /* snmptrap.c reports open failures as "snmptrap" whatever it is
     * called, and transport failures with no text at all. */
    fflush(stdout);
    if (err.code == SK_ERR_BAD_ADDRESS || err.code == SK_ERR_NO_SOCKET)
        text[0] = '\0';
    else
        sk_error_format(&err, text, sizeof text);
    fprintf(stderr, "snmptrap: %s\n", text);
    return NULL;
}
