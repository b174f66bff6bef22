/* test_mib_cache.c - the compiled MIB cache (libcore/mib/cache*.c): a
 * MIB read back from the cache must be indistinguishable from a parsed
 * one (every node, field, binding and diagnostic), a changed, added or
 * removed file must force a parse, and damaged or hostile cache files
 * must never crash or change anything. */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "mib/cache.h"

static char tmpdir[256], cachedir[300];

static bool opt_eq(const char *a, const char *b)
{
    return (a == NULL && b == NULL) ||
           (a != NULL && b != NULL && strcmp(a, b) == 0);
}

static bool syntax_eq(const struct sk_mib_syntax *a,
                      const struct sk_mib_syntax *b)
{
    size_t i;

    if (a->type != b->type || !opt_eq(a->tc, b->tc) ||
        !opt_eq(a->tc_module, b->tc_module) || !opt_eq(a->hint, b->hint) ||
        a->n_enums != b->n_enums || a->n_ranges != b->n_ranges)
        return false;
    for (i = 0; i < a->n_enums; i++)
        if (a->enums[i].value != b->enums[i].value ||
            !opt_eq(a->enums[i].label, b->enums[i].label))
            return false;
    for (i = 0; i < a->n_ranges; i++)
        if (a->ranges[i].low != b->ranges[i].low ||
            a->ranges[i].high != b->ranges[i].high)
            return false;
    return true;
}

static bool lists_eq(const struct sk_mib_node *a, const struct sk_mib_node *b)
{
    size_t i;

    if (a->n_index != b->n_index || a->n_objects != b->n_objects ||
        a->n_children != b->n_children)
        return false;
    for (i = 0; i < a->n_index; i++)
        if (!opt_eq(a->index[i].label, b->index[i].label) ||
            a->index[i].implied != b->index[i].implied)
            return false;
    for (i = 0; i < a->n_objects; i++)
        if (!opt_eq(a->objects[i], b->objects[i]))
            return false;
    return true;
}

/* Same OID, or both NULL. */
static bool node_same_place(const struct sk_mib_node *a,
                            const struct sk_mib_node *b)
{
    uint32_t x[MIB_MAXOID], y[MIB_MAXOID];
    size_t nx, ny;

    if (a == NULL || b == NULL)
        return a == b;
    nx = sk_mib_node_oid(a, x, MIB_MAXOID);
    ny = sk_mib_node_oid(b, y, MIB_MAXOID);
    return nx == ny && memcmp(x, y, nx * sizeof *x) == 0;
}

/* What the lookups say about A's label, in MA and MB. */
static bool lookups_eq(const struct sk_mib *ma, const struct sk_mib_node *a,
                       const struct sk_mib *mb, const struct sk_mib_node *b)
{
    const char *la[16], *lb[16];
    const struct sk_mib_node *ka[64], *kb[64];
    size_t na, nb, i;
    char ba[32], bb[32];

    if (strcmp(sk_mib_node_name(a, ba, sizeof ba),
               sk_mib_node_name(b, bb, sizeof bb)) != 0 ||
        !opt_eq(sk_mib_node_module(a), sk_mib_node_module(b)))
        return false;
    na = sk_mib_node_modules(ma, a, la, 16);
    nb = sk_mib_node_modules(mb, b, lb, 16);
    if (na != nb)
        return false;
    for (i = 0; i < na && i < 16; i++)
        if (strcmp(la[i], lb[i]) != 0)
            return false;
    na = sk_mib_children_native(ma, a, ka, 64);
    nb = sk_mib_children_native(mb, b, kb, 64);
    for (i = 0; i < na && na == nb; i++)
        if (ka[i]->arc != kb[i]->arc)
            return false;
    if (na != nb)
        return false;
    if (a->label != NULL &&
        (!node_same_place(sk_mib_find_label(ma, a->label),
                          sk_mib_find_label(mb, b->label)) ||
         (a->module != NULL &&
          !node_same_place(
              sk_mib_find_module_label(ma, a->module, a->label),
              sk_mib_find_module_label(mb, b->module, b->label)))))
        return false;
    if (a->syntax.tc != NULL &&
        sk_mib_tc_number(ma, a->syntax.tc, a->syntax.tc_module) !=
            sk_mib_tc_number(mb, b->syntax.tc, b->syntax.tc_module))
        return false;
    return a->module == NULL ||
           sk_mib_has_module(ma, a->module) == sk_mib_has_module(mb,
                                                                  b->module);
}

