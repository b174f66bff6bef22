/* request.c - the one routine behind snmpget, snmpgetnext and
 * snmpbulkget (as OpenBSD's snmpc_get serves its three commands). */
#include <stdlib.h>

#include "common/cli.h"

/* Net-SNMP's snmp_fix_pdu(): the request again without the varbind the
 * agent blamed; NULL when nothing sensible is left to ask. */
static struct sk_pdu *fix_pdu(const struct sk_pdu *resp,
                              enum sk_pdu_type type)
{
    struct sk_pdu *p;
    struct sk_error err;

    if (resp->error_index <= 0 || (size_t)resp->error_index > resp->nvbs)
        return NULL;
    p = sk_pdu_dup(resp, &err);
    if (p == NULL)
        return NULL;
    sk_pdu_remove(p, (size_t)resp->error_index - 1);
    if (p->nvbs == 0) {
        sk_pdu_free(p);
        return NULL;
    }
    p->type = type;
    p->error_status = 0;
    p->error_index = 0;
    return p;
}

/* Parse the OID operands into PDU; prints each failure.  Returns the
 * number of failures, or -1 when the PDU could not grow. */
static int add_oids(const struct cli_opts *o, struct sk_pdu *pdu)
{
    struct sk_oid oid;
    struct sk_error err;
    int i, failures = 0;

    for (i = 0; i < o->nargs; i++) {
        if (cli_parse_oid(o, o->args[i], &oid) < 0) {
            failures++;
            continue;
        }
        if (sk_pdu_add_null(pdu, &oid, &err) < 0) {
            cli_perror(o, &err);
            return -1;
        }
    }
    return failures;
}

/* Net-SNMP's punctuation differs per app: snmpget prints "Error in
 * packet" and "Timeout: ... HOST.", snmpgetnext adds a period to both,
 * snmpbulkget only to the first. */
struct punct {
    bool error_period;
    bool timeout_period;
};

static int exchange(const struct cli_opts *o, struct sk_session *s,
                    struct sk_pdu *pdu, bool fix, struct punct pu)
{
    int exitval = 0;

    for (;;) {
        struct sk_pdu *resp = NULL, *next;
        struct sk_error err;
        size_t i;

        if (sk_session_request(s, pdu, &resp, &err) < 0) {
            cli_print_failure(o, &err, pu.timeout_period);
            exitval = 1;
            break;
        }
        if (resp->error_status == SK_STAT_NOERROR) {
            for (i = 0; i < resp->nvbs; i++)
                cli_print_varbind(o, &resp->vbs[i]);
            sk_pdu_free(resp);
            break;
        }
        cli_print_pdu_error(o, resp, pu.error_period);
        exitval = 2;
        next = fix ? fix_pdu(resp, pdu->type) : NULL;
        sk_pdu_free(resp);
        if (next == NULL)
            break;
        sk_pdu_free(pdu);
        pdu = next;
    }
    sk_pdu_free(pdu);
    return exitval;
}

int cli_request(const struct cli_opts *o, const struct cli_app *app,
                enum sk_pdu_type type, bool fix, int32_t non_repeaters,
                int32_t max_repetitions)
{
    struct sk_session *s;
    struct sk_pdu *pdu;
    struct sk_error err;
    struct punct pu;
    int failures, rc;

    /* snmpbulkget has no such check: it sends an empty GETBULK */
    if (o->nargs == 0 && type != SK_PDU_GETBULK) {
        fprintf(stderr, "Missing object name\n");
        cli_usage(app);
        return 1;
    }
    if (o->nargs > CLI_MAX_OIDS) {
        fprintf(stderr, "Too many object identifiers specified. Only %d "
                "allowed in one request.\n", CLI_MAX_OIDS);
        cli_usage(app);
        return 1;
    }
    pdu = sk_pdu_new(type, &err);
    if (pdu == NULL) {
        cli_perror(o, &err);
        return 1;
    }
    pdu->error_status = non_repeaters;
    pdu->error_index = max_repetitions;
    failures = add_oids(o, pdu);
    if (failures != 0) {
        sk_pdu_free(pdu);
        return 1;
    }
    s = cli_session_open(o, app);
    if (s == NULL) {
        sk_pdu_free(pdu);
        return 1;
    }
    pu.error_period = type != SK_PDU_GET;
    pu.timeout_period = type != SK_PDU_GETBULK;
    rc = exchange(o, s, pdu, fix, pu);
    sk_session_close(s);
    return rc;
}

/* -C for snmpget and snmpgetnext: only 'f', which toggles. */
static int get_c_opt(void *ctx, const char *letters)
{
    return cli_c_toggle(letters, 'f', ctx);
}

int cli_get_main(int argc, char **argv, const char *name,
                 enum sk_pdu_type type)
{
    bool dont_fix = false;
    const struct cli_app app = {
        .name = name,
        .usage_args = "AGENT OID [OID]...",
        .c_help = "\t\t\t  f:  do not fix errors and retry the request\n",
        .default_port = 161,
        .c_opt = get_c_opt,
        .ctx = &dont_fix,
    };
    struct cli_opts o;
    int rc = cli_parse(&app, argc, argv, &o);

    if (rc == CLI_CONTINUE)
        rc = cli_request(&o, &app, type, !dont_fix, 0, 0);
    cli_opts_free(&o);
    return rc;
}
