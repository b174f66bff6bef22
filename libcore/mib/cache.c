/* cache.c - when to use the compiled MIB cache, and its files.
 *
 * A cache file is named by a hash of the load configuration and also
 * holds that configuration, so a hash collision is just a miss.  It is
 * valid only while the manifest it stores, the listing and status of
 * every file in every search directory (a module is found by the name
 * inside its file, so any file could matter) and of every file named
 * directly, matches the one built now.  The manifest is taken before
 * parsing, so a file that changes during a parse makes the next run
 * parse again.  Files are written to a temporary name and renamed into
 * place, so a reader sees an old file or a new one, never half of one;
 * a reader that finds anything wrong parses instead. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "mib/cache.h"

#define PAD8(n) (((uint64_t)(n) + 7u) & ~(uint64_t)7u)

uint32_t mibc_build_id(void)
{
    /* what the image depends on: the version (the parser's behaviour)
     * and the byte order and sizes it is written in */
    char id[128];
    int n = snprintf(id, sizeof id, "%s/%zu/%zu/%zu/%x", PACKAGE_VERSION,
                     sizeof(void *), sizeof(struct mib_tnode),
                     sizeof(struct sk_mib), 0x01020304u);
    uint64_t h = mibc_checksum((const unsigned char *)id, (size_t)n);
    uint32_t probe = 0x01020304u;
    unsigned char first;

    memcpy(&first, &probe, 1);
    return (uint32_t)(h ^ h >> 32) ^ first;
}

static uint64_t mix(uint64_t h, uint64_t w)
{
    h = (h ^ w) * 0x9e3779b97f4a7c15ull;
    return h ^ h >> 31;
}

/* Four independent lanes of 8 bytes, so the loop is not one long
 * dependency chain; tens of microseconds for a large image. */
uint64_t mibc_checksum(const unsigned char *p, size_t n)
{
    uint64_t h[4] = { 1, 2, 3, 4 }, w, r = n;
    size_t i = 0, k;

    for (; i + 32 <= n; i += 32)
        for (k = 0; k < 4; k++) {
            memcpy(&w, p + i + 8 * k, 8);
            h[k] = mix(h[k], w);
        }
    for (; i < n; i++)
        h[0] = mix(h[0], p[i]);
    for (k = 0; k < 4; k++)
        r = mix(r, h[k]);
    return r;
}

