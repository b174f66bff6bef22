/* vacm.h - what the VACM configuration files of snmptrapd share:
 * words, names and row constructors (vacm_conf.c), used by the
 * directive parsers (vacm_lines.c, vacm_simple.c). */
#ifndef SK_TRAPD_VACM_H
#define SK_TRAPD_VACM_H

#include "snmptrapd/trapd.h"

/* The next blank-separated word of *P, malloc'd (NULL at the end).
 * QUOTES: "..." / '...' and backslash escapes, as Net-SNMP's
 * copy_nword; otherwise the plain words of its strtok parsers. */
char *vacm_word(const char **p, bool quotes);
/* A securityModel name, or -1 after reporting it; GROUP: the "group"
 * directive's warning for "any". */
int vacm_model(const struct trapd *t, const char *file, int line,
               const char *w, bool group);
int vacm_level(const char *w);          /* 0: not a level */
int vacm_viewtype(const char *w);       /* -1: not a view type */

struct trapd_access *vacm_access_new(struct trapd_vacm *m,
                                     const char *group, const char *context,
                                     int model, int level);
struct trapd_access *vacm_access_get(struct trapd_vacm *m, const char *group,
                                     const char *context, int model,
                                     int level);
int vacm_group_add(struct trapd_vacm *m, int model, const char *secname,
                   const char *group);
int vacm_view_add(struct trapd_vacm *m, const char *name, bool excluded,
                  const char *subtree, const char *mask, const char *file,
                  int line);

/* vacm_lines.c: the MODEL LEVEL PREFIX words of an "access"-style
 * row checked as Net-SNMP checks them: 0 and the values, or -1 after
 * reporting the fault. */
struct vacm_row {
    int model, level, match;
};
int vacm_row_check(const struct trapd *t, const char *file, int line,
                   const char *model, const char *level, const char *prefix,
                   struct vacm_row *out);
int vacm_lines_directive(struct trapd *t, const char *token, const char *v,
                         const char *file, int line);

/* vacm_simple.c */
int vacm_auth_simple(struct trapd *t, const char *token, const char *v,
                     const char *file, int line);

#endif
