/* snmpset - SET one or more OID TYPE VALUE triples (snmpset(1)).
 * Options must precede AGENT so that negative values are not options. */
#include <stdio.h>
#include <string.h>

#include "common/cli.h"
#include "common/stale_detail.h"

/* snmpset's own check of the type letter, before any parsing; it
 * refuses c and C although snmptrap takes them. */
#define TYPE_LETTERS "=iu3taosxdbnUIFD"

static int c_opt(void *ctx, const char *letters)
{
    return cli_c_toggle(letters, 'q', ctx); /* -Cq: quiet on success */
}

/* Check the shape of the OID TYPE VALUE list before anything else. */
static int check_triples(const struct cli_opts *o, const struct cli_app *app)
{
    int i;

    if (o->nargs == 0) {
        fprintf(stderr, "Missing object name\n");
        cli_usage(app);
        return 1;
    }
    if (o->nargs > 3 * CLI_MAX_OIDS) {
        fprintf(stderr, "Too many assignments specified. Only %d allowed "
                "in one request.\n", CLI_MAX_OIDS);
        cli_usage(app);
        return 1;
    }
    for (i = 0; i < o->nargs; i += 3) {
        if (i + 1 >= o->nargs) {
            fprintf(stderr, "%s: Needs type and value\n", o->args[i]);
            return 1;
        }
        if (o->args[i + 1][0] == '\0' ||
            strchr(TYPE_LETTERS, o->args[i + 1][0]) == NULL) {
            fprintf(stderr, "%s: Bad object type: %c\n", o->args[i],
                    o->args[i + 1][0]);
            return 1;
        }
        if (i + 2 >= o->nargs) {
            fprintf(stderr, "%s: Needs value\n", o->args[i]);
            return 1;
        }
    }
    return CLI_CONTINUE;
}

/* -Ir and -Ih, as value_text.c takes them. */
static unsigned value_flags(const struct cli_opts *o)
{
    unsigned f = sk_mib_oid_flags(o->in_letters);

    if (o->fmt.no_display_hint)
        f |= SK_OIDTEXT_NOHINT;
    return f;
}

/* Build the SET PDU; every bad OID or value is reported. */
static int build(const struct cli_opts *o, struct sk_pdu *pdu)
{
    int i, failures = 0;

    for (i = 0; i + 2 < o->nargs; i += 3) {
        struct sk_varbind vb;
        struct sk_error err;
        char msg[512];

        memset(&vb, 0, sizeof vb);
        if (cli_parse_oid(o, o->args[i], &vb.name) < 0) {
            failures++;
            continue;
        }
        if (sk_value_parse_flags(o->mib, value_flags(o), &vb.name,
                                 o->args[i + 1][0], o->args[i + 2],
                                 &vb.value, &err) < 0) {
            /* Net-SNMP shows the parentheses even for an empty detail */
            fprintf(stderr, "%s: %s (%s)\n", o->args[i],
                    sk_error_text(err.code), err.detail);
            failures++;
        } else {
            if (o->args[i + 1][0] == 'o')
                cli_note_lookup(o, o->args[i + 2]);
            if (sk_pdu_add(pdu, &vb, &err) < 0) {
                sk_error_format(&err, msg, sizeof msg);
                fprintf(stderr, "%s: %s\n", o->args[i], msg);
                failures++;
            }
        }
        sk_value_clear(&vb.value);
    }
    return failures;
}

static int run(const struct cli_opts *o, const struct cli_app *app,
               bool quiet)
{
    struct sk_session *s;
    struct sk_pdu *pdu, *resp = NULL;
    struct sk_error err;
    int rc = 0;
    size_t i;

    rc = check_triples(o, app);
    if (rc != CLI_CONTINUE)
        return rc;
    rc = 0;
    s = cli_session_open(o, app);
    if (s == NULL)
        return 1;
    pdu = sk_pdu_new(SK_PDU_SET, &err);
    if (pdu == NULL || build(o, pdu) != 0) {
        sk_pdu_free(pdu);
        sk_session_close(s);
        return 1;
    }
    if (sk_session_request(s, pdu, &resp, &err) < 0) {
        cli_print_failure(o, &err, false);
        rc = 1;
    } else if (resp->error_status != SK_STAT_NOERROR) {
        cli_print_pdu_error(o, resp, true);
        rc = 2;
    } else if (!quiet) {
        for (i = 0; i < resp->nvbs; i++)
            cli_print_varbind(o, &resp->vbs[i]);
    }
    sk_pdu_free(resp);
    sk_pdu_free(pdu);
    sk_session_close(s);
    return rc;
}

int main(int argc, char **argv)
{
    bool quiet = false;
    const struct cli_app app = {
        .name = "snmpset",
        .usage_args = "AGENT OID TYPE VALUE [OID TYPE VALUE]...",
        .c_help = "\t\t\t  q:  don't print results on success\n",
        .tail_help =
            "\n  TYPE: one of i, u, t, a, o, s, x, d, b\n"
            "\ti: INTEGER, u: unsigned INTEGER, t: TIMETICKS, a: IPADDRESS\n"
            "\to: OBJID, s: STRING, x: HEX STRING, d: DECIMAL STRING, "
            "b: BITS\n"
            "\tU: unsigned int64, I: signed int64, F: float, D: double\n",
        .posix_order = true,
        .default_port = 161,
        .c_opt = c_opt,
        .ctx = &quiet,
    };
    struct cli_opts o;
    int rc = cli_parse(&app, argc, argv, &o);

    if (rc == CLI_CONTINUE)
        rc = run(&o, &app, quiet);
    cli_opts_free(&o);
    return rc;
}
