/* format.c - snmptrapd's %-directives (snmptrapd(8) "FORMAT
 * SPECIFICATIONS") and the fixed layout Net-SNMP uses to print SNMPv1
 * traps.  Width, precision and the '-', '0', '#' flags pad the way
 * Net-SNMP 5.9 pads, quirks included (see pad()), so that logs match
 * byte for byte. */
#include <ctype.h>
#include <netdb.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>
#include <sys/un.h>
#include <time.h>

#include "snmptrapd/trapd.h"

#define NO_PREC ((size_t)-1)
#define SEP_MAX 32

struct spec {
    char cmd;
    size_t width, prec;
    bool left, zero, alt;
};

/* Parser state that outlives one directive: the %V separator. */
struct fstate {
    const struct trapd_event *ev;
    const struct sk_fmt_opts *fo;
    char sep[SEP_MAX];
    struct sk_buf *out;
};

static bool is_numeric(char c)
{
    return strchr("tylhjkmTYMLHJKw", c) != NULL;
}

static bool is_cmd(char c)
{
    return c != '\0' && strchr("tylhjkmTYMLHJKaAsSubBNEPwWqv", c) != NULL;
}

/* Append TEXT under S.  Net-SNMP cuts TEXT to the precision, then pads
 * to the width on the left (right with '-', and then always with '0').
 * A left pad is '0' when the '0' flag is set; otherwise numeric fields
 * get (precision - length) zeroes, counted in an unsigned that wraps, so
 * without a precision every pad is '0', and for text fields only the
 * first pad is a blank.  Copied behaviour, not design. */
#define FIELD_MAX 65536u   /* the log line buffer's capacity */

static int pad(struct fstate *st, const struct spec *s, const char *text)
{
    size_t len = strlen(text), i, zeroes;
    int rc = 0;

    if (s->prec != NO_PREC && len > s->prec)
        len = s->prec;
    if (!s->left && len < s->width) {
        zeroes = is_numeric(s->cmd) ? s->prec - len : 0;
        for (i = s->width - len; i > 0 && rc == 0; i--)
            rc |= sk_buf_addc(st->out, s->zero || zeroes-- > 0 ? '0' : ' ');
    }
    rc |= sk_buf_add(st->out, text, len);
    if (s->left && len < s->width)
        for (i = s->width - len; i > 0 && rc == 0; i--)
            rc |= sk_buf_addc(st->out, '0');
    return rc;
}

static const char *trap_desc(int32_t generic)
{
    static const char *const d[] = {
        "Cold Start", "Warm Start", "Link Down", "Link Up",
        "Authentication Failure", "EGP Neighbor Loss", "Enterprise Specific",
    };

    return generic >= 0 && generic <= 6 ? d[generic] : "Unknown Type";
}

static void uptime_text(uint32_t ticks, char *out, size_t n)
{
    unsigned cs = ticks % 100, s = ticks / 100;
    unsigned days = s / 86400, h = s % 86400 / 3600, m = s % 3600 / 60;

    s %= 60;
    if (days == 0)
        snprintf(out, n, "%u:%02u:%02u.%02u", h, m, s, cs);
    else if (days == 1)
        snprintf(out, n, "1 day, %u:%02u:%02u.%02u", h, m, s, cs);
    else
        snprintf(out, n, "%u days, %u:%02u:%02u.%02u", days, h, m, s, cs);
}

static bool is_v1(const struct trapd_event *ev)
{
    return ev->n->pdu->type == SK_PDU_TRAP_V1;
}

static int time_cmd(struct fstate *st, const struct spec *s)
{
    const struct sk_pdu *pdu = st->ev->n->pdu;
    uint32_t up = is_v1(st->ev) ? pdu->time_stamp : 0;
    time_t now = time(NULL);
    struct tm tm;
    char tmp[64];
    int v;

    if (s->cmd == 't' || (s->cmd == 'T' && !s->alt)) {
        snprintf(tmp, sizeof tmp, "%lu",
                 s->cmd == 't' ? (unsigned long)now : (unsigned long)up);
        return pad(st, s, tmp);
    }
    if (s->cmd == 'T') {
        uptime_text(up, tmp, sizeof tmp);
        return pad(st, s, tmp);
    }
    /* Net-SNMP reads an unset time for the uptime fields; ours use the
     * uptime as seconds since the epoch, which is at least defined. */
    if (isupper((unsigned char)s->cmd))
        now = (time_t)(up / 100);
    if (s->alt)
        gmtime_r(&now, &tm);
    else
        localtime_r(&now, &tm);
    switch (tolower((unsigned char)s->cmd)) {
    case 'y': v = tm.tm_year + 1900; break;
    case 'm': v = tm.tm_mon + 1; break;
    case 'l': v = tm.tm_mday; break;
    case 'h': v = tm.tm_hour; break;
    case 'j': v = tm.tm_min; break;
    default: v = tm.tm_sec; break;
    }
    snprintf(tmp, sizeof tmp, "%d", v);
    return pad(st, s, tmp);
}

