/* conf.c - snmp.conf-style line reader and configuration search path.
 *
 * The file syntax follows snmp_config(5): one "token value" per line,
 * '#' starts a comment line, blank lines are ignored, and a "[name]"
 * line switches the section that following lines belong to.  Tokens in
 * a section other than "snmp" or the reader's own are skipped. */
#include "conf/conf.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define LINE_MAX_LEN 4096

static void warn(const struct sk_conf_reader *r, const char *file, int line,
                 const char *what, const char *token)
{
    char msg[LINE_MAX_LEN + 128];

    if (r->warn == NULL)
        return;
    snprintf(msg, sizeof msg, "%s: line %d: %s: %s.",
             file[0] != '\0' ? file : "(null)", line, what, token);
    r->warn(r->ctx, msg);
}

/* Trim S in place: leading and trailing blanks.  Returns the start. */
static char *trim(char *s)
{
    char *end;

    while (isspace((unsigned char)*s))
        s++;
    end = s + strlen(s);
    while (end > s && isspace((unsigned char)end[-1]))
        *--end = '\0';
    return s;
}

/* Handle one already-trimmed, non-empty, non-comment line of SECTION. */
static int dispatch(const struct sk_conf_reader *r, const char *section,
                    char *text, const char *file, int line,
                    struct sk_error *err)
{
    char *value = text;
    int rc;

    while (*value != '\0' && !isspace((unsigned char)*value))
        value++;
    if (*value != '\0')
        *value++ = '\0';
    value = trim(value);
    rc = r->handle(r->ctx, section, text, value, file, line, err);
    if (rc == 1) {
        warn(r, file, line, "Warning: Unknown token", text);
    } else if (rc < 0 && r->warn != NULL) {
        char msg[LINE_MAX_LEN + 256];

        /* Net-SNMP's config_perror(): "FILE: line N: Error: TEXT" */
        snprintf(msg, sizeof msg, "%s: line %d: Error: %s",
                 file[0] != '\0' ? file : "(null)", line, err->detail);
        r->warn(r->ctx, msg);
        return -1;
    }
    return 0;
}

/* Is the bracketed section NAME one we read? */
static int section_ok(const struct sk_conf_reader *r, const char *name)
{
    if (strcasecmp(name, "snmp") == 0)
        return 1;
    return r->section != NULL && strcasecmp(name, r->section) == 0;
}

/* A "[name]" switch, alone or in front of a directive.  Updates
 * SECTION and *ACTIVE; returns the directive text after it ("" when
 * none), or TEXT itself when it does not start a section. */
static char *section_switch(const struct sk_conf_reader *r, char *text,
                            char *section, size_t cap, int *active)
{
    char *close;

    if (text[0] != '[')
        return text;
    close = strchr(text, ']');
    if (close == NULL)
        return text;
    *close = '\0';
    snprintf(section, cap, "%s", trim(text + 1));
    *active = section_ok(r, section);
    return trim(close + 1);
}

int sk_conf_read_file(struct sk_conf_reader *r, const char *path,
                      struct sk_error *err)
{
    char buf[LINE_MAX_LEN];
    char section[64];
    FILE *fp;
    int line = 0;
    int active = 1;

    snprintf(section, sizeof section, "%s", r->type ? r->type : "snmp");

    fp = fopen(path, "r");
    if (fp == NULL) {
        if (errno == ENOENT || errno == ENOTDIR)
            return 0;
        return sk_error_sys(err, SK_ERR_GENERIC, errno, "%s", path);
    }
    while (fgets(buf, sizeof buf, fp) != NULL) {
        char *text = trim(buf);

        line++;
        if (text[0] == '\0' || text[0] == '#')
            continue;
        text = section_switch(r, text, section, sizeof section, &active);
        if (text[0] != '\0' && active &&
            dispatch(r, section, text, path, line, err) < 0)
            r->errors++;
    }
    fclose(fp);
    return 0;
}

int sk_conf_line(struct sk_conf_reader *r, const char *line,
                 struct sk_error *err)
{
    char buf[LINE_MAX_LEN];
    char *text;

    snprintf(buf, sizeof buf, "%s", line);
    text = trim(buf);
    if (text[0] == '\0')
        return 0;
    if (dispatch(r, "snmp", text, "", 0, err) < 0)
        r->errors++;
    return 0;
}

/* Read DIR/TYPE.conf and DIR/TYPE.local.conf. */
static int read_pair(struct sk_conf_reader *r, const char *dir,
                     size_t dirlen, const char *type, struct sk_error *err)
{
    static const char *const suffix[] = { ".conf", ".local.conf" };
    char path[4096];
    const char *home = getenv("HOME");
    size_t i;

    for (i = 0; i < 2; i++) {
        if (dir[0] == '~' && home != NULL)
            snprintf(path, sizeof path, "%s%.*s/%s%s", home,
                     (int)dirlen - 1, dir + 1, type, suffix[i]);
        else
            snprintf(path, sizeof path, "%.*s/%s%s", (int)dirlen, dir, type,
                     suffix[i]);
        /* an unreadable file is skipped, as Net-SNMP skips it */
        (void)sk_conf_read_file(r, path, err);
    }
    return 0;
}

int sk_conf_load(struct sk_conf_reader *r, const char *app,
                 const char *default_path, struct sk_error *err)
{
    const char *types[2] = { "snmp", app };
    const char *path = getenv("SNMPCONFPATH");
    size_t t;

    if (path == NULL)
        path = default_path;
    for (t = 0; t < 2; t++) {
        const char *p = path;

        if (types[t] == NULL)
            continue;
        r->type = types[t];
        while (*p != '\0') {
            size_t len = strcspn(p, ":");

            if (len > 0 && read_pair(r, p, len, types[t], err) < 0)
                return -1;
            p += len;
            if (*p == ':')
                p++;
        }
    }
    r->type = NULL;
    return 0;
}

int sk_conf_bool(const char *value)
{
    static const char *const yes[] = { "1", "yes", "true", "on" };
    static const char *const no[] = { "0", "no", "false", "off" };
    size_t i;

    for (i = 0; i < 4; i++) {
        if (strcasecmp(value, yes[i]) == 0)
            return 1;
        if (strcasecmp(value, no[i]) == 0)
            return 0;
    }
    return -1;
}