static bool node_eq(const struct sk_mib *ma, const struct sk_mib_node *a,
                    const struct sk_mib *mb, const struct sk_mib_node *b)
{
    return a->arc == b->arc && opt_eq(a->label, b->label) &&
           opt_eq(a->module, b->module) && a->kind == b->kind &&
           syntax_eq(&a->syntax, &b->syntax) && a->access == b->access &&
           a->status == b->status && opt_eq(a->units, b->units) &&
           opt_eq(a->augments, b->augments) &&
           opt_eq(a->defval, b->defval) &&
           opt_eq(a->description, b->description) &&
           opt_eq(a->reference, b->reference) && lists_eq(a, b) &&
           lookups_eq(ma, a, mb, b);
}

/* The number of differences between A and B (0: the same). */
static size_t mib_diff(const struct sk_mib *a, const struct sk_mib *b)
{
    const struct sk_mib_node *x = NULL, *y = NULL;
    size_t bad = 0, i, n = 0;

    if (a == NULL || b == NULL)
        return 1;
    for (;;) {
        x = sk_mib_next(a, x);
        y = sk_mib_next(b, y);
        if (x == NULL || y == NULL)
            break;
        n++;
        if (!node_eq(a, x, b, y)) {
            char buf[32];

            fprintf(stderr, "differs at node %s\n",
                    sk_mib_node_name(x, buf, sizeof buf));
            bad++;
        }
    }
    bad += x != y;
    bad += sk_mib_diag_count(a) != sk_mib_diag_count(b);
    for (i = 0; i < sk_mib_diag_count(a) && i < sk_mib_diag_count(b); i++)
        bad += strcmp(sk_mib_diag(a, i), sk_mib_diag(b, i)) != 0;
    return n > 0 ? bad : bad + 1;
}

static bool is_cached(const struct sk_mib *mib)
{
    return mib != NULL && mib->cached;
}

static struct sk_mib *load(const char *dirs, const char *mods, unsigned fl,
                           const char *cache)
{
    struct sk_mib_cfg cfg = { dirs, mods, NULL, fl };
    struct sk_error err;

    return cache != NULL ? sk_mib_load_cached(&cfg, cache, &err)
                         : sk_mib_load(&cfg, &err);
}

/* The cache file in CACHEDIR (there is one at a time here). */
static bool cache_file(char *out, size_t len)
{
    DIR *d = opendir(cachedir);
    struct dirent *e;
    bool found = false;

    if (d == NULL)
        return false;
    for (e = readdir(d); e != NULL && !found; e = readdir(d)) {
        size_t n = strlen(e->d_name);

        if (n > 6 && strcmp(e->d_name + n - 6, ".cache") == 0) {
            snprintf(out, len, "%s/%s", cachedir, e->d_name);
            found = true;
        }
    }
    closedir(d);
    return found;
}

static void clear_cache(void)
{
    char path[600];

    while (cache_file(path, sizeof path))
        unlink(path);
}

static unsigned char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    unsigned char *buf = malloc(8 << 20);

    *n = f != NULL && buf != NULL ? fread(buf, 1, 8 << 20, f) : 0;
    if (f != NULL)
        fclose(f);
    return buf;
}

static void spill(const char *path, const unsigned char *p, size_t n)
{
    FILE *f = fopen(path, "wb");

    if (f != NULL) {
        if (n > 0)
            (void)fwrite(p, 1, n, f);
        fclose(f);
    }
}

/* A parse, a cold cached load and a warm one are all the same. */
static void test_cold_warm(const char *dirs, const char *mods, unsigned fl)
{
    struct sk_mib *ref = load(dirs, mods, fl, NULL), *cold, *warm;

    clear_cache();
    cold = load(dirs, mods, fl, cachedir);
    warm = load(dirs, mods, fl, cachedir);
    CHECK(!is_cached(cold));
    CHECK(is_cached(warm));
    CHECK(mib_diff(ref, cold) == 0);
    CHECK(mib_diff(ref, warm) == 0);
    sk_mib_free(ref);
    sk_mib_free(cold);
    sk_mib_free(warm);
}

