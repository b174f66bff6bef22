/* snmpbulkwalk - walk a subtree with GETBULK (snmpbulkwalk(1)). */
#include <stdio.h>

#include "common/walk_run.h"

static int c_opt(void *ctx, const char *letters)
{
    struct cli_walk_flags *f = ctx;

    while (*letters != '\0') {
        char c = *letters++;

        switch (c) {
        case 'c': f->dont_check = !f->dont_check; continue;
        case 'i': f->include_requested = !f->include_requested; continue;
        case 'p': f->print_count = !f->print_count; continue;
        case 'n':
        case 'r':
            if (cli_bulk_number(&letters, c == 'n' ? &f->non_repeaters
                                                   : &f->max_reps) < 0)
                return CLI_C_USAGE;
            continue;
        default:
            fprintf(stderr, "Unknown flag passed to -C: %c\n", c);
            return -1;
        }
    }
    return 0;
}

int main(int argc, char **argv)
{
    struct cli_walk_flags flags = { .bulk = true, .max_reps = 10 };
    const struct cli_app app = {
        .name = "snmpbulkwalk",
        .usage_args = "AGENT [OID]",
        .c_help = "\t\t\t  c:       do not check returned OIDs are "
                  "increasing\n"
                  "\t\t\t  i:       include given OIDs in the search range\n"
                  "\t\t\t  n<NUM>:  set non-repeaters to <NUM>\n"
                  "\t\t\t  p:       print the number of variables found\n"
                  "\t\t\t  r<NUM>:  set max-repeaters to <NUM>\n",
        .default_port = 161,
        .c_opt = c_opt,
        .ctx = &flags,
    };
    struct cli_opts o;
    int rc = cli_parse(&app, argc, argv, &o);

    if (rc == CLI_CONTINUE)
        rc = cli_walk(&o, &app, &flags);
    cli_opts_free(&o);
    return rc;
}
