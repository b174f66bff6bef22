/* ossl.c - load OpenSSL's libcrypto on first use (see ossl.h for why).
 *
 * The library is opened by its soname, derived from the major version of
 * the headers we compiled against: OpenSSL keeps its ABI stable within a
 * major version (3.x), and the soname changes when it does not.  It stays
 * loaded until exit, where OpenSSL's own atexit handler frees its state
 * just as it does for a linked libcrypto.  The apps are single-threaded,
 * so the one-time load needs no lock; it is idempotent, and a failure is
 * remembered so that every later call reports the same error. */
#include <dlfcn.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "sec/ossl.h"

#define SK_OSSL_STR2(x) #x
#define SK_OSSL_STR(x) SK_OSSL_STR2(x)
#define SK_OSSL_SONAME "libcrypto.so." SK_OSSL_STR(OPENSSL_VERSION_MAJOR)

/* The state of the one load: not tried, loaded, or failed (with why). */
struct ossl_state {
    int tried;
    int ok;
    struct sk_ossl fn;
    char why[sizeof ((struct sk_error *)0)->detail];
};

static struct ossl_state state;

/* dlsym NAME from H; on failure remember the first missing name. */
static void *need(void *h, const char *name, const char **missing)
{
    void *p = dlsym(h, name);

    if (p == NULL && *missing == NULL) {
        *missing = name;
    }
    return p;
}

/* Remember why the load failed: PREFIX then TEXT (may be NULL). */
static void set_why(const char *prefix, const char *text)
{
    (void)snprintf(state.why, sizeof state.why, "%s%s", prefix,
                   text != NULL ? text : "unknown error");
}

/* Open the library and fill state.fn; 0 or -1 with state.why set.
 * The function-pointer casts from dlsym's void * are what POSIX
 * specifies dlsym for (XSH dlsym, RATIONALE). */
static int load(void)
{
    const char *missing = NULL;
    struct sk_ossl *t = &state.fn;
    void *h = dlopen(SK_OSSL_SONAME, RTLD_NOW | RTLD_LOCAL);

    if (h == NULL) {
        set_why("cannot load libcrypto: ", dlerror());
        return -1;
    }
#define SK_OSSL_RESOLVE(f) t->f = (__typeof__(t->f))need(h, #f, &missing);
    SK_OSSL_FUNCS(SK_OSSL_RESOLVE)
#undef SK_OSSL_RESOLVE
    if (missing != NULL) {
        set_why("cannot load libcrypto: " SK_OSSL_SONAME " lacks ",
                missing);
        /* Keep the handle: OpenSSL does not support being unloaded
         * once its initialisers have run. */
        memset(t, 0, sizeof *t);
        return -1;
    }
    return 0;
}

const struct sk_ossl *sk_ossl(struct sk_error *err)
{
    if (!state.tried) {
        state.tried = 1;
        state.ok = load() == 0;
    }
    if (!state.ok) {
        sk_error_set(err, SK_ERR_GENERIC, "%s", state.why);
        return NULL;
    }
    return &state.fn;
}
