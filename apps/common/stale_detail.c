/* stale_detail.c - the leftover detail of a bare-name lookup.  Net-SNMP
 * keeps the detail of its last failed lookup in a global and appends it,
 * once, to the next library error it prints.  A bare name such as
 * sysName.0 first fails the lookup from the root and is then found by
 * random access, so a later "Unknown user name" reads "Unknown user name
 * (Sub-id not found: (top) -> sysName)".  Scripts match those lines, so
 * the leftover is kept the same way here. */

#include <stdio.h>
#include <string.h>

#include "common/stale_detail.h"

static char stale_detail[160];

/* Would Net-SNMP's walk from the root have failed on TEXT before random
 * access found it?  True for a name whose first label is not a root. */
static bool lookup_from_top_fails(const struct cli_opts *o, const char *text)
{
    static const char *const roots[] = { "iso", "ccitt", "joint-iso-ccitt" };
    size_t len = strcspn(text, ".");
    size_t i;

    if (o->mib == NULL || strchr(text, ':') != NULL ||
        strpbrk(o->in_letters, "Rb") != NULL || len == 0 ||
        (text[0] >= '0' && text[0] <= '9'))
        return false;
    for (i = 0; i < sizeof roots / sizeof roots[0]; i++)
        if (strlen(roots[i]) == len && memcmp(roots[i], text, len) == 0)
            return false;
    return true;
}

void cli_note_lookup(const struct cli_opts *o, const char *text)
{
    if (!lookup_from_top_fails(o, text))
        return;
    (void)snprintf(stale_detail, sizeof stale_detail,
                   "Sub-id not found: (top) -> %.*s",
                   (int)strcspn(text, "."), text);
}

void cli_print_error(FILE *log, const char *prog, const struct sk_error *err)
{
    char text[512];

    if (log == NULL) {
        stale_detail[0] = '\0';
        return;
    }
    sk_error_format(err, text, sizeof text);
    fflush(stdout);
    /* an error with a detail of its own replaces the leftover one */
    if (stale_detail[0] != '\0' && err->detail[0] == '\0')
        fprintf(log, "%s: %s (%s)\n", prog, text, stale_detail);
    else
        fprintf(log, "%s: %s\n", prog, text);
    stale_detail[0] = '\0';
}

void cli_forget_stale_detail(void)
{
    stale_detail[0] = '\0';
}
