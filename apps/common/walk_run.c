/* walk_run.c - snmpwalk and snmpbulkwalk around libcore's walk
 * iterator: the root and end OIDs, the -Ci request, the fallback GET
 * when nothing was found, and the -Cp/-Ct reports. */
#include <string.h>
#include <time.h>

#include "common/walk_run.h"

static const uint32_t mib2[] = { 1, 3, 6, 1, 2, 1 };

/* GET ROOT and print what comes back, silently ignoring errors, as
 * Net-SNMP's snmp_get_and_print().  Returns the number printed. */
static unsigned long get_and_print(const struct cli_opts *o,
                                   struct sk_session *s,
                                   const struct sk_oid *root)
{
    struct sk_pdu *pdu, *resp = NULL;
    struct sk_error err;
    unsigned long n = 0;
    size_t i;

    pdu = sk_pdu_new(SK_PDU_GET, &err);
    if (pdu == NULL || sk_pdu_add_null(pdu, root, &err) < 0) {
        sk_pdu_free(pdu);
        return 0;
    }
    if (sk_session_request(s, pdu, &resp, &err) == 0 &&
        resp->error_status == SK_STAT_NOERROR) {
        for (i = 0; i < resp->nvbs; i++, n++)
            cli_print_varbind(o, &resp->vbs[i]);
    }
    sk_pdu_free(resp);
    sk_pdu_free(pdu);
    return n;
}

static int setup(const struct cli_opts *o, const struct cli_walk_flags *f,
                 struct sk_walk_cfg *cfg)
{
    struct sk_error err;

    memset(cfg, 0, sizeof *cfg);
    if (o->nargs > 0) {
        if (cli_parse_oid(o, o->args[0], &cfg->root) < 0)
            return -1;
    } else {
        sk_oid_set(&cfg->root, mib2, sizeof mib2 / sizeof mib2[0], &err);
    }
    if (f->end_text != NULL) {
        if (cli_parse_oid(o, f->end_text, &cfg->end) < 0)
            return -1;
    } else {
        cfg->end = cfg->root;
        if (cfg->end.len > 0)
            cfg->end.arc[cfg->end.len - 1]++;
    }
    cfg->bulk = f->bulk;
    cfg->non_repeaters = (int32_t)f->non_repeaters;
    cfg->max_repetitions = (int32_t)f->max_reps;
    cfg->check_increasing = !f->dont_check;
    return 0;
}

static double now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Drive the iterator; sets *OK when the walk ended on a response (the
 * condition for the fallback GET).  Returns the exit code. */
static int loop(const struct cli_opts *o, struct sk_walk *w, bool *ok)
{
    const struct sk_varbind *vb = NULL;
    struct sk_oid last;
    struct sk_error err;
    int exitval = 0;

    last.len = 0;
    for (;;) {
        switch (sk_walk_next(w, &vb, &err)) {
        case SK_WALK_VARBIND:
            cli_print_varbind(o, vb);
            last = vb->name;
            continue;
        case SK_WALK_NOT_INCREASING:
            fflush(stdout);
            /* Net-SNMP's fprint_objid() ends each OID with a newline */
            fprintf(stderr, "Error: OID not increasing: ");
            cli_print_oid(o, stderr, sk_walk_prev_name(w));
            fprintf(stderr, "\n >= ");
            cli_print_oid(o, stderr, &last);
            fprintf(stderr, "\n\n");
            exitval = 1;
            continue;
        case SK_WALK_END_OF_MIB:
            printf("End of MIB\n");
            break;
        case SK_WALK_PDU_ERROR:
            cli_print_pdu_error(o, sk_walk_response(w), true);
            exitval = 2;
            break;
        case SK_WALK_FAILED:
            cli_print_failure(o, &err, false);
            *ok = false;
            return 1;
        case SK_WALK_DONE:
            break;
        }
        return exitval;
    }
}

int cli_walk(const struct cli_opts *o, const struct cli_app *app,
             const struct cli_walk_flags *f)
{
    struct sk_walk_cfg cfg;
    struct sk_session *s;
    struct sk_walk *w;
    struct sk_error err;
    unsigned long count = 0;
    double start = now();
    bool ok = true;
    int rc;

    if (setup(o, f, &cfg) < 0)
        return 1;
    s = cli_session_open(o, app);
    if (s == NULL)
        return 1;
    if (f->include_requested)
        count += get_and_print(o, s, &cfg.root);
    w = sk_walk_new(s, &cfg, &err);
    if (w == NULL) {
        cli_perror(o, &err);
        sk_session_close(s);
        return 1;
    }
    rc = loop(o, w, &ok);
    count += sk_walk_count(w);
    if (count == 0 && ok && !f->no_fallback)
        count += get_and_print(o, s, &cfg.root);
    if (f->print_count)
        printf("Variables found: %lu\n", count);
    if (f->time_total) {
        fflush(stdout);
        fprintf(stderr, "Total traversal time = %f seconds\n",
                now() - start);
    }
    sk_walk_free(w);
    sk_session_close(s);
    return rc;
}