static void copy_file(const char *from, const char *to)
{
    size_t n;
    unsigned char *p = slurp(from, &n);

    spill(to, p, n);
    free(p);
}

/* Loads of DIR through the cache: parsed (and rewritten), then cached,
 * after each change. */
static void expect_reparse(const char *dir, const char *what)
{
    struct sk_mib *ref, *a, *b;

    usleep(2 * MIBC_FRESH_NS / 1000); /* else not cached: too fresh */
    ref = load(dir, "ALL", 0, NULL);
    a = load(dir, "ALL", 0, cachedir);
    b = load(dir, "ALL", 0, cachedir);

    if (is_cached(a))
        fprintf(stderr, "not re-read after: %s\n", what);
    CHECK(!is_cached(a));
    CHECK(is_cached(b));
    CHECK(mib_diff(ref, a) == 0);
    CHECK(mib_diff(ref, b) == 0);
    sk_mib_free(ref);
    sk_mib_free(a);
    sk_mib_free(b);
}

/* A file changed a moment ago might change again unseen within the same
 * tick of the file system's clock: such a load is not cached. */
static void test_fresh(const char *dir, const char *file)
{
    struct sk_mib *ref, *m;
    char path[600];
    FILE *f;

    usleep(2 * MIBC_FRESH_NS / 1000);
    ref = load(dir, "ALL", 0, NULL);
    clear_cache();
    f = fopen(file, "a");
    if (f != NULL) {
        fputs("\n", f);
        fclose(f);
    }
    m = load(dir, "ALL", 0, cachedir);
    CHECK(!is_cached(m) && !cache_file(path, sizeof path));
    CHECK(mib_diff(ref, m) == 0);
    sk_mib_free(m);
    sk_mib_free(ref);
}

static void test_invalidation(const char *good)
{
    char dir[400], from[1100], to[600];
    struct timespec ts[2] = { { 0, UTIME_OMIT }, { 12345, 678 } };
    FILE *f;

    snprintf(dir, sizeof dir, "%s/mibs", tmpdir);
    CHECK(mkdir(dir, 0700) == 0);
    snprintf(from, sizeof from, "%s/TEST-TC.txt", good);
    snprintf(to, sizeof to, "%s/TEST-TC.txt", dir);
    copy_file(from, to);
    snprintf(from, sizeof from, "%s/TEST-SMI.txt", good);
    snprintf(to, sizeof to, "%s/TEST-SMI.txt", dir);
    copy_file(from, to);
    clear_cache();
    expect_reparse(dir, "first load");
    CHECK(utimensat(AT_FDCWD, to, ts, 0) == 0);
    expect_reparse(dir, "mtime changed");
    f = fopen(to, "a");
    if (f != NULL) {
        fputs("\n-- more\n", f);
        fclose(f);
    }
    CHECK(utimensat(AT_FDCWD, to, ts, 0) == 0);
    expect_reparse(dir, "size changed, same mtime");
    test_fresh(dir, to);
    snprintf(from, sizeof from, "%s/test-good.my", good);
    snprintf(to, sizeof to, "%s/test-good.my", dir);
    copy_file(from, to);
    expect_reparse(dir, "file added");
    unlink(to);
    expect_reparse(dir, "file removed");
    snprintf(to, sizeof to, "%s/TEST-SMI.txt", dir);
    unlink(to);
    snprintf(to, sizeof to, "%s/TEST-TC.txt", dir);
    unlink(to);
    rmdir(dir);
    expect_reparse(dir, "directory removed");
}

/* A header alone, with a checksum that holds, claiming lengths that
 * wrap around: refused without reading past the file. */
static void test_crafted_header(const char *path, const unsigned char *img,
                                const char *dirs, const char *mods,
                                const struct sk_mib *ref)
{
    struct mibc_header h;
    struct sk_mib *m;

    memcpy(&h, img, sizeof h);
    h.total = sizeof h;
    h.body_len = 0 - (uint64_t)(((h.key_len + 7u) & ~7u) +
                                ((h.manifest_len + 7u) & ~7u));
    h.checksum = mibc_checksum(img + sizeof h, 0);
    spill(path, (const unsigned char *)&h, sizeof h);
    m = load(dirs, mods, 0, cachedir);
    CHECK(!is_cached(m) && mib_diff(ref, m) == 0);
    sk_mib_free(m);
}

