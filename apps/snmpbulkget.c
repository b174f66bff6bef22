/* snmpbulkget - one GETBULK request (snmpbulkget(1)). */
#include <stdio.h>

#include "common/cli.h"

struct bulk_flags {
    long non_repeaters; /* -Cn<NUM> */
    long max_reps;      /* -Cr<NUM> */
};

/* -Cn<NUM> / -Cr<NUM>: the number follows the letter directly. */
static int c_opt(void *ctx, const char *letters)
{
    struct bulk_flags *f = ctx;

    while (*letters != '\0') {
        char c = *letters++;

        if (c != 'n' && c != 'r') {
            fprintf(stderr, "Unknown flag passed to -C: %c\n", c);
            return -1;
        }
        if (cli_bulk_number(&letters,
                            c == 'n' ? &f->non_repeaters : &f->max_reps) < 0)
            return CLI_C_USAGE;
    }
    return 0;
}

int main(int argc, char **argv)
{
    struct bulk_flags flags = { 0, 10 };
    const struct cli_app app = {
        .name = "snmpbulkget",
        .usage_args = "AGENT OID [OID]...",
        .c_help = "\t\t\t  n<NUM>:  set non-repeaters to <NUM>\n"
                  "\t\t\t  r<NUM>:  set max-repeaters to <NUM>\n",
        .default_port = 161,
        .c_opt = c_opt,
        .ctx = &flags,
    };
    struct cli_opts o;
    int rc = cli_parse(&app, argc, argv, &o);

    if (rc == CLI_CONTINUE)
        rc = cli_request(&o, &app, SK_PDU_GETBULK, false,
                         (int32_t)flags.non_repeaters,
                         (int32_t)flags.max_reps);
    cli_opts_free(&o);
    return rc;
}
