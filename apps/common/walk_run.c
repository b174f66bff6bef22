/* walk_run.c - snmpwalk and snmpbulkwalk around libcore's walk
 * iterator: the root and end OIDs, the -Ci request, the fallback GET
 * when nothing was found, and the -Cp/-Ct reports. */
#include <string.h>
#include <time.h>

#include "common/walk_run.h"

static const uint32_t mib2[] = { 1, 3, 6, 1, 2, 1 };

/* The same cap as print.c's line buffer. */
#define LINE_MAX_BYTES (1024u * 1024u)

/* Lines are gathered and handed to stdio with one fwrite per response
 * (and at least every this many bytes): a walk prints tens of thousands
 * of short lines.  They are handed on before every wait for the agent
 * and before anything else is printed, so what reaches the file, pipe
 * or terminal, and when, is what a fwrite per line would give. */
#define OUT_BLOCK_BYTES (64u * 1024u)

/* What the walk's printing keeps from row to row: the block of lines
 * not yet handed to stdio, and the formatter's cache of the names'
 * common path. */
struct printer {
    struct sk_buf block;
    struct sk_fmt_cache *cache; /* NULL: format without (out of memory) */
};

/* Hand the gathered lines to stdout; before anything else is printed. */
static void flush_block(struct printer *pr)
{
    if (pr->block.len > 0)
        fwrite(pr->block.data, 1, pr->block.len, stdout);
    sk_buf_reset(&pr->block);
}

/* cli_print_varbind, through the cache, into the block: each line still
 * has print.c's cap of its own, and a line that fails leaves nothing. */
static void print_vb(const struct cli_opts *o, struct printer *pr,
                     const struct sk_varbind *vb)
{
    struct sk_error err;
    size_t mark = pr->block.len;

    err.code = SK_ERR_OK;
    pr->block.max = mark + LINE_MAX_BYTES;
    if (sk_fmt_varbind_cached(&o->fmt, o->mib, pr->cache, vb, &pr->block,
                              &err) < 0 ||
        sk_buf_addc(&pr->block, '\n') < 0) {
        pr->block.len = mark;
        flush_block(pr);
        if (err.code != SK_ERR_OK)
            cli_perror(o, &err);
        return;
    }
    if (pr->block.len >= OUT_BLOCK_BYTES)
        flush_block(pr);
}

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
static int loop(const struct cli_opts *o, struct sk_walk *w,
                struct printer *pr, bool *ok)
{
    const struct sk_varbind *vb = NULL;
    const struct sk_oid *last = NULL;
    struct sk_error err;
    enum sk_walk_status st;
    int exitval = 0;

    for (;;) {
        st = sk_walk_next(w, &vb, &err);
        if (st == SK_WALK_VARBIND) {
            print_vb(o, pr, vb);
            /* still valid at the report that may follow: the response
             * it is in is only replaced after its last varbind */
            last = &vb->name;
            /* (-d dumps, a slow agent: the lines so far go out first) */
            if (sk_walk_will_wait(w))
                flush_block(pr);
            continue;
        }
        flush_block(pr);
        switch (st) {
        case SK_WALK_VARBIND:
            continue;
        case SK_WALK_NOT_INCREASING:
            fflush(stdout);
            /* Net-SNMP's fprint_objid() ends each OID with a newline */
            fprintf(stderr, "Error: OID not increasing: ");
            cli_print_oid(o, stderr, sk_walk_prev_name(w));
            fprintf(stderr, "\n >= ");
            if (last != NULL)
                cli_print_oid(o, stderr, last);
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

/* The loop with its printer, which lives as long as the walk. */
static int walk_all(const struct cli_opts *o, struct sk_walk *w, bool *ok)
{
    struct printer pr;
    struct sk_error err;
    int rc;

    sk_buf_init(&pr.block, LINE_MAX_BYTES);
    pr.cache = o->mib != NULL ? sk_fmt_cache_new(&err) : NULL;
    rc = loop(o, w, &pr, ok);
    flush_block(&pr);
    sk_fmt_cache_free(pr.cache);
    sk_buf_clear(&pr.block);
    return rc;
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
    rc = walk_all(o, w, &ok);
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