/* Every truncation and many one-byte changes of a cache file: each load
 * parses, gives the same MIB, and puts a good file back. */
static void test_damaged_files(const char *dirs, const char *mods)
{
    struct sk_mib *ref = load(dirs, mods, 0, NULL), *m;
    unsigned char *img;
    char path[600];
    size_t n, i;

    clear_cache();
    sk_mib_free(load(dirs, mods, 0, cachedir));
    CHECK(cache_file(path, sizeof path));
    img = slurp(path, &n);
    CHECK(n > sizeof(struct mibc_header));
    for (i = 0; i < n; i += i < 256 ? 1 : 1 + i / 64) {
        spill(path, img, i);
        m = load(dirs, mods, 0, cachedir);
        CHECK(!is_cached(m) && mib_diff(ref, m) == 0);
        sk_mib_free(m);
    }
    for (i = 0; i < n; i += 1 + i / 32) {
        img[i] ^= 0x5a;
        spill(path, img, n);
        img[i] ^= 0x5a;
        m = load(dirs, mods, 0, cachedir);
        CHECK(!is_cached(m) && mib_diff(ref, m) == 0);
        sk_mib_free(m);
    }
    m = load(dirs, mods, 0, cachedir);
    CHECK(is_cached(m) && mib_diff(ref, m) == 0);
    sk_mib_free(m);
    test_crafted_header(path, img, dirs, mods, ref);
    free(img);
    sk_mib_free(ref);
}

/* Use what a hostile image yields as a consumer would. */
static void exercise(const struct sk_mib *m)
{
    const struct sk_mib_node *n = NULL;
    uint32_t arcs[MIB_MAXOID];
    size_t steps = 0, i;
    char buf[32];

    for (n = sk_mib_next(m, NULL); n != NULL && steps < 1000000;
         n = sk_mib_next(m, n), steps++) {
        (void)sk_mib_node_oid(n, arcs, MIB_MAXOID);
        (void)sk_mib_node_name(n, buf, sizeof buf);
        if (n->label != NULL)
            (void)sk_mib_find_label(m, n->label);
    }
    CHECK(steps < 1000000);
    for (i = 0; i < sk_mib_diag_count(m); i++)
        (void)strlen(sk_mib_diag(m, i));
    (void)sk_mib_tc_number(m, "DisplayString", NULL);
}

/* The decoder on its own, past the checksum: damaged words must give
 * NULL or a MIB that is safe to use. */
static void test_hostile_bodies(const char *dirs)
{
    static const uint32_t vals[] = { 0, 1, 3, 0xffffffffu, 0x7fffffffu };
    struct sk_mib_cfg cfg = { dirs, "ALL", NULL, 0 };
    struct sk_mib *m;
    struct mibc_header h;
    unsigned char *img;
    uint32_t *body, save;
    char path[600];
    size_t n, words, i, k, ok = 0;

    clear_cache();
    sk_mib_free(load(dirs, "ALL", 0, cachedir));
    CHECK(cache_file(path, sizeof path));
    img = slurp(path, &n);
    memcpy(&h, img, sizeof h);
    CHECK(h.body_len <= n && h.body_len % 4 == 0);
    words = h.body_len / 4;
    body = malloc(words * 4 + 4);
    memcpy(body, img + n - h.body_len, h.body_len);
    m = mibc_decode(body, words, &cfg);
    CHECK(m != NULL);
    sk_mib_free(m);
    for (i = 0; i < words; i++) {
        save = body[i];
        for (k = 0; k < sizeof vals / sizeof *vals; k++) {
            body[i] = k == 2 ? save + 1 : vals[k];
            m = mibc_decode(body, words, &cfg);
            if (m != NULL) {
                exercise(m);
                ok++;
            }
            sk_mib_free(m);
        }
        body[i] = save;
    }
    for (i = 0; i < words; i += 1 + i / 16) {
        m = mibc_decode(body, i, &cfg);
        CHECK(m == NULL);
        sk_mib_free(m);
    }
    printf("hostile bodies: %zu of %zu decoded\n", ok, words * 5);
    free(body);
    free(img);
}