/* The v1 agent-addr by name, or dotted.  Net-SNMP 5.9.3 looks the
 * agent up only when -n is given (the test of its NUMERIC_IP flag is
 * the wrong way round there); observed, and kept for identical logs. */
static void agent_name(const uint8_t a[4], bool lookup, char *out, size_t n)
{
    struct sockaddr_in sin;
    const char *name;

    memset(&sin, 0, sizeof sin);
    sin.sin_family = AF_INET;
    memcpy(&sin.sin_addr, a, 4);
    name = lookup ? trapd_host_lookup((struct sockaddr *)&sin, sizeof sin)
                  : NULL;
    if (name != NULL)
        snprintf(out, n, "%s", name);
    else
        inet_ntop(AF_INET, a, out, (socklen_t)n);
}

static int ip_cmd(struct fstate *st, const struct spec *s)
{
    static const uint8_t zero[4];
    const uint8_t *a = is_v1(st->ev) ? st->ev->n->pdu->agent_addr : zero;
    char tmp[256];

    if (s->cmd == 'b')
        return pad(st, s, st->ev->addr);
    if (s->cmd == 'B')
        return pad(st, s, trapd_event_host(st->ev));
    agent_name(a, s->cmd == 'A' && st->ev->t->opts.numeric, tmp,
               sizeof tmp);
    return pad(st, s, tmp);
}

/* Community or user with unprintable octets shown as '.'. */
static int add_printable(struct sk_buf *out, const uint8_t *p, size_t n)
{
    int rc = 0;
    size_t i;

    for (i = 0; i < n; i++)
        rc |= sk_buf_addc(out, isprint(p[i]) ? (char)p[i] : '.');
    return rc;
}

static int auth_cmd(struct fstate *st, const struct spec *s)
{
    const struct sk_notification *n = st->ev->n;
    char tmp[32];

    if (s->cmd == 'u' && n->version == SK_VERSION_3) {
        /* the user name as a C string: it ends at a NUL */
        snprintf(tmp, sizeof tmp, "%.*s", (int)n->sec_name_len,
                 (const char *)n->sec_name);
        return pad(st, s, tmp);
    }
    if (s->cmd == 'u') {
        /* Net-SNMP writes the community straight out and pads an empty
         * field after it. */
        if (add_printable(st->out, n->community, n->community_len) < 0)
            return -1;
        return pad(st, s, "");
    }
    snprintf(tmp, sizeof tmp, "%d",
             s->cmd == 's' ? (int)n->version : (int)n->sec_model);
    return pad(st, s, tmp);
}

static int wrap(struct sk_buf *out, const struct sk_notification *n)
{
    const char *type = n->pdu->type == SK_PDU_TRAP_V1 ? "TRAP"
        : n->pdu->type == SK_PDU_INFORM ? "INFORM" : "TRAP2";
    const char *ver = n->version == SK_VERSION_1 ? "v1"
        : n->version == SK_VERSION_3 ? "v3" : "v2c";

    if (n->version == SK_VERSION_3) {
        if (sk_buf_printf(out, "%s, SNMP v3, user ", type) < 0 ||
            add_printable(out, n->sec_name, n->sec_name_len) < 0 ||
            sk_buf_adds(out, ", context ") < 0)
            return -1;
        return add_printable(out, n->ctx_name, n->ctx_name_len);
    }
    if (sk_buf_printf(out, "%s, SNMP %s, community ", type, ver) < 0)
        return -1;
    return add_printable(out, n->community, n->community_len);
}

/* The text after the last '.' of the enterprise.0.specific OID as
 * printed, with the dot (%q) or without (the v1 line). */
static int specific_text(struct fstate *st, struct sk_buf *tmp, bool dot)
{
    const struct sk_pdu *pdu = st->ev->n->pdu;
    struct sk_error err;
    struct sk_oid o;
    const char *last;

    if (pdu->generic_trap != 6)
        return sk_buf_printf(tmp, "%d", (int)pdu->specific_trap);
    o = pdu->enterprise;
    if (o.len == 0 || o.arc[o.len - 1] != 0)
        sk_oid_append(&o, 0, &err);
    sk_oid_append(&o, (uint32_t)pdu->specific_trap, &err);
    if (sk_fmt_oid(st->fo, st->ev->t->mib, &o, tmp, &err) < 0)
        return -1;
    last = strrchr(sk_buf_str(tmp), '.');
    if (last == NULL)
        return 0;
    last += dot ? 0 : 1;
    memmove(tmp->data, last, strlen(last) + 1);
    tmp->len = strlen(tmp->data);
    return 0;
}