static int add_u64(struct sk_buf *b, uint64_t v)
{
    return sk_buf_add(b, &v, sizeof v);
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int64_t ts_ns(const struct timespec *ts)
{
    return (int64_t)ts->tv_sec * 1000000000 + ts->tv_nsec;
}

/* What stat says about a file; *NEWEST becomes the latest change time
 * seen (see too_fresh). */
static int add_stat(struct sk_buf *b, int rc, const struct stat *st,
                    int64_t *newest)
{
    if (rc < 0)
        return add_u64(b, 0);
    if (ts_ns(&st->st_ctim) > *newest)
        *newest = ts_ns(&st->st_ctim);
    if (ts_ns(&st->st_mtim) > *newest)
        *newest = ts_ns(&st->st_mtim);
    if (add_u64(b, 1) < 0 || add_u64(b, (uint64_t)st->st_size) < 0 ||
        add_u64(b, (uint64_t)st->st_mtim.tv_sec) < 0 ||
        add_u64(b, (uint64_t)st->st_mtim.tv_nsec) < 0 ||
        add_u64(b, (uint64_t)st->st_ctim.tv_sec) < 0 ||
        add_u64(b, (uint64_t)st->st_ctim.tv_nsec) < 0 ||
        add_u64(b, (uint64_t)st->st_ino) < 0 ||
        add_u64(b, (uint64_t)st->st_dev) < 0)
        return -1;
    return add_u64(b, (uint64_t)st->st_mode);
}

/* Read DIR's names (those path.c indexes: not starting with '.'). */
static char **list_dir(DIR *d, size_t *n)
{
    struct dirent *e;
    char **v = NULL, **nv;

    *n = 0;
    for (e = readdir(d); e != NULL; e = readdir(d)) {
        if (e->d_name[0] == '.')
            continue;
        nv = realloc(v, (*n + 1) * sizeof *v);
        if (nv == NULL)
            break;
        v = nv;
        v[*n] = strdup(e->d_name);
        if (v[*n] != NULL)
            (*n)++;
    }
    if (*n > 1)
        qsort(v, *n, sizeof *v, name_cmp);
    return v;
}

static int manifest_dir(struct sk_buf *b, const char *dir, int64_t *newest)
{
    DIR *d;
    struct stat st;
    char **names;
    size_t n, i;
    int rc = 0;

    if (sk_buf_adds(b, "D") < 0 || sk_buf_add(b, dir, strlen(dir) + 1) < 0)
        return -1;
    d = opendir(dir);
    if (d == NULL)
        return add_u64(b, 0);
    names = list_dir(d, &n);
    rc = add_u64(b, n + 1);
    for (i = 0; i < n; i++) {
        if (rc == 0)
            rc = sk_buf_add(b, names[i], strlen(names[i]) + 1);
        if (rc == 0)
            rc = add_stat(b, fstatat(dirfd(d), names[i], &st, 0), &st,
                          newest);
        free(names[i]);
    }
    free(names);
    closedir(d);
    return rc;
}

/* One ':'-separated LIST: directories (MODE 0), the entries that are
 * paths (1, a module list), or files (2). */
static int manifest_list(struct sk_buf *b, const char *list, int mode,
                         int64_t *newest)
{
    char *copy = strdup(list != NULL ? list : ""), *p, *colon;
    struct stat st;
    int rc = copy != NULL ? 0 : -1;

    for (p = copy; rc == 0 && p != NULL; p = colon) {
        colon = strchr(p, ':');
        if (colon != NULL)
            *colon++ = '\0';
        if (*p == '\0' || (mode == 1 && strchr(p, '/') == NULL))
            continue;
        if (mode == 0)
            rc = manifest_dir(b, p, newest);
        else if (sk_buf_adds(b, "F") < 0 ||
                 sk_buf_add(b, p, strlen(p) + 1) < 0)
            rc = -1;
        else
            rc = add_stat(b, stat(p, &st), &st, newest);
    }
    free(copy);
    return rc;
}

/* The key (configuration) and the manifest (the files) of CFG. */
static int describe(const struct sk_mib_cfg *cfg, struct sk_buf *key,
                    struct sk_buf *man, int64_t *newest)
{
    const char *parts[3] = { cfg->dirs, cfg->modules, cfg->files };
    size_t i;

    for (i = 0; i < 3; i++) {
        if (sk_buf_adds(key, parts[i] != NULL ? "+" : "-") < 0 ||
            sk_buf_add(key, parts[i] != NULL ? parts[i] : "",
                       strlen(parts[i] != NULL ? parts[i] : "") + 1) < 0)
            return -1;
    }
    if (add_u64(key, cfg->flags) < 0 || add_u64(key, mibc_build_id()) < 0)
        return -1;
    return manifest_list(man, cfg->dirs, 0, newest) < 0 ||
                   manifest_list(man, cfg->modules, 1, newest) < 0 ||
                   manifest_list(man, cfg->files, 2, newest) < 0
               ? -1
               : 0;
}

/* A file changed within the last moments could change again within the
 * same tick of the file system's clock, leaving its size and times as
 * the manifest has them: like git's racy-clean check, such a load is
 * not cached. */
static bool too_fresh(int64_t newest)
{
    struct timespec now;

    if (clock_gettime(CLOCK_REALTIME, &now) < 0)
        return true;
    /* (a time far in the future is a skewed clock, not a race) */
    return newest >= ts_ns(&now) - MIBC_FRESH_NS &&
           newest <= ts_ns(&now) + MIBC_FRESH_NS;
}

/* P holds B's bytes (B may be empty, its data then NULL). */
static bool same(const unsigned char *p, const struct sk_buf *b)
{
    return b->len == 0 || memcmp(p, b->data, b->len) == 0;
}

/* The image in FD if it is one for KEY and MAN; NULL otherwise. */
static struct sk_mib *read_image(int fd, const struct sk_buf *key,
                                 const struct sk_buf *man,
                                 const struct sk_mib_cfg *cfg)
{
    struct stat st;
    struct mibc_header h;
    uint64_t *buf;
    const unsigned char *p;
    size_t size, got = 0;
    ssize_t r;
    struct sk_mib *mib = NULL;

    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) ||
        st.st_uid != geteuid() || st.st_size < (off_t)sizeof h ||
        st.st_size > (off_t)MIBC_MAX)
        return NULL;
    size = (size_t)st.st_size;
    buf = malloc(PAD8(size));   /* 8-aligned, for the word reads */
    if (buf == NULL)
        return NULL;
    for (r = 1; got < size && r > 0; got += r > 0 ? (size_t)r : 0)
        r = read(fd, (char *)buf + got, size - got);
    p = (const unsigned char *)buf;
    memcpy(&h, p, sizeof h);
    if (got == size && memcmp(h.magic, MIBC_MAGIC, 8) == 0 &&
        h.version == MIBC_VERSION && h.build == mibc_build_id() &&
        h.total == size && h.key_len == key->len &&
        h.manifest_len == man->len && h.body_len % 4 == 0 &&
        sizeof h + PAD8(h.key_len) + PAD8(h.manifest_len) <= size &&
        h.body_len ==
            size - (sizeof h + PAD8(h.key_len) + PAD8(h.manifest_len)) &&
        mibc_checksum(p + sizeof h, size - sizeof h) == h.checksum &&
        same(p + sizeof h, key) && same(p + sizeof h + PAD8(key->len), man))
        mib = mibc_decode((const uint32_t *)(const void *)
                              (p + size - h.body_len),
                          h.body_len / 4, cfg);
    free(buf);
    /* the modification time says when the file was last used (prune),
     * refreshed at most daily so that a hit costs no write */
    if (mib != NULL && st.st_mtime < time(NULL) - MIBC_TOUCH_S)
        (void)futimens(fd, NULL);
    return mib;
}

