/* conf.h - snmp.conf-style configuration files: the line reader and the
 * search path.  What each directive means is up to the handler. */
#ifndef SK_CONF_CONF_H
#define SK_CONF_CONF_H

#include <stddef.h>

#include "base/err.h"

/* Called per directive.  SECTION is the configuration type the line
 * belongs to: the file's own ("snmp" for snmp.conf, the app's name for
 * its file) unless a "[name]" switched it.  TOKEN is the first word,
 * VALUE the rest of the line with surrounding blanks removed (may be "").  Return 0 if handled,
 * 1 if TOKEN is unknown, -1 on a bad value (with err->detail holding
 * Net-SNMP's complaint, e.g. "Should be yes|no|true|false|0|1").  FILE/LINE
 * locate the directive ("" / 0 for command-line -Y and --). */
typedef int sk_conf_handler_fn(void *ctx, const char *section,
                               const char *token,
                               const char *value, const char *file,
                               int line, struct sk_error *err);

/* Called for each problem in a file, with Net-SNMP's text, e.g.
 * "/x/snmp.conf: line 3: Warning: Unknown token: foo." */
typedef void sk_conf_warn_fn(void *ctx, const char *message);

struct sk_conf_reader {
    sk_conf_handler_fn *handle;
    sk_conf_warn_fn *warn;       /* may be NULL: problems are ignored */
    void *ctx;
    const char *section;         /* app section name, e.g. "snmpapp" */
    const char *type;            /* type of the file being read; set by
                                    sk_conf_load, "snmp" when NULL */
    int errors;                  /* bad values seen so far (counted) */
};

/* Read one file line by line (R is not const: it counts bad values):
 * '#' comments, blank lines, "[section]" switches (alone or in front of a
 * directive) and "token value".  A missing file is not an error (returns
 * 0); an unreadable one is -1.  Bad lines go to warn and do not stop it. */
int sk_conf_read_file(struct sk_conf_reader *r, const char *path,
                      struct sk_error *err);

/* Read the configuration in Net-SNMP's order: snmp.conf then
 * snmp.local.conf in each directory of the search path (SNMPCONFPATH if
 * set, else DEFAULT_PATH, ':'-separated, "~" from HOME), then APP.conf and
 * APP.local.conf in each directory.  Unreadable files are skipped. */
int sk_conf_load(struct sk_conf_reader *r, const char *app,
                 const char *default_path, struct sk_error *err);

/* Feed one "token value" line given on the command line (-Y, --x=y). */
int sk_conf_line(struct sk_conf_reader *r, const char *line,
                 struct sk_error *err);

/* Net-SNMP's boolean words: 1/yes/true/on -> 1, 0/no/false/off -> 0,
 * else -1. */
int sk_conf_bool(const char *value);

#endif