static int varbinds(struct fstate *st, const struct spec *s,
                    struct sk_buf *tmp)
{
    const struct sk_pdu *pdu = st->ev->n->pdu;
    const char *sep = st->sep[0] != '\0' ? st->sep : s->alt ? ", " : "\t";
    struct sk_error err;
    size_t i;

    for (i = 0; i < pdu->nvbs; i++) {
        if ((s->alt || i > 0) && sk_buf_adds(tmp, sep) < 0)
            return -1;
        if (sk_fmt_varbind(st->fo, st->ev->t->mib, &pdu->vbs[i], tmp,
                           &err) < 0)
            return -1;
    }
    return 0;
}

static int trap_cmd(struct fstate *st, const struct spec *s)
{
    const struct sk_pdu *pdu = st->ev->n->pdu;
    bool v1 = is_v1(st->ev);
    struct sk_buf tmp;
    int rc;

    sk_buf_init(&tmp, SK_BUF_DEFAULT_MAX);
    if (s->cmd == 'w')
        rc = sk_buf_add_int(&tmp, v1 ? pdu->generic_trap : 0);
    else if (s->cmd == 'W')
        rc = sk_buf_adds(&tmp, trap_desc(v1 ? pdu->generic_trap : 0));
    else if (s->cmd == 'q')
        rc = v1 ? specific_text(st, &tmp, true) : sk_buf_adds(&tmp, "0");
    else
        rc = varbinds(st, s, &tmp);
    if (rc == 0)
        rc = pad(st, s, sk_buf_str(&tmp));
    sk_buf_clear(&tmp);
    return rc;
}

/* %E: the contextEngineID as Net-SNMP prints a hex string: "XX " per
 * octet, a newline after each full row of 16 that has more after it. */
static int engine_hex(struct sk_buf *out, const struct sk_notification *n)
{
    int rc = 0;

    for (size_t i = 0; i < n->ctx_engine_len; i++) {
        if (i > 0 && i % 16 == 0)
            rc |= sk_buf_addc(out, '\n');
        rc |= sk_buf_printf(out, "%02X ", n->ctx_engine[i]);
    }
    return rc;
}

static int ent_cmd(struct fstate *st, const struct spec *s)
{
    struct sk_buf tmp;
    struct sk_error err;
    int rc = 0;

    sk_buf_init(&tmp, SK_BUF_DEFAULT_MAX);
    if (s->cmd == 'N' && is_v1(st->ev))
        rc = sk_fmt_oid(st->fo, st->ev->t->mib, &st->ev->n->pdu->enterprise,
                        &tmp, &err);
    else if (s->cmd == 'N')
        rc = sk_buf_adds(&tmp, ".");
    else
        rc = engine_hex(&tmp, st->ev->n);
    if (rc == 0)
        rc = pad(st, s, sk_buf_str(&tmp));
    sk_buf_clear(&tmp);
    return rc;
}

static int run_cmd(struct fstate *st, const struct spec *s)
{
    switch (s->cmd) {
    case 'a': case 'A': case 'b': case 'B':
        return ip_cmd(st, s);
    case 's': case 'S': case 'u':
        return auth_cmd(st, s);
    case 'N': case 'E':
        return ent_cmd(st, s);
    case 'P':
        return wrap(st->out, st->ev->n);
    case 'w': case 'W': case 'q': case 'v':
        return trap_cmd(st, s);
    default:
        return time_cmd(st, s);
    }
}

/* The character after a backslash: C escapes, and anything else kept
 * with its backslash. */
static int backslash(struct sk_buf *out, char c)
{
    static const char from[] = "abfnrtv\\?%'\"";
    static const char to[] = "\a\b\f\n\r\t\v\\?%'\"";
    const char *p = c != '\0' ? strchr(from, c) : NULL;

    if (p != NULL)
        return sk_buf_addc(out, to[p - from]);
    if (sk_buf_addc(out, '\\') < 0)
        return -1;
    return c != '\0' ? sk_buf_addc(out, c) : 0;
}

/* %V<sep>: everything up to the next '%' (backslashes interpreted)
 * becomes the separator; returns the position of that '%'. */
static const char *read_sep(struct fstate *st, const char *p)
{
    struct sk_buf b;

    sk_buf_init(&b, SEP_MAX - 1);
    while (*p != '\0' && *p != '%') {
        if (*p == '\\' && p[1] != '\0') {
            p++;
            if (backslash(&b, *p) < 0)
                break;
        } else if (sk_buf_addc(&b, *p) < 0) {
            break;
        }
        p++;
    }
    snprintf(st->sep, sizeof st->sep, "%s", sk_buf_str(&b));
    sk_buf_clear(&b);
    return p;
}

