/* snmpgetnext - GETNEXT for the given OIDs (snmpgetnext(1)). */
#include <stdio.h>

#include "common/cli.h"

struct get_flags {
    bool dont_fix; /* -Cf */
};

static int c_opt(void *ctx, const char *letters)
{
    struct get_flags *f = ctx;

    for (; *letters != '\0'; letters++) {
        if (*letters != 'f') {
            fprintf(stderr, "Unknown flag passed to -C: %c\n", *letters);
            return -1;
        }
        f->dont_fix = !f->dont_fix;
    }
    return 0;
}

int main(int argc, char **argv)
{
    struct get_flags flags = { false };
    const struct cli_app app = {
        .name = "snmpgetnext",
        .usage_args = "AGENT OID [OID]...",
        .c_help = "\t\t\t  f:  do not fix errors and retry the request\n",
        .default_port = 161,
        .c_opt = c_opt,
        .ctx = &flags,
    };
    struct cli_opts o;
    int rc = cli_parse(&app, argc, argv, &o);

    if (rc == CLI_CONTINUE)
        rc = cli_request(&o, &app, SK_PDU_GETNEXT, !flags.dont_fix, 0, 0);
    cli_opts_free(&o);
    return rc;
}