static int pad(struct sk_buf *b)
{
    static const char zero[8];

    return sk_buf_add(b, zero, PAD8(b->len) - b->len);
}

/* The whole file for MIB in OUT. */
static int build_image(const struct sk_mib *mib, const struct sk_buf *key,
                       const struct sk_buf *man, struct sk_buf *out)
{
    struct mibc_header h;
    size_t body;

    memset(&h, 0, sizeof h);
    if (sk_buf_add(out, &h, sizeof h) < 0 ||
        sk_buf_add(out, key->data, key->len) < 0 || pad(out) < 0 ||
        sk_buf_add(out, man->data, man->len) < 0 || pad(out) < 0)
        return -1;
    body = out->len;
    if (mibc_encode(mib, out) < 0)
        return -1;
    memcpy(h.magic, MIBC_MAGIC, 8);
    h.version = MIBC_VERSION;
    h.build = mibc_build_id();
    h.total = out->len;
    h.key_len = (uint32_t)key->len;
    h.manifest_len = (uint32_t)man->len;
    h.body_len = out->len - body;
    h.checksum = mibc_checksum((const unsigned char *)out->data + sizeof h,
                               out->len - sizeof h);
    memcpy(out->data, &h, sizeof h);
    return 0;
}

/* Is PATH a directory of ours?  Not so for root run with another
 * user's HOME (sudo): a cache it wrote there, or a directory it made,
 * would be in the user's way, so it writes none. */
static bool ours(const char *path)
{
    struct stat st;

    return stat(path, &st) == 0 && S_ISDIR(st.st_mode) &&
           st.st_uid == geteuid();
}

/* PATH up to its last '/' into OUT; false when there is none. */
static bool parent_of(const char *path, char *out, size_t len)
{
    const char *slash = strrchr(path, '/');
    size_t n = slash != NULL ? (size_t)(slash - path) : 0;

    if (n == 0 || n >= len)
        return false;
    memcpy(out, path, n);
    out[n] = '\0';
    return true;
}

/* DIR, and its parent when that is missing too, private to the user,
 * inside a directory of the user's. */
static int make_dir(const char *dir)
{
    char parent[4096], top[4096];

    if (ours(dir))
        return 0;
    if (!parent_of(dir, parent, sizeof parent))
        return -1;
    if (!ours(parent)) {
        if (!parent_of(parent, top, sizeof top) || !ours(top) ||
            mkdir(parent, 0700) < 0)
            return -1;
    }
    if (mkdir(dir, 0700) < 0 && errno != EEXIST)
        return -1;
    return ours(dir) ? 0 : -1;
}

/* Remove cache files of DIR unused for MIBC_KEEP_S (other settings, or
 * another build's) and temporary files a killed writer left. */