/* One directive after its '%': flags, width, precision, command.
 * Returns where the text continues. */
static const char *directive(struct fstate *st, const char *p, int *rc)
{
    struct spec s = { .cmd = 0, .width = 0, .prec = NO_PREC };

    for (; *p == '-' || *p == '0' || *p == '#' || *p == 'V'; p++) {
        if (*p == 'V') {
            p = read_sep(st, p + 1);
            if (*p == '\0')
                return p;
            continue;           /* Net-SNMP skips the '%' it stopped at */
        }
        s.left |= *p == '-';
        s.zero |= *p == '0';
        s.alt |= *p == '#';
    }
    /* widths saturate at FIELD_MAX: more cannot fit in the output */
    for (; isdigit((unsigned char)*p); p++)
        if (s.width < FIELD_MAX)
            s.width = s.width * 10 + (size_t)(*p - '0');
    if (*p == '.') {
        for (p++; isdigit((unsigned char)*p); p++)
            if (s.prec == NO_PREC || s.prec < FIELD_MAX)
                s.prec = (s.prec == NO_PREC ? 0 : s.prec * 10) +
                         (size_t)(*p - '0');
        if (is_cmd(*p) && s.width < s.prec && s.prec != NO_PREC)
            s.width = s.prec;
    }
    if (*p == '\0')
        return p;
    if (!is_cmd(*p)) {
        *rc |= sk_buf_addc(st->out, *p);
        return p + 1;
    }
    s.cmd = *p;
    *rc |= run_cmd(st, &s);
    return p + 1;
}

int trapd_format(const struct trapd_event *ev, const char *fmt,
                 const struct sk_fmt_opts *fo, struct sk_buf *out)
{
    struct fstate st;
    const char *p = fmt;
    int rc = 0;

    memset(&st, 0, sizeof st);
    st.ev = ev;
    st.fo = fo;
    st.out = out;
    while (*p != '\0' && rc == 0) {
        if (*p == '\\') {
            rc = backslash(out, p[1]);
            p += p[1] != '\0' ? 2 : 1;
        } else if (*p == '%') {
            p = directive(&st, p + 1, &rc);
        } else {
            rc = sk_buf_addc(out, *p++);
        }
    }
    return rc;
}

/* Net-SNMP's hard-coded SNMPv1 layout (snmptrapd.conf(5) documents a
 * format string, but 5.9 prints this):
 *   DATE TIME HOST [IP] (via TRANSPORT) WRAPPER
 *   \tENTERPRISE DESC Trap (SPECIFIC) Uptime: UPTIME
 *   \tVARBIND\tVARBIND...  */
int trapd_format_v1(const struct trapd_event *ev, struct sk_buf *out)
{
    const struct sk_pdu *pdu = ev->n->pdu;
    struct fstate st;
    struct sk_error err;
    struct sk_buf spec;
    char name[256], ip[32], up[64];
    time_t now = time(NULL);
    struct tm tm;
    int rc;
    size_t i;

    memset(&st, 0, sizeof st);
    st.ev = ev;
    st.fo = &ev->t->fmt;
    st.out = out;
    localtime_r(&now, &tm);
    agent_name(pdu->agent_addr, ev->t->opts.numeric, name, sizeof name);
    agent_name(pdu->agent_addr, false, ip, sizeof ip);
    uptime_text(pdu->time_stamp, up, sizeof up);
    rc = sk_buf_printf(out, "%.4d-%.2d-%.2d %.2d:%.2d:%.2d %s [%s] (via %s) ",
                       tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                       tm.tm_hour, tm.tm_min, tm.tm_sec, name, ip, ev->addr);
    rc |= wrap(out, ev->n);
    rc |= sk_buf_adds(out, "\n\t");
    rc |= sk_fmt_oid(st.fo, ev->t->mib, &pdu->enterprise, out, &err);
    sk_buf_init(&spec, 4096);
    rc |= specific_text(&st, &spec, false);
    rc |= sk_buf_printf(out, " %s Trap (%s) Uptime: %s\n",
                        trap_desc(pdu->generic_trap), sk_buf_str(&spec), up);
    sk_buf_clear(&spec);
    for (i = 0; i < pdu->nvbs && rc == 0; i++) {
        rc |= sk_buf_addc(out, '\t');
        rc |= sk_fmt_varbind(st.fo, ev->t->mib, &pdu->vbs[i], out, &err);
    }
    return rc | sk_buf_addc(out, '\n');
}