static void test_concurrent(const char *dirs)
{
    struct sk_mib *ref = load(dirs, "ALL", 0, NULL), *m;
    pid_t kids[4];
    int i, k, st, bad = 0;
    DIR *d;
    struct dirent *e;

    clear_cache();
    for (i = 0; i < 4; i++) {
        kids[i] = fork();
        if (kids[i] == 0) {
            for (k = 0; k < 8; k++) {
                m = load(dirs, "ALL", 0, cachedir);
                bad += mib_diff(ref, m) != 0;
                sk_mib_free(m);
            }
            _exit(bad != 0);
        }
    }
    for (i = 0; i < 4; i++)
        CHECK(kids[i] > 0 && waitpid(kids[i], &st, 0) == kids[i] &&
              WIFEXITED(st) && WEXITSTATUS(st) == 0);
    m = load(dirs, "ALL", 0, cachedir);
    CHECK(is_cached(m) && mib_diff(ref, m) == 0);
    sk_mib_free(m);
    sk_mib_free(ref);
    d = opendir(cachedir);      /* no temporary file left behind */
    for (e = d != NULL ? readdir(d) : NULL; e != NULL; e = readdir(d))
        bad += e->d_name[0] != '.' && strstr(e->d_name, ".cache.") != NULL;
    if (d != NULL)
        closedir(d);
    CHECK(bad == 0);
}

/* A cache directory that cannot be made: a parse, nothing else. */
static void test_unwritable(const char *dirs)
{
    char file[400], under[500];
    struct sk_mib *ref = load(dirs, "ALL", 0, NULL), *m;

    snprintf(file, sizeof file, "%s/plainfile", tmpdir);
    spill(file, (const unsigned char *)"x", 1);
    snprintf(under, sizeof under, "%s/sub/dir", file);
    m = load(dirs, "ALL", 0, under);
    CHECK(m != NULL && !is_cached(m) && mib_diff(ref, m) == 0);
    sk_mib_free(m);
    m = load(dirs, "ALL", 0, "");
    CHECK(m != NULL && !is_cached(m) && mib_diff(ref, m) == 0);
    sk_mib_free(m);
    /* another user's directory (root with a user's HOME): left alone */
    snprintf(under, sizeof under, "%s/other", tmpdir);
    CHECK(mkdir(under, 0755) == 0);
    if (geteuid() == 0 && chown(under, 65534, 65534) == 0) {
        char sub[600];

        snprintf(sub, sizeof sub, "%s/cache", under);
        m = load(dirs, "ALL", 0, sub);
        CHECK(m != NULL && !is_cached(m) && mib_diff(ref, m) == 0);
        CHECK(access(sub, F_OK) != 0);
        sk_mib_free(m);
    }
    rmdir(under);
    sk_mib_free(ref);
    unlink(file);
}

/* Loading another module into a cached MIB parses it all again, and
 * ends up where a parsed MIB does. */
static void test_load_module(const char *dirs)
{
    struct sk_mib *ref = load(dirs, "TEST-TC", 0, NULL), *m;
    size_t n0;

    clear_cache();
    sk_mib_free(load(dirs, "TEST-TC", 0, cachedir));
    m = load(dirs, "TEST-TC", 0, cachedir);
    CHECK(is_cached(m));
    CHECK(sk_mib_has_module(m, "TEST-TC") == sk_mib_has_module(ref,
                                                                "TEST-TC"));
    CHECK(!sk_mib_has_module(m, "TEST-GOOD-MIB"));
    n0 = sk_mib_diag_count(m);
    CHECK(sk_mib_load_module(m, "TEST-GOOD-MIB") ==
          sk_mib_load_module(ref, "TEST-GOOD-MIB"));
    CHECK(sk_mib_load_module(m, "NO-SUCH-MIB") ==
          sk_mib_load_module(ref, "NO-SUCH-MIB"));
    CHECK(sk_mib_diag_count(m) > n0);
    CHECK(!is_cached(m) && mib_diff(ref, m) == 0);
    CHECK(sk_mib_find_module_label(m, "TEST-GOOD-MIB", "testScalar") ==
              NULL ||
          sk_mib_find_module_label(ref, "TEST-GOOD-MIB", "testScalar") !=
              NULL);
    sk_mib_free(m);
    sk_mib_free(ref);
}

static void put_file(const char *name, time_t age)
{
    char path[600];
    struct timespec ts[2];

    snprintf(path, sizeof path, "%s/%s", cachedir, name);
    spill(path, (const unsigned char *)"junk", 4);
    ts[0].tv_sec = ts[1].tv_sec = time(NULL) - age;
    ts[0].tv_nsec = ts[1].tv_nsec = 0;
    CHECK(utimensat(AT_FDCWD, path, ts, 0) == 0);
}

