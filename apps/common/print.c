/* print.c - everything the command apps write: varbind lines, error
 * reports, and the -d packet dumps, in Net-SNMP's exact shapes. */
#include <ctype.h>
#include <stdio.h>

#include "common/cli.h"
#include "common/stale_detail.h"

#define LINE_MAX_BYTES (1024u * 1024u)

/* One line buffer for the whole run: a walk prints thousands of lines
 * and need not allocate for each. */
static struct sk_buf line = { NULL, 0, 0, LINE_MAX_BYTES };

void cli_print_varbind(const struct cli_opts *o, const struct sk_varbind *vb)
{
    struct sk_error err;

    sk_buf_reset(&line);
    if (sk_fmt_varbind(&o->fmt, o->mib, vb, &line, &err) < 0) {
        cli_perror(o, &err);
        return;
    }
    if (sk_buf_addc(&line, '\n') == 0)
        fwrite(line.data, 1, line.len, stdout);
}

void cli_print_release(void)
{
    sk_buf_clear(&line);
}

void cli_print_oid(const struct cli_opts *o, FILE *fp, const struct sk_oid *oid)
{
    struct sk_buf buf;
    struct sk_error err;

    sk_buf_init(&buf, LINE_MAX_BYTES);
    if (sk_fmt_oid(&o->fmt, o->mib, oid, &buf, &err) == 0)
        fputs(sk_buf_str(&buf), fp);
    sk_buf_clear(&buf);
}

void cli_print_pdu_error(const struct cli_opts *o, const struct sk_pdu *resp,
                         bool period)
{
    fflush(stdout);
    fprintf(stderr, "Error in packet%s\nReason: %s\n", period ? "." : "",
            sk_pdu_errstring(resp->error_status));
    if (resp->error_index != 0) {
        /* Net-SNMP's fprint_objid() adds a newline of its own */
        fprintf(stderr, "Failed object: ");
        if (resp->error_index > 0 &&
            (size_t)resp->error_index <= resp->nvbs) {
            cli_print_oid(o, stderr, &resp->vbs[resp->error_index - 1].name);
            fputc('\n', stderr);
        }
        fprintf(stderr, "\n");
    }
}

void cli_perror(const struct cli_opts *o, const struct sk_error *err)
{
    cli_print_error(o->log, o->prog, err);
}

void cli_print_failure(const struct cli_opts *o, const struct sk_error *err,
                       bool period)
{
    if (err->code == SK_ERR_TIMEOUT) {
        fflush(stdout);
        fprintf(stderr, "Timeout: No Response from %s%s\n", o->agent,
                period ? "." : "");
    } else {
        cli_perror(o, err);
    }
}

/* One line of Net-SNMP's xdump(): offset, 16 bytes in groups of four,
 * then the printable characters. */
static void dump_line(FILE *fp, const uint8_t *p, size_t n, size_t off)
{
    size_t i;

    fprintf(fp, "%04zu: ", off);
    for (i = 0; i < 16; i++) {
        if (i < n)
            fprintf(fp, "%02X ", p[i]);
        else
            fputs("   ", fp);
        if (i % 4 == 3 && i != 15)
            fputc(' ', fp);
    }
    fputs("   ", fp);
    for (i = 0; i < n; i++)
        fputc(isprint(p[i]) ? p[i] : '.', fp);
    fputc('\n', fp);
}

/* The -d trace callback (session.h sk_trace_fn). */
void cli_trace_packet(void *ctx, bool sent, const char *desc,
                      const uint8_t *p, size_t n)
{
    const struct cli_opts *o = ctx;
    size_t off;

    if (o->log == NULL)
        return;
    if (sent)
        fprintf(o->log, "\nSending %zu bytes to %s\n", n, desc);
    else
        fprintf(o->log, "\nReceived %zu byte packet from %s\n", n, desc);
    for (off = 0; off < n; off += 16)
        dump_line(o->log, p + off, n - off < 16 ? n - off : 16, off);
    fputc('\n', o->log);
    fflush(o->log);
}

/* The session's sk_drop_fn (CTX the cli_opts): of the messages dropped
 * unread, Net-SNMP's snmp_pdu_parse logs only the one with a value type
 * it does not know, as it meets it, and then waits on (or times out). */
void cli_drop_message(void *ctx, const struct sk_error *why)
{
    const struct cli_opts *o = ctx;

    if (o->log == NULL || why->code != SK_ERR_BAD_TYPE)
        return;
    fflush(stdout);
    fprintf(o->log, "bad type returned (%s)\n", why->detail);
    fflush(o->log);
}
