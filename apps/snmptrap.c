/* snmptrap - send a notification (snmptrap(1)); run as snmpinform, or
 * with -Ci, it sends an InformRequest and waits for the Response
 * (snmpinform(1)).  Options must precede AGENT, as in Net-SNMP, which
 * sets POSIXLY_CORRECT so that negative values are not options.
 *
 * The order of the checks is Net-SNMP's: the session is opened before
 * the TRAP-PARAMETERS are looked at (a bad AGENT wins over a missing
 * parameter), and a missing security name is found only when sending. */
#include <stdio.h>
#include <string.h>

#include "common/notify_args.h"
#include "common/stale_detail.h"

struct trap_app {
    struct cli_app app;
    bool inform;
};

static void become_inform(struct trap_app *t)
{
    t->inform = true;
    t->app.name = "snmpinform"; /* Net-SNMP's usage names it so */
}

/* -Ci sets inform (it does not toggle); any other letter is fatal. */
static int c_opt(void *ctx, const char *letters)
{
    for (; *letters != '\0'; letters++) {
        if (*letters != 'i') {
            fprintf(stderr, "Unknown flag passed to -C: %c\n", *letters);
            return -1;
        }
        become_inform(ctx);
    }
    return 0;
}

static int deliver(const struct cli_opts *o, const struct trap_app *t,
                   struct sk_session *s, const struct sk_pdu *pdu)
{
    const char *prog = t->inform ? "snmpinform" : "snmptrap";
    struct sk_pdu *resp = NULL;
    struct sk_error err;
    int rc;

    if (o->version == SK_VERSION_3 && o->v3.usm.sec_name == NULL) {
        if (o->log != NULL)
            fprintf(o->log, "%s: No securityName specified\n", prog);
        return 1;
    }
    /* An inform is acknowledged by any Response: its error-status is
     * not looked at (RFC 3416 4.2.7). */
    if (t->inform)
        rc = sk_session_request(s, pdu, &resp, &err);
    else
        rc = sk_session_send(s, pdu, &err);
    sk_pdu_free(resp);
    if (rc < 0) {
        cli_print_error(o->log, prog, &err);
        return 1;
    }
    return 0;
}

static int run(const struct cli_opts *o, struct trap_app *t)
{
    struct sk_session *s;
    struct sk_pdu *pdu = NULL;
    int rc;

    s = cli_notify_open(o, t->inform);
    if (s == NULL)
        return 1;
    if (o->version == SK_VERSION_1 && t->inform) {
        fprintf(stderr, "Cannot send INFORM as SNMPv1 PDU\n");
        rc = 1;
    } else {
        rc = cli_notify_build(o, &t->app, t->inform, &pdu);
        if (rc == 0)
            rc = deliver(o, t, s, pdu);
    }
    sk_pdu_free(pdu);
    sk_session_close(s);
    return rc;
}

int main(int argc, char **argv)
{
    struct trap_app t = {
        .app = {
            .name = "snmptrap",
            .usage_args = "AGENT TRAP-PARAMETERS",
            .tail_help =
                "  -C APPOPTS\t\tSet various application specific "
                "behaviour:\n"
                "\t\t\t  i:  send an INFORM instead of a TRAP\n"
                "\n  -v 1 TRAP-PARAMETERS:\n"
                "\t enterprise-oid agent trap-type specific-type uptime "
                "[OID TYPE VALUE]...\n"
                "  or\n"
                "  -v 2 TRAP-PARAMETERS:\n"
                "\t uptime trapoid [OID TYPE VALUE] ...\n",
            .posix_order = true,
            .default_port = 162,
            .c_opt = c_opt,
        },
    };
    const char *base = argc > 0 ? strrchr(argv[0], '/') : NULL;
    struct cli_opts o;
    int rc;

    t.app.ctx = &t;
    base = base != NULL ? base + 1 : (argc > 0 ? argv[0] : "");
    if (strcmp(base, "snmpinform") == 0)
        become_inform(&t);
    rc = cli_parse(&t.app, argc, argv, &o);
    if (rc == CLI_CONTINUE)
        rc = run(&o, &t);
    cli_opts_free(&o);
    return rc;
}
