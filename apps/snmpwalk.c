/* snmpwalk - walk a subtree with GETNEXT (snmpwalk(1)). */
#include <stdio.h>

#include "common/walk_run.h"

static int c_opt(void *ctx, const char *letters)
{
    struct cli_walk_flags *f = ctx;
    int want_next = 0;

    for (; *letters != '\0'; letters++) {
        switch (*letters) {
        case 'c': f->dont_check = !f->dont_check; break;
        case 'i': f->include_requested = !f->include_requested; break;
        case 'I': f->no_fallback = !f->no_fallback; break;
        case 'p': f->print_count = !f->print_count; break;
        case 't': f->time_total = !f->time_total; break;
        case 'T': f->time_each = !f->time_each; break;
        case 'E': want_next = 1; break; /* -CE takes the next word */
        default:
            fprintf(stderr, "Unknown flag passed to -C: %c\n", *letters);
            return -1;
        }
    }
    return want_next;
}

static int c_next(void *ctx, const char *word)
{
    struct cli_walk_flags *f = ctx;

    f->end_text = word;
    return 0;
}

int main(int argc, char **argv)
{
    struct cli_walk_flags flags = { .bulk = false };
    const struct cli_app app = {
        .name = "snmpwalk",
        .usage_args = "AGENT [OID]",
        .c_help =
            "\t\t\t  p:  print the number of variables found\n"
            "\t\t\t  i:  include given OID in the search range\n"
            "\t\t\t  I:  don't include the given OID, even if no results "
            "are returned\n"
            "\t\t\t  c:  do not check returned OIDs are increasing\n"
            "\t\t\t  t:  Display wall-clock time to complete the walk\n"
            "\t\t\t  T:  Display wall-clock time to complete each request\n"
            "\t\t\t  E {OID}:  End the walk at the specified OID\n",
        .default_port = 161,
        .c_opt = c_opt,
        .c_next = c_next,
        .ctx = &flags,
    };
    struct cli_opts o;
    int rc = cli_parse(&app, argc, argv, &o);

    if (rc == CLI_CONTINUE)
        rc = cli_walk(&o, &app, &flags);
    cli_opts_free(&o);
    return rc;
}