static bool exists(const char *name)
{
    char path[600];

    snprintf(path, sizeof path, "%s/%s", cachedir, name);
    return access(path, F_OK) == 0;
}

/* A hit keeps the file's mtime recent; a write removes files unused for
 * MIBC_KEEP_S and temporary files older than a day. */
static void test_prune(const char *dirs)
{
    char path[600];
    struct stat st;
    struct timespec ts[2] = { { 0, UTIME_OMIT }, { 0, 0 } };
    struct sk_mib *m;

    clear_cache();
    sk_mib_free(load(dirs, "TEST-TC", 0, cachedir));
    CHECK(cache_file(path, sizeof path));
    ts[1].tv_sec = time(NULL) - 2 * MIBC_TOUCH_S;
    CHECK(utimensat(AT_FDCWD, path, ts, 0) == 0);
    m = load(dirs, "TEST-TC", 0, cachedir);
    CHECK(is_cached(m));
    sk_mib_free(m);
    CHECK(stat(path, &st) == 0 && st.st_mtime >= time(NULL) - 60);
    put_file("mib-00000000000000aa.cache", MIBC_KEEP_S + 60);
    put_file("mib-00000000000000bb.cache", MIBC_KEEP_S - 3600);
    put_file("mib-00000000000000cc.cache.Ab12Cd", 2 * MIBC_TOUCH_S);
    put_file("mib-00000000000000dd.cache.Ab12Cd", 60);
    put_file("other-file", MIBC_KEEP_S * 2);
    sk_mib_free(load(dirs, "TEST-SMI", 0, cachedir));   /* a write */
    CHECK(!exists("mib-00000000000000aa.cache"));
    CHECK(exists("mib-00000000000000bb.cache"));
    CHECK(!exists("mib-00000000000000cc.cache.Ab12Cd"));
    CHECK(exists("mib-00000000000000dd.cache.Ab12Cd"));
    CHECK(exists("other-file"));
    CHECK(exists(strrchr(path, '/') + 1));
    snprintf(path, sizeof path, "%s/mib-00000000000000dd.cache.Ab12Cd",
             cachedir);
    unlink(path);
    snprintf(path, sizeof path, "%s/other-file", cachedir);
    unlink(path);
    clear_cache();
}

int main(void)
{
    const char *srcdir = getenv("srcdir");
    char bundled[1024], good[1024], goodbroken[2100], broken[1024];

    if (srcdir == NULL)
        srcdir = ".";
    snprintf(bundled, sizeof bundled, "%s/mibs", srcdir);
    snprintf(good, sizeof good, "%s/tests/data/mibs/good", srcdir);
    snprintf(broken, sizeof broken, "%s/tests/data/mibs/broken", srcdir);
    snprintf(goodbroken, sizeof goodbroken, "%s:%s", good, broken);
    snprintf(tmpdir, sizeof tmpdir, "/tmp/skmibcache.XXXXXX");
    if (mkdtemp(tmpdir) == NULL)
        return 1;
    snprintf(cachedir, sizeof cachedir, "%s/cache/snmpkit", tmpdir);

    test_cold_warm(bundled, "ALL", 0);
    test_cold_warm(bundled, "ALL", SK_MIB_DESCRIPTIONS);
    test_cold_warm(bundled, "IF-MIB:NO-SUCH-MIB:SNMPv2-MIB", 0);
    test_cold_warm(goodbroken, "ALL", 0);
    test_cold_warm(good, "TEST-GOOD-MIB:MISSING-MIB", SK_MIB_REPLACE);
    test_cold_warm("", "IF-MIB", 0);    /* no directory: empty manifest */
    test_invalidation(good);
    test_damaged_files(good, "ALL");
    test_hostile_bodies(good);
    test_concurrent(bundled);
    test_unwritable(good);
    test_load_module(good);
    test_prune(good);

    clear_cache();
    rmdir(cachedir);
    snprintf(cachedir, sizeof cachedir, "%s/cache", tmpdir);
    rmdir(cachedir);
    rmdir(tmpdir);
    return CHECK_DONE("test_mib_cache");
}