static void prune(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    struct stat st;
    time_t now = time(NULL);

    for (e = d != NULL ? readdir(d) : NULL; e != NULL; e = readdir(d)) {
        bool tmp = strstr(e->d_name, ".cache.") != NULL;

        if (strncmp(e->d_name, "mib-", 4) != 0 ||
            fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0 ||
            !S_ISREG(st.st_mode) || st.st_uid != geteuid())
            continue;
        if (st.st_mtime < now - (tmp ? MIBC_TOUCH_S : MIBC_KEEP_S))
            (void)unlinkat(dirfd(d), e->d_name, 0);
    }
    if (d != NULL)
        closedir(d);
}

static void write_image(const char *dir, const char *path,
                        const struct sk_buf *img)
{
    char tmp[4200];
    size_t off = 0;
    ssize_t r = 1;
    int fd;

    if (make_dir(dir) < 0 ||
        (size_t)snprintf(tmp, sizeof tmp, "%s.XXXXXX", path) >= sizeof tmp)
        return;
    fd = mkstemp(tmp);          /* mode 0600 */
    if (fd < 0)
        return;
    for (; off < img->len && r > 0; off += r > 0 ? (size_t)r : 0)
        r = write(fd, img->data + off, img->len - off);
    if (close(fd) < 0 || off != img->len || rename(tmp, path) < 0)
        (void)unlink(tmp);
    else
        prune(dir);
}

/* Keep what a full parse of a cached MIB would need (mib_uncache). */
static int remember(struct sk_mib *mib, const struct sk_mib_cfg *cfg)
{
    mib->cfg_modules = cfg->modules != NULL ? strdup(cfg->modules) : NULL;
    mib->cfg_files = cfg->files != NULL ? strdup(cfg->files) : NULL;
    return (cfg->modules != NULL && mib->cfg_modules == NULL) ||
                   (cfg->files != NULL && mib->cfg_files == NULL)
               ? -1
               : 0;
}

struct sk_mib *sk_mib_load_cached(const struct sk_mib_cfg *cfg,
                                  const char *cache_dir, struct sk_error *err)
{
    struct sk_buf key, man, img;
    struct sk_mib *mib = NULL;
    char path[4096];
    int64_t newest = 0;
    int fd, ok;

    if (cache_dir == NULL || cache_dir[0] == '\0')
        return sk_mib_load(cfg, err);
    sk_buf_init(&key, MIBC_MAX);
    sk_buf_init(&man, MIBC_MAX);
    sk_buf_init(&img, MIBC_MAX);
    ok = describe(cfg, &key, &man, &newest) == 0 &&
         (size_t)snprintf(path, sizeof path, "%s/mib-%016llx.cache",
                          cache_dir,
                          (unsigned long long)mibc_checksum(
                              (const unsigned char *)key.data, key.len)) <
             sizeof path;
    fd = ok ? open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW) : -1;
    if (fd >= 0) {
        mib = read_image(fd, &key, &man, cfg);
        close(fd);
        if (mib != NULL && remember(mib, cfg) < 0) {
            sk_mib_free(mib);
            mib = NULL;
        }
    }
    if (mib == NULL) {
        mib = sk_mib_load(cfg, err);
        if (mib != NULL && ok && !too_fresh(newest) &&
            build_image(mib, &key, &man, &img) == 0)
            write_image(cache_dir, path, &img);
    } else {
        sk_error_clear(err);
    }
    sk_buf_clear(&key);
    sk_buf_clear(&man);
    sk_buf_clear(&img);
    return mib;
}

/* A list's tail pointer after the struct holding its head moved. */
static void fix_tails(struct sk_mib *mib)
{
    struct mib_module *m;

    mib->mods_tail = &mib->mods;
    for (m = mib->mods; m != NULL; m = m->next)
        mib->mods_tail = &m->next;
    mib->done_tail = &mib->done;
    for (m = mib->done; m != NULL; m = m->done_next)
        mib->done_tail = &m->done_next;
}

int mib_uncache(struct sk_mib *mib)
{
    struct sk_mib_cfg cfg;
    struct sk_mib *full, tmp;
    struct sk_error err;

    if (!mib->cached)
        return 0;
    cfg.dirs = mib->dirs;
    cfg.modules = mib->cfg_modules;
    cfg.files = mib->cfg_files;
    cfg.flags = mib->flags;
    full = sk_mib_load(&cfg, &err);
    if (full == NULL)
        return -1;
    /* the caller's pointer keeps naming the MIB: swap the contents */
    tmp = *mib;
    *mib = *full;
    *full = tmp;
    fix_tails(mib);
    fix_tails(full);
    sk_mib_free(full);
    return 0;
}
