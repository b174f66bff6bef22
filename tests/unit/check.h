/* check.h - a minimal unit-test harness: CHECK() records failures and
 * CHECK_DONE() prints "name: N passed, M failed" and sets the exit code
 * (0 all passed, 1 otherwise) for Automake's test driver. */
#ifndef SK_TEST_CHECK_H
#define SK_TEST_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

#define CHECK(cond)                                                        \
    do {                                                                   \
        if (cond) {                                                        \
            check_passed++;                                                \
        } else {                                                           \
            check_failed++;                                                \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__,         \
                    __LINE__, #cond);                                      \
        }                                                                  \
    } while (0)

#define CHECK_STR(got, want)                                               \
    do {                                                                   \
        const char *g_ = (got), *w_ = (want);                              \
        if (g_ != NULL && strcmp(g_, w_) == 0) {                           \
            check_passed++;                                                \
        } else {                                                           \
            check_failed++;                                                \
            fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__,  \
                    __LINE__, g_ ? g_ : "(null)", w_);                     \
        }                                                                  \
    } while (0)

#define CHECK_DONE(name)                                                   \
    (printf("%s: %d passed, %d failed\n", (name), check_passed,            \
            check_failed),                                                 \
     check_failed == 0 ? 0 : 1)

#endif
