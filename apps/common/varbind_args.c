/* varbind_args.c - OID arguments.
 *
 * Until the MIB engine lands this accepts what Net-SNMP accepts with no
 * MIBs loaded: numeric arcs, the three top-level names iso, ccitt and
 * joint-iso-ccitt, and quoted string index parts ("ab" = 2.97.98), and it
 * reproduces Net-SNMP's "Unknown Object Identifier (...)" details. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "common/cli.h"

static const struct {
    const char *name;
    uint32_t arc;
} top_names[] = { { "ccitt", 0 }, { "iso", 1 }, { "joint-iso-ccitt", 2 } };

static int top_arc(const char *p, size_t n, uint32_t *arc)
{
    size_t i;

    for (i = 0; i < sizeof top_names / sizeof top_names[0]; i++) {
        if (strlen(top_names[i].name) == n &&
            strncmp(top_names[i].name, p, n) == 0) {
            *arc = top_names[i].arc;
            return 0;
        }
    }
    return -1;
}

/* A quoted string part: its length, then one arc per byte. */
static int quoted_arcs(const char **pp, struct sk_oid *out,
                       struct sk_error *err)
{
    const char *p = *pp + 1;
    const char *close = strchr(p, '"');
    size_t n, i;

    if (close == NULL)
        return sk_error_set(err, SK_ERR_UNKNOWN_OID, "%s", *pp);
    n = (size_t)(close - p);
    if (sk_oid_append(out, (uint32_t)n, err) < 0)
        return -1;
    for (i = 0; i < n; i++)
        if (sk_oid_append(out, (unsigned char)p[i], err) < 0)
            return -1;
    *pp = close + 1;
    return 0;
}

static int parse_text(const char *text, struct sk_oid *out,
                      struct sk_error *err)
{
    const char *p = text[0] == '.' ? text + 1 : text;
    bool first = true;

    out->len = 0;
    for (;;) {
        size_t n = strcspn(p, ".");
        uint32_t arc;

        if (*p == '"') {
            if (quoted_arcs(&p, out, err) < 0)
                return -1;
        } else if (n > 0 && isdigit((unsigned char)p[0])) {
            char *end;
            unsigned long v = strtoul(p, &end, 10);

            if (end != p + n)
                return sk_error_set(err, SK_ERR_UNKNOWN_OID, "%.*s",
                                    (int)n, p);
            /* Net-SNMP keeps the low 32 bits of an oversized arc */
            if (sk_oid_append(out, (uint32_t)v, err) < 0)
                return -1;
            p += n;
        } else if (first && top_arc(p, n, &arc) == 0) {
            if (sk_oid_append(out, arc, err) < 0)
                return -1;
            p += n;
        } else if (first) {
            return sk_error_set(err, SK_ERR_UNKNOWN_OID,
                                "Sub-id not found: (top) -> %.*s", (int)n,
                                p);
        } else {
            return sk_error_set(err, SK_ERR_UNKNOWN_OID, "%s", p);
        }
        first = false;
        if (*p == '\0')
            return 0;
        p++; /* the '.' */
    }
}

int cli_parse_oid(const struct cli_opts *o, const char *text,
                  struct sk_oid *out)
{
    struct sk_error err;
    struct sk_buf full;
    char msg[512];
    int rc;

    /* -IS PREFIX and -Is SUFFIX are joined to the text as strings */
    sk_buf_init(&full, 65536);
    if (sk_buf_adds(&full, o->in_prefix ? o->in_prefix : "") < 0 ||
        sk_buf_adds(&full, text) < 0 ||
        sk_buf_adds(&full, o->in_suffix ? o->in_suffix : "") < 0)
        rc = sk_error_set(&err, SK_ERR_TOO_LONG, NULL);
    else
        rc = parse_text(sk_buf_str(&full), out, &err);
    sk_buf_clear(&full);
    if (rc == 0)
        return 0;
    sk_error_format(&err, msg, sizeof msg);
    fflush(stdout);
    if (o->log != NULL)
        fprintf(o->log, "%s: %s\n", text, msg);
    return -1;
}
