/* varbind_args.c - OID arguments: -IS/-Is joined as text, then parsed by
 * libcore's sk_mib_parse_oid with the -I letters in effect (with no MIBs
 * loaded it reproduces what Net-SNMP accepts and says then). */

#include "common/cli.h"
#include "common/stale_detail.h"

int cli_parse_oid(const struct cli_opts *o, const char *text,
                  struct sk_oid *out)
{
    struct sk_error err;
    struct sk_buf full;
    char msg[512];
    size_t n = SK_OID_MAX;
    int rc;

    /* -IS PREFIX and -Is SUFFIX are joined to the text as strings */
    sk_buf_init(&full, 65536);
    if (sk_buf_adds(&full, o->in_prefix ? o->in_prefix : "") < 0 ||
        sk_buf_adds(&full, text) < 0 ||
        sk_buf_adds(&full, o->in_suffix ? o->in_suffix : "") < 0)
        rc = sk_error_set(&err, SK_ERR_TOO_LONG, NULL);
    else {
        cli_mib_read_prefix(o, sk_buf_str(&full));
        rc = sk_mib_parse_oid(o->mib, sk_buf_str(&full),
                              sk_mib_oid_flags(o->in_letters), out->arc, &n,
                              &err);
    }
    if (rc == 0) {
        cli_note_lookup(o, sk_buf_str(&full));
        sk_buf_clear(&full);
        out->len = n;
        return 0;
    }
    sk_buf_clear(&full);
    cli_forget_stale_detail();  /* this failure prints its own */
    sk_error_format(&err, msg, sizeof msg);
    fflush(stdout);
    if (o->log != NULL)
        fprintf(o->log, "%s: %s\n", text, msg);
    return -1;
}
